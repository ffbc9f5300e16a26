// Token rate of a schedule's model shape, measured: a dense decode step with
// random weights (fixed seed), the same code for every schedule, so the only
// difference between two measurements is the shape (layers, d_model, heads,
// FFN width). Also the analytic counts the measurement should track.
//
// Shape of one layer (heads are two-dimensional, SPEC.md 3):
//   attention  Q, K, V, O projections, each d_model x d_model; n_heads = d_model/2
//              heads of dimension 2 attend over a fixed context of `context` keys
//   FFN        ReGLU: a = W_a x, b = W_b x (ffn_width each), h = relu(b) * a,
//              x += W_out h (d_model x ffn_width)
// Parameters (weights only): layers * (4 d^2 + 3 d f).
// Multiply-adds per token:   layers * (4 d^2 + 3 d f + 2 context d).
#pragma once
#include <cstdint>

namespace sp {

struct ModelShape {
  int layers = 1;
  int d_model = 2;
  int ffn_width = 1;
  int context = 64;  // keys each head attends over per token
};

struct ForwardFigures {
  long long parameters = 0;
  long long macs_per_token = 0;
  double tokens_per_second = 0;  // measured
  int tokens_timed = 0;
};

long long shape_parameters(const ModelShape& s);
long long shape_macs_per_token(const ModelShape& s);
// Runs decode steps for at least `min_seconds` (and at least 16 tokens).
ForwardFigures measure_forward(const ModelShape& s, double min_seconds = 0.3, uint64_t seed = 1);

}  // namespace sp

#include "bundle/forward.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace sp {

long long shape_parameters(const ModelShape& s) {
  long long d = s.d_model, f = s.ffn_width;
  return s.layers * (4 * d * d + 3 * d * f);
}

long long shape_macs_per_token(const ModelShape& s) {
  long long d = s.d_model, f = s.ffn_width;
  return s.layers * (4 * d * d + 3 * d * f + 2LL * s.context * d);
}

namespace {

struct Layer {
  std::vector<float> wq, wk, wv, wo, wa, wb, wout;  // row-major, output x input
  std::vector<float> kcache, vcache;                // context x d_model
};

void matvec(const std::vector<float>& w, const float* x, float* y, int rows, int cols) {
  for (int r = 0; r < rows; ++r) {
    const float* row = &w[static_cast<size_t>(r) * cols];
    float acc = 0;
    for (int c = 0; c < cols; ++c) acc += row[c] * x[c];
    y[r] = acc;
  }
}

// Two-dimensional heads over the cached keys; softmax per head.
void attend(const Layer& L, const float* q, float* out, int d, int context) {
  std::vector<float> score(context);
  for (int h = 0; h < d; h += 2) {
    float best = -INFINITY;
    for (int t = 0; t < context; ++t) {
      const float* k = &L.kcache[static_cast<size_t>(t) * d + h];
      score[t] = q[h] * k[0] + (h + 1 < d ? q[h + 1] * k[1] : 0.f);
      best = std::max(best, score[t]);
    }
    float total = 0, o0 = 0, o1 = 0;
    for (int t = 0; t < context; ++t) {
      float e = std::exp(score[t] - best);
      total += e;
      const float* v = &L.vcache[static_cast<size_t>(t) * d + h];
      o0 += e * v[0];
      if (h + 1 < d) o1 += e * v[1];
    }
    out[h] = o0 / total;
    if (h + 1 < d) out[h + 1] = o1 / total;
  }
}

std::vector<Layer> random_layers(const ModelShape& s, uint64_t seed) {
  uint64_t state = seed;
  auto next = [&] {  // splitmix64 -> uniform in [-0.5, 0.5) / sqrt(d)
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return (static_cast<float>(z >> 40) / 16777216.f - 0.5f) / std::sqrt(static_cast<float>(s.d_model));
  };
  auto fill = [&](size_t n) {
    std::vector<float> v(n);
    for (float& x : v) x = next();
    return v;
  };
  size_t d = s.d_model, f = s.ffn_width, c = s.context;
  std::vector<Layer> layers(s.layers);
  for (Layer& L : layers) {
    L.wq = fill(d * d), L.wk = fill(d * d), L.wv = fill(d * d), L.wo = fill(d * d);
    L.wa = fill(f * d), L.wb = fill(f * d), L.wout = fill(d * f);
    L.kcache = fill(c * d), L.vcache = fill(c * d);
  }
  return layers;
}

// One decode step; the new key/value overwrite a ring-buffer position so the
// context length stays fixed.
void decode_step(std::vector<Layer>& layers, const ModelShape& s, std::vector<float>& x, int t) {
  const int d = s.d_model, f = s.ffn_width;
  std::vector<float> q(d), k(d), v(d), att(d), delta(d), a(f), b(f);
  for (Layer& L : layers) {
    matvec(L.wq, x.data(), q.data(), d, d);
    matvec(L.wk, x.data(), k.data(), d, d);
    matvec(L.wv, x.data(), v.data(), d, d);
    size_t slot = static_cast<size_t>(t % s.context) * d;
    std::copy(k.begin(), k.end(), L.kcache.begin() + slot);
    std::copy(v.begin(), v.end(), L.vcache.begin() + slot);
    attend(L, q.data(), att.data(), d, s.context);
    matvec(L.wo, att.data(), delta.data(), d, d);
    for (int i = 0; i < d; ++i) x[i] += delta[i];
    matvec(L.wa, x.data(), a.data(), f, d);
    matvec(L.wb, x.data(), b.data(), f, d);
    for (int i = 0; i < f; ++i) a[i] *= std::max(b[i], 0.f);
    matvec(L.wout, a.data(), delta.data(), d, f);
    for (int i = 0; i < d; ++i) x[i] += delta[i];
  }
}

}  // namespace

ForwardFigures measure_forward(const ModelShape& shape, double min_seconds, uint64_t seed) {
  ModelShape s = shape;
  s.d_model = std::max(s.d_model, 2);
  s.ffn_width = std::max(s.ffn_width, 1);
  s.layers = std::max(s.layers, 1);
  ForwardFigures fig;
  fig.parameters = shape_parameters(shape);
  fig.macs_per_token = shape_macs_per_token(shape);
  std::vector<Layer> layers = random_layers(s, seed);
  std::vector<float> x(s.d_model, 0.1f);
  for (int t = 0; t < 8; ++t) decode_step(layers, s, x, t);  // warm caches
  auto start = std::chrono::steady_clock::now();
  double elapsed = 0;
  int tokens = 0;
  while (tokens < 16 || elapsed < min_seconds) {
    for (int i = 0; i < 16; ++i) decode_step(layers, s, x, tokens++);
    elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  volatile float sink = x[0];  // keep the work observable
  (void)sink;
  fig.tokens_timed = tokens;
  fig.tokens_per_second = tokens / elapsed;
  return fig;
}

}  // namespace sp

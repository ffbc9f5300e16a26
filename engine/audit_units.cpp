#include "engine/audit_units.h"

namespace sp::audit {

namespace {

template <typename At>
SlotRow row(int n, At at) {
  SlotRow r;
  for (int s = 0; s < n; ++s)
    if (double w = at(s); w != 0.0) r.push_back({s, w});
  return r;
}

// A component writes 0 when its value row is empty or its column is.
bool silent(const SlotRow& v, const SlotRow& out) { return v.empty() || out.empty(); }

}  // namespace

std::vector<HeadUnit> read_heads(const ModelBin& m, int L) {
  const int D = m.d_model;
  std::vector<HeadUnit> heads(m.heads);
  for (int h = 0; h < m.heads; ++h) {
    HeadUnit& u = heads[h];
    u.layer = L, u.head = h;
    for (int i = 0; i < 2; ++i) {
      const int r = 2 * h + i;
      u.q[i] = row(D, [&](int s) { return m.in_proj(L, r, s); });
      u.k[i] = row(D, [&](int s) { return m.in_proj(L, D + r, s); });
      u.v[i] = row(D, [&](int s) { return m.in_proj(L, 2 * D + r, s); });
      u.out[i] = row(D, [&](int s) { return m.out_proj(L, s, r); });
    }
    if (m.has_tiebreak) u.tiebreak = m.tiebreak[L][h];
  }
  return heads;
}

std::vector<NeuronUnit> read_neurons(const ModelBin& m, int L) {
  const int D = m.d_model, F = m.d_ffn;
  std::vector<NeuronUnit> neurons(F);
  for (int j = 0; j < F; ++j) {
    NeuronUnit& u = neurons[j];
    u.layer = L, u.neuron = j;
    u.b = row(D, [&](int s) { return m.ff_in(L, j, s); });
    u.a = row(D, [&](int s) { return m.ff_in(L, F + j, s); });
    u.out = row(D, [&](int s) { return m.ff_out(L, s, j); });
  }
  return neurons;
}

bool inert(const HeadUnit& h) { return silent(h.v[0], h.out[0]) && silent(h.v[1], h.out[1]); }
bool inert(const NeuronUnit& n) { return n.b.empty() || silent(n.a, n.out); }

std::vector<int> embedding_slots(const ModelBin& m) {
  std::vector<int> out;
  for (int s = 0; s < m.d_model; ++s)
    for (int t = 0; t < m.vocab; ++t)
      if (m.tok(t, s) != 0.0) {
        out.push_back(s);
        break;
      }
  return out;
}

}  // namespace sp::audit

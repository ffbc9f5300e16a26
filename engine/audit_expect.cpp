// Differences between the artifact extracted from the weights and an
// expected one (`audit-model --expect`): the header, every observable gate's
// phase, every value's slot and every write. Data only; audit_text words it.
#include <algorithm>
#include <map>

#include "engine/audit.h"
#include "engine/tvm_layout.h"
#include "model/errors.h"

namespace sp::audit {

namespace {

using WriteMap = std::map<std::pair<int, int>, std::vector<Term>>;

WriteMap write_map(const std::vector<Write>& writes, const std::vector<int>& perm) {
  WriteMap out;
  for (const Write& w : writes) {
    int slot = w.slot >= 0 && w.slot < static_cast<int>(perm.size()) ? perm[w.slot] : w.slot;
    auto& d = out[{w.boundary, slot}];
    d.insert(d.end(), w.delta.begin(), w.delta.end());
    std::sort(d.begin(), d.end(), [](const Term& a, const Term& b) { return a.value < b.value; });
  }
  return out;
}

bool same_delta(const std::vector<Term>& a, const std::vector<Term>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const Term& x, const Term& y) { return x.value == y.value && x.coef == y.coef; });
}

// The renaming transformer-vm's engines force (tvm_layout.h): identity when
// the expected artifact keeps the position features in slots 0, 1, 2 already
// or does not give them slots at all.
std::vector<int> renaming(const Graph& g, const Artifact& e, std::vector<std::string>& notes) {
  std::vector<int> id(std::max(e.d_model, 0));
  for (int s = 0; s < e.d_model; ++s) id[s] = s;
  std::vector<int> perm;
  try {
    perm = tvm::fixed_slot_permutation(g, e.alloc.slot, e.d_model);
  } catch (const InputError&) {
    return id;
  }
  if (perm == id) return id;
  std::string moved;
  for (int s = 0; s < e.d_model; ++s)
    if (perm[s] != s) moved += (moved.empty() ? "" : ", ") + std::to_string(s) + "->" + std::to_string(perm[s]);
  notes.push_back("the expected artifact's slots are renamed as transformer-vm's fixed position slots require (" +
                  moved + ")");
  return perm;
}

Difference diff(DiffKind k) {
  Difference d;
  d.kind = k;
  return d;
}

}  // namespace

std::vector<Difference> compare_artifacts(const Graph& g, const Extraction& x, const Artifact& e,
                                          std::vector<std::string>& notes) {
  std::vector<Difference> out;
  const Artifact& a = x.artifact;
  if (e.graph_sha256 != a.graph_sha256) {
    out.push_back(diff(DiffKind::GraphHash));
    return out;
  }
  auto header = [&](DiffKind k, int64_t derived, int64_t expected) {
    if (derived != expected) {
      Difference d = diff(k);
      d.derived = derived, d.expected = expected;
      out.push_back(d);
    }
  };
  header(DiffKind::Policy, static_cast<int>(a.alloc.policy), static_cast<int>(e.alloc.policy));
  header(DiffKind::Layers, a.schedule.layers, e.schedule.layers);
  header(DiffKind::DModel, a.d_model, e.d_model);

  if (!x.unobservable.empty())
    notes.push_back(std::to_string(x.unobservable.size()) +
                    " gate(s) leave no trace in the weights; their phases are not compared");
  for (GateId y = 0; y < static_cast<GateId>(g.gates.size()); ++y) {
    if (std::binary_search(x.unobservable.begin(), x.unobservable.end(), y)) continue;
    if (a.schedule.phase[y] == e.schedule.phase[y]) continue;
    Difference d = diff(DiffKind::Phase);
    d.gate = y, d.derived = a.schedule.phase[y], d.expected = e.schedule.phase[y];
    out.push_back(d);
  }

  const std::vector<int> perm = renaming(g, e, notes);
  auto renamed = [&](int s) { return s >= 0 && s < static_cast<int>(perm.size()) ? perm[s] : s; };
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    int es = renamed(e.alloc.slot[v]);
    if (a.alloc.slot[v] == es) continue;
    Difference d = diff(DiffKind::Slot);
    d.value = v, d.derived = a.alloc.slot[v], d.expected = es;
    out.push_back(d);
  }

  std::vector<int> identity(a.d_model);
  for (int s = 0; s < a.d_model; ++s) identity[s] = s;
  const WriteMap mine = write_map(a.alloc.writes, identity), theirs = write_map(e.alloc.writes, perm);
  std::map<std::pair<int, int>, int> keys;
  for (const auto& [k, d] : mine) keys[k] = 0;
  for (const auto& [k, d] : theirs) keys[k] = 0;
  for (const auto& [k, unused] : keys) {
    auto m = mine.find(k), t = theirs.find(k);
    std::vector<Term> dm = m == mine.end() ? std::vector<Term>{} : m->second;
    std::vector<Term> dt = t == theirs.end() ? std::vector<Term>{} : t->second;
    if (same_delta(dm, dt)) continue;
    Difference d = diff(DiffKind::Write);
    d.boundary = k.first, d.slot = k.second, d.derived_delta = dm, d.expected_delta = dt;
    out.push_back(d);
  }
  return out;
}

}  // namespace sp::audit

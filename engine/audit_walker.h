// The walker of audit_walk.h, shared by the files that implement it (not a
// public interface): audit_walk.cpp the state, the embedding, the sublayers
// and the fixpoint that commits matches; audit_options.cpp the ways a head
// or neuron can be read as a gate or a passthrough; audit_persist.cpp the
// persist folding at each boundary; audit_search.cpp the search over the
// decision points that runs the walk once per way. audit_walk.h states the
// abstract state and the transfer functions.
#pragma once
#include <array>
#include <climits>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/audit_match.h"
#include "engine/audit_text.h"
#include "engine/audit_units.h"
#include "engine/audit_walk.h"
#include "engine/model_bin.h"
#include "model/errors.h"

namespace sp::audit::walk {

inline constexpr int kUnborn = INT_MAX;

// How a unit may be read as the graph: a gate (with the value index each
// head component computes) or a passthrough (with the slot each copies).
struct Option {
  UnitRole role = UnitRole::Inert;
  GateId gate = -1;
  int comp[2] = {-1, -1};  // lookup: value index per component; passthrough: source slot
  Match match;
};

// Every layer's heads and neurons, read once for all runs of the walk.
struct Units {
  std::vector<std::vector<HeadUnit>> heads;
  std::vector<std::vector<NeuronUnit>> neurons;
  std::vector<int> embedding;
  explicit Units(const ModelBin& m) : embedding(embedding_slots(m)) {
    for (int L = 0; L < m.layers; ++L) heads.push_back(read_heads(m, L)), neurons.push_back(read_neurons(m, L));
  }
};

// Thrown when matching is stuck with a unit that matches in several ways:
// the search (audit_search.cpp) runs the walk again once per way.
struct Branch {
  size_t ways;
  Problem ambiguity;
};

// One run of the walk, taking `decisions[i]` at the i-th decision point.
class Walker {
 public:
  Walker(const Graph& g, const ModelBin& m, const Units& units, const std::vector<size_t>& decisions)
      : g(g), m(m), units(units), nv(static_cast<int>(g.values.size())), D(m.d_model), decisions(decisions) {}

  // Throws Branch at a decision point beyond `decisions`, InputError when
  // the weights do not compute the graph.
  WalkResult run();
  int phase_reached() const { return phase; }

 private:
  const Graph& g;
  const ModelBin& m;
  const Units& units;
  const int nv, D;
  std::vector<Contents> stream, before;  // the state; `before`: at the sublayer's start
  std::vector<int> gate_phase, birth, input_slot, slot_input;
  std::vector<uint8_t> is_input;
  std::vector<std::vector<int>> claim;  // lookups: per value index, the layer computing it (-1)
  std::vector<std::array<Expr, 2>> query, key;
  std::vector<std::vector<Expr>> values;
  std::vector<Expr> ea, eb, ex;
  Expr pt_query[2], pt_key[2], pt_gate;  // the passthrough patterns over values
  int phase = -1;                        // of the sublayer being matched
  WalkResult out;
  const std::vector<size_t>& decisions;  // which way to take at each ambiguous unit, in order
  size_t next_decision = 0;

  [[noreturn]] void fail(Problem p) const { throw InputError(m.source + ": " + problem_message(g, p)); }

  // audit_walk.cpp
  ValueId need_value(std::string_view name, const char* use) const;
  void prepare();
  Atom placeholder(int slot) const { return nv + slot; }
  void rename(std::vector<Contents>& slots, Atom from, Atom to);
  void tie(int slot, ValueId input);
  void embed();
  bool live(Atom a) const;
  Stream stream_view() const;
  void commit(const Option& o, int layer, int unit, bool neuron);
  template <typename U, typename OptionsFn, typename DescribeFn>
  std::vector<std::pair<const U*, Option>> resolve(const std::vector<U>& layer_units, OptionsFn options,
                                                   DescribeFn describe, bool neuron);
  static int index(const HeadUnit& h) { return h.head; }
  static int index(const NeuronUnit& n) { return n.neuron; }
  Problem unit_problem(ProblemKind kind, int layer, int unit) const;
  Contents output(const Option& o, int c) const;
  void attention(int L);
  void ffn(int L);
  void finish_boundary(int c, const std::vector<Contents>& delta);
  static bool hands_over(const Contents& d, const Contents& before);
  void check_lookups_complete() const;
  void tie_by_elimination();

  // audit_options.cpp
  static bool copies_one_slot(const SlotRow& r);
  static int expected_tiebreak(const Gate& gt);
  template <typename F>
  auto bounded(int layer, int unit, bool neuron, F f);
  std::vector<Option> head_options(const HeadUnit& h, bool relaxed);
  std::vector<Option> neuron_options(const NeuronUnit& n, bool relaxed);
  std::vector<Option> head_options_unbounded(const HeadUnit& h, bool relaxed);
  std::vector<Option> neuron_options_unbounded(const NeuronUnit& n, bool relaxed);
  bool interchangeable(const std::vector<Option>& opts) const;

  // audit_persist.cpp
  struct PersistOption {
    int slot;
    std::vector<Binding> bindings;
    size_t left;  // terms left in the slot after folding
  };
  void contain(const Expr& e, size_t t, const Contents& c, std::vector<Binding>& bind, int slot,
               std::vector<PersistOption>& opts, long& steps) const;
  std::vector<PersistOption> persist_options(GateId x, const std::vector<int>& written,
                                             const std::vector<Contents>& after) const;
  void fold(GateId x, const PersistOption& o, int c, std::vector<Contents>& after);
  void fold_persists(int c, const std::vector<int>& written, std::vector<Contents>& after);
};

}  // namespace sp::audit::walk

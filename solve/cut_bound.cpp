#include "solve/cut_bound.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>
#include <unordered_map>
#include <unordered_set>

namespace sp::milp {

namespace {

// A flow network whose node 0 is the source ("true") and node 1 the sink ("false").
class CutNetwork {
 public:
  static constexpr int kTrue = 0, kFalse = 1;

  explicit CutNetwork(long infinity) : inf_(infinity) {}

  int add_node() {
    return static_cast<int>(boost::add_vertex(g_));
  }
  // a => b: cutting it would cost more than any finite cut.
  void implies(int a, int b) {
    if (a != b && a != kFalse && b != kTrue) arc(a, b, inf_);
  }
  // Pays 1 when `a` is true and `b` false.
  void unit(int a, int b) {
    if (a == kTrue && b == kFalse) ++constant_;
    else if (a != kFalse && b != kTrue && a != b) arc(a, b, 1);
  }
  long min_cut() {
    if (boost::num_edges(g_) == 0) return constant_;
    return constant_ + boost::push_relabel_max_flow(g_, kTrue, kFalse);
  }

 private:
  using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
  using Graph = boost::adjacency_list<
      boost::vecS, boost::vecS, boost::directedS, boost::no_property,
      boost::property<boost::edge_capacity_t, long,
                      boost::property<boost::edge_residual_capacity_t, long,
                                      boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;

  void arc(int a, int b, long cap) {
    auto e = boost::add_edge(a, b, g_).first, r = boost::add_edge(b, a, g_).first;
    boost::put(boost::edge_capacity, g_, e, cap);
    boost::put(boost::edge_capacity, g_, r, 0);
    boost::put(boost::edge_reverse, g_, e, r);
    boost::put(boost::edge_reverse, g_, r, e);
  }

  long inf_;
  long constant_ = 0;
  Graph g_{2};
};

// The network of a window of boundaries [first, last]: x(g,t) as nodes for
// t in first-4 .. last, created on first use.
class WindowCut {
 public:
  WindowCut(const Graph& g, const std::vector<int>& earliest, const std::vector<int>& latest, int first, int last,
            long infinity)
      : g_(g), earliest_(earliest), latest_(latest), lo_(first - 4), hi_(last), net_(infinity) {}

  // The node of x(gate, t) for t in the window's thresholds; the producers
  // of every gate that gets a node are added with their own implications.
  int x(GateId gate, int t) {
    if (t >= latest_[gate]) return CutNetwork::kTrue;
    const int s = latest_legal_phase(g_.gates[gate].kind, t);
    if (s < earliest_[gate]) return CutNetwork::kFalse;
    auto [it, fresh] = nodes_.try_emplace(key(gate, s), 0);
    if (fresh) {
      it->second = net_.add_node();
      pending_.push_back(gate);
    }
    return it->second;
  }

  // Pays 1 when the value is born by its threshold and some reader is late.
  void add_value(int producer_node, const std::vector<int>& late_readers) {
    if (late_readers.empty()) return;
    if (late_readers.size() == 1) return net_.unit(producer_node, late_readers[0]);
    for (int r : late_readers)
      if (r == CutNetwork::kFalse) return net_.unit(producer_node, CutNetwork::kFalse);
    const int n = net_.add_node();
    net_.unit(producer_node, n);
    for (int r : late_readers) net_.implies(n, r);
  }

  long solve() {
    close();
    return net_.min_cut();
  }

 private:
  static uint64_t key(GateId gate, int s) { return (static_cast<uint64_t>(gate) << 32) | static_cast<uint32_t>(s + 8); }

  // Chain and read implications of every gate that got a node.
  void close() {
    std::unordered_set<GateId> done;  // not a per-gate array: a window touches few of the graph's gates
    while (!pending_.empty()) {
      const GateId w = pending_.back();
      pending_.pop_back();
      if (!done.insert(w).second) continue;
      for (int t = lo_; t < hi_; ++t) net_.implies(x(w, t), x(w, t + 1));
      for (GateId u : g_.preds[w])
        for (int t = lo_; t <= hi_; ++t) net_.implies(x(w, t), x(u, t == lo_ ? t : t - 1));
    }
  }

  const Graph& g_;
  const std::vector<int>& earliest_;
  const std::vector<int>& latest_;
  int lo_, hi_;
  CutNetwork net_;
  std::unordered_map<uint64_t, int> nodes_;
  std::vector<GateId> pending_;
};

bool handed_over(const Graph& g, ValueId v, ReusePolicy policy) {
  return policy == ReusePolicy::ImmediateExactArith || (policy == ReusePolicy::Immediate && g.handover_ok[v]);
}

// A lookup/reglu value whose readers may all run in the phase right after it.
bool may_be_internal(const Graph& g, ValueId v, const std::vector<int>& earliest, const std::vector<int>& latest) {
  const Value& val = g.values[v];
  if (val.producer < 0 || val.output || val.pinned || g.gates[val.producer].kind == GateKind::Persist) return false;
  int dies_after = kInputPhase;
  for (GateId r : g.readers[v]) dies_after = std::max(dies_after, earliest[r]);
  return dies_after < latest[val.producer] + 2;
}

// The boundaries [first, last] where value v's cost is not the constant 0.
std::pair<int, int> candidate_boundaries(const Graph& g, ValueId v, int h, int last_boundary,
                                         const std::vector<int>& earliest, const std::vector<int>& latest) {
  const Value& val = g.values[v];
  const int born = val.producer < 0 ? 1 : std::max(1, earliest[val.producer]);
  if (val.output || val.pinned) return {born, last_boundary};
  int late = kInputPhase;
  for (GateId r : g.readers[v]) late = std::max(late, latest[r]);
  return {born, std::min(last_boundary, late + 1 - 2 * h)};
}

// The values whose cost may be non-zero at some boundary of a window, for
// windows visited left to right: memory stays linear in the values even
// where phase windows are thousands of phases wide (deep random graphs).
class ValueSweep {
 public:
  ValueSweep(const Graph& g, ReusePolicy policy, int last_boundary, const std::vector<int>& earliest,
             const std::vector<int>& latest) {
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      const Value& val = g.values[v];
      if (!val.output && !val.pinned && g.readers[v].empty()) continue;  // unused: no slot
      auto range = candidate_boundaries(g, v, handed_over(g, v, policy) ? 1 : 0, last_boundary, earliest, latest);
      if (range.first <= range.second) by_first_.push_back({range.first, range.second, v});
    }
    std::sort(by_first_.begin(), by_first_.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
  }
  struct Entry {
    int first, final;
    ValueId v;
  };
  void restart() { next_ = 0, active_.clear(); }
  // The values whose range meets [first, last]; windows must not move left.
  const std::vector<Entry>& window(int first, int last) {
    while (next_ < by_first_.size() && by_first_[next_].first <= last) active_.push_back(by_first_[next_++]);
    std::erase_if(active_, [&](const Entry& e) { return e.final < first; });
    return active_;
  }

 private:
  std::vector<Entry> by_first_, active_;
  size_t next_ = 0;
};

// The least total occupancy of the boundaries first, first+2, ..., last.
long window_min_occupancy(const Graph& g, ReusePolicy policy, const std::vector<int>& earliest,
                          const std::vector<int>& latest, int first, int last,
                          const std::vector<ValueSweep::Entry>& values) {
  WindowCut cut(g, earliest, latest, first, last, static_cast<long>(values.size()) * ((last - first) / 2 + 1) + 1);
  std::vector<int> late;
  for (const auto& e : values)
    for (int c = std::max(first, e.first | 1); c <= std::min(last, e.final); c += 2) {  // boundaries are odd
      const Value& val = g.values[e.v];
      const int h = handed_over(g, e.v, policy) ? 1 : 0;
      const int tp = may_be_internal(g, e.v, earliest, latest) ? c - 3 + 2 * h : c;
      const int born = val.producer < 0 ? CutNetwork::kTrue : cut.x(val.producer, tp);
      late.clear();
      if (val.output || val.pinned) late.push_back(CutNetwork::kFalse);
      else
        for (GateId r : g.readers[e.v]) late.push_back(cut.x(r, c - 2 + 2 * h));
      cut.add_value(born, late);
    }
  return cut.solve();
}

}  // namespace

CutBound boundary_cut_bound(const Graph& g, int layers, ReusePolicy policy, const std::vector<int>& earliest,
                            const std::vector<int>& latest, std::optional<Clock::time_point> deadline,
                            std::span<const int> window_sizes) {
  const int nb = 2 * layers;
  ValueSweep sweep(g, policy, 4 * layers - 1, earliest, latest);
  CutBound out;
  out.min_occupancy.assign(nb, 0);
  auto out_of_time = [&] { return deadline && Clock::now() >= *deadline; };
  auto min_total = [&](int i, int k) {
    const int first = boundary_at(i), last = boundary_at(i + k - 1);
    return window_min_occupancy(g, policy, earliest, latest, first, last, sweep.window(first, last));
  };
  for (int i = 0; i < nb && !out_of_time(); ++i) {
    out.min_occupancy[i] = static_cast<int>(min_total(i, 1));
    out.width = std::max(out.width, out.min_occupancy[i]);
    out.boundaries_done = i + 1;
  }
  for (int k : window_sizes) {
    if (k < 2 || k > nb) continue;
    sweep.restart();
    for (int i = 0; i + k <= nb && !out_of_time(); i += std::max(1, k / 2)) {
      const long sum = min_total(i, k);
      const int avg = static_cast<int>((sum + k - 1) / k);
      if (avg > out.width) out.width = avg, out.window = {i, k};
    }
  }
  return out;
}

}  // namespace sp::milp

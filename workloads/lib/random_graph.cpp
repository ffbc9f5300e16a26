#include "workloads/lib/random_graph.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <vector>

#include "model/errors.h"
#include "model/levels.h"
#include "workloads/lib/arith.h"

namespace sp::wl {

uint64_t SplitMix64::next() {
  uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

int SplitMix64::below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }

int default_random_levels(int gates) { return std::clamp(gates / 50, 6, 24); }

namespace {

void require(bool ok, const std::string& what) {
  if (!ok) throw std::invalid_argument("random graph: " + what);
}

bool is_percent(int p) { return p >= 0 && p <= 100; }

void check_options(const RandomGraphOptions& o) {
  require(o.gates >= 1, "--gates must be at least 1");
  require(o.levels >= 0 && o.window >= 0 && o.inputs >= 0 && o.outputs >= 0,
          "levels, window, inputs and outputs cannot be negative");
  require(std::min({o.lookups, o.reglus, o.persists}) >= 0 && o.lookups + o.reglus + o.persists > 0,
          "gate kind shares must be non-negative, and one of them positive");
  require(std::min({o.average_lookups, o.earliest_lookups, o.latest_lookups}) >= 0 &&
              (o.lookups == 0 || o.average_lookups + o.earliest_lookups + o.latest_lookups > 0),
          "lookup tie-break shares must be non-negative, and one of them positive");
  require(is_percent(o.input_reads) && is_percent(o.multi_value_lookups) && is_percent(o.position_keys),
          "input_reads, multi_value_lookups and position_keys are percentages");
  require(o.max_lookup_values >= 1 && (o.multi_value_lookups == 0 || o.max_lookup_values >= 2),
          "multi-value lookups need max_lookup_values >= 2");
  require(std::min({o.lookup_terms, o.reglu_a_terms, o.reglu_b_terms, o.persist_terms}) >= 1,
          "every expression has at least one term");
}

// One graph: the values produced so far (by level, and in order), and which were read.
// Every random draw is its own statement: the order in which C++ evaluates function
// arguments is unspecified, and the output must not depend on it.
class RandomDag {
 public:
  explicit RandomDag(const RandomGraphOptions& opt)
      : opt_(opt),
        b_("random-" + std::to_string(opt.gates) + "-s" + std::to_string(opt.seed)),
        rng_(opt.seed),
        levels_(opt.levels > 0 ? opt.levels : default_random_levels(opt.gates)) {}

  Builder run() {
    by_level_.assign(levels_ + 1, {});
    add_inputs();
    const int kinds = opt_.lookups + opt_.reglus + opt_.persists;
    while (gate_count() < opt_.gates) {
      int level = 1 + static_cast<int>(static_cast<long long>(gate_count()) * levels_ / opt_.gates);
      int roll = rng_.below(kinds);
      if (roll < opt_.lookups) add_lookup(level);
      else if (roll < opt_.lookups + opt_.reglus) add_reglu(level);
      else add(b_.persist("p", operand(level, opt_.persist_terms)), level);
    }
    add_outputs();
    return std::move(b_);
  }

 private:
  int gate_count() const { return static_cast<int>(b_.gate_count()); }

  void add_inputs() {
    if (opt_.positions == PositionInputs::Encoded) {
      Positions pos = add_positions(b_);
      position_ = pos.position;
      position_key_ = position_key(pos);
    } else {
      position_ = b_.input("pos", integers(0, kMaxPosition), true);
      position_key_ = {2 * Lin(position_), -1};
    }
    first_free_input_ = static_cast<int>(b_.value_count());
    free_inputs_ = opt_.inputs > 0 ? opt_.inputs : 4 + opt_.gates / 50;
    for (int i = 0; i < free_inputs_; ++i) add(b_.input("in" + std::to_string(i), integers(-128, 127)), 0);
  }

  // A readable value: level 0 holds the free inputs.
  void add(Val v, int level) {
    by_level_[level].push_back(v);
    recent_.push_back(v);
  }

  void mark_read(Val v) {
    if (static_cast<size_t>(v.id) >= read_.size()) read_.resize(v.id + 1, false);
    read_[v.id] = true;
  }

  void add_outputs() {
    if (opt_.outputs > 0) {
      size_t n = std::min(recent_.size(), static_cast<size_t>(opt_.outputs));
      for (size_t i = recent_.size() - n; i < recent_.size(); ++i) b_.output(recent_[i]);
      return;
    }
    for (int v = 0; v < static_cast<int>(b_.value_count()); ++v) {
      bool read = static_cast<size_t>(v) < read_.size() && read_[v];
      bool free_input = v >= first_free_input_ && v < first_free_input_ + free_inputs_;
      if (!read && !free_input) b_.output(Val{v});
    }
  }

  Val pick(int level) {
    Val v = opt_.window > 0 ? pick_recent() : pick_by_level(level);
    mark_read(v);
    return v;
  }

  Val pick_recent() {
    if (rng_.chance(opt_.input_reads)) return by_level_[0][rng_.below(free_inputs_)];
    int n = static_cast<int>(recent_.size());
    return recent_[n - 1 - rng_.below(std::min(n, opt_.window))];
  }

  // Usually the level just below (that is what makes the graph deep), otherwise any earlier level.
  Val pick_by_level(int level) {
    int from = level - 1;
    if (!rng_.chance(60) || by_level_[from].empty()) from = rng_.below(level);
    while (by_level_[from].empty()) from = from == 0 ? level - 1 : from - 1;
    const std::vector<Val>& vals = by_level_[from];
    return vals[rng_.below(static_cast<int>(vals.size()))];
  }

  Lin operand(int level, int max_terms) {
    Lin e;
    int terms = rng_.range(1, max_terms);
    for (int t = 0; t < terms; ++t) {
      int c = rng_.range(1, 3);
      if (rng_.chance(50)) c = -c;
      Val v = pick(level);
      e += c * Lin(v);
    }
    return e;
  }

  void add_reglu(int level) {
    Lin a = operand(level, opt_.reglu_a_terms);
    Lin b = operand(level, opt_.reglu_b_terms);
    b += rng_.range(-4, 4);
    add(b_.reglu("r", a, b), level);
  }

  void add_lookup(int level) {
    int n_values = rng_.chance(opt_.multi_value_lookups) ? rng_.range(2, opt_.max_lookup_values) : 1;
    int roll = rng_.below(opt_.average_lookups + opt_.earliest_lookups + opt_.latest_lookups);
    int gates_needed = opt_.private_averages ? 1 + n_values : 1;
    bool average = roll < opt_.average_lookups && opt_.gates - gate_count() >= gates_needed;
    TieBreak tie = average                                             ? TieBreak::Average
                   : roll < opt_.average_lookups + opt_.earliest_lookups ? TieBreak::Earliest
                                                                         : TieBreak::Latest;
    std::vector<Lin> values;
    for (int i = 0; i < n_values; ++i) values.push_back(operand(level, opt_.lookup_terms));
    if (average) return add_means(level, values);
    Lin2 query = {operand(level, opt_.lookup_terms), 1};
    Lin2 key = position_key_;
    if (rng_.chance(100 - opt_.position_keys)) {
      Lin k0 = operand(level, opt_.lookup_terms);
      Lin k1 = operand(level, opt_.lookup_terms);
      key = {k0, k1};
    }
    for (Val v : b_.lookup("lu", tie, query, key, values)) add(v, level);
  }

  // Uniform attention gives means. Private ones are read by running-sum reglus in the
  // same layer only, which the `average` co-location rule keeps satisfiable.
  void add_means(int level, const std::vector<Lin>& values) {
    for (Val m : b_.lookup("mean", TieBreak::Average, {Lin(), 1}, {Lin(), 1}, values)) {
      if (!opt_.private_averages) {
        add(m, level);
        continue;
      }
      mark_read(m);
      add(b_.reglu("total", m, position_), level);
    }
  }

  const RandomGraphOptions opt_;
  Builder b_;
  SplitMix64 rng_;
  int levels_;
  Val position_;
  Lin2 position_key_;
  int first_free_input_ = 0, free_inputs_ = 0;
  std::vector<std::vector<Val>> by_level_;
  std::vector<Val> recent_;  // readable values in the order they were made
  std::vector<bool> read_;
};

bool colocation_holds(const Graph& g) {
  try {
    compute_levels(g);
    return true;
  } catch (const InputError&) {
    return false;
  }
}

constexpr int kSeedTries = 20;

// The builder for `opt`; `graph` gets its parsed graph when the schedulable check made one.
Builder generate(RandomGraphOptions opt, std::optional<Graph>* graph) {
  check_options(opt);
  if (!opt.schedulable) return RandomDag(opt).run();
  for (int tries = 0;; ++tries, opt.seed += 1000) {
    if (tries == kSeedTries) {  // large graphs with shared means nearly always have a conflict somewhere
      opt.average_lookups = 0;
      if (opt.earliest_lookups + opt.latest_lookups == 0) opt.latest_lookups = 1;
    }
    Builder b = RandomDag(opt).run();
    Graph g = b.build();
    if (tries == kSeedTries) compute_levels(g);  // no co-location left: any error is real
    else if (!colocation_holds(g)) continue;
    if (graph) *graph = std::move(g);
    return b;
  }
}

}  // namespace

Builder random_graph_builder(const RandomGraphOptions& options) { return generate(options, nullptr); }

std::string random_graph_json(const RandomGraphOptions& options) { return random_graph_builder(options).to_json(); }

Graph random_graph(const RandomGraphOptions& options) {
  std::optional<Graph> parsed;
  Builder b = generate(options, &parsed);
  return parsed ? std::move(*parsed) : b.build();
}

}  // namespace sp::wl

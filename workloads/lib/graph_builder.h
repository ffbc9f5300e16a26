// A small API for writing program graphs in C++ (namespace sp::wl).
//
//   Builder b("adder");
//   Val x = b.input("x"), y = b.input("y");
//   Val hi = b.reglu("hi", b.one(), x + y - 255);   // relu(x + y - 255) * 1
//   Val s = b.persist("s", x + y - 256 * hi);
//   b.output(s);
//   std::string text = b.to_json();                  // canonical slotproof-graph/1
//
// Values are handles (`Val`); `Lin` is a linear expression over them with a
// constant, and the constant is written as a coefficient of the input `one`
// (every Builder has it), exactly how the reference graphs spell constants.
// Names passed to the builder are stems: a repeated stem gets a numeric
// suffix, so helpers can call their intermediates "carry" as often as needed.
// Output is canonical (expression terms sorted by value name, one gate per
// line) and round-trips through parse_graph / graph_to_json unchanged.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/graph.h"

namespace sp::wl {

// Handle to a value of one Builder.
struct Val {
  int32_t id = -1;
};

// sum(coef * value) + constant.
class Lin {
 public:
  Lin() = default;
  Lin(Val v) { terms_[v.id] = 1.0; }  // NOLINT: implicit on purpose (a + b)
  Lin(double c) : constant_(c) {}     // NOLINT: implicit on purpose (a - 1)
  Lin(int c) : constant_(c) {}        // NOLINT

  const std::map<int32_t, double>& terms() const { return terms_; }
  double constant() const { return constant_; }
  bool is_zero() const;

  Lin& operator+=(const Lin& o);
  Lin& operator-=(const Lin& o);
  Lin& operator*=(double k);

 private:
  std::map<int32_t, double> terms_;  // value id -> coefficient
  double constant_ = 0;
};

Lin operator+(Lin a, const Lin& b);
Lin operator-(Lin a, const Lin& b);
Lin operator-(Lin a);
Lin operator*(double k, Lin a);
Lin operator*(Lin a, double k);
// Sum of a list (e.g. one-hot flags of several opcodes).
Lin sum(const std::vector<Val>& vals);
Lin sum(const std::vector<Lin>& lins);

// An input's declared values (docs/FORMATS.md, `range` and `multiple_of`):
// integers in [lo, hi].
InputRange integers(double lo, double hi);
// The synthetic workloads' encoded positions run up to this (as the
// reference graph's export assumes: docs/NUMERICS.md).
constexpr double kMaxPosition = 8388607;  // 2^23 - 1

enum class TieBreak { Latest, Earliest, Average };
const char* tie_break_name(TieBreak t);

// A lookup's 2-D query or key.
using Lin2 = std::array<Lin, 2>;

class Builder {
 public:
  explicit Builder(std::string graph_name);

  Val one() const { return one_; }
  // Every input declares the values it takes (what docs/NUMERICS.md's
  // float64 rule starts from); `one` is an integer in [0, 1].
  Val input(const std::string& name, InputRange declared, bool pinned = false);
  // relu(b) * a
  Val reglu(const std::string& stem, const Lin& a, const Lin& b);
  Val persist(const std::string& stem, const Lin& expr);
  // One produced value per entry of `values`; value i is named stem + "." + value_names[i]
  // (or stem + ".v<i>" when value_names is empty).
  std::vector<Val> lookup(const std::string& stem, TieBreak tie, const Lin2& query, const Lin2& key,
                          const std::vector<Lin>& values, const std::vector<std::string>& value_names = {});
  void output(Val v);
  void output(const std::vector<Val>& vs);
  // Gates (named by the value they produce; a lookup by any of its values) that must share a layer.
  void colocate(const std::vector<Val>& produced_by);

  const std::string& name_of(Val v) const { return values_[v.id].name; }
  size_t gate_count() const { return gates_.size(); }
  size_t value_count() const { return values_.size(); }

  // The graph as built (not finalized: derived fields are empty).
  Graph to_graph() const;
  // Canonical JSON text, one gate per line.
  std::string to_json() const;
  // Parses to_json() back: validates the graph (throws InputError) and finalizes it.
  Graph build() const;

 private:
  struct ValueInfo {
    std::string name;
    int32_t gate = -1;
    bool pinned = false;
    bool output = false;
    InputRange declared;
  };
  struct GateInfo {
    std::string name;
    GateKind kind = GateKind::Persist;
    TieBreak tie = TieBreak::Latest;
    std::vector<Lin> query, key, values;  // lookups
    Lin a, b, expr;
    std::vector<int32_t> produces;
  };

  std::string fresh(const std::string& stem);
  Val add_value(const std::string& name, int32_t gate);
  void check_owned(const Lin& e) const;
  Expr to_expr(const Lin& e) const;

  std::string name_;
  std::vector<ValueInfo> values_;
  std::vector<GateInfo> gates_;
  std::vector<int32_t> inputs_, outputs_;
  std::vector<std::vector<int32_t>> colocate_;  // gate ids
  std::set<std::string> used_names_;
  std::map<std::string, int> next_suffix_;
  Val one_;
};

// Canonical text of a graph document: top-level fields in graph_to_json order,
// each array element (input, gate, output name, colocate group) compact on its own line.
std::string format_graph_json(const nlohmann::ordered_json& doc);

}  // namespace sp::wl

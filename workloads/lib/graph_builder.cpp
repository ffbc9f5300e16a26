#include "workloads/lib/graph_builder.h"

#include <algorithm>
#include <stdexcept>

#include "model/graph_io.h"

namespace sp::wl {

bool Lin::is_zero() const {
  if (constant_ != 0) return false;
  return std::all_of(terms_.begin(), terms_.end(), [](const auto& t) { return t.second == 0; });
}

Lin& Lin::operator+=(const Lin& o) {
  for (const auto& [id, c] : o.terms_) terms_[id] += c;
  constant_ += o.constant_;
  return *this;
}

Lin& Lin::operator-=(const Lin& o) {
  for (const auto& [id, c] : o.terms_) terms_[id] -= c;
  constant_ -= o.constant_;
  return *this;
}

Lin& Lin::operator*=(double k) {
  for (auto& [id, c] : terms_) c *= k;
  constant_ *= k;
  return *this;
}

Lin operator+(Lin a, const Lin& b) { return a += b; }
Lin operator-(Lin a, const Lin& b) { return a -= b; }
Lin operator-(Lin a) { return a *= -1.0; }
Lin operator*(double k, Lin a) { return a *= k; }
Lin operator*(Lin a, double k) { return a *= k; }

Lin sum(const std::vector<Val>& vals) {
  Lin out;
  for (Val v : vals) out += v;
  return out;
}

Lin sum(const std::vector<Lin>& lins) {
  Lin out;
  for (const Lin& l : lins) out += l;
  return out;
}

const char* tie_break_name(TieBreak t) {
  switch (t) {
    case TieBreak::Latest: return "latest";
    case TieBreak::Earliest: return "earliest";
    case TieBreak::Average: return "average";
  }
  return "?";
}

Builder::Builder(std::string graph_name) : name_(std::move(graph_name)) { one_ = input("one", integers(0, 1)); }

std::string Builder::fresh(const std::string& stem) {
  if (used_names_.insert(stem).second) return stem;
  int& n = next_suffix_[stem];
  if (n == 0) n = 2;
  std::string name;
  do name = stem + "_" + std::to_string(n++);
  while (!used_names_.insert(name).second);
  return name;
}

Val Builder::add_value(const std::string& name, int32_t gate) {
  values_.push_back(ValueInfo{.name = name, .gate = gate, .declared = {}});
  return Val{static_cast<int32_t>(values_.size() - 1)};
}

InputRange integers(double lo, double hi) { return InputRange{std::make_pair(lo, hi), 0}; }

Val Builder::input(const std::string& name, InputRange declared, bool pinned) {
  // Inputs are named exactly: a generator asking twice for one input is a bug.
  if (!used_names_.insert(name).second) throw std::logic_error("graph builder: duplicate input '" + name + "'");
  Val v = add_value(name, -1);
  values_[v.id].pinned = pinned;
  values_[v.id].declared = declared;
  inputs_.push_back(v.id);
  return v;
}

void Builder::check_owned(const Lin& e) const {
  for (const auto& [id, c] : e.terms())
    if (id < 0 || id >= static_cast<int32_t>(values_.size()))
      throw std::logic_error("graph builder '" + name_ + "': expression uses a value of another builder");
}

Val Builder::reglu(const std::string& stem, const Lin& a, const Lin& b) {
  check_owned(a);
  check_owned(b);
  GateInfo g;
  g.name = fresh(stem);
  g.kind = GateKind::Reglu;
  g.a = a;
  g.b = b;
  gates_.push_back(std::move(g));
  Val v = add_value(gates_.back().name, static_cast<int32_t>(gates_.size() - 1));
  gates_.back().produces.push_back(v.id);
  return v;
}

Val Builder::persist(const std::string& stem, const Lin& expr) {
  check_owned(expr);
  GateInfo g;
  g.name = fresh(stem);
  g.kind = GateKind::Persist;
  g.expr = expr;
  gates_.push_back(std::move(g));
  Val v = add_value(gates_.back().name, static_cast<int32_t>(gates_.size() - 1));
  gates_.back().produces.push_back(v.id);
  return v;
}

std::vector<Val> Builder::lookup(const std::string& stem, TieBreak tie, const Lin2& query, const Lin2& key,
                                 const std::vector<Lin>& values, const std::vector<std::string>& value_names) {
  if (values.empty()) throw std::logic_error("graph builder: lookup '" + stem + "' produces nothing");
  if (!value_names.empty() && value_names.size() != values.size())
    throw std::logic_error("graph builder: lookup '" + stem + "' names do not match its values");
  for (const Lin& e : query) check_owned(e);
  for (const Lin& e : key) check_owned(e);
  for (const Lin& e : values) check_owned(e);
  GateInfo g;
  g.name = fresh(stem);
  g.kind = GateKind::Lookup;
  g.tie = tie;
  g.query.assign(query.begin(), query.end());
  g.key.assign(key.begin(), key.end());
  g.values = values;
  gates_.push_back(std::move(g));
  auto gate = static_cast<int32_t>(gates_.size() - 1);
  std::vector<Val> out;
  for (size_t i = 0; i < values.size(); ++i) {
    std::string suffix = value_names.empty() ? "v" + std::to_string(i) : value_names[i];
    Val v = add_value(fresh(gates_[gate].name + "." + suffix), gate);
    gates_[gate].produces.push_back(v.id);
    out.push_back(v);
  }
  return out;
}

void Builder::output(Val v) {
  if (values_[v.id].output) return;  // listing a value twice is harmless here
  values_[v.id].output = true;
  outputs_.push_back(v.id);
}

void Builder::output(const std::vector<Val>& vs) {
  for (Val v : vs) output(v);
}

void Builder::colocate(const std::vector<Val>& produced_by) {
  std::vector<int32_t> group;
  for (Val v : produced_by) {
    int32_t g = values_[v.id].gate;
    if (g < 0) throw std::logic_error("graph builder: colocate names input '" + values_[v.id].name + "'");
    group.push_back(g);
  }
  colocate_.push_back(std::move(group));
}

Expr Builder::to_expr(const Lin& e) const {
  Expr out;
  for (const auto& [id, c] : e.terms())
    if (c != 0) out.push_back(Term{id, c});
  if (e.constant() != 0) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Term& t) { return t.value == one_.id; });
    if (it == out.end()) out.push_back(Term{one_.id, e.constant()});
    else it->coef += e.constant();
    out.erase(std::remove_if(out.begin(), out.end(), [](const Term& t) { return t.coef == 0; }), out.end());
  }
  // parse_graph reads expression objects in name order; sorting here makes the text round-trip.
  std::sort(out.begin(), out.end(),
            [&](const Term& x, const Term& y) { return values_[x.value].name < values_[y.value].name; });
  return out;
}

Graph Builder::to_graph() const {
  Graph g;
  g.name = name_;
  for (const ValueInfo& v : values_) g.values.push_back(Value{v.name, v.gate, v.pinned, v.output, v.declared});
  g.inputs = inputs_;
  g.outputs = outputs_;
  for (const GateInfo& gi : gates_) {
    Gate gate;
    gate.name = gi.name;
    gate.kind = gi.kind;
    gate.produces = gi.produces;
    if (gi.kind == GateKind::Lookup) {
      gate.tie_break = tie_break_name(gi.tie);
      gate.average = gi.tie == TieBreak::Average;
      for (const Lin& e : gi.query) gate.query.push_back(to_expr(e));
      for (const Lin& e : gi.key) gate.key.push_back(to_expr(e));
      for (const Lin& e : gi.values) gate.values.push_back(to_expr(e));
    } else if (gi.kind == GateKind::Reglu) {
      gate.a = to_expr(gi.a);
      gate.b = to_expr(gi.b);
    } else {
      gate.expr = to_expr(gi.expr);
    }
    g.gates.push_back(std::move(gate));
  }
  g.colocate = colocate_;
  return g;
}

std::string format_graph_json(const nlohmann::ordered_json& doc) {
  std::string out = "{\n";
  bool first = true;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (!first) out += ",\n";
    first = false;
    out += "  " + nlohmann::json(it.key()).dump() + ": ";
    if (!it->is_array() || it->empty()) {
      out += it->dump();
      continue;
    }
    out += "[\n";
    for (size_t i = 0; i < it->size(); ++i) out += "    " + (*it)[i].dump() + (i + 1 < it->size() ? ",\n" : "\n");
    out += "  ]";
  }
  return out + "\n}\n";
}

std::string Builder::to_json() const { return format_graph_json(graph_to_json(to_graph())); }

Graph Builder::build() const { return parse_graph(to_json(), name_ + ".json"); }

}  // namespace sp::wl

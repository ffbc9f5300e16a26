// The Z3 checker's checks (internal to verify/): what every check reads
// (Z3Env), the global checks (z3_global.cpp) and the per-slot properties
// (z3_slot.cpp). run_z3_checker (z3_encoding.cpp) calls them in order.
//
// Every query is the negation of a property; unsat = proven. On sat the
// model names the boundary / read / value, and the check records a
// Violation (data; verify/violation_text.h words it).
#pragma once
#include <z3++.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"
#include "verify/violation.h"
#include "verify/z3_encoding.h"
#include "verify/z3_smt.h"
#include "verify/z3_terms.h"

namespace sp {

struct Z3Env {
  const Graph& g;
  const Artifact& a;
  const Z3Options& opt;
  CheckerResult& out;
  SmtSession& smt;
  LivenessTerms& t;
  const int N = a.schedule.layers;
  const int LB = 4 * a.schedule.layers - 1;  // last boundary
  const bool immediate = hands_over(a.alloc.policy);

  z3::context& ctx() { return t.ctx(); }
  void begin() {  // a new query: its own facts, its own build time
    smt.begin();
    t.begin_query();
  }
  // Poses the query built since begin(): its facts, the negated property.
  // An unknown answer makes the verdict undecided (the first reason is kept).
  SmtResult query(const std::string& name, const char* logic, const z3::expr& negation, const ModelHandler& on_model);

  void report(Violation v) { out.add(g, std::move(v)); }
  void mark(Property p) { out.failed[static_cast<size_t>(p)] = true; }
  // A certificate the windows rely on was refuted: an internal error, undecided.
  void refuted(const std::string& name, const std::string& what);
  Violation violation(ViolationClass k, Property p) const {
    Violation v;
    v.kind = k, v.property = p, v.policy = a.alloc.policy;
    return v;
  }
  Violation gate_violation(ViolationClass k, Property p, GateId x) const {
    Violation v = violation(k, p);
    v.gate = x, v.gate_phase = a.schedule.phase[x], v.layer = layer_of(a.schedule.phase[x]);
    return v;
  }
};

// ---- global checks (z3_global.cpp) -------------------------------------------------
bool check_hash(Z3Env& e);  // false: another graph's artifact, nothing else is checked
void check_schedule(Z3Env& e);
bool schedule_legal(const CheckerResult& out);  // phase kinds, layer budget, precedence hold
void check_slot_indices(Z3Env& e);
void check_missing_slots(Z3Env& e);
void check_liveness_bounds(Z3Env& e);
void check_d_model(Z3Env& e);
bool d_model_windowed(const Z3Env& e);  // the occupancy or heads query is split

// ---- per slot (z3_slot.cpp) ----------------------------------------------------------
// Every slot's properties, and the waste list (out.waste) they prove;
// `need_bounds` asks for the liveness-bounds certificate even if no slot is
// windowed (the d_model windows rely on it too).
void check_slots(Z3Env& e, bool need_bounds);

// ---- the float64 rule (z3_numerics.cpp) -------------------------------------------
void check_numerics(Z3Env& e);

}  // namespace sp

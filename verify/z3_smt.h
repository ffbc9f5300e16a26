// The SMT wrapper under the Z3 checker (after Alive2's): one Z3 context's
// incremental solver and its parameters, `check` posing one query and
// returning its result (unsat / sat with a model / unknown with a reason),
// the proof and unsat-core capture into the ProofSink, and the query names.
// It knows nothing of graphs or slots: the encoding (z3_terms.h) builds the
// terms, the checks (z3_global.cpp, z3_slot.cpp) pose them and read the models.
//
// A query is: named facts (the artifact's numbers), the negated property,
// `(check-sat)`. Each runs in its own push/pop scope of one solver: a solver
// per query costs more than the small queries themselves.
#pragma once
#include <z3++.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "verify/z3_encoding.h"

namespace sp {

struct QueryRecord;

using NamedFacts = std::vector<std::pair<std::string, z3::expr>>;

struct SmtResult {
  enum class Verdict { Unsat, Sat, Unknown };
  Verdict verdict = Verdict::Unknown;
  std::optional<z3::model> model;  // Sat: the first model
  std::string reason;              // Unknown: Z3's reason, or the exception's text
  bool unsat() const { return verdict == Verdict::Unsat; }
};

// Called for each model of a sat query, in order: reports it and returns the
// clause that blocks it for the next model (up to Z3Options::max_models), or
// nothing to stop.
using ModelHandler = std::function<std::optional<z3::expr>(const z3::model&)>;

class SmtSession {
 public:
  // `proof_objects`: the context was made with proof=true (per-query proof
  // directories); `query_count` counts every query posed.
  SmtSession(z3::context& ctx, const Z3Options& opt, bool proof_objects, int& query_count);
  z3::context& ctx() { return ctx_; }
  // Marks the start of a query's build (SLOTPROOF_VERIFY_TIMING prints it).
  void begin() { begun_ = std::chrono::steady_clock::now(); }
  SmtResult check(const std::string& name, const char* logic, const NamedFacts& facts, const z3::expr& negation,
                  const ModelHandler& on_model);

 private:
  void record_proof_and_core(const NamedFacts& facts, const z3::expr& negation, QueryRecord& rec);
  void enumerate_models(z3::model m, const ModelHandler& on_model);

  z3::context& ctx_;
  const Z3Options& opt_;
  bool proof_objects_;
  int& query_count_;
  z3::solver solver_;
  std::chrono::steady_clock::time_point begun_ = std::chrono::steady_clock::now();
};

// Query names, the file stems of a proof directory: "slot-0007-contents",
// "slot-0007-window-w0003" (windowed), "liveness-bounds-0002",
// "d_model-heads" or "d_model-heads-0003" (numbered).
std::string slot_query_name(int slot, const char* what, size_t window, bool windowed);
std::string numbered_query_name(const char* stem, size_t k, bool numbered);

// Reading a model.
inline int64_t model_int(const z3::model& m, const z3::expr& e) { return m.eval(e, true).get_numeral_int64(); }
inline bool model_bool(const z3::model& m, const z3::expr& e) { return m.eval(e, true).is_true(); }

}  // namespace sp

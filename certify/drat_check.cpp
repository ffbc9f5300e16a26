// DRAT checker: verifies that a clausal proof derives the empty clause from a
// CNF formula, and so that the formula is unsatisfiable.
//
// The basic idea is that we replay the proof against our own copy of the
// clause database, and accept each added lemma only if a local check shows
// that adding it cannot turn a satisfiable database into an unsatisfiable
// one. Nothing the solver says about a lemma is trusted; the only thing we
// take from the proof is the order of the steps and the pivot (first literal)
// of each lemma.
//
// Abstract state
// --------------
// Between two proof steps the checker's state is a pair (F, T):
//
//   F, the clause database: the formula's clauses plus every lemma accepted so
//      far, less the clauses whose deletion was honoured. A clause is a set of
//      literals: duplicate literals are dropped, and a tautology (x and -x) is
//      satisfied by every assignment and is not stored at all.
//   T, the trail: literals implied by unit propagation on F, each with the
//      clause of F that implied it (its reason). Either T is the unit
//      propagation fixpoint of F, or F is refuted: some clause of F is false
//      under T (the empty clause is the special case with no literals).
//
// The invariant that makes a "verified" verdict sound is
//
//   (I) if the formula is satisfiable, then F is satisfiable.
//
// It holds at the start, when F is the formula. Every literal of T is implied
// by F, so if F is refuted then F is unsatisfiable, and by (I) so is the
// formula. That is the only way to the verdict "verified".
//
// Proof steps
// -----------
// Add lemma C (text: literals ending in 0; binary: an 'a' record):
//   - C is RUP (reverse unit propagation) if assigning all literals of C false
//     on top of T and propagating reaches a conflict. Then F implies C, F and
//     F + C have the same models, and (I) holds for F + C.
//   - Otherwise, C is RAT on its first literal p if for every clause D of F
//     that contains -p, the resolvent C | (D - {-p}) is RUP. Then a model of F
//     that falsifies C can be repaired into a model of F + C by flipping p, so
//     F + C is satisfiable when F is: (I) holds for F + C. (An empty C has no
//     pivot; it must be RUP.)
//   - Otherwise the proof is rejected at this step, and the result names the
//     step and the lemma. Nothing after it is looked at.
//   An accepted C joins F and T grows by propagation. If C is empty or a
//   clause becomes false, F is refuted: the proof is verified and the steps
//   after this one are counted as unused.
// Delete clause C (text: a line starting with d; binary: a 'd' record):
//   - If no clause of F equals C as a set of literals, nothing happens (the
//     deletion is counted as missing).
//   - If every copy of C in F is the reason of a literal of T, the deletion
//     is ignored (counted). Honouring it would mean taking literals out of T
//     and recomputing the fixpoint; solvers write their proofs for checkers
//     that ignore such deletions ("operational" DRAT, as drat-trim reads it).
//   - Otherwise one copy of C (one that is not a reason) leaves F. T stays the
//     fixpoint: every literal of T keeps its reason, and removing clauses can
//     only shrink the fixpoint, which already holds T.
//   Both ways are sound. Removing a clause keeps (I) because a subset of a
//   satisfiable set is satisfiable. Ignoring a deletion keeps (I) trivially:
//   F is unchanged, and every clause in it was either in the formula or
//   accepted by a check against the F of its time. A larger F only makes RUP
//   checks succeed more often (rightly: F implies the lemma either way) and
//   RAT checks stricter (more clauses D to resolve with); neither can accept
//   a lemma that (I) does not allow.
// End of proof: if F is not refuted, the proof is rejected ("the proof ends
//   without deriving the empty clause"). A formula that unit propagation
//   alone refutes (or that holds the empty clause) is verified by any proof,
//   even an empty one.
//
// Algorithm: forward checking with two watched literals
// -----------------------------------------------------
// Every lemma is checked, in proof order, against the database of its time.
// Propagation is MiniSat's: each clause of two or more literals is watched
// by its first two literals, a watch carries a blocking literal, and binary
// clauses propagate from the watch alone. A clause is its size followed by
// its literals in one arena, so visiting a watch touches one place. A
// deleted clause is flagged in the arena and its two watch lists are marked
// dirty; a dirty list drops deleted clauses the next time it is visited, so
// a deletion costs O(clause size), never a watch-list scan (a crafted proof
// deleting a million binary clauses that share one literal stays linear).
// Deleted clauses are never used: clean lists hold none.
//
// Assignments form three levels: T (level 0, never undone), the negated
// lemma (level 1) and, for a RAT check, the negated rest of D (level 2).
// Checks only undo whole levels, which keeps the watch invariant (a watched
// literal is false only if the other watch is true at the same or a lower
// level). The RAT check finds the clauses with -p in occurrence lists that
// are built at the first RAT check (CaDiCaL's proofs have none, and pay
// nothing for them) and kept up to date from then on; deleted clauses leave
// them when a RAT check walks them. The cost of a check is that of its
// propagations: O(database) per RUP check, times the number of candidates D
// for a RAT check. That is the definition of DRAT, and there is no time
// limit: a proof is as expensive to check as it is long and its lemmas are
// hard, but no step costs more than that.
//
// Backward checking with core marking (drat-trim's default) checks only the
// lemmas the refutation uses, at the price of conflict analysis on every
// check and of undoing T in the middle when a lemma that is a reason is
// taken out again. It was not needed. Measured on this project's shared
// 2-core machine (docs/CERTIFY.md has the table), forward checking verifies
// CaDiCaL 1.5.3's binary proof of pigeonhole 10 into 9 (346,814 lemmas,
// 338,719 deletions, 15 MB) in 4.0 s, where CaDiCaL takes 3.2 s to solve
// and write it, and a random 3-SAT formula with 250 variables at ratio 4.26
// (277,717 lemmas, 14 MB) in 6.3 s against CaDiCaL's 5.6 s. Forward checking
// also names the first bad lemma, where backward checking names the last
// one the refutation needs.
//
// The input side (parsing, decompression) is certify/drat_parse.cpp.
#include "certify/drat_check.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <sstream>

#include "model/errors.h"

namespace sp::drat {

// ------------------------------------------------------------- the checker

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

using Lit = uint32_t;  // 2*var for var, 2*var+1 for -var; lit^1 is the negation
using Ref = uint32_t;  // a clause's place in the arena: its size, then its literals
constexpr uint32_t kNone = UINT32_MAX;
constexpr uint32_t kBinary = 1u << 31;   // flag on Watch::tagged_blocker (literals are < 2^26)
constexpr uint32_t kDeleted = 1u << 31;  // flag on a clause's size in the arena (sizes are < 2^31)

Lit to_lit(int32_t dimacs) {
  return dimacs > 0 ? 2 * static_cast<uint32_t>(dimacs) : 2 * static_cast<uint32_t>(-dimacs) + 1;
}
uint32_t var_of(Lit l) { return l >> 1; }

uint64_t lit_hash(Lit l) {  // splitmix64 finaliser: literal sets hash by summing these
  uint64_t z = (l + 1) * 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// An entry of a literal's watch list. The blocker is another literal of the
// clause: if it is true the clause is satisfied and need not be visited. For
// a two-literal clause the blocker is the other literal, so the watch alone
// propagates.
struct Watch {
  uint32_t tagged_blocker;  // blocker | kBinary for a two-literal clause
  Ref clause;
  Lit blocker() const { return tagged_blocker & ~kBinary; }
  bool binary() const { return tagged_blocker & kBinary; }
};

// Bookkeeping per stored clause (by clause number); the literals live in the
// arena, where propagation reads them without touching this.
struct ClauseInfo {
  Ref ref = 0;
  uint32_t next = kNone;  // next clause number in the same hash bucket
  uint64_t hash = 0;      // sum of lit_hash over the literals (order-free)
  bool deleted = false;
};

enum class Deletion { Done, Reason, Missing };

class Checker {
 public:
  explicit Checker(int32_t max_var)
      : value_(2 * (static_cast<size_t>(max_var) + 1), 0),
        seen_(value_.size(), 0),
        dirty_(value_.size(), 0),
        watches_(value_.size()),
        reason_(static_cast<size_t>(max_var) + 1, kNone),
        buckets_(1024, kNone) {}

  bool refuted() const { return refuted_; }
  void add_clause(const int32_t* lits, uint32_t size);
  bool is_rup(const int32_t* lits, uint32_t size);
  bool is_rat(const int32_t* lits, uint32_t size);
  Deletion delete_clause(const int32_t* lits, uint32_t size);

 private:
  bool normalize(const int32_t* lits, uint32_t size);
  uint32_t store_clause();
  void watch_clause(Ref ref);
  void assign(Lit l, Ref reason);
  bool assume_false(Lit l);
  bool assume_lemma_false(const int32_t* lits, uint32_t size);
  void backtrack(size_t trail_size);
  bool propagate();
  bool propagate_false_literal(Lit falsified);
  bool resolvent_is_rup(Ref d, Lit skip);
  void build_occurrences();
  bool is_reason(Ref ref) const;
  uint32_t find_clause(bool* saw_reason);
  void index_insert(uint32_t id);
  void index_remove(uint32_t id);
  void index_grow();
  uint32_t size_of(Ref r) const { return arena_[r] & ~kDeleted; }
  Lit* lits_of(Ref r) { return arena_.data() + r + 1; }
  const Lit* lits_of(Ref r) const { return arena_.data() + r + 1; }

  std::vector<int8_t> value_;   // by literal: 1 true, -1 false, 0 unassigned
  std::vector<uint8_t> seen_;   // by literal: scratch marks, all 0 between calls
  std::vector<uint8_t> dirty_;  // by literal: its watch list may hold deleted clauses
  std::vector<std::vector<Watch>> watches_;  // by literal: clauses watching it
  std::vector<Ref> reason_;       // by variable: the clause that implied it
  std::vector<Lit> trail_;        // assigned literals in order
  size_t propagated_ = 0;         // trail_[0, propagated_) have been propagated
  std::vector<uint32_t> arena_;   // every clause ever stored: size, literals
  std::vector<ClauseInfo> clauses_;
  std::vector<uint32_t> buckets_;  // hash index: first clause number of each bucket
  size_t indexed_ = 0;             // clauses in the hash index
  std::vector<std::vector<uint32_t>> occurs_;  // by literal: clause numbers holding it
  bool occurs_built_ = false;                  // (built at the first RAT check)
  std::vector<Lit> scratch_;       // the normalized clause being added or deleted
  uint64_t scratch_hash_ = 0;
  bool refuted_ = false;
};

// Fills scratch_ with the clause's distinct literals and their hash; false
// for a tautology.
bool Checker::normalize(const int32_t* lits, uint32_t size) {
  scratch_.clear();
  scratch_hash_ = 0;
  bool tautology = false;
  for (uint32_t k = 0; k < size; ++k) {
    Lit l = to_lit(lits[k]);
    if (seen_[l]) continue;
    tautology |= seen_[l ^ 1] != 0;
    seen_[l] = 1;
    scratch_.push_back(l);
    scratch_hash_ += lit_hash(l);
  }
  for (Lit l : scratch_) seen_[l] = 0;
  return !tautology;
}

void Checker::assign(Lit l, Ref reason) {
  value_[l] = 1;
  value_[l ^ 1] = -1;
  reason_[var_of(l)] = reason;
  trail_.push_back(l);
}

// Makes `l` false; false if it is already true (an immediate conflict).
bool Checker::assume_false(Lit l) {
  if (value_[l] > 0) return false;
  if (value_[l] == 0) assign(l ^ 1, kNone);
  return true;
}

// Level 1: the negated lemma, propagated; false on a conflict.
bool Checker::assume_lemma_false(const int32_t* lits, uint32_t size) {
  for (uint32_t k = 0; k < size; ++k)
    if (!assume_false(to_lit(lits[k]))) return false;
  return propagate();
}

void Checker::backtrack(size_t trail_size) {
  while (trail_.size() > trail_size) {
    Lit l = trail_.back();
    trail_.pop_back();
    value_[l] = value_[l ^ 1] = 0;
  }
  propagated_ = trail_size;
}

bool Checker::propagate() {
  while (propagated_ < trail_.size())
    if (!propagate_false_literal(trail_[propagated_++] ^ 1)) return false;
  return true;
}

// Visits the clauses watching `falsified`: each is satisfied by its blocker,
// finds another watch, becomes unit (assigns its other watch) or is false
// (a conflict: the rest of the list is kept). A list that may hold deleted
// clauses (dirty) drops them on the way, so it is clean afterwards.
bool Checker::propagate_false_literal(Lit falsified) {
  std::vector<Watch>& ws = watches_[falsified];
  bool dirty = dirty_[falsified];
  dirty_[falsified] = 0;
  size_t i = 0, j = 0, n = ws.size();
  bool ok = true;
  while (i < n) {
    Watch w = ws[i++];
    if (dirty && (arena_[w.clause] & kDeleted)) continue;
    int8_t blocker_value = value_[w.blocker()];
    if (blocker_value > 0) {
      ws[j++] = w;
    } else if (w.binary()) {
      ws[j++] = w;
      if (blocker_value < 0) { ok = false; break; }
      assign(w.blocker(), w.clause);
    } else {
      Lit* lits = lits_of(w.clause);
      uint32_t size = size_of(w.clause);
      if (lits[0] == falsified) std::swap(lits[0], lits[1]);
      Lit first = lits[0];
      if (first != w.blocker() && value_[first] > 0) { ws[j++] = {first, w.clause}; continue; }
      uint32_t k = 2;
      while (k < size && value_[lits[k]] < 0) ++k;
      if (k < size) {  // a new watch: lits[k] is not false
        std::swap(lits[1], lits[k]);
        watches_[lits[1]].push_back({first, w.clause});
        continue;
      }
      ws[j++] = {first, w.clause};
      if (value_[first] < 0) { ok = false; break; }
      assign(first, w.clause);
    }
  }
  for (; i < n; ++i)
    if (!dirty || !(arena_[ws[i].clause] & kDeleted)) ws[j++] = ws[i];
  ws.resize(j);
  return ok;
}

uint32_t Checker::store_clause() {
  auto id = static_cast<uint32_t>(clauses_.size());
  ClauseInfo info;
  info.ref = static_cast<Ref>(arena_.size());
  info.hash = scratch_hash_;
  arena_.push_back(static_cast<uint32_t>(scratch_.size()));
  arena_.insert(arena_.end(), scratch_.begin(), scratch_.end());
  clauses_.push_back(info);
  index_insert(id);
  if (occurs_built_)
    for (Lit l : scratch_) occurs_[l].push_back(id);
  return id;
}

// Level 0 only. Puts the two best literals first (true, then unassigned,
// then false), watches them, and assigns or refutes if the clause is unit or
// false under T.
void Checker::watch_clause(Ref ref) {
  Lit* lits = lits_of(ref);
  uint32_t size = size_of(ref);
  auto rank = [&](Lit l) { return value_[l] > 0 ? 0 : value_[l] == 0 ? 1 : 2; };
  for (uint32_t pos = 0; pos < std::min<uint32_t>(2, size); ++pos) {
    uint32_t best = pos;
    for (uint32_t k = pos + 1; k < size && rank(lits[best]) > 0; ++k)
      if (rank(lits[k]) < rank(lits[best])) best = k;
    std::swap(lits[pos], lits[best]);
  }
  if (size >= 2) {
    uint32_t tag = size == 2 ? kBinary : 0;
    watches_[lits[0]].push_back({lits[1] | tag, ref});
    watches_[lits[1]].push_back({lits[0] | tag, ref});
  }
  if (value_[lits[0]] < 0) {
    refuted_ = true;
  } else if (value_[lits[0]] == 0 && (size == 1 || value_[lits[1]] < 0)) {
    assign(lits[0], ref);
    if (!propagate()) refuted_ = true;
  }
}

void Checker::add_clause(const int32_t* lits, uint32_t size) {
  if (refuted_ || !normalize(lits, size)) return;  // a tautology is never needed
  if (scratch_.empty()) {
    refuted_ = true;
    return;
  }
  watch_clause(clauses_[store_clause()].ref);
}

bool Checker::is_rup(const int32_t* lits, uint32_t size) {
  size_t level0 = trail_.size();
  bool conflict = !assume_lemma_false(lits, size);
  backtrack(level0);
  return conflict;
}

// The resolvent of the (already negated and propagated) lemma with D on the
// pivot: also negate D's literals other than `skip`, and propagate.
bool Checker::resolvent_is_rup(Ref d, Lit skip) {
  size_t level1 = trail_.size();
  const Lit* lits = lits_of(d);
  uint32_t size = size_of(d);
  bool conflict = false;
  for (uint32_t k = 0; k < size && !conflict; ++k)
    if (lits[k] != skip) conflict = !assume_false(lits[k]);
  if (!conflict) conflict = !propagate();
  backtrack(level1);
  return conflict;
}

// Occurrence lists serve only RAT checks, so they cost nothing for proofs
// without RAT steps. Deleted clauses leave them when a RAT check walks them.
void Checker::build_occurrences() {
  occurs_.resize(value_.size());
  for (uint32_t id = 0; id < clauses_.size(); ++id) {
    if (clauses_[id].deleted) continue;
    const Lit* lits = lits_of(clauses_[id].ref);
    for (uint32_t k = 0; k < size_of(clauses_[id].ref); ++k) occurs_[lits[k]].push_back(id);
  }
  occurs_built_ = true;
}

// Called after is_rup failed: the resolvent with every live clause holding
// the negated pivot must be RUP.
bool Checker::is_rat(const int32_t* lits, uint32_t size) {
  if (size == 0) return false;
  if (!occurs_built_) build_occurrences();
  size_t level0 = trail_.size();
  bool conflict = !assume_lemma_false(lits, size);
  Lit negated_pivot = to_lit(lits[0]) ^ 1;
  std::vector<uint32_t>& candidates = occurs_[negated_pivot];
  bool all_rup = true;
  size_t live = 0;
  for (uint32_t id : candidates) {
    if (clauses_[id].deleted) continue;
    candidates[live++] = id;
    if (all_rup && !conflict) all_rup = resolvent_is_rup(clauses_[id].ref, negated_pivot);
  }
  candidates.resize(live);
  backtrack(level0);
  return conflict || all_rup;
}

bool Checker::is_reason(Ref ref) const {
  const Lit* lits = lits_of(ref);
  for (uint32_t k = 0; k < size_of(ref); ++k)
    if (value_[lits[k]] > 0 && reason_[var_of(lits[k])] == ref) return true;
  return false;
}

// The number of a live clause equal to scratch_ that is not a reason, or
// kNone; sets *saw_reason if an equal clause was skipped for being a reason.
uint32_t Checker::find_clause(bool* saw_reason) {
  for (Lit l : scratch_) seen_[l] = 1;
  uint32_t found = kNone;
  for (uint32_t id = buckets_[scratch_hash_ & (buckets_.size() - 1)]; id != kNone; id = clauses_[id].next) {
    const ClauseInfo& c = clauses_[id];
    if (c.hash != scratch_hash_ || size_of(c.ref) != scratch_.size()) continue;
    const Lit* lits = lits_of(c.ref);
    if (!std::all_of(lits, lits + size_of(c.ref), [&](Lit l) { return seen_[l] != 0; })) continue;
    if (is_reason(c.ref)) {
      *saw_reason = true;
      continue;
    }
    found = id;
    break;
  }
  for (Lit l : scratch_) seen_[l] = 0;
  return found;
}

Deletion Checker::delete_clause(const int32_t* lits, uint32_t size) {
  if (!normalize(lits, size) || scratch_.empty()) return Deletion::Missing;
  bool saw_reason = false;
  uint32_t id = find_clause(&saw_reason);
  if (id == kNone) return saw_reason ? Deletion::Reason : Deletion::Missing;
  Ref ref = clauses_[id].ref;
  if (size_of(ref) >= 2) dirty_[lits_of(ref)[0]] = dirty_[lits_of(ref)[1]] = 1;
  arena_[ref] |= kDeleted;
  clauses_[id].deleted = true;
  index_remove(id);
  return Deletion::Done;
}

void Checker::index_insert(uint32_t id) {
  if (++indexed_ > buckets_.size() / 2) index_grow();
  uint32_t& head = buckets_[clauses_[id].hash & (buckets_.size() - 1)];
  clauses_[id].next = head;
  head = id;
}

void Checker::index_remove(uint32_t id) {
  uint32_t* link = &buckets_[clauses_[id].hash & (buckets_.size() - 1)];
  while (*link != id) link = &clauses_[*link].next;
  *link = clauses_[id].next;
  --indexed_;
}

// Doubles the bucket array and relinks every live clause except the one
// being inserted (the caller links it).
void Checker::index_grow() {
  std::vector<uint32_t> buckets(buckets_.size() * 2, kNone);
  for (uint32_t id = 0; id + 1 < clauses_.size(); ++id) {
    ClauseInfo& c = clauses_[id];
    if (c.deleted) continue;
    uint32_t& head = buckets[c.hash & (buckets.size() - 1)];
    c.next = head;
    head = id;
  }
  buckets_.swap(buckets);
}

// --------------------------------------------------------------- results

std::string clause_text(const std::vector<int32_t>& lits) {
  constexpr size_t kShown = 24;
  std::ostringstream out;
  for (size_t k = 0; k < lits.size() && k < kShown; ++k) out << lits[k] << ' ';
  if (lits.size() > kShown) out << "... ";
  out << '0';
  if (lits.size() > kShown) out << ", " << lits.size() << " literals";
  return out.str();
}

std::string failure_reason(const Result& r) {
  switch (r.failure) {
    case Failure::None:
      return "";
    case Failure::NoEmptyClause:
      return "the proof ends without deriving the empty clause";
    case Failure::NotRupNorRat:
      break;
  }
  std::string lemma = "lemma " + std::to_string(r.step) + " (" + clause_text(r.lemma) + ")";
  if (r.lemma.empty()) return lemma + " is not RUP (the empty clause has no pivot for RAT)";
  return lemma + " is neither RUP nor RAT on " + std::to_string(r.lemma[0]);
}

}  // namespace

// ------------------------------------------------------------ entry points

namespace {

void add_formula(Checker& checker, const Formula& formula, Result& r) {
  const int32_t* at = formula.lits.data();
  const int32_t* end = at + formula.lits.size();
  while (at < end) {
    const int32_t* stop = std::find(at, end, 0);
    if (stop == at) r.formula_has_empty_clause = true;
    checker.add_clause(at, static_cast<uint32_t>(stop - at));
    at = stop + 1;
  }
}

// The largest variable named anywhere (the fields of Formula and Proof are
// not trusted for sizing the checker's arrays).
int32_t max_variable(const Formula& formula, const Proof& proof) {
  int32_t max_var = formula.num_vars;
  for (int32_t l : formula.lits) max_var = std::max(max_var, l < 0 ? -l : l);
  for (int32_t l : proof.lits) max_var = std::max(max_var, l < 0 ? -l : l);
  return max_var;
}

// Replays the steps; returns false at the first lemma that fails (recorded in r).
bool replay(Checker& checker, const Proof& proof, Result& r) {
  for (size_t k = 0; k < proof.steps.size(); ++k) {
    if (checker.refuted()) {
      r.stats.steps_unused = proof.steps.size() - k;
      return true;
    }
    const ProofStep& step = proof.steps[k];
    const int32_t* lits = proof.lits.data() + step.begin;
    if (step.deletion) {
      Deletion d = checker.delete_clause(lits, step.size);
      r.stats.deletions_ignored += d == Deletion::Reason;
      r.stats.deletions_missing += d == Deletion::Missing;
      continue;
    }
    ++r.stats.lemmas_checked;
    if (!checker.is_rup(lits, step.size)) {
      if (!checker.is_rat(lits, step.size)) {
        r.failure = Failure::NotRupNorRat;
        r.step = step.position;
        r.lemma.assign(lits, lits + step.size);
        return false;
      }
      ++r.stats.rat_lemmas;
    }
    checker.add_clause(lits, step.size);
  }
  return true;
}

}  // namespace

Result check(const Formula& formula, const Proof& proof) {
  Clock::time_point start = Clock::now();
  Result r;
  r.format = proof.format;
  r.stats.vars = static_cast<uint64_t>(formula.num_vars);
  r.stats.clauses = formula.num_clauses;
  for (const ProofStep& s : proof.steps) (s.deletion ? r.stats.deletions : r.stats.lemmas)++;
  Checker checker(max_variable(formula, proof));
  add_formula(checker, formula, r);
  if (replay(checker, proof, r)) {
    if (checker.refuted()) {
      r.verdict = Verdict::Verified;
    } else {
      r.failure = Failure::NoEmptyClause;
    }
  }
  r.stats.check_seconds = seconds_since(start);
  return r;
}

Result check_files(const std::string& cnf_path, const std::string& proof_path) {
  Clock::time_point start = Clock::now();
  const Formula formula = read_cnf_file(cnf_path);
  const Proof proof = read_proof_file(proof_path);
  double parse_seconds = seconds_since(start);
  Result r = check(formula, proof);
  r.stats.parse_seconds = parse_seconds;
  return r;
}

std::string describe(const Result& r) {
  const Stats& s = r.stats;
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(2);
  out << (r.verdict == Verdict::Verified ? "verified" : "rejected") << ": " << s.clauses << " clauses, "
      << s.lemmas << " lemmas, " << s.deletions << " deletions ("
      << (r.format == ProofFormat::Binary ? "binary" : "text") << " DRAT); checked " << s.lemmas_checked
      << " lemmas (" << s.rat_lemmas << " by RAT), ignored " << s.deletions_ignored
      << " deletions of reason clauses and " << s.deletions_missing << " of absent clauses";
  if (s.steps_unused) out << ", " << s.steps_unused << " steps after the empty clause unused";
  if (r.formula_has_empty_clause) out << "; the formula contains the empty clause";
  out << "; parse " << s.parse_seconds << " s, check " << s.check_seconds << " s";
  if (r.verdict == Verdict::Rejected) out << "\nreason: " << failure_reason(r);
  return out.str();
}

}  // namespace sp::drat

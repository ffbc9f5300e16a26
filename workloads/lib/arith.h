// Reusable reglu arithmetic on top of the graph builder, in the idioms the
// reference interpreter graph uses. All integer-valued: a "flag" is 0 or 1, a
// "byte" is 0..255, words are little-endian byte vectors.
//
// The two primitive tricks:
//   * step: relu(x - k + 1) - relu(x - k) is 1 for integer x >= k and 0 for x <= k-1
//     (two reglus with a = one, then a persist of the difference);
//   * gating: reglu(a = value, b = flag) = relu(flag) * value = flag ? value : 0.
// Lookups address token positions with a key that peaks at one position:
// query [q, 1] . key [2p, -p^2 + 0.3 inv_log_pos] = -(p - q)^2 + q^2 + small,
// largest at p = q; the inv_log_pos term only breaks ties between equal keys.
#pragma once
#include <string>
#include <vector>

#include "workloads/lib/graph_builder.h"

namespace sp::wl {

using Word = std::vector<Val>;  // little-endian bytes

// ---- step functions, comparisons, selection ------------------------------
// 1 if x >= k (x integer), else 0.
Val step_ge(Builder& b, const std::string& stem, const Lin& x, double k);
// 1 if x == k (x integer), else 0: the triangle relu(x-k+1) - 2 relu(x-k) + relu(x-k-1).
Val equals_const(Builder& b, const std::string& stem, const Lin& x, double k);
// x * x as relu(x) * x - relu(-x) * x (any real x).
Val square(Builder& b, const std::string& stem, const Lin& x);
// flag ? value : 0 (one reglu).
Val gate(Builder& b, const std::string& stem, const Lin& value, const Lin& flag);
// flag ? if_true : if_false (two reglus and a persist).
Val select(Builder& b, const std::string& stem, const Lin& flag, const Lin& if_true, const Lin& if_false);
// Selects among several candidates by exclusive flags: sum_i flag_i ? value_i : 0.
Val select_by_flags(Builder& b, const std::string& stem, const std::vector<Lin>& flags,
                    const std::vector<Lin>& values);
// x AND y for flags (one reglu).
Val flag_and(Builder& b, const std::string& stem, const Lin& x, const Lin& y);

// ---- decoding ------------------------------------------------------------
// Integer points on the circle x^2 + y^2 = radius_sq, in angle order; opcodes are
// embedded as such points so that one reglu decodes each: the dot product of two
// distinct points is at most radius_sq - 1.
struct CirclePoint {
  int x, y;
};
std::vector<CirclePoint> circle_points(int radius_sq);
// One flag per code: flag_i = relu(x*px_i + y*py_i - (radius_sq - 1)).
std::vector<Val> decode_circle(Builder& b, const std::string& stem, Val x, Val y,
                               const std::vector<CirclePoint>& codes, int radius_sq);
// One-hot of an integer x in [0, n) by triangles.
std::vector<Val> one_hot(Builder& b, const std::string& stem, const Lin& x, int n);

// ---- byte-wise words -----------------------------------------------------
// value of a word: sum 256^k byte_k
Lin word_value(const Word& w);
Lin word_value(const std::vector<Lin>& w);
struct WordResult {
  Word bytes;
  Val carry;  // carry out of the top byte (add), or borrow (sub)
};
// Ripple-carry a + b + carry_in: per byte two reglus (carry = step(s >= 256)) and
// two persists (the carry and s - 256 carry). Byte k needs carry k-1: one layer per byte.
WordResult add_words(Builder& b, const std::string& stem, const std::vector<Lin>& x, const std::vector<Lin>& y,
                     const Lin& carry_in = 0);
// Ripple-borrow a - b: borrow = step(b + borrow_in - a >= 1), byte = a - b - borrow_in + 256 borrow.
// The final borrow is "a < b" unsigned.
WordResult sub_words(Builder& b, const std::string& stem, const std::vector<Lin>& x, const std::vector<Lin>& y);
// 1 if the words are equal: per-byte triangles, then step(sum >= n).
Val words_equal(Builder& b, const std::string& stem, const std::vector<Lin>& x, const std::vector<Lin>& y);
// Sign flag of a word (top byte >= 128).
Val sign_flag(Builder& b, const std::string& stem, const Lin& top_byte);
// Signed a < b from the unsigned borrow and the two signs: step(sa - sb + ltu >= 1).
Val signed_less(Builder& b, const std::string& stem, Val ltu, Val sign_x, Val sign_y);

// ---- attention idioms ----------------------------------------------------
struct Positions {
  Val position, position_sq, inv_log_pos;  // pinned inputs
};
Positions add_positions(Builder& b);
// Key of "the token at position q": [2 p, -p^2 + 0.3 inv_log_pos].
Lin2 position_key(const Positions& pos);
// Reads `values` from the token at position `index`.
std::vector<Val> fetch_at(Builder& b, const std::string& stem, const Positions& pos, const Lin& index,
                          const std::vector<Lin>& values, const std::vector<std::string>& names = {});
// Reads `values` from the latest token that wrote address `addr`: tokens carry
// their written address `key_addr`, its square `key_addr_sq` and a 0/1 `written` flag;
// tokens that wrote nothing are pushed out by -1e30.
std::vector<Val> latest_write(Builder& b, const std::string& stem, const Positions& pos, const Lin& addr,
                              Val key_addr, Val key_addr_sq, const Lin& written, const std::vector<Lin>& values,
                              const std::vector<std::string>& names = {});
// Running sums of per-token `deltas` over the prefix: an average lookup (uniform
// attention gives the mean) times position (reglu, co-located by the average rule).
std::vector<Val> prefix_sums(Builder& b, const std::string& stem, const Positions& pos,
                             const std::vector<Lin>& deltas, const std::vector<std::string>& names);

}  // namespace sp::wl

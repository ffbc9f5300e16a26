#include "workloads/lib/shapes.h"

#include <cmath>
#include <string>
#include <vector>

#include "workloads/lib/arith.h"

namespace sp::wl {

namespace {
std::string num(const std::string& stem, int i) { return stem + std::to_string(i); }

// (x + y) mod 256 for bytes: the wrap is a step at 256.
Val add_mod256(Builder& b, const std::string& stem, const Lin& x, const Lin& y) {
  Lin s = x + y;
  Val hi = b.reglu(stem + "_r", b.one(), s - 255);
  Val lo = b.reglu(stem + "_r", b.one(), s - 256);
  return b.persist(stem, s - 256 * (Lin(hi) - lo));
}
}  // namespace

Builder chain_graph(int rounds, int lanes) {
  Builder b("chain");
  Positions pos = add_positions(b);
  Val msg = b.input("msg_byte", integers(0, 255));
  Val expected = b.input("expected_byte", integers(0, 255));
  std::vector<Val> acc;
  for (int i = 0; i < rounds; ++i) {
    Val m = fetch_at(b, num("msg", i), pos, i, {msg}, {"byte"})[0];
    Val incoming = m;
    for (int l = 0; l < lanes; ++l) {
      std::string stem = num("sum", l) + "_" + std::to_string(i);
      if (i == 0) acc.push_back(incoming);  // every lane starts at 0: round 0 only copies
      else acc[l] = add_mod256(b, stem, acc[l], incoming);
      incoming = acc[l];
    }
  }
  std::vector<Lin> want;
  for (int l = 0; l < lanes; ++l) want.push_back(fetch_at(b, num("want", l), pos, rounds + l, {expected}, {"byte"})[0]);
  Val ok = words_equal(b, "checksum_ok", std::vector<Lin>(acc.begin(), acc.end()), want);
  b.output(acc);
  b.output(ok);
  return b;
}

Builder fanout_graph(int ops, int levels) {
  Builder b("fanout");
  Positions pos = add_positions(b);
  Val pc = b.input("pc", integers(0, 65535));
  std::vector<Lin> fields = {b.input("op_x", integers(-256, 256)), b.input("op_y", integers(-256, 256))};
  for (int k = 0; k < 4; ++k) fields.push_back(b.input(num("operand", k), integers(0, 255)));
  std::vector<Val> f = fetch_at(b, "fetch", pos, pc, fields, {"x", "y", "a0", "a1", "a2", "a3"});
  std::vector<CirclePoint> pts = circle_points(4225);
  std::vector<CirclePoint> codes;
  for (int i = 0; i < ops; ++i) codes.push_back(pts[i * pts.size() / ops]);
  std::vector<Val> is_op = decode_circle(b, "is_op", f[0], f[1], codes, 4225);
  // Op i computes byte k as a small affine mix of the operand bytes.
  for (int k = 0; k < 4; ++k) {
    std::vector<Lin> flags, values;
    for (int i = 0; i < ops; ++i) {
      flags.push_back(is_op[i]);
      values.push_back(Lin(f[2 + (k + i) % 4]) + (i % 5) * Lin(f[2 + (k + i + 1) % 4]) - (i % 3));
    }
    b.output(select_by_flags(b, num("result", k), flags, values));
  }
  // Thermometer code of operand 0: level m is "a0 >= m * 256 / levels".
  Lin bucket;
  for (int m = 1; m <= levels; ++m) bucket += step_ge(b, num("above", m), f[2], m * 256.0 / levels);
  b.output(b.persist("bucket", bucket));
  b.output(b.persist("any_op", sum(is_op)));
  return b;
}

Builder lookups_graph(int window, int patterns) {
  Builder b("lookups");
  Positions pos = add_positions(b);
  Val ch = b.input("ch", integers(0, 255));
  Val is_newline = b.input("is_newline", integers(0, 1));
  Val is_digit = b.input("is_digit", integers(0, 1));
  Val is_word = b.input("is_word", integers(0, 1));
  Val dict_on = b.input("dict_on", integers(0, 1));
  Val dict_key = b.input("dict_key", integers(0, 65535));
  Val dict_pos = b.input("dict_pos", integers(0, kMaxPosition));
  Val dict_len = b.input("dict_len", integers(0, 255));

  // Running counts (average lookups, scaled by position in the same layer).
  std::vector<Val> counts =
      prefix_sums(b, "counts", pos, {is_newline, is_digit, is_word}, {"lines", "digits", "words"});
  Val ch_total = prefix_sums(b, "chsum", pos, {ch}, {"ch_total"})[0];
  b.output(counts);
  b.output(ch_total);
  Val ch_sq = square(b, "ch_sq", ch);
  Val dict_key_sq = square(b, "dict_key_sq", dict_key);

  // Start of the current line: the latest newline token.
  Val line_start = b.lookup("line_start", TieBreak::Latest, {Lin(), 1},
                            {Lin(), -1e30 * (1 - Lin(is_newline)) + 0.3 * Lin(pos.inv_log_pos)}, {pos.position},
                            {"pos"})[0];
  b.output(b.persist("column", Lin(pos.position) - line_start));

  // Context window: the previous `window` tokens (character and digit flag).
  // The three nearest also bring their digit flag (two-value lookups) for the number below.
  std::vector<Val> prev_ch, prev_digit;
  for (int j = 1; j <= window; ++j) {
    bool near = j <= 3;
    std::vector<Val> v = near ? fetch_at(b, num("prev", j), pos, Lin(pos.position) - j, {ch, is_digit}, {"ch", "digit"})
                              : fetch_at(b, num("prev", j), pos, Lin(pos.position) - j, {ch}, {"ch"});
    prev_ch.push_back(v[0]);
    if (near) prev_digit.push_back(v[1]);
  }
  // Patterns: fixed 4-character words matched against the window.
  for (int p = 0; p < patterns; ++p) {
    Lin hits;
    for (int j = 0; j < 4; ++j)
      hits += equals_const(b, num("pat", p) + "_" + std::to_string(j), prev_ch[p + j], 97 + (7 * p + 3 * j) % 26);
    b.output(step_ge(b, num("match", p), hits, 4));
  }
  // A number ending just before this token: digits weighted 1, 10, 100, gated by the digit flags.
  Lin number;
  for (int j = 0; j < 3; ++j) number += std::pow(10.0, j) * Lin(gate(b, num("digit", j), Lin(prev_ch[j]) - 48, prev_digit[j]));
  b.output(b.persist("number", number));
  // First occurrence of each recent character (earliest of the equal keys).
  for (int j = 0; j < window; ++j) {
    Lin2 key = {2 * Lin(ch), -Lin(ch_sq)};
    b.output(b.lookup(num("first", j), TieBreak::Earliest, {prev_ch[j], 1}, key, {pos.position}, {"pos"})[0]);
  }
  // Bigram dictionary: the latest entry for (prev_j, prev_j+1), then the text it points at.
  for (int j = 0; j + 1 < window; ++j) {
    Lin bigram = Lin(prev_ch[j]) + 256 * Lin(prev_ch[j + 1]);
    std::vector<Val> entry = latest_write(b, num("dict", j), pos, bigram, dict_key, dict_key_sq, dict_on,
                                          {dict_pos, dict_len}, {"pos", "len"});
    Val target = fetch_at(b, num("deref", j), pos, entry[0], {ch}, {"ch"})[0];
    b.output(gate(b, num("expand", j), target, entry[1]));
  }
  return b;
}

}  // namespace sp::wl

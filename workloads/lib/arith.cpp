#include "workloads/lib/arith.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace sp::wl {

Val step_ge(Builder& b, const std::string& stem, const Lin& x, double k) {
  Val hi = b.reglu(stem + "_r", b.one(), x - (k - 1));
  Val lo = b.reglu(stem + "_r", b.one(), x - k);
  return b.persist(stem, hi - lo);
}

Val equals_const(Builder& b, const std::string& stem, const Lin& x, double k) {
  Val up = b.reglu(stem + "_r", b.one(), x - (k - 1));
  Val mid = b.reglu(stem + "_r", b.one(), x - k);
  Val down = b.reglu(stem + "_r", b.one(), x - (k + 1));
  return b.persist(stem, up - 2 * mid + down);
}

Val square(Builder& b, const std::string& stem, const Lin& x) {
  Val pos = b.reglu(stem + "_r", x, x);
  Val neg = b.reglu(stem + "_r", x, -x);
  return b.persist(stem, pos - neg);
}

Val gate(Builder& b, const std::string& stem, const Lin& value, const Lin& flag) { return b.reglu(stem, value, flag); }

Val select(Builder& b, const std::string& stem, const Lin& flag, const Lin& if_true, const Lin& if_false) {
  Val t = b.reglu(stem + "_r", if_true, flag);
  Val f = b.reglu(stem + "_r", if_false, 1 - flag);
  return b.persist(stem, t + f);
}

Val select_by_flags(Builder& b, const std::string& stem, const std::vector<Lin>& flags,
                    const std::vector<Lin>& values) {
  if (flags.size() != values.size() || flags.empty()) throw std::logic_error("select_by_flags: size mismatch");
  Lin total;
  for (size_t i = 0; i < flags.size(); ++i) total += b.reglu(stem + "_r", values[i], flags[i]);
  return b.persist(stem, total);
}

Val flag_and(Builder& b, const std::string& stem, const Lin& x, const Lin& y) { return b.reglu(stem, x, y); }

std::vector<CirclePoint> circle_points(int radius_sq) {
  std::vector<CirclePoint> pts;
  for (int x = -radius_sq; x <= radius_sq; ++x) {
    if (x * x > radius_sq) continue;
    int rest = radius_sq - x * x;
    int y = static_cast<int>(std::lround(std::sqrt(static_cast<double>(rest))));
    if (y * y != rest) continue;
    pts.push_back({x, y});
    if (y != 0) pts.push_back({x, -y});
  }
  // Angle order computed exactly enough: atan2 of small integers is deterministic
  // across platforms for distinct points, but a quadrant + cross-product order avoids relying on it.
  auto half = [](const CirclePoint& p) { return p.y < 0 || (p.y == 0 && p.x < 0); };
  std::sort(pts.begin(), pts.end(), [&](const CirclePoint& p, const CirclePoint& q) {
    if (half(p) != half(q)) return half(p) < half(q);
    return static_cast<long long>(p.x) * q.y - static_cast<long long>(p.y) * q.x > 0;
  });
  return pts;
}

std::vector<Val> decode_circle(Builder& b, const std::string& stem, Val x, Val y,
                               const std::vector<CirclePoint>& codes, int radius_sq) {
  std::vector<Val> flags;
  for (const CirclePoint& c : codes) flags.push_back(b.reglu(stem, b.one(), c.x * Lin(x) + c.y * Lin(y) - (radius_sq - 1)));
  return flags;
}

std::vector<Val> one_hot(Builder& b, const std::string& stem, const Lin& x, int n) {
  std::vector<Val> flags;
  for (int k = 0; k < n; ++k) flags.push_back(equals_const(b, stem, x, k));
  return flags;
}

Lin word_value(const Word& w) {
  Lin out;
  double scale = 1;
  for (Val v : w) {
    out += scale * Lin(v);
    scale *= 256;
  }
  return out;
}

Lin word_value(const std::vector<Lin>& w) {
  Lin out;
  double scale = 1;
  for (const Lin& v : w) {
    out += scale * v;
    scale *= 256;
  }
  return out;
}

WordResult add_words(Builder& b, const std::string& stem, const std::vector<Lin>& x, const std::vector<Lin>& y,
                     const Lin& carry_in) {
  if (x.size() != y.size() || x.empty()) throw std::logic_error("add_words: size mismatch");
  WordResult out;
  Lin carry = carry_in;
  for (size_t k = 0; k < x.size(); ++k) {
    std::string at = stem + std::to_string(k);
    Lin s = x[k] + y[k] + carry;
    Val hi = b.reglu(at + "_r", b.one(), s - 255);
    Val lo = b.reglu(at + "_r", b.one(), s - 256);
    out.carry = b.persist(at + "_carry", hi - lo);
    out.bytes.push_back(b.persist(at, s - 256 * (hi - lo)));
    carry = out.carry;
  }
  return out;
}

WordResult sub_words(Builder& b, const std::string& stem, const std::vector<Lin>& x, const std::vector<Lin>& y) {
  if (x.size() != y.size() || x.empty()) throw std::logic_error("sub_words: size mismatch");
  WordResult out;
  Lin borrow = 0;
  for (size_t k = 0; k < x.size(); ++k) {
    std::string at = stem + std::to_string(k);
    Lin deficit = y[k] + borrow - x[k];  // > 0 exactly when this byte borrows
    Val hi = b.reglu(at + "_r", b.one(), deficit);
    Val lo = b.reglu(at + "_r", b.one(), deficit - 1);
    out.carry = b.persist(at + "_borrow", hi - lo);
    out.bytes.push_back(b.persist(at, x[k] - y[k] - borrow + 256 * (hi - lo)));
    borrow = out.carry;
  }
  return out;
}

Val words_equal(Builder& b, const std::string& stem, const std::vector<Lin>& x, const std::vector<Lin>& y) {
  if (x.size() != y.size() || x.empty()) throw std::logic_error("words_equal: size mismatch");
  Lin matches;
  for (size_t k = 0; k < x.size(); ++k) matches += equals_const(b, stem + std::to_string(k), x[k] - y[k], 0);
  if (x.size() == 1) return b.persist(stem, matches);
  return step_ge(b, stem, matches, static_cast<double>(x.size()));
}

Val sign_flag(Builder& b, const std::string& stem, const Lin& top_byte) { return step_ge(b, stem, top_byte, 128); }

Val signed_less(Builder& b, const std::string& stem, Val ltu, Val sign_x, Val sign_y) {
  return step_ge(b, stem, Lin(sign_x) - sign_y + ltu, 1);
}

Positions add_positions(Builder& b) {
  // inv_log_pos = 1/ln 2 - 1/ln(position + 2): no grid.
  return Positions{b.input("position", integers(0, kMaxPosition), true),
                   b.input("position_sq", integers(0, kMaxPosition * kMaxPosition), true),
                   b.input("inv_log_pos", InputRange{std::make_pair(0.0, 1 / std::log(2.0)), std::nullopt}, true)};
}

Lin2 position_key(const Positions& pos) { return {2 * Lin(pos.position), -Lin(pos.position_sq) + 0.3 * Lin(pos.inv_log_pos)}; }

std::vector<Val> fetch_at(Builder& b, const std::string& stem, const Positions& pos, const Lin& index,
                          const std::vector<Lin>& values, const std::vector<std::string>& names) {
  return b.lookup(stem, TieBreak::Latest, {index, 1}, position_key(pos), values, names);
}

std::vector<Val> latest_write(Builder& b, const std::string& stem, const Positions& pos, const Lin& addr,
                              Val key_addr, Val key_addr_sq, const Lin& written, const std::vector<Lin>& values,
                              const std::vector<std::string>& names) {
  Lin2 key = {2 * Lin(key_addr), -Lin(key_addr_sq) - 1e30 * (1 - written) + 0.3 * Lin(pos.inv_log_pos)};
  return b.lookup(stem, TieBreak::Latest, {addr, 1}, key, values, names);
}

std::vector<Val> prefix_sums(Builder& b, const std::string& stem, const Positions& pos,
                             const std::vector<Lin>& deltas, const std::vector<std::string>& names) {
  std::vector<std::string> mean_names;
  for (const std::string& n : names) mean_names.push_back(n + "_mean");
  std::vector<Val> means = b.lookup(stem, TieBreak::Average, {Lin(), 1}, {Lin(), 1}, deltas, mean_names);
  std::vector<Val> sums;
  for (size_t i = 0; i < means.size(); ++i) sums.push_back(b.reglu(names[i], means[i], pos.position));
  return sums;
}

}  // namespace sp::wl

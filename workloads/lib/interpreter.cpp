#include "workloads/lib/interpreter.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "workloads/lib/arith.h"

namespace sp::wl {

InterpreterConfig interp_small_config() {
  InterpreterConfig c;
  c.name = "interp-small";
  c.word_bytes = 4;
  c.registers = 8;
  return c;
}

InterpreterConfig interp_large_config() {
  InterpreterConfig c;
  c.name = "interp-large";
  c.word_bytes = 8;
  c.registers = 16;
  c.bitwise = true;
  c.shifts = true;
  c.multiply = true;
  return c;
}

std::vector<std::string> interpreter_opcodes(const InterpreterConfig& cfg) {
  std::vector<std::string> ops = {"HALT", "LI", "ADD", "ADDI", "SUB", "SLTU", "LOAD", "STORE", "BEQ", "BNE",
                                  "BLTU", "BGEU", "JMP", "JAL", "JR", "OUT", "MINU", "MAXU"};
  if (cfg.signed_ops) ops.insert(ops.end(), {"SLT", "BLT", "BGE", "MIN", "MAX"});
  if (cfg.call_stack) ops.insert(ops.end(), {"CALL", "RET"});
  if (cfg.bitwise) ops.insert(ops.end(), {"AND", "OR", "XOR", "POPC"});
  if (cfg.shifts) ops.insert(ops.end(), {"SHL", "SHR"});
  if (cfg.shifts && cfg.signed_ops) ops.push_back("SAR");
  if (cfg.multiply) ops.push_back("MUL");
  return ops;
}

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::vector<Lin> lins(const Word& w) { return std::vector<Lin>(w.begin(), w.end()); }

std::vector<std::string> numbered(const std::string& stem, int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(stem + std::to_string(i));
  return out;
}

// Value of the little-endian bits of a byte (or a slice: bits [from, to) shifted by `shift`).
Lin bits_value(const Word& bits, int from, int to, int shift) {
  Lin out;
  for (int j = from; j < to; ++j) {
    int e = j + shift;
    out += (e >= 0 ? static_cast<double>(1 << e) : 1.0 / static_cast<double>(1 << -e)) * Lin(bits[j]);
  }
  return out;
}

// One interpreter step under construction. Stages run in dependency order;
// each leaves its values in members for the later ones.
class Step {
 public:
  explicit Step(const InterpreterConfig& cfg) : cfg_(cfg), b_(cfg.name), W_(cfg.word_bytes) {
    if (W_ < 2 || W_ > 8) throw std::logic_error("interpreter: word_bytes must be 2..8");
  }

  Builder run() {
    declare_inputs();
    recover_state();
    fetch_and_decode();
    read_registers();
    arithmetic();
    compare();
    if (cfg_.bitwise || cfg_.shifts) byte_bits();
    if (cfg_.bitwise) bitwise();
    if (cfg_.shifts) shifts();
    if (cfg_.multiply) multiply();
    load();
    branch();
    write_back();
    return std::move(b_);
  }

 private:
  Lin is(const std::string& op) const {
    auto it = flag_.find(op);
    return it == flag_.end() ? Lin() : Lin(it->second);
  }
  bool has(const std::string& op) const { return flag_.count(op) > 0; }

  Word inputs(const std::string& stem, int n) {
    Word w;
    for (int i = 0; i < n; ++i) w.push_back(b_.input(stem + std::to_string(i), integers(0, 255)));
    return w;
  }

  void declare_inputs() {
    pos_ = add_positions(b_);
    // program tokens: one instruction each
    // Opcodes are points of a circle (|x|, |y| <= 256); registers are indices.
    op_x_ = b_.input("op_x", integers(-256, 256));
    op_y_ = b_.input("op_y", integers(-256, 256));
    op_rd_ = b_.input("op_rd", integers(0, 255));
    op_rs1_ = b_.input("op_rs1", integers(0, 255));
    op_rs2_ = b_.input("op_rs2", integers(0, 255));
    op_imm_ = inputs("op_imm", W_);
    // ROM tokens
    if (cfg_.bitwise || cfg_.shifts) rom_bits_ = inputs("rom_bit", 8);
    if (cfg_.multiply) {
      rom_lo_ = b_.input("rom_lo", integers(0, 255));
      rom_hi_ = b_.input("rom_hi", integers(0, 255));
    }
    // trace tokens: what the previous steps emitted
    // trace tokens: flags, register indices, addresses and pc steps
    d_pc_ = b_.input("d_pc", integers(-65536, 65536));
    wb_on_ = b_.input("wb_on", integers(0, 1));
    wb_reg_ = b_.input("wb_reg", integers(0, 255));
    wb_bytes_ = inputs("wb_byte", W_);
    st_on_ = b_.input("st_on", integers(0, 1));
    st_addr_ = b_.input("st_addr", integers(0, 65535));
    st_bytes_ = inputs("st_byte", W_);
    if (cfg_.call_stack) {
      d_depth_ = b_.input("d_depth", integers(-1, 1));
      cs_on_ = b_.input("cs_on", integers(0, 1));
      cs_depth_ = b_.input("cs_depth", integers(0, 65535));
      cs_ret_ = b_.input("cs_ret", integers(0, 65535));
    }
  }

  // pc and call depth are running sums of the per-step changes; the attention
  // keys of "latest write" need the squares of the written addresses.
  void recover_state() {
    std::vector<Lin> deltas = {d_pc_};
    std::vector<std::string> names = {"pc"};
    if (cfg_.call_stack) {
      deltas.push_back(d_depth_);
      names.push_back("depth");
    }
    std::vector<Val> state = prefix_sums(b_, "state", pos_, deltas, names);
    pc_ = state[0];
    if (cfg_.call_stack) depth_ = state[1];
    wb_reg_sq_ = square(b_, "wb_reg_sq", wb_reg_);
    st_addr_sq_ = square(b_, "st_addr_sq", st_addr_);
    if (cfg_.call_stack) cs_depth_sq_ = square(b_, "cs_depth_sq", cs_depth_);
  }

  void fetch_and_decode() {
    std::vector<Lin> fields = {op_x_, op_y_, op_rd_, op_rs1_, op_rs2_};
    std::vector<std::string> names = {"x", "y", "rd", "rs1", "rs2"};
    for (int k = 0; k < W_; ++k) {
      fields.push_back(op_imm_[k]);
      names.push_back("imm" + std::to_string(k));
    }
    std::vector<Val> f = fetch_at(b_, "fetch", pos_, pc_, fields, names);
    Val x = f[0], y = f[1];
    rd_ = f[2];
    rs1_ = f[3];
    rs2_ = f[4];
    imm_.assign(f.begin() + 5, f.end());
    // Opcodes are spread over the circle's integer points; one reglu each.
    std::vector<std::string> ops = interpreter_opcodes(cfg_);
    std::vector<CirclePoint> pts = circle_points(kOpcodeRadiusSq);
    if (ops.size() > pts.size()) throw std::logic_error("interpreter: more opcodes than circle points");
    for (size_t i = 0; i < ops.size(); ++i) {
      CirclePoint p = pts[i * pts.size() / ops.size()];
      flag_[ops[i]] = b_.reglu("is_" + lower(ops[i]), b_.one(), p.x * Lin(x) + p.y * Lin(y) - (kOpcodeRadiusSq - 1));
    }
    if (cfg_.call_stack)
      ret_addr_ = latest_write(b_, "ret", pos_, depth_, cs_depth_, cs_depth_sq_, cs_on_, {cs_ret_}, {"addr"})[0];
  }

  void read_registers() {
    std::vector<Lin> bytes = lins(wb_bytes_);
    std::vector<std::string> names = numbered("b", W_);
    ra_ = latest_write(b_, "ra", pos_, rs1_, wb_reg_, wb_reg_sq_, wb_on_, bytes, names);
    rb_ = latest_write(b_, "rb", pos_, rs2_, wb_reg_, wb_reg_sq_, wb_on_, bytes, names);
  }

  // The adder computes ra + (rb or imm): ADD/ADDI results and load/store addresses.
  void arithmetic() {
    Lin uses_rb = is("ADD");
    Lin uses_imm = is("ADDI") + is("LOAD") + is("STORE");
    std::vector<Lin> y;
    for (int k = 0; k < W_; ++k)
      y.push_back(select_by_flags(b_, "y" + std::to_string(k), {uses_rb, uses_imm}, {rb_[k], imm_[k]}));
    WordResult sum = add_words(b_, "sum", lins(ra_), y);
    sum_ = sum.bytes;
    b_.output(sum.carry);  // carry flag of the adder
    diff_ = sub_words(b_, "diff", lins(ra_), lins(rb_));
  }

  void compare() {
    ltu_ = diff_.carry;
    eq_ = words_equal(b_, "eq", lins(ra_), lins(rb_));
    if (cfg_.signed_ops) {
      sign_a_ = sign_flag(b_, "sign_a", ra_[W_ - 1]);
      Val sb = sign_flag(b_, "sign_b", rb_[W_ - 1]);
      lts_ = signed_less(b_, "lts", ltu_, sign_a_, sb);
    }
    for (int k = 0; k < W_; ++k) minu_.push_back(select(b_, "minu" + std::to_string(k), ltu_, ra_[k], rb_[k]));
    if (cfg_.signed_ops)
      for (int k = 0; k < W_; ++k) mins_.push_back(select(b_, "min" + std::to_string(k), lts_, ra_[k], rb_[k]));
  }

  // Bits of the operand bytes from the byte-to-bits ROM (one lookup per byte, 8 values).
  std::vector<Word> rom_bits_of(const std::string& stem, const Word& bytes) {
    std::vector<Word> out;
    std::vector<Lin> rom = lins(rom_bits_);
    for (int k = 0; k < W_; ++k)
      out.push_back(fetch_at(b_, stem + std::to_string(k), pos_, kBitsRomBase + Lin(bytes[k]), rom, numbered("", 8)));
    return out;
  }

  void byte_bits() {
    bits_a_ = rom_bits_of("bits_a", ra_);
    bits_b_ = rom_bits_of("bits_b", rb_);
  }

  // AND bit by bit (a product of flags is one reglu); OR and XOR follow linearly:
  // a | b = a + b - (a & b), a ^ b = a + b - 2 (a & b).
  void bitwise() {
    for (int k = 0; k < W_; ++k) {
      Lin value;
      for (int j = 0; j < 8; ++j)
        value += (1 << j) * Lin(flag_and(b_, "and" + std::to_string(k) + "_" + std::to_string(j), bits_a_[k][j],
                                         bits_b_[k][j]));
      and_.push_back(b_.persist("and" + std::to_string(k), value));
    }
  }

  // Barrel shifter by rb0 & (8W - 1): a byte stage selected by q = amount / 8, then
  // a bit stage selected by r = amount % 8 working on the ROM bits of the byte stage.
  void shifts() {
    int q_bits = 0;
    while ((1 << q_bits) < W_) ++q_bits;
    std::vector<Val> by_q = one_hot(b_, "shift_q", bits_value(bits_b_[0], 3, 3 + q_bits, -3), W_);
    std::vector<Val> by_r = one_hot(b_, "shift_r", bits_value(bits_b_[0], 0, 3, 0), 8);
    shl_ = shift_bits("shl", shift_bytes("shl_t", by_q, +1, 0), by_r, +1, 0);
    shr_ = shift_bits("shr", shift_bytes("shr_t", by_q, -1, 0), by_r, -1, 0);
    // Arithmetic shift right: vacated bytes and bits are copies of the sign.
    if (cfg_.signed_ops) sar_ = shift_bits("sar", shift_bytes("sar_t", by_q, -1, 255 * Lin(sign_a_)), by_r, -1, sign_a_);
  }

  // Byte k of ra shifted by q whole bytes toward the top (dir +1) or bottom (dir -1);
  // vacated bytes read `fill` (0, or 255 * sign for an arithmetic shift).
  Word shift_bytes(const std::string& stem, const std::vector<Val>& by_q, int dir, const Lin& fill) {
    Word out;
    for (int k = 0; k < W_; ++k) {
      std::vector<Lin> flags, values;
      for (int q = 0; q < W_; ++q) {
        int src = k - dir * q;
        bool vacated = src < 0 || src >= W_;
        if (vacated && fill.is_zero()) continue;
        flags.push_back(by_q[q]);
        values.push_back(vacated ? fill : Lin(ra_[src]));
      }
      out.push_back(select_by_flags(b_, stem + std::to_string(k), flags, values));
    }
    return out;
  }

  // Bit stage; bits entering the top byte of a right shift are `top_fill` (0 or the sign).
  Word shift_bits(const std::string& stem, const Word& t, const std::vector<Val>& by_r, int dir, const Lin& top_fill) {
    std::vector<Word> bits = rom_bits_of(stem + "_bits", t);
    Word out;
    for (int k = 0; k < W_; ++k) {
      std::vector<Lin> flags, values;
      for (int r = 0; r < 8; ++r) {
        Lin v;
        if (dir > 0) {
          v = bits_value(bits[k], 0, 8 - r, r);                       // low bits move up
          if (k > 0) v += bits_value(bits[k - 1], 8 - r, 8, r - 8);   // top bits of the byte below come in
        } else {
          v = bits_value(bits[k], r, 8, -r);                          // high bits move down
          if (k + 1 < W_) v += bits_value(bits[k + 1], 0, r, 8 - r);  // low bits of the byte above come in
          else v += (256 - (1 << (8 - r))) * top_fill;                 // r copies of the fill bit
        }
        flags.push_back(by_r[r]);
        values.push_back(v);
      }
      out.push_back(select_by_flags(b_, stem + std::to_string(k), flags, values));
    }
    return out;
  }

  // Schoolbook multiplication, low word: byte products from the product ROM,
  // column sums with a carry ladder (floor(col / 256) as a sum of steps).
  void multiply() {
    std::map<std::pair<int, int>, std::vector<Val>> pp;
    for (int i = 0; i < W_; ++i)
      for (int j = 0; i + j < W_; ++j) {
        // The top column needs only the low byte: its high byte is beyond the word.
        bool top = i + j == W_ - 1;
        std::vector<Lin> fields = {rom_lo_};
        std::vector<std::string> names = {"lo"};
        if (!top) {
          fields.push_back(rom_hi_);
          names.push_back("hi");
        }
        pp[{i, j}] = fetch_at(b_, "pp" + std::to_string(i) + std::to_string(j), pos_,
                              kProductRomBase + 256 * Lin(ra_[i]) + rb_[j], fields, names);
      }
    Lin carry;
    int max_carry = 0;
    for (int k = 0; k < W_; ++k) {
      Lin col = carry;
      int terms = 0;
      for (auto& [ij, v] : pp) {
        if (ij.first + ij.second == k) {
          col += v[0];
          ++terms;
        }
        if (ij.first + ij.second == k - 1) {
          col += v[1];
          ++terms;
        }
      }
      int max_col = terms * 255 + max_carry;
      max_carry = max_col / 256;
      std::string at = "mul" + std::to_string(k);
      if (max_carry == 0) {
        mul_.push_back(b_.persist(at, col));
        continue;
      }
      Lin ladder;
      for (int m = 1; m <= max_carry; ++m) {
        Val up = b_.reglu(at + "_r", b_.one(), col - (256 * m - 1));
        Val down = b_.reglu(at + "_r", b_.one(), col - 256 * m);
        ladder += Lin(up) - down;
      }
      if (k + 1 < W_) carry = b_.persist(at + "_carry", ladder);
      mul_.push_back(b_.persist(at, col - 256 * ladder));
    }
  }

  // Addresses are 16-bit: the low two bytes of ra + imm.
  Lin address() const { return Lin(sum_[0]) + 256 * Lin(sum_[1]); }

  void load() {
    mem_ = latest_write(b_, "load", pos_, address(), st_addr_, st_addr_sq_, st_on_, lins(st_bytes_),
                        numbered("b", W_));
  }

  void branch() {
    Lin taken = is("JMP") + is("CALL") + is("JAL");
    std::vector<std::pair<std::string, Lin>> conditional = {
        {"BEQ", eq_}, {"BNE", 1 - Lin(eq_)}, {"BLTU", ltu_}, {"BGEU", 1 - Lin(ltu_)}};
    if (cfg_.signed_ops) {
      conditional.push_back({"BLT", lts_});
      conditional.push_back({"BGE", 1 - Lin(lts_)});
    }
    for (auto& [op, cond] : conditional) taken += flag_and(b_, "take_" + lower(op), cond, is(op));
    Val take = b_.persist("taken", taken);
    // next pc = pc + 1, replaced by a target: 16-bit immediate, return address or register.
    Lin target = Lin(imm_[0]) + 256 * Lin(imm_[1]);
    Lin d_pc = 1 - is("HALT") + gate(b_, "jump_imm", target - pc_ - 1, take);
    d_pc += gate(b_, "jump_reg", Lin(ra_[0]) + 256 * Lin(ra_[1]) - pc_ - 1, is("JR"));
    if (cfg_.call_stack) d_pc += gate(b_, "jump_ret", ret_addr_ - pc_ - 1, is("RET"));
    b_.output(b_.persist("d_pc+", d_pc));
    if (cfg_.call_stack) {
      b_.output(b_.persist("d_depth+", is("CALL") - is("RET")));
      b_.output(flag_.at("CALL"));  // pushes the return address:
      b_.output(b_.persist("cs_depth+", depth_ + 1));
      b_.output(b_.persist("cs_ret+", pc_ + 1));
    }
  }

  // Result byte k of every register-writing opcode, selected by the decoded flags.
  void write_back() {
    std::vector<std::string> writers;
    for (int k = 0; k < W_; ++k) {
      std::vector<std::pair<std::string, Lin>> cand = {
          {"LI", imm_[k]}, {"ADD", sum_[k]}, {"ADDI", sum_[k]}, {"SUB", diff_.bytes[k]}, {"LOAD", mem_[k]},
          {"MINU", minu_[k]}, {"MAXU", Lin(ra_[k]) + rb_[k] - minu_[k]}};
      if (cfg_.signed_ops) {
        cand.push_back({"MIN", mins_[k]});
        cand.push_back({"MAX", Lin(ra_[k]) + rb_[k] - mins_[k]});
      }
      if (cfg_.bitwise) {
        cand.push_back({"AND", and_[k]});
        cand.push_back({"OR", Lin(ra_[k]) + rb_[k] - and_[k]});
        cand.push_back({"XOR", Lin(ra_[k]) + rb_[k] - 2 * Lin(and_[k])});
      }
      if (cfg_.shifts) {
        cand.push_back({"SHL", shl_[k]});
        cand.push_back({"SHR", shr_[k]});
        if (cfg_.signed_ops) cand.push_back({"SAR", sar_[k]});
      }
      if (cfg_.multiply) cand.push_back({"MUL", mul_[k]});
      if (k == 0) {  // results that fit one byte
        cand.push_back({"SLTU", ltu_});
        cand.push_back({"JAL", pc_ + 1});  // link register; programs are at most 255 instructions
        if (cfg_.signed_ops) cand.push_back({"SLT", lts_});
        if (cfg_.bitwise) {
          Lin popcount;
          for (const Word& bits : bits_a_) popcount += sum(bits);
          cand.push_back({"POPC", popcount});
        }
      }
      // ADD and ADDI share the adder output: one gate for both.
      std::vector<Lin> flags, values;
      for (auto& [op, v] : cand) {
        if (op == "ADDI") continue;
        flags.push_back(op == "ADD" ? is("ADD") + is("ADDI") : is(op));
        values.push_back(v);
        if (k == 0) writers.push_back(op);
      }
      b_.output(select_by_flags(b_, "wb_byte+" + std::to_string(k), flags, values));
    }
    Lin writes = is("ADDI");
    for (const std::string& op : writers) writes += is(op);
    b_.output(b_.persist("wb_on+", writes));
    b_.output(rd_);
    // memory store and output port
    b_.output(flag_.at("STORE"));
    b_.output(b_.persist("st_addr+", address()));
    for (int k = 0; k < W_; ++k) b_.output(gate(b_, "st_byte+" + std::to_string(k), rb_[k], is("STORE")));
    b_.output(flag_.at("OUT"));
    for (int k = 0; k < W_; ++k) b_.output(gate(b_, "out_byte+" + std::to_string(k), ra_[k], is("OUT")));
    b_.output(flag_.at("HALT"));
  }

  const InterpreterConfig& cfg_;
  Builder b_;
  int W_;
  Positions pos_;
  Val op_x_, op_y_, op_rd_, op_rs1_, op_rs2_, rom_lo_, rom_hi_;
  Word op_imm_, rom_bits_;
  Val d_pc_, d_depth_, wb_on_, wb_reg_, st_on_, st_addr_, cs_on_, cs_depth_, cs_ret_;
  Word wb_bytes_, st_bytes_;
  Val pc_, depth_, wb_reg_sq_, st_addr_sq_, cs_depth_sq_, ret_addr_;
  Val rd_, rs1_, rs2_;
  Word imm_;
  std::map<std::string, Val> flag_;
  Word ra_, rb_, sum_, mem_;
  WordResult diff_;
  Val ltu_, lts_, eq_, sign_a_;
  Word minu_, mins_, and_, shl_, shr_, sar_, mul_;
  std::vector<Word> bits_a_, bits_b_;
};

}  // namespace

Builder interpreter_graph(const InterpreterConfig& cfg) { return Step(cfg).run(); }

}  // namespace sp::wl

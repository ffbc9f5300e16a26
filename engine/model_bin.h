// transformer-vm's compiled weight file (`model.bin`), read strictly.
//
// Layout (transformer_vm/model/weights.py save_weights, model/transformer.cpp
// load), little-endian:
//   header      six int32: vocab V, d_model D, layers L, heads H, d_ffn F, stop token
//   vocabulary  V times (uint32 length, that many bytes)
//   tensors     float64, row-major: tok [V x D]; per layer in_proj [3D x D]
//               (Q rows, then K rows, then V rows), out_proj [D x D], ff_in
//               [2F x D] (rows 0..F-1 the gate b fed to relu, rows F..2F-1 the
//               value a), ff_out [D x F]; then head [V x D]
//   sections    each optional, in this order, each introduced by an int32 flag
//               (0 absent, 1 present): erase lists (per layer: int32 count and
//               that many int32 slots for attention, the same for the FFN),
//               tie-breaks (L x H int32: 1 latest, 0 average), head types
//               (L x H int32: 0 lookup, 1 passthrough, 2 gather)
// The engine stops reading at the end of the file, so a file may end after
// the head tensor or after any complete section; anything else after the
// last section is an error.
//
// Every check happens before anything is allocated from the header's
// numbers: the sizes the header implies are computed in 128-bit arithmetic
// and compared with the bytes the file really has, so a header claiming 10^9
// layers is refused at once. Every refusal is one InputError line naming the
// file and what is wrong (exit 2).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sp {

// Limits that keep every index product inside 64 bits and reject headers no
// transformer-vm build produces (docs/AUDIT.md lists them).
constexpr int64_t kMaxModelVocab = 1 << 20;
constexpr int64_t kMaxModelDModel = 1 << 16;
constexpr int64_t kMaxModelLayers = 1 << 12;
constexpr int64_t kMaxModelFfn = 1 << 20;
constexpr int64_t kMaxTokenBytes = 1 << 16;

struct ModelBin {
  std::string source;  // the path, for messages
  std::string sha256;  // of the file's bytes
  int vocab = 0, d_model = 0, layers = 0, heads = 0, d_ffn = 0, stop = 0;
  std::vector<std::string> tokens;
  std::vector<double> w;  // every tensor, in file order

  // Sections (empty when absent).
  bool has_erase = false, has_tiebreak = false, has_head_type = false;
  std::vector<std::vector<int>> attn_erase, ffn_erase;  // per layer: slots
  std::vector<std::vector<int>> tiebreak, head_type;    // per layer, per head

  // Element accessors: (row, column) of each tensor.
  double tok(int t, int col) const { return w[idx(0, t, col, d_model)]; }
  double in_proj(int L, int row, int col) const { return w[idx(layer_base(L), row, col, d_model)]; }
  double out_proj(int L, int row, int col) const { return w[idx(layer_base(L) + in_proj_size(), row, col, d_model)]; }
  double ff_in(int L, int row, int col) const {
    return w[idx(layer_base(L) + in_proj_size() + out_proj_size(), row, col, d_model)];
  }
  double ff_out(int L, int row, int col) const {
    return w[idx(layer_base(L) + in_proj_size() + out_proj_size() + ff_in_size(), row, col, d_ffn)];
  }
  double head(int t, int col) const { return w[idx(layer_base(layers), t, col, d_model)]; }

 private:
  size_t D() const { return static_cast<size_t>(d_model); }
  size_t F() const { return static_cast<size_t>(d_ffn); }
  size_t in_proj_size() const { return 3 * D() * D(); }
  size_t out_proj_size() const { return D() * D(); }
  size_t ff_in_size() const { return 2 * F() * D(); }
  size_t layer_size() const { return in_proj_size() + out_proj_size() + ff_in_size() + D() * F(); }
  size_t layer_base(int L) const { return static_cast<size_t>(vocab) * D() + static_cast<size_t>(L) * layer_size(); }
  static size_t idx(size_t base, int row, int col, int cols) {
    return base + static_cast<size_t>(row) * static_cast<size_t>(cols) + static_cast<size_t>(col);
  }
};

// Parses the bytes of a weight file; `source` names it in messages.
ModelBin parse_model_bin(std::string_view bytes, const std::string& source);
// Reads and parses a file (regular files up to 1 GiB, model/hash.h).
ModelBin read_model_bin(const std::string& path);

}  // namespace sp

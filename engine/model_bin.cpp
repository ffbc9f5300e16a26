#include "engine/model_bin.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "model/errors.h"
#include "model/hash.h"
#include "model/json_strict.h"  // quote_name

namespace sp {

static_assert(std::endian::native == std::endian::little, "model.bin is little-endian; so must the host be");
static_assert(sizeof(double) == 8);

namespace {

using Wide = unsigned __int128;

std::string num(Wide x) {
  if (x == 0) return "0";
  std::string s;
  while (x > 0) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(x % 10)));
    x /= 10;
  }
  return s;
}

// The tensors in file order, for naming the element at a flat index.
struct TensorSpan {
  std::string name;
  size_t begin, rows, cols;
};

std::vector<TensorSpan> tensor_spans(const ModelBin& m) {
  const size_t V = m.vocab, D = m.d_model, F = m.d_ffn;
  std::vector<TensorSpan> out;
  size_t at = 0;
  auto add = [&](std::string name, size_t rows, size_t cols) {
    out.push_back({std::move(name), at, rows, cols});
    at += rows * cols;
  };
  add("tok", V, D);
  for (int L = 0; L < m.layers; ++L) {
    std::string l = "layer " + std::to_string(L) + " ";
    add(l + "in_proj", 3 * D, D);
    add(l + "out_proj", D, D);
    add(l + "ff_in", 2 * F, D);
    add(l + "ff_out", D, F);
  }
  add("head", V, D);
  return out;
}

struct Reader {
  std::string_view bytes;
  const std::string& source;
  size_t at = 0;

  [[noreturn]] void fail(const std::string& msg) const { throw InputError(source + ": " + msg); }
  size_t left() const { return bytes.size() - at; }
  bool at_end() const { return at == bytes.size(); }

  int32_t int32(const std::string& what) {
    if (left() < 4)
      fail("truncated: " + what + " needs 4 bytes at offset " + std::to_string(at) + ", the file has " +
           std::to_string(left()) + " left");
    int32_t v;
    std::memcpy(&v, bytes.data() + at, 4);
    at += 4;
    return v;
  }

  int bounded(const std::string& what, int64_t lo, int64_t hi) {
    int32_t v = int32(what);
    if (v < lo || v > hi)
      fail(what + " is " + std::to_string(v) + ", outside [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    return v;
  }

  void header(ModelBin& m) {
    if (bytes.size() < 24)
      fail("truncated: the header needs 24 bytes, the file has " + std::to_string(bytes.size()));
    m.vocab = bounded("header: vocab", 1, kMaxModelVocab);
    m.d_model = bounded("header: d_model", 2, kMaxModelDModel);
    m.layers = bounded("header: layers", 1, kMaxModelLayers);
    m.heads = bounded("header: heads", 1, kMaxModelDModel / 2);
    m.d_ffn = bounded("header: d_ffn", 0, kMaxModelFfn);
    m.stop = bounded("header: stop token", 0, m.vocab - 1);
    if (2 * m.heads != m.d_model)
      fail("header: heads " + std::to_string(m.heads) + " * 2 != d_model " + std::to_string(m.d_model) +
           " (transformer-vm's heads are two-dimensional)");
  }

  // The weights the header implies, in doubles (128-bit: no overflow).
  static Wide weight_count(const ModelBin& m) {
    const Wide V = m.vocab, D = m.d_model, F = m.d_ffn, L = m.layers;
    return 2 * V * D + L * (4 * D * D + 3 * F * D);
  }

  // Refuses a file too short for the header's sizes before anything is
  // allocated from them.
  void check_size(const ModelBin& m) {
    const Wide need = Wide{24} + Wide{4} * static_cast<Wide>(m.vocab) + Wide{8} * weight_count(m);
    if (need > bytes.size())
      fail("truncated: the header (vocab " + std::to_string(m.vocab) + ", d_model " + std::to_string(m.d_model) +
           ", layers " + std::to_string(m.layers) + ", d_ffn " + std::to_string(m.d_ffn) + ") implies at least " +
           num(need) + " bytes, the file has " + std::to_string(bytes.size()));
  }

  void vocabulary(ModelBin& m) {
    m.tokens.reserve(m.vocab);
    std::unordered_map<std::string_view, int> seen;
    for (int i = 0; i < m.vocab; ++i) {
      const std::string what = "vocabulary token #" + std::to_string(i);
      uint32_t len = static_cast<uint32_t>(int32(what + " length"));
      if (len > kMaxTokenBytes) fail(what + ": length " + std::to_string(len) + " exceeds " + std::to_string(kMaxTokenBytes));
      if (len > left())
        fail("truncated: " + what + " needs " + std::to_string(len) + " bytes at offset " + std::to_string(at) +
             ", the file has " + std::to_string(left()) + " left");
      std::string_view name = bytes.substr(at, len);
      at += len;
      if (auto [it, fresh] = seen.emplace(name, i); !fresh)
        fail(what + " " + quote_name(name) + " repeats token #" + std::to_string(it->second));
      m.tokens.emplace_back(name);
    }
  }

  void tensors(ModelBin& m) {
    const Wide count = weight_count(m);
    if (Wide{8} * count > left())
      fail("truncated: the weights need " + num(Wide{8} * count) + " bytes at offset " + std::to_string(at) +
           ", the file has " + std::to_string(left()) + " left");
    m.w.resize(static_cast<size_t>(count));
    std::memcpy(m.w.data(), bytes.data() + at, m.w.size() * 8);
    at += m.w.size() * 8;
    for (size_t i = 0; i < m.w.size(); ++i)
      if (!std::isfinite(m.w[i])) fail("non-finite weight " + describe_weight(m, i, m.w[i]));
  }

  static std::string describe_weight(const ModelBin& m, size_t flat, double v) {
    std::string what = std::isnan(v) ? "NaN" : (v > 0 ? "+Inf" : "-Inf");
    for (const TensorSpan& t : tensor_spans(m))
      if (flat < t.begin + t.rows * t.cols) {
        size_t off = flat - t.begin;
        return what + " at " + t.name + "[" + std::to_string(off / t.cols) + "][" + std::to_string(off % t.cols) + "]";
      }
    return what;
  }

  // A section flag: 0 or 1 (the engine treats any nonzero as present; a
  // stray value is more likely a misread file than a present section).
  bool flag(const std::string& section) {
    int32_t f = int32(section + " flag");
    if (f != 0 && f != 1) fail(section + " flag is " + std::to_string(f) + ", expected 0 or 1");
    return f == 1;
  }

  std::vector<int> slots(ModelBin& m, const std::string& what) {
    int n = bounded(what + " count", 0, m.d_model);
    std::vector<int> out(n);
    for (int j = 0; j < n; ++j) out[j] = bounded(what + " entry " + std::to_string(j), 0, m.d_model - 1);
    return out;
  }

  std::vector<std::vector<int>> per_head(ModelBin& m, const std::string& what, int hi) {
    std::vector<std::vector<int>> out(m.layers, std::vector<int>(m.heads));
    for (int L = 0; L < m.layers; ++L)
      for (int h = 0; h < m.heads; ++h)
        out[L][h] = bounded(what + " of layer " + std::to_string(L) + " head " + std::to_string(h), 0, hi);
    return out;
  }

  void sections(ModelBin& m) {
    if (at_end()) return;
    if ((m.has_erase = flag("erase-list section"))) {
      for (int L = 0; L < m.layers; ++L) {
        m.attn_erase.push_back(slots(m, "layer " + std::to_string(L) + " attention erase list"));
        m.ffn_erase.push_back(slots(m, "layer " + std::to_string(L) + " FFN erase list"));
      }
    }
    if (at_end()) return;
    if ((m.has_tiebreak = flag("tie-break section"))) m.tiebreak = per_head(m, "tie-break", 1);
    if (at_end()) return;
    if ((m.has_head_type = flag("head-type section"))) m.head_type = per_head(m, "head type", 2);
    if (!at_end())
      fail(std::to_string(left()) + " trailing bytes at offset " + std::to_string(at) + " after the last section");
  }
};

}  // namespace

ModelBin parse_model_bin(std::string_view bytes, const std::string& source) {
  ModelBin m;
  m.source = source;
  Reader r{bytes, source};
  r.header(m);
  r.check_size(m);
  r.vocabulary(m);
  r.tensors(m);
  r.sections(m);
  m.sha256 = sha256_hex(bytes);
  return m;
}

ModelBin read_model_bin(const std::string& path) { return parse_model_bin(read_file_bytes(path), path); }

}  // namespace sp

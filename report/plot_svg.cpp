#include "report/plot_svg.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include "model/errors.h"
#include "model/liveness.h"
#include "verify/direct_checker.h"

namespace sp {

namespace {

const char* const kColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"};
constexpr int kLeft = 70, kRight = 360, kTop = 40;

std::string esc(const std::string& s) {  // XML text and attribute values
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    }
  }
  return out;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// Horizontal geometry shared by both charts: one column per boundary.
struct Columns {
  int boundaries = 0;  // 2 * layers
  double px = 20;
  double left(int boundary) const {  // x where the stream after `boundary` begins (-1: the embedding)
    return kLeft + (boundary < 1 ? 0 : boundary_index(boundary)) * px;
  }
  double center(int boundary) const { return left(boundary) + px / 2; }
  double right() const { return kLeft + boundaries * px; }
};

Columns columns_for(const std::vector<PlotArtifact>& arts) {
  Columns c;
  for (const PlotArtifact& a : arts) c.boundaries = std::max(c.boundaries, 2 * a.artifact.schedule.layers);
  c.px = std::clamp(960.0 / std::max(1, c.boundaries), 6.0, 40.0);
  return c;
}

// Layer grid and boundary labels under a chart whose plot area is [top, bottom].
void grid(std::ostringstream& svg, const Columns& col, double top, double bottom) {
  const int layers = col.boundaries / 2;
  const int every = std::max(1, layers / 16);
  for (int L = 0; L <= layers; ++L) {
    const double x = kLeft + 2 * L * col.px;
    svg << "<line x1='" << num(x) << "' y1='" << num(top) << "' x2='" << num(x) << "' y2='" << num(bottom)
        << "' stroke='#ddd'/>\n";
    if (L < layers && L % every == 0)
      svg << "<text x='" << num(x + col.px) << "' y='" << num(bottom + 14)
          << "' font-size='10' text-anchor='middle' fill='#555'>L" << L << "</text>\n";
  }
}

double occupancy_chart(std::ostringstream& svg, const Graph& g, const std::vector<PlotArtifact>& arts,
                       const Columns& col, double top) {
  const double height = 300, bottom = top + height;
  std::vector<Liveness> lvs;
  int ymax = 1;
  for (const PlotArtifact& a : arts) {
    lvs.push_back(compute_liveness(g, a.artifact.schedule, a.artifact.alloc.policy));
    for (int o : lvs.back().occupancy) ymax = std::max(ymax, o);
    for (int h : lvs.back().heads_needed) ymax = std::max(ymax, h);
    ymax = std::max(ymax, a.artifact.d_model);
  }
  ymax = ymax + ymax / 10 + 1;
  auto y = [&](double v) { return bottom - v * height / ymax; };
  svg << "<text x='" << kLeft << "' y='" << num(top - 12) << "' font-size='13' font-weight='bold'>Live values per "
      << "boundary (solid, each under its own policy), heads per layer (dotted), d_model (dashed)</text>\n";
  grid(svg, col, top, bottom);
  for (int t = 0; t <= 4; ++t) {
    const int v = ymax * t / 4;
    svg << "<text x='" << kLeft - 6 << "' y='" << num(y(v) + 3) << "' font-size='10' text-anchor='end'>" << v
        << "</text>\n";
  }
  svg << "<rect x='" << kLeft << "' y='" << num(top) << "' width='" << num(col.right() - kLeft) << "' height='"
      << num(height) << "' fill='none' stroke='#888'/>\n";
  for (size_t k = 0; k < arts.size(); ++k) {
    const char* color = kColors[k % std::size(kColors)];
    std::string points;
    for (size_t i = 0; i < lvs[k].occupancy.size(); ++i)
      points += num(kLeft + (i + 0.5) * col.px) + "," + num(y(lvs[k].occupancy[i])) + " ";
    svg << "<polyline points='" << points << "' fill='none' stroke='" << color << "' stroke-width='2'/>\n";
    std::string heads;  // the layer's head demand over both of its boundaries
    for (size_t L = 0; L < lvs[k].heads_needed.size(); ++L)
      heads += num(kLeft + 2 * L * col.px) + "," + num(y(lvs[k].heads_needed[L])) + " " +
               num(kLeft + 2 * (L + 1) * col.px) + "," + num(y(lvs[k].heads_needed[L])) + " ";
    svg << "<polyline points='" << heads << "' fill='none' stroke='" << color
        << "' stroke-width='1.5' stroke-dasharray='2,2'/>\n";
    const int d = arts[k].artifact.d_model;
    svg << "<line x1='" << kLeft << "' y1='" << num(y(d)) << "' x2='" << num(col.right()) << "' y2='" << num(y(d))
        << "' stroke='" << color << "' stroke-dasharray='6,4'/>\n";
    const double ly = top + 16 + 18 * k;
    svg << "<line x1='" << num(col.right() + 12) << "' y1='" << num(ly - 4) << "' x2='" << num(col.right() + 36)
        << "' y2='" << num(ly - 4) << "' stroke='" << color << "' stroke-width='2'/>\n"
        << "<text x='" << num(col.right() + 42) << "' y='" << num(ly) << "' font-size='11'>" << esc(arts[k].label)
        << ": d_model " << d << " (" << policy_name(arts[k].artifact.alloc.policy) << ")</text>\n";
  }
  return bottom + 30;
}

// One bar per stretch a value spends in a slot, from the write program itself.
struct Hold {
  ValueId value;
  int slot, from, to;  // to: the boundary whose write subtracts it (kForever: never)
};

std::vector<Hold> holds_of(const Artifact& a) {
  std::map<std::pair<int, ValueId>, std::pair<double, int>> open;  // (slot, value) -> (coefficient, since)
  std::vector<Hold> out;
  std::vector<const Write*> writes;
  for (const Write& w : a.alloc.writes) writes.push_back(&w);
  std::stable_sort(writes.begin(), writes.end(), [](auto* x, auto* y) { return x->boundary < y->boundary; });
  for (const Write* w : writes)
    for (const Term& t : w->delta) {
      auto& [coef, since] = open[{w->slot, t.value}];
      const bool was = coef != 0;
      if (!was) since = w->boundary;
      coef += t.coef;
      if (was && coef == 0) out.push_back({t.value, w->slot, since, w->boundary});
    }
  for (const auto& [key, cs] : open)
    if (cs.first != 0) out.push_back({key.second, key.first, cs.second, kForever});
  std::sort(out.begin(), out.end(), [](const Hold& x, const Hold& y) {
    return std::tie(x.slot, x.from, x.value) < std::tie(y.slot, y.from, y.value);
  });
  return out;
}

void slot_chart(std::ostringstream& svg, const Graph& g, const PlotArtifact& art, const PlotMarks& marks,
                const Columns& col, double top, double row) {
  const Artifact& a = art.artifact;
  const int rows = std::max(a.d_model, a.alloc.slots_used);
  const double bottom = top + rows * row;
  auto ry = [&](int slot) { return top + slot * row; };
  svg << "<text x='" << kLeft << "' y='" << num(top - 12) << "' font-size='13' font-weight='bold'>" << esc(art.label)
      << ": slots by boundary (bars from +v to -v; + and - mark the writes; hatched: held beyond need)</text>\n";
  grid(svg, col, top, bottom);
  svg << "<rect x='" << kLeft << "' y='" << num(top) << "' width='" << num(col.right() - kLeft) << "' height='"
      << num(rows * row) << "' fill='none' stroke='#888'/>\n";
  const int every = std::max(1, static_cast<int>(12 / row) + 1);
  for (int s = 0; s < rows; s += every)
    svg << "<text x='" << kLeft - 6 << "' y='" << num(ry(s) + row - 1) << "' font-size='9' text-anchor='end'>" << s
        << "</text>\n";
  for (const Hold& h : holds_of(a)) {
    const double x0 = col.left(h.from), x1 = h.to >= kForever ? col.right() : col.left(h.to);
    svg << "<rect x='" << num(x0) << "' y='" << num(ry(h.slot) + 0.5) << "' width='" << num(std::max(1.0, x1 - x0))
        << "' height='" << num(std::max(1.0, row - 1)) << "' fill='#9ecae1' stroke='#3182bd' stroke-width='0.5'>"
        << "<title>" << esc(g.values[h.value].name) << " in slot " << h.slot << ", boundaries " << h.from << ".."
        << (h.to >= kForever ? std::string("end") : std::to_string(h.to)) << "</title></rect>\n";
    if (row >= 6) {
      svg << "<text x='" << num(x0 + 1) << "' y='" << num(ry(h.slot) + row - 1.5) << "' font-size='" << num(row - 1)
          << "' fill='#060'>+</text>\n";
      if (h.to < kForever)
        svg << "<text x='" << num(x1 - row * 0.45) << "' y='" << num(ry(h.slot) + row - 1.5) << "' font-size='"
            << num(row - 1) << "' fill='#a00'>-</text>\n";
    }
    const std::string& name = g.values[h.value].name;
    if (row >= 9 && x1 - x0 > 6.0 * name.size() + 14)
      svg << "<text x='" << num(x0 + 9) << "' y='" << num(ry(h.slot) + row - 2) << "' font-size='" << num(row - 3)
          << "'>" << esc(name) << "</text>\n";
  }
  for (const WasteMark& w : marks.waste) {
    if (w.slot < 0 || w.slot >= rows) continue;
    const double x0 = col.left(w.from), x1 = w.to >= kForever ? col.right() : col.left(w.to);
    svg << "<rect x='" << num(x0) << "' y='" << num(ry(w.slot)) << "' width='" << num(std::max(2.0, x1 - x0))
        << "' height='" << num(row) << "' fill='url(#waste)' stroke='#e6550d'><title>waste: "
        << esc(w.value >= 0 ? g.values[w.value].name : std::string("?")) << " held beyond need</title></rect>\n";
  }
  for (const ViolationMark& v : marks.violations) {
    const double cy = v.slot >= 0 && v.slot < rows ? ry(v.slot) + row / 2 : bottom + 6;
    svg << "<circle cx='" << num(col.center(v.boundary)) << "' cy='" << num(cy) << "' r='" << num(std::max(4.0, row))
        << "' fill='none' stroke='#e00' stroke-width='2'><title>" << esc(v.text) << "</title></circle>\n";
  }
}

}  // namespace

std::string plot_svg(const Graph& g, const std::vector<PlotArtifact>& artifacts, const PlotMarks& marks,
                     const PlotOptions& opt) {
  check_plottable(artifacts);
  const Columns col = columns_for(artifacts);
  std::ostringstream body;
  double y = occupancy_chart(body, g, artifacts, col, kTop) + 40;
  if (!artifacts.empty()) {
    const Artifact& a = artifacts.front().artifact;
    const int rows = std::max(a.d_model, a.alloc.slots_used);
    if (rows <= opt.max_slot_rows) {
      const double row = std::clamp(480.0 / std::max(1, rows), 3.0, 14.0);
      slot_chart(body, g, artifacts.front(), marks, col, y, row);
      y += rows * row + 30;
    } else {
      body << "<text x='" << kLeft << "' y='" << num(y) << "' font-size='12'>" << esc(artifacts.front().label) << ": "
           << rows << " slots, more than " << opt.max_slot_rows << ": no slot chart</text>\n";
      y += 30;
    }
  }
  std::ostringstream svg;
  svg << "<?xml version='1.0' encoding='UTF-8'?>\n<svg xmlns='http://www.w3.org/2000/svg' width='"
      << num(col.right() + kRight) << "' height='" << num(y) << "' font-family='DejaVu Sans, sans-serif'>\n"
      << "<title>" << esc(g.name) << ": slotproof plot</title>\n"
      << "<defs><pattern id='waste' width='6' height='6' patternUnits='userSpaceOnUse' patternTransform='rotate(45)'>"
      << "<line x1='0' y1='0' x2='0' y2='6' stroke='#e6550d' stroke-width='2'/></pattern></defs>\n"
      << "<rect width='100%' height='100%' fill='white'/>\n"
      << body.str() << "</svg>\n";
  return svg.str();
}

PlotMarks checker_marks(const Graph& g, const Artifact& a) {
  PlotMarks marks;
  CheckerResult r = run_direct_checker(g, a);
  for (const Violation& v : r.violations)
    marks.violations.push_back({v.slot, v.boundary == kNoBoundary ? 1 : v.boundary, violation_line(v)});
  // Waste is meaningful only when nothing is unsafe (verify/violation.h).
  if (r.violations.empty())
    for (const Waste& w : r.waste)
      for (auto [lo, hi] : w.ranges) marks.waste.push_back({w.value, w.slot, lo, hi + 1});
  return marks;
}

void check_plottable(const std::vector<PlotArtifact>& artifacts) {
  for (const PlotArtifact& a : artifacts)
    if (a.artifact.schedule.layers > kMaxPlotLayers)
      throw InputError("artifact '" + a.label + "' declares " + std::to_string(a.artifact.schedule.layers) +
                       " layers; plot draws at most " + std::to_string(kMaxPlotLayers));
}

std::string plot_artifacts_svg(const Graph& g, const std::vector<PlotArtifact>& artifacts, const PlotOptions& opt) {
  check_plottable(artifacts);  // before the direct checker runs on it
  return plot_svg(g, artifacts, checker_marks(g, artifacts.front().artifact), opt);
}

}  // namespace sp

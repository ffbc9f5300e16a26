// Pictures of schedules as SVG (`slotproof plot`), drawn from the graph and
// the artifacts alone:
//   occupancy chart  the live values at every boundary of each artifact,
//                    under its own reuse policy, overlaid, with each
//                    artifact's declared d_model as a dashed line and layer
//                    boundaries as a grid;
//   slot chart       one artifact's residual stream: a row per slot, a bar per
//                    value from the boundary that writes +v to the one that
//                    writes -v (as the write program says, so a late erasure
//                    shows), `+` and `-` marks at the writes (a handover, `+new
//                    -old` in one write, shows both), the part of a bar held
//                    beyond need hatched, and violations circled in red with
//                    their message as a tooltip.
// The SVG is self-contained and deterministic (no timestamps, fixed order).
#pragma once
#include <string>
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"

namespace sp {

struct PlotArtifact {
  std::string label;  // "greedy", "milp-delayed", ...
  Artifact artifact;
};

// Where verify found something: drawn on the slot chart.
struct WasteMark {
  ValueId value = -1;
  int slot = -1, from = 0, to = 0;  // boundaries held beyond need: [from, to)
};
struct ViolationMark {
  int slot = -1, boundary = 0;  // slot -1: not tied to a slot (drawn on the axis)
  std::string text;             // the one-line message
};
struct PlotMarks {
  std::vector<WasteMark> waste;
  std::vector<ViolationMark> violations;
};

// The deepest artifact a picture is drawn of. The SVG grows by about 200
// bytes per layer and artifact (2 MB at this cap, 211 MB at 1,000,000
// layers) and is 12 px wide per layer at least: a deeper artifact is refused
// as bad input, before anything is drawn (docs/FORMATS.md).
constexpr int kMaxPlotLayers = 10000;

struct PlotOptions {
  int max_slot_rows = 600;  // a wider artifact gets the occupancy chart only (noted in the picture)
};

// What the direct checker finds on `a`, as marks: its violations, or, when
// there are none, its waste (values held beyond need).
PlotMarks checker_marks(const Graph& g, const Artifact& a);

// Throws InputError naming the artifact (by label) when one declares more
// than kMaxPlotLayers layers; the two functions below call it first.
void check_plottable(const std::vector<PlotArtifact>& artifacts);

// The picture of a bundle or a deltas table: the artifacts overlaid, the
// first one's slot chart with checker_marks. Deterministic bytes.
std::string plot_artifacts_svg(const Graph& g, const std::vector<PlotArtifact>& artifacts, const PlotOptions& opt = {});

// Both charts in one SVG document: the occupancy of every artifact, then the
// slot chart of the first one with `marks`.
std::string plot_svg(const Graph& g, const std::vector<PlotArtifact>& artifacts, const PlotMarks& marks,
                     const PlotOptions& opt = {});

}  // namespace sp

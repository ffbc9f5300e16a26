// Reading and writing `slotproof-graph/1` JSON (SPEC.md section 5).
//
// Reading validates everything the format promises; each problem is one
// InputError line naming the file and the gate or value, e.g.
//   g.json: gate 'carry' reads unknown value 'cary'
// Names in messages are JSON-escaped (quote_name), so a name holding a
// newline cannot split the line.
// Gate names of lookups are labels and may repeat (the reference interpreter
// graph has three lookups labelled 'store_bytes'); value names must be unique.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "model/graph.h"
#include "model/json_strict.h"  // parse_json_text, quote_name

namespace sp {

// Parses and validates; `source` names the input in messages. Finalizes the graph.
Graph parse_graph(const std::string& text, const std::string& source);
// Reads a file, records its SHA-256, parses and validates it.
Graph load_graph(const std::string& path);

// Graph::gate_label with the name escaped (quote_name) for one-line messages:
// "gate 'x'", or "gate #12 'x'" when several lookups share the label x.
std::string quoted_gate_label(const Graph& graph, GateId id);

// The canonical JSON of a graph (inverse of parse_graph).
nlohmann::ordered_json graph_to_json(const Graph& graph);

}  // namespace sp

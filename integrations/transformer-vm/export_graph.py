#!/usr/bin/python3
"""Export a transformer-vm program graph to slotproof's graph format.

transformer-vm (../shared/third_party/transformer-vm, pinned) builds its
programs as graphs of Dimension objects: InputDimension, LookUp (one gate,
several LookUpDimension values), ReGLUDimension and PersistDimension. This
script writes such a graph as `slotproof-graph/1` JSON (SPEC.md section 5):
gate names are transformer-vm's dimension names, a lookup is named as
weights.py names it (`lu.name or lookup_<id>`), and the order is
transformer-vm's own (inputs, then reglu and persist gates in dimension
order, then lookups in creation order), so the universal interpreter's
export is byte-identical to ../shared/workloads/tvm-wasm-interpreter.json.

By default every input also gets its value range (SPEC.md: optional input
ranges, docs/FORMATS.md):
  * embedding inputs: [min, max] of the input's coefficient over every token
    of the embedding (0 for tokens that do not mention it), and `multiple_of`,
    the largest power of two dividing all of those coefficients (1 when they
    are all zero; omitted if one is not a dyadic rational);
  * the position features the engine writes itself (transformer.cpp
    add_position_encoding): position in [0, P] and position_sq in [0, P^2]
    (multiple_of 1), inv_log_pos = 1/ln 2 - 1/ln(pos+2) in [0, 1/ln 2] (no
    grid). P is --max-position, default 8,388,607 = 2^23-1: the engine's
    default --max-gen of 6,000,000 generated tokens plus a prompt of up to
    2,388,607 tokens (2.38 M). A run longer than P + 1 tokens leaves the
    declared ranges.

Use as a script (the universal interpreter by default):
    /usr/bin/python3 export_graph.py -o graph.json [--no-ranges]
        [--max-position P] [--tvm-root DIR] [--name NAME]
or as a module, for a graph built with transformer-vm's API:
    from export_graph import export_program_graph, dumps
    text = dumps(export_program_graph(pg, name="my-program"))
Exit codes: 0 written, 2 bad input or usage (one line on stderr).
"""

import argparse
import fractions
import math
import os
import sys

import json

FORMAT = "slotproof-graph/1"
DEFAULT_NAME = "tvm-wasm-interpreter"
# 2^23 - 1: transformer.cpp's default MAX_GEN (6,000,000) plus a prompt of up
# to 2,388,607 tokens; also keeps position^2 < 2^53 (exact in float64).
DEFAULT_MAX_POSITION = (1 << 23) - 1
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TVM_ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "third_party", "transformer-vm"))


class ExportError(Exception):
    """Bad input: the graph cannot be written in slotproof's format."""


def import_tvm(root):
    """Makes transformer_vm importable from `root` (a copy or the pinned tree)."""
    if not os.path.isdir(os.path.join(root, "transformer_vm")):
        raise ExportError(f"{root}: no transformer_vm package there (--tvm-root)")
    if root not in sys.path:
        sys.path.insert(0, root)
    # The read-only pinned tree cannot take __pycache__ files; do not try.
    sys.dont_write_bytecode = True


def universal_program_graph():
    """The universal WASM interpreter's graph, built afresh (WASMMachine resets
    transformer-vm's module-global graph state first, so this may be called
    more than once; the dimension ids, and so the export, are the same)."""
    from transformer_vm.wasm.interpreter import WASMMachine

    return WASMMachine().build()


def _expr(expr, where):
    """An Expression as an ordered {name: coefficient} dict (transformer-vm's term order)."""
    out = {}
    for dim, coef in expr.terms.items():
        if dim.name in out:
            raise ExportError(f"{where}: two dimensions named '{dim.name}' in one expression")
        if not (isinstance(coef, (int, float)) and math.isfinite(coef)):
            raise ExportError(f"{where}: coefficient of '{dim.name}' is not a finite number: {coef!r}")
        out[dim.name] = coef
    return out


def _power_of_two_dividing(values):
    """Largest power of two dividing every value (1 if all are 0), or None if one is not dyadic."""
    exponent = None
    for v in values:
        q = fractions.Fraction(v)
        if q.denominator & (q.denominator - 1):
            return None  # denominator not a power of two: no power-of-two grid
        if q == 0:
            continue
        num, e = abs(q.numerator), -(q.denominator.bit_length() - 1)
        while num % 2 == 0:
            num //= 2
            e += 1
        exponent = e if exponent is None else min(exponent, e)
    if exponent is None:
        return 1
    return 1 << exponent if exponent >= 0 else 2.0**exponent


def _embedding_range(dim, input_tokens):
    coefs = {0}  # a token that does not mention the input writes 0 there
    for expr in input_tokens.values():
        coefs.add(expr.terms.get(dim, 0))
    grid = _power_of_two_dividing(coefs)
    rng = {"range": [min(coefs), max(coefs)]}
    if grid is not None:
        rng["multiple_of"] = grid
    return rng


def _position_ranges(pg, max_position):
    p = max_position
    return {
        pg.position: {"range": [0, p], "multiple_of": 1},
        pg.position_sq: {"range": [0, p * p], "multiple_of": 1},
        pg.inv_log_pos: {"range": [0, 1.0 / math.log(2.0)]},
    }


def _inputs(pg, input_dims, ranges, max_position):
    pinned = {pg.position, pg.inv_log_pos, pg.position_sq}
    engine_written = _position_ranges(pg, max_position) if ranges else {}
    out = []
    for d in input_dims:
        entry = {"name": d.name, "pinned": d in pinned}
        if ranges:
            entry.update(engine_written.get(d) or _embedding_range(d, pg.input_tokens))
        out.append(entry)
    return out


def _lookup(lu):
    if len(lu.query_exprs_2d) != 2 or len(lu.key_exprs_2d) != 2:
        raise ExportError(f"lookup '{lu.name}': query and key must be 2-D")
    name = lu.name or f"lookup_{lu.id}"
    where = f"lookup '{name}'"
    return {
        "name": name,
        "kind": "lookup",
        "tie_break": lu.tie_break,
        "query": [_expr(e, where) for e in lu.query_exprs_2d],
        "key": [_expr(e, where) for e in lu.key_exprs_2d],
        "values": [_expr(e, where) for e in lu.value_exprs],
        "produces": [d.name for d in lu.dims],
    }


def _gate(dim, core):
    where = f"gate '{dim.name}'"
    if isinstance(dim, core.ReGLUDimension):
        return {"name": dim.name, "kind": "reglu", "a": _expr(dim.a_expr, where), "b": _expr(dim.b_expr, where)}
    return {"name": dim.name, "kind": "persist", "expr": _expr(dim.expr, where)}


def _outputs(pg):
    """Values the output head reads: every dimension of a token's score expression, sorted."""
    from transformer_vm.graph.core import Expression

    names = set()
    for expr in pg.output_tokens.values():
        if isinstance(expr, Expression):
            names.update(d.name for d in expr.terms)
    return sorted(names)


def export_program_graph(pg, name=DEFAULT_NAME, ranges=True, max_position=DEFAULT_MAX_POSITION):
    """A transformer-vm ProgramGraph as a slotproof-graph/1 document (a dict in output order).

    Raises ExportError for what slotproof's format cannot express (CumSum
    dimensions, which transformer-vm's weight builder does not support either)."""
    from transformer_vm.graph import core

    if not (isinstance(max_position, int) and max_position >= 0):
        raise ExportError(f"--max-position must be a non-negative integer, got {max_position!r}")
    input_dims, gates = [], []
    for d in pg.all_dims:
        if isinstance(d, core.InputDimension):
            input_dims.append(d)
        elif isinstance(d, (core.ReGLUDimension, core.PersistDimension)):
            gates.append(_gate(d, core))
        elif not isinstance(d, core.LookUpDimension):
            raise ExportError(f"dimension '{d.name}' ({type(d).__name__}) has no slotproof gate kind")
    gates.extend(_lookup(lu) for lu in pg.all_lookups)
    return {
        "format": FORMAT,
        "name": name,
        "inputs": _inputs(pg, input_dims, ranges, max_position),
        "gates": gates,
        "outputs": _outputs(pg),
    }


def dumps(doc):
    """The bytes of the shared reference file: json.dumps(indent=1), no trailing newline."""
    return json.dumps(doc, indent=1)


def write_atomically(path, text):
    tmp = os.path.join(os.path.dirname(os.path.abspath(path)), "." + os.path.basename(path) + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Export transformer-vm's universal interpreter graph to slotproof-graph/1.")
    ap.add_argument("-o", "--output", required=True, help="graph JSON to write ('-' for stdout)")
    ap.add_argument("--no-ranges", action="store_true", help="omit input ranges (the shared reference file's form)")
    ap.add_argument("--max-position", type=int, default=DEFAULT_MAX_POSITION,
                    help="largest token position the ranges cover (default %(default)s = 2^23-1)")
    ap.add_argument("--tvm-root", default=DEFAULT_TVM_ROOT, help="transformer-vm tree (default: the pinned one)")
    ap.add_argument("--name", default=DEFAULT_NAME, help="graph name (default %(default)s)")
    args = ap.parse_args(argv)
    try:
        import_tvm(args.tvm_root)
        doc = export_program_graph(universal_program_graph(), args.name, not args.no_ranges, args.max_position)
        text = dumps(doc)
        if args.output == "-":
            sys.stdout.write(text)
        else:
            write_atomically(args.output, text)
    except ExportError as e:
        print(f"export_graph.py: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"export_graph.py: error: {args.output}: cannot write: {e.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

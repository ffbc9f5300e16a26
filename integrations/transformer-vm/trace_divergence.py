#!/usr/bin/python3
"""Where a model built from a slotproof artifact departs from the computation it implements.

    trace_divergence.py ARTIFACT PROGRAM [--reference-artifact DELAYED.json]
                        [--engine sparse|naive] [--tolerance T] [--work DIR] [--show VALUE...]
                        [--evaluator]

Builds two models with the round trip's tools (tvm_tree.py): the model of
ARTIFACT (e.g. the immediate-reuse schedule) and the reference model of
--reference-artifact (default out/tvm/milp-delayed.json: delayed reuse, whose
erase makes a slot exactly 0 before a new value is added). Both run PROGRAM
(transformer_vm/data/PROGRAM.txt) on the stock engine; the first token where
ARTIFACT's trace differs from the shipped reference trace is N (if none, N is
the whole run). Both then run again on the same engine build compiled with
transformer-vm-trace.patch, which only copies the residual stream to a file
after the embedding and after every attention and FFN sublayer of positions
0..N-1 (the arithmetic is the stock engine's; the script checks that this run
mispredicts the same token N).

Every value has one correct value per position. The reference is the
reference model's slot for that value right after it is written (its slot map,
tvm-export.json), the position features and embedding for inputs. The model's
stream departs at (position t, boundary c, slot s) when the value its plan
keeps alive after c in slot s differs from the reference by more than
T * max(1, |reference|) (default T = 1e-9: far above the 1e-16-relative
differences two correct models show from summing in other slot orders, far
below any departure that matters). The script prints:
  * the first departure: position, boundary (layer, sublayer), slot, value,
    expected and found, and the artifact's write at that slot and boundary
    (`+new -old`) with the old value the slot held before it and the float64
    evaluation of `old + (new - old)` (one residual update, as the engine
    adds it) next to `(old - old) + new`;
  * every handover (`+new -old` in one write) at which the slot departs at
    some position before N: first position, how many positions, the largest
    error, and whether `old + fl(new - old)` with the reference's new value
    reproduces the engine's slot bit for bit (the rounding of the one-step
    update alone explains the loss);
  * with --show, the first departure of each value named;
  * with --evaluator, where each model first departs from transformer-vm's
    own graph evaluator (transformer_vm/evaluator.py, its Runtime over the
    same tokens, with its brute-force attention vectorised): an independent
    reference, which the delayed model should match.
Exit codes: 0 report printed (whether or not a departure was found); 2 a step
failed (one line). Docs: docs/ENGINE.md "Divergence, traced".
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

import numpy as np
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tvm_tree  # noqa: E402

TRACE_PATCH = os.path.join(HERE, "transformer-vm-trace.patch")
ENGINE_FLAGS = {"sparse": ["-DUSE_SPARSE_PROJ"], "naive": []}  # as transformer-vm's Makefile builds them


class Side:
    """One model: its export (slot map, writes, alive sets), model.bin and residual trace."""

    def __init__(self, label, export_dir, model):
        self.label, self.export_dir, self.model = label, export_dir, model
        with open(os.path.join(export_dir, "tvm-export.json"), encoding="utf-8") as f:
            doc = json.load(f)
        with open(os.path.join(export_dir, "plan.yaml"), encoding="utf-8") as f:
            plan = yaml.safe_load(f)
        self.layers, self.d_model = doc["layers"], doc["d_model"]
        self.slot = {e["value"]: e["slot"] for e in doc["slots"]}
        self.writes = {(w["boundary"], w["slot"]): w for w in doc["writes"]}
        # stage k of the trace: 0 = after the embedding, 2L+1 = after boundary 4L+1, 2L+2 = after 4L+3
        self.alive = {0: sorted(v for v, w in ((w["new"], w) for w in doc["writes"] if w["boundary"] < 0))}
        for entry in plan["layers"]:
            L = entry["layer"]
            self.alive[2 * L + 1] = entry["after_persist1"]["dims"]
            self.alive[2 * L + 2] = entry["after_persist2"]["dims"]
        self.stream = None  # numpy array [position, stage, slot]

    def load_trace(self, path, positions):
        stages = 1 + 2 * self.layers
        data = np.fromfile(path, dtype=np.float64)
        if data.size != positions * stages * self.d_model:
            raise tvm_tree.ToolError(f"{path}: {data.size} doubles, expected {positions} x {stages} x {self.d_model}")
        self.stream = data.reshape(positions, stages, self.d_model)

    def first_stage(self, value):
        for k in sorted(self.alive):
            if value in self.alive[k]:
                return k
        return None


def boundary_of(stage):
    return -1 if stage == 0 else 2 * stage - 1


def where(stage):
    if stage == 0:
        return "the embedding"
    c = boundary_of(stage)
    return f"boundary {c} (layer {c // 4}, {'attention' if c % 4 == 1 else 'FFN'})"


def reference_values(ref):
    """value -> array over positions: the reference model's slot just after the value is written."""
    out = {}
    for value, slot in ref.slot.items():
        k = ref.first_stage(value)
        if k is not None:
            out[value] = ref.stream[:, k, slot]
    return out


def departures(side, expected, tol):
    """(position, stage, slot, value) of every stage/value pair's first departure, sorted."""
    found = []
    for k in range(1, 1 + 2 * side.layers):
        for value in side.alive[k]:
            if value not in expected:
                continue
            got, exp = side.stream[:, k, side.slot[value]], expected[value]
            bad = np.nonzero(np.abs(got - exp) > tol * np.maximum(1.0, np.abs(exp)))[0]
            if bad.size:
                found.append((int(bad[0]), k, side.slot[value], value))
    return sorted(found)


def handover_report(side, expected, tol):
    """One row per handover write whose slot departs at its boundary at some position."""
    rows = []
    for (c, s), w in sorted(side.writes.items()):
        if c < 0 or "new" not in w or not w.get("old") or w["new"] not in expected:
            continue
        k = (c + 1) // 2
        got, new, old = side.stream[:, k, s], expected[w["new"]], side.stream[:, k - 1, s]
        err = np.abs(got - new)
        bad = np.nonzero(err > tol * np.maximum(1.0, np.abs(new)))[0]
        if not bad.size:
            continue
        t0, worst = int(bad[0]), int(np.argmax(err))
        one_step = old[t0] + (new[t0] - old[t0])  # float64, as the engine's x[s] += (new - old)
        rows.append(dict(write=w, first=t0, count=int(bad.size), worst=worst, max_err=float(err[worst]),
                         old=float(old[t0]), new=float(new[t0]), got=float(got[t0]), explained=one_step == got[t0]))
    return sorted(rows, key=lambda r: r["first"])


def write_terms(w):
    return " ".join(([f"+{w['new']}"] if "new" in w else []) + [f"-{o}" for o in w.get("old", [])])


def print_first(side, expected, first, n):
    t, k, s, value = first
    got, exp = side.stream[t, k, s], expected[value][t]
    c = boundary_of(k)
    print(f"first departure: position {t:,} (the token there is input to the prediction of token {t + 1:,}; "
          f"the first wrong token is {n:,})")
    print(f"  at {where(k)}, slot {s}: {value} should be {exp!r}, the stream holds {got!r}")
    w = side.writes.get((c, s))
    if not w:
        print("  no write at that slot and boundary: the value was computed wrong from earlier values")
        return
    old = side.stream[t, k - 1, s]
    print(f"  the write there: {write_terms(w)} (slot {s}, boundary {c}); the slot held {old!r} before it")
    if "new" in w and w.get("old"):
        print(f"  float64: old + (new - old) = {old + (exp - old)!r}; (old - old) + new = {(old - old) + exp!r}")


def print_handovers(side, rows, n_handovers):
    lost = [r for r in rows if r["explained"]]
    print(f"\nhandovers (+new -old in one write) whose slot departs in the traced positions: "
          f"{len(rows)} of {n_handovers}")
    print(f"  lost in the update itself ({len(lost)}): the slot is old + fl(new - old) in float64, bit for bit, "
          f"with the reference's new value")
    for r in lost:
        print_row(r)
    print(f"  the new value itself differs ({len(rows) - len(lost)}): computed from values that departed before")
    for r in rows:
        if not r["explained"]:
            print_row(r)


def print_row(r):
    w = r["write"]
    print(f"    boundary {w['boundary']:>2} slot {w['slot']:>2} {write_terms(w)}: from position {r['first']:,} "
          f"({r['count']:,} positions), largest error {r['max_err']:.3g} at position {r['worst']:,}; "
          f"at position {r['first']:,}: old {r['old']!r}, new {r['new']!r}, slot {r['got']!r}")


def print_value(side, expected, found, value):
    """The first departure of one value (--show), wherever it is kept."""
    rows = [f for f in found if f[3] == value]
    if value not in side.slot or value not in expected:
        print(f"{value}: not in both models' streams")
    elif not rows:
        print(f"{value}: no departure")
    else:
        t, k, s, _ = rows[0]
        err = np.abs(side.stream[:, k, s] - expected[value])
        w = int(np.argmax(err))
        print(f"{value}: departs at position {t:,}, {where(k)}, slot {s}: "
              f"should be {expected[value][t]!r}, the stream holds {side.stream[t, k, s]!r}; "
              f"largest error at position {w:,}: {expected[value][w]!r} vs {side.stream[w, k, s]!r}")


class NumpyAttention:
    """The evaluator's BruteAttention (scores within 1e-9 of the best tie;
    latest: the last of them, average: their mean), vectorised with numpy so a
    run of 20,000 positions takes seconds, not hours."""

    def __init__(self, lookup):
        self.lookup, self.n = lookup, 0
        self.keys = np.zeros((1024, 2))
        self.vals = np.zeros((1024, len(lookup.value_exprs)))

    def insert_and_query(self, vals, seq):
        lu = self.lookup
        if self.n == len(self.keys):
            self.keys = np.concatenate([self.keys, np.zeros_like(self.keys)])
            self.vals = np.concatenate([self.vals, np.zeros_like(self.vals)])
        self.keys[self.n] = (lu.key_exprs_2d[0].evaluate(vals), lu.key_exprs_2d[1].evaluate(vals))
        self.vals[self.n] = [v.evaluate(vals) for v in lu.value_exprs]
        self.n += 1
        q = (lu.query_exprs_2d[0].evaluate(vals), lu.query_exprs_2d[1].evaluate(vals))
        scores = q[0] * self.keys[: self.n, 0] + q[1] * self.keys[: self.n, 1]
        tied = np.nonzero(np.abs(scores - scores.max()) <= 1e-9)[0]
        if lu.tie_break == "average":
            return [sum(self.vals[i, j] for i in tied) / len(tied) for j in range(self.vals.shape[1])]
        return list(self.vals[tied[-1]])


def evaluator_values(tree, tokens, n):
    """transformer-vm's graph evaluator (evaluator.py Runtime) over the first n
    tokens: value name -> array over positions."""
    sys.path.insert(0, tree)
    from transformer_vm.evaluator import Runtime

    rt = Runtime(use_hull=False)
    for lu in rt.all_lookups:
        rt.attention[lu.id] = NumpyAttention(lu)
    out = {d.name: np.zeros(n) for d in rt.all_dims}
    for t in range(n):
        vals = rt.step(" " if tokens[t] == "<sp>" else tokens[t])
        for d in rt.all_dims:
            out[d.name][t] = vals.get(d, 0.0)
    return out


def print_evaluator_check(sides, expected, tol, n):
    print(f"\nagainst transformer-vm's graph evaluator (evaluator.py, positions 0..{n - 1:,}):")
    for side in sides:
        found = departures(side, expected, tol)
        if not found:
            print(f"  {side.label}: no departure beyond {tol:g} x max(1, |value|)")
            continue
        t, k, s, value = found[0]
        print(f"  {side.label}: first departure at position {t:,}, {where(k)}, slot {s}: {value} should be "
              f"{expected[value][t]!r}, the stream holds {side.stream[t, k, s]!r}")


def traced_engines(tree, engine):
    """Stock engine (already built) and the same source with the trace hook."""
    stock = os.path.join(tree, "build", f"transformer_{engine}")
    tvm_tree.run(["patch", "-p1", "--quiet", "--forward", "-i", TRACE_PATCH], cwd=tree, what="patch (trace)")
    traced = stock + "_trace"
    tvm_tree.run(["g++", "-std=c++17", "-O3", "-march=native", "-I", "transformer_vm/attention"]
                 + ENGINE_FLAGS[engine] + ["transformer_vm/model/transformer.cpp", "-o", traced],
                 cwd=tree, what="g++ (traced engine)")
    return stock, traced


def trace_run(traced, side, program, data, work, positions):
    path = os.path.join(work, f"{side.label}.trace")
    env = dict(os.environ, SLOTPROOF_TRACE_FILE=path, SLOTPROOF_TRACE_PROGRAM=program,
               SLOTPROOF_TRACE_FROM="0", SLOTPROOF_TRACE_TO=str(positions))
    os.makedirs(work, exist_ok=True)
    shutil.copy(os.path.join(data, program + ".txt"), os.path.join(work, program + ".txt"))
    prompt = len(tvm_tree.read_tokens(os.path.join(data, program + ".txt")))
    r = subprocess.run([traced, os.path.abspath(side.model), "--regen", f"--max-gen={positions - prompt + 1}",
                        program + ".txt"], cwd=work, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise tvm_tree.ToolError(f"traced engine on {program} failed (exit {r.returncode})")
    side.load_trace(path, positions)
    return tvm_tree.read_tokens(os.path.join(work, program + "_ref.txt"))


def prepare(args):
    tree = tvm_tree.prepare_tree(args.work, args.tvm_root, (args.engine,))
    sides = []
    for label, artifact in (("model", args.artifact), ("reference", args.reference_artifact)):
        out = os.path.join(args.work, label)
        tvm_tree.export(args.slotproof, args.graph, artifact, os.path.join(out, "export"))
        tvm_tree.build_model(tree, os.path.join(out, "model.bin"), export_dir=os.path.join(out, "export"))
        sides.append(Side(label, os.path.join(out, "export"), os.path.join(out, "model.bin")))
    return tree, sides


def run(args):
    tree, (side, ref) = prepare(args)
    data = os.path.join(tree, "transformer_vm", "data")
    expected_trace = tvm_tree.read_tokens(os.path.join(data, args.program + "_ref.txt"))
    stock, traced = traced_engines(tree, args.engine)
    trace, _, _ = tvm_tree.run_program(stock, side.model, args.program, data, os.path.join(args.work, "stock"))
    mm = tvm_tree.first_mismatch(trace, expected_trace)
    n = mm[0] if mm else len(expected_trace) - 1
    print(f"{args.program} on transformer_{args.engine}: "
          + (f"first wrong token {n:,} (expected {mm[1]}, got {mm[2]})" if mm else "token-identical") + f"; "
          f"tracing positions 0..{n - 1:,} of {side.label} ({args.artifact}) and {ref.label} ({args.reference_artifact})")
    ref_trace, _, _ = tvm_tree.run_program(stock, ref.model, args.program, data, os.path.join(args.work, "stock"))
    if tvm_tree.first_mismatch(ref_trace[: n + 1], expected_trace[: n + 1]):
        raise tvm_tree.ToolError("the reference model itself departs from the reference trace before that token")
    traced_trace = trace_run(traced, side, args.program, data, os.path.join(args.work, "traced"), n)
    if mm and tvm_tree.first_mismatch(traced_trace, expected_trace[: len(traced_trace)]) != mm:
        raise tvm_tree.ToolError("the traced engine does not mispredict the stock engine's token")
    if mm:
        print(f"traced engine (transformer-vm-trace.patch): first wrong token {n:,} as the stock engine")
    trace_run(traced, ref, args.program, data, os.path.join(args.work, "traced"), n)
    expected = reference_values(ref)
    found = departures(side, expected, args.tolerance)
    if found:
        print_first(side, expected, found[0], n)
    else:
        print(f"no departure beyond {args.tolerance:g} x max(1, |value|) in positions 0..{n - 1:,}")
    for value in args.show:
        print_value(side, expected, found, value)
    n_handovers = sum(1 for (c, _), w in side.writes.items() if c >= 0 and "new" in w and w.get("old"))
    print_handovers(side, handover_report(side, expected, args.tolerance), n_handovers)
    if args.evaluator:
        print_evaluator_check((side, ref), evaluator_values(tree, expected_trace, n), args.tolerance, n)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Trace where a slotproof-built transformer-vm model departs.")
    ap.add_argument("artifact", help="the artifact whose model diverges (e.g. out/tvm/milp-immediate.json)")
    ap.add_argument("program", help="a program of transformer_vm/data (e.g. collatz)")
    ap.add_argument("--reference-artifact", default=os.path.join(tvm_tree.REPO, "out", "tvm", "milp-delayed.json"))
    ap.add_argument("--graph", default=os.path.join(tvm_tree.REPO, "workloads", "tvm-wasm-interpreter.json"))
    ap.add_argument("--slotproof", default=os.path.join(tvm_tree.REPO, "build", "slotproof"))
    ap.add_argument("--tvm-root", default=tvm_tree.PINNED_TREE)
    ap.add_argument("--engine", choices=tvm_tree.ENGINES, default="sparse")
    ap.add_argument("--tolerance", type=float, default=1e-9, help="relative departure threshold (default 1e-9)")
    ap.add_argument("--work", default=os.path.join(tvm_tree.REPO, "out", "tvm-trace"))
    ap.add_argument("--show", nargs="*", default=[], metavar="VALUE", help="also print these values' first departures")
    ap.add_argument("--evaluator", action="store_true",
                    help="also compare both models with transformer-vm's graph evaluator")
    args = ap.parse_args(argv)
    args.work = os.path.abspath(args.work)
    if args.program not in tvm_tree.PROGRAMS:
        ap.error(f"program must be one of {', '.join(tvm_tree.PROGRAMS)}")
    try:
        for f in (args.artifact, args.reference_artifact, args.graph, args.slotproof):
            if not os.path.exists(f):
                raise tvm_tree.ToolError(f"{f}: not found")
        run(args)
    except tvm_tree.ToolError as e:
        print(f"trace_divergence.py: error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

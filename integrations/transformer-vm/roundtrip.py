#!/usr/bin/python3
"""The transformer-vm round trip: slotproof artifacts built into real models and run.

For every artifact given (`make tvm-roundtrip` gives the reference graph's
MILP artifacts at 7 layers under delayed reuse, float64-exact immediate reuse
and exact-arithmetic immediate reuse):
  1. `slotproof verify` (its verdict is reported, never a reason to stop) and
     `slotproof export tvm --allow-unsafe` (plan.yaml, tvm-export.json);
  2. transformer-vm's build_model, patched to take the export
     (transformer-vm-slotproof.patch, applied to a scratch copy of the pinned
     tree), writes model.bin;
then every program of transformer_vm/data/ runs on every model, transformer-vm's
own (../shared/models/tvm-own/model.bin) included, on each engine build
(sparse, naive), --reps times, the models interleaved within each repetition
so they share the machine's load. Each output trace is compared token by token
with the shipped *_ref.txt. Prints a table per engine build: model, d_model,
parameters, programs identical n/N, first mismatch (index, expected, got),
tokens/s min and median over the repetitions (all programs' tokens over their
summed time, as the engine's REGEN lines report them) and the median's ratio
to transformer-vm's own model; "plan alone" is the d_model stock transformer-vm
builds from the exported plan.yaml with its own slot walk. --markdown FILE writes the same tables: between
the markers "<!-- roundtrip tables: begin -->" and "... end -->" of an existing
FILE (docs/ENGINE.md), or alone into a new one.

    roundtrip.py [ARTIFACT...] [--reps N | --fast] [--engines sparse,naive]
                 [--markdown FILE] [--work DIR] [--slotproof BIN] [--graph G]

Exit codes: 0 every program token-identical on every model and engine;
1 a mismatch (the table says where); 2 a step failed (one line: which).
"""

import argparse
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tvm_tree  # noqa: E402

# The reference graph as export_graph.py writes it with input ranges (make tvm-graph).
REFERENCE_GRAPH = os.path.join(tvm_tree.REPO, "workloads", "tvm-wasm-interpreter.json")
TVM_OWN_MODEL = os.path.join(tvm_tree.SHARED, "models", "tvm-own", "model.bin")
OWN = "transformer-vm's own"


class Model:
    def __init__(self, label, path, policy="", verify="", plan_alone=None):
        self.label, self.path, self.policy, self.verify = label, path, policy, verify
        self.plan_alone = plan_alone  # d_model stock transformer-vm builds from the plan alone
        header = tvm_tree.model_header(path)
        self.d_model = header[1]
        self.params = tvm_tree.parameter_count(path)


def verify_verdict(slotproof, graph, artifact):
    r = subprocess.run([slotproof, "verify", graph, artifact], capture_output=True, text=True)
    return {0: "safe", 1: "violation", 3: "undecided"}.get(r.returncode, f"exit {r.returncode}")


def make_model(args, tree, artifact):
    """Exports and builds one artifact's model; returns a Model."""
    label = os.path.splitext(os.path.basename(artifact))[0]
    out = os.path.join(args.work, label)
    os.makedirs(out, exist_ok=True)
    export_dir = os.path.join(out, "export")
    tvm_tree.export(args.slotproof, args.graph, artifact, export_dir)
    model = os.path.join(out, "model.bin")
    tvm_tree.build_model(tree, model, export_dir=export_dir)
    # The plan alone, with transformer-vm's own slot walk (the patch leaves it as it is).
    stock = os.path.join(out, "plan-alone.bin")
    tvm_tree.build_model(tree, stock, plan=os.path.join(export_dir, "plan.yaml"))
    import json

    with open(os.path.join(export_dir, "tvm-export.json"), encoding="utf-8") as f:
        policy = json.load(f)["policy"]
    return Model(f"slotproof {label}", model, policy, verify_verdict(args.slotproof, args.graph, artifact),
                 tvm_tree.model_header(stock)[1])


class Result:
    """One (engine, model): per repetition tokens/s, per program the first mismatch."""

    def __init__(self):
        self.rates = []
        self.mismatch = {}  # program -> (index, expected, got) or None


def run_rep(engine, model, programs, data, work, result):
    tokens = seconds = 0
    for program in programs:
        trace, n, dt = tvm_tree.run_program(engine, model.path, program, data, work)
        mm = tvm_tree.first_mismatch(trace, tvm_tree.read_tokens(os.path.join(data, program + "_ref.txt")))
        if program in result.mismatch and result.mismatch[program] != mm:
            raise tvm_tree.ToolError(f"{model.label} on {program}: the trace differs between repetitions")
        result.mismatch[program] = mm
        tokens += n
        seconds += dt
    result.rates.append(tokens / seconds if seconds > 0 else float("inf"))


def measure(args, tree, models):
    data = os.path.join(tree, "transformer_vm", "data")
    results = {}
    for engine in args.engines:
        binary = os.path.join(tree, "build", f"transformer_{engine}")
        for rep in range(args.reps):
            for i, model in enumerate(models):
                log(f"{engine} rep {rep + 1}/{args.reps}: {model.label}")
                res = results.setdefault((engine, model.label), Result())
                run_rep(binary, model, args.programs, data, os.path.join(args.work, "runs", f"{engine}-{i}"), res)
    return results


def fmt_mismatches(res):
    parts = [f"{p} @{mm[0]:,} ({mm[1]} -> {mm[2]})" for p, mm in res.mismatch.items() if mm]
    return "; ".join(parts) if parts else "none"


def table_rows(engine, models, results):
    own = statistics.median(results[(engine, OWN)].rates)
    rows = []
    for m in models:
        res = results[(engine, m.label)]
        same = sum(1 for mm in res.mismatch.values() if mm is None)
        med = statistics.median(res.rates)
        rows.append([m.label, m.policy or "delayed (own walk)", m.verify or "-", str(m.d_model),
                     str(m.plan_alone) if m.plan_alone else "-", f"{m.params:,}",
                     f"{same}/{len(res.mismatch)}", fmt_mismatches(res), f"{min(res.rates):,.0f}", f"{med:,.0f}",
                     f"{med / own:.2f}"])
    return rows


HEADER = ["model", "policy", "verify", "d_model", "plan alone", "parameters", "identical", "first mismatch (index: expected -> got)",
          "tok/s min", "tok/s median", "ratio to own"]


def print_table(engine, rows, reps):
    print(f"\n{engine} engine (transformer_{engine}), {reps} repetition(s):")
    widths = [max(len(r[i]) for r in rows + [HEADER]) for i in range(len(HEADER))]
    for r in [HEADER] + rows:
        print("  " + "  ".join(c.ljust(w) for c, w in zip(r, widths)))


def markdown(args, models, results, elapsed):
    lines = [
        "<!-- generated by integrations/transformer-vm/roundtrip.py (make tvm-roundtrip); do not edit -->",
        f"Command: `{' '.join(shlex.quote(a) for a in sys.argv[1:]) or '(defaults)'}` "
        f"({args.reps} repetition(s), {len(args.programs)} programs: {', '.join(args.programs)}); "
        f"machine: {cpu_name()}, {os.cpu_count()} cores; round trip {elapsed:.0f} s.",
    ]
    for engine in args.engines:
        lines += ["", f"**{engine} engine** (`build/transformer_{engine}`)", "",
                  "| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
        for r in table_rows(engine, models, results):
            lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- roundtrip tables: begin -->", "<!-- roundtrip tables: end -->"


def write_markdown(path, tables):
    """Replaces the text between the BEGIN and END markers of an existing file
    (docs/ENGINE.md), or writes the tables alone to a new file."""
    text = BEGIN + "\n" + tables + END
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
        if BEGIN not in old or END not in old:
            raise tvm_tree.ToolError(f"{path}: no '{BEGIN}' ... '{END}' markers to replace")
        text = old[: old.index(BEGIN)] + text + old[old.index(END) + len(END):]
    else:
        text += "\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def cpu_name():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def log(msg):
    print(f"roundtrip: {msg}", file=sys.stderr, flush=True)


def parse_args(argv):
    ap = argparse.ArgumentParser(description="Build slotproof artifacts into transformer-vm models, run and compare.")
    ap.add_argument("artifacts", nargs="*", help="slotproof-schedule/1 artifacts of --graph")
    ap.add_argument("--graph", default=REFERENCE_GRAPH, help="the graph the artifacts schedule (default: reference)")
    ap.add_argument("--slotproof", default=os.path.join(tvm_tree.REPO, "build", "slotproof"), help="slotproof binary")
    ap.add_argument("--tvm-root", default=tvm_tree.PINNED_TREE, help="pinned transformer-vm tree (copied, never changed)")
    ap.add_argument("--tvm-model", default=TVM_OWN_MODEL, help="transformer-vm's own model.bin, the baseline")
    ap.add_argument("--work", default=os.path.join(tvm_tree.REPO, "out", "tvm-roundtrip"), help="scratch directory")
    ap.add_argument("--reps", type=int, default=3, help="repetitions of the timed runs (default 3)")
    ap.add_argument("--fast", action="store_true", help="CI mode: 1 repetition, sparse engine only")
    ap.add_argument("--engines", default=",".join(tvm_tree.ENGINES), help="engine builds (default sparse,naive)")
    ap.add_argument("--programs", default=",".join(tvm_tree.PROGRAMS), help="programs of transformer_vm/data")
    ap.add_argument("--markdown", help="also write the tables to this file")
    args = ap.parse_args(argv)
    args.work = os.path.abspath(args.work)
    args.engines = ["sparse"] if args.fast else [e for e in args.engines.split(",") if e]
    args.reps = 1 if args.fast else args.reps
    args.programs = [p for p in args.programs.split(",") if p]
    if args.reps < 1 or any(e not in tvm_tree.ENGINES for e in args.engines):
        ap.error("--reps must be >= 1 and --engines a subset of sparse,naive")
    return args


def main(argv=None):
    args = parse_args(argv)
    start = time.monotonic()
    try:
        for f in [args.graph, args.tvm_model, args.slotproof] + args.artifacts:
            if not os.path.exists(f):
                raise tvm_tree.ToolError(f"{f}: not found")
        log(f"patched copy of {args.tvm_root} in {args.work}/tree, engines {', '.join(args.engines)}")
        tree = tvm_tree.prepare_tree(args.work, args.tvm_root, args.engines)
        models = [Model(OWN, args.tvm_model)]
        for artifact in args.artifacts:
            log(f"export and build {artifact}")
            models.append(make_model(args, tree, artifact))
        results = measure(args, tree, models)
    except tvm_tree.ToolError as e:
        print(f"roundtrip.py: error: {e}", file=sys.stderr)
        return 2
    elapsed = time.monotonic() - start
    for engine in args.engines:
        print_table(engine, table_rows(engine, models, results), args.reps)
    print(f"\nround trip: {elapsed:.0f} s")
    if args.markdown:
        try:
            write_markdown(args.markdown, markdown(args, models, results, elapsed))
        except (tvm_tree.ToolError, OSError) as e:
            print(f"roundtrip.py: error: {e}", file=sys.stderr)
            return 2
    diverged = any(mm for res in results.values() for mm in res.mismatch.values())
    return 1 if diverged else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""CTest check of export_graph.py (registered in CMakeLists.txt).

Re-runs the exporter on the pinned transformer-vm tree and checks that
  (a) --no-ranges reproduces ../shared/workloads/tvm-wasm-interpreter.json
      byte for byte (when the shared file is there),
  (b) the committed workloads/tvm-wasm-interpreter.json (the ranged export)
      is what the exporter writes today (`make tvm-graph` regenerates it),
  (c) a small graph built with transformer-vm's API exports with the gates,
      names, expressions and input ranges expected of it.
Exit 0 pass, 1 fail, 77 skipped (CTest SKIP_RETURN_CODE): transformer-vm
cannot be imported, e.g. ../shared is absent.
Usage: test_export_graph.py REPO_ROOT
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import export_graph as eg  # noqa: E402

SKIP = 77


def check(cond, what, failures):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def check_reference(repo, failures):
    shared = os.path.join(repo, "..", "shared", "workloads", "tvm-wasm-interpreter.json")
    plain = eg.dumps(eg.export_program_graph(eg.universal_program_graph(), ranges=False))
    if os.path.exists(shared):
        with open(shared, encoding="utf-8") as f:
            check(plain == f.read(), "--no-ranges reproduces ../shared/workloads/tvm-wasm-interpreter.json", failures)
    ranged = eg.dumps(eg.export_program_graph(eg.universal_program_graph()))
    committed = os.path.join(repo, "workloads", "tvm-wasm-interpreter.json")
    with open(committed, encoding="utf-8") as f:
        check(ranged == f.read(), "workloads/tvm-wasm-interpreter.json is current (make tvm-graph)", failures)


def user_graph():
    """x, y: embedding inputs; one lookup keyed on position, a reglu, a named persist."""
    from transformer_vm.graph import core

    core.reset_graph()  # rebinds core.one etc.: read them from the module afterwards
    x = core.InputDimension("x")
    y = core.InputDimension("y")
    looked = core.fetch(x, query=core.position, key=core.position)
    prod = core.reglu(looked, y)
    total = core.persist(prod + x * 2, name="total")
    inputs = {"a": core.Expression({core.one: 1, x: 3}), "b": core.Expression({core.one: 1, x: -0.75, y: 0.3})}
    outputs = {"t": total * 1e5, "u": core.Expression({y: 1})}
    return core.ProgramGraph(inputs, outputs)


def check_user_graph(failures):
    doc = eg.export_program_graph(user_graph(), name="tiny", max_position=100)
    ins = {i["name"]: i for i in doc["inputs"]}
    check([i["name"] for i in doc["inputs"]] == ["one", "position", "inv_log_pos", "position_sq", "x", "y"],
          "user graph: inputs in dimension order", failures)
    check(ins["x"] == {"name": "x", "pinned": False, "range": [-0.75, 3], "multiple_of": 0.25},
          "user graph: x ranges over its embedding coefficients, grid 1/4", failures)
    check(ins["y"]["range"] == [0, 0.3] and ins["y"]["multiple_of"] == 2.0**-54,
          "user graph: y's grid is the power of two dividing the double 0.3", failures)
    check(ins["position"]["range"] == [0, 100] and ins["position_sq"]["range"] == [0, 10000],
          "user graph: --max-position bounds position and position_sq", failures)
    check(ins["position"]["pinned"] and not ins["one"]["pinned"], "user graph: position features pinned", failures)
    kinds = [(g["kind"], g["name"]) for g in doc["gates"]]
    check(kinds == [("reglu", "reglu_7"), ("persist", "total"), ("lookup", "lookup_0")],
          f"user graph: gates reglu, persist, lookup ({kinds})", failures)
    lookup = doc["gates"][2]
    check(lookup["produces"] == ["lookup_0_v0"] and lookup["values"] == [{"x": 1}], "user graph: lookup values", failures)
    check(doc["gates"][1]["expr"] == {"reglu_7": 1, "x": 2}, "user graph: persist expression", failures)
    check(doc["outputs"] == ["total", "y"], "user graph: outputs sorted", failures)
    try:
        eg.export_program_graph(user_graph(), max_position=-1)
        check(False, "a negative --max-position is refused", failures)
    except eg.ExportError:
        check(True, "a negative --max-position is refused", failures)


def main():
    repo = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", ".."))
    try:
        eg.import_tvm(eg.DEFAULT_TVM_ROOT)
        import transformer_vm.wasm.interpreter  # noqa: F401
    except (eg.ExportError, ImportError) as e:
        print(f"skipped: cannot import transformer-vm: {e}")
        return SKIP
    failures = []
    check_reference(repo, failures)
    check_user_graph(failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

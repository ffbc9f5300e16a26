#!/usr/bin/python3
"""Build one transformer-vm model.bin: from a slotproof artifact, or from a plan.

    build_model.py --artifact A.json [--graph G] [--slotproof BIN] -o MODEL.bin [--no-erase]
    build_model.py --plan PLAN.yaml -o MODEL.bin [--no-erase]

--artifact: `slotproof export tvm --allow-unsafe` (the artifact's slot map and
write program), then the patched build_model (transformer-vm-slotproof.patch).
--plan: transformer-vm's own slot walk over the plan (its own allocation).
--no-erase builds with use_erase=False: no erase heads or neurons, so every
dead value stays in its slot and is overwritten by the next one (stale values,
which `slotproof audit-model` must reject), e.g. transformer-vm's own
allocation without erasures:
    build_model.py --plan ../shared/models/tvm-own/plan.yaml --no-erase -o tvm-own-noerase.bin
The tree is a patched scratch copy of the pinned one (tvm_tree.py); the
patch sorts the erase heads and neurons, so the bytes are the same on every
run (stock transformer-vm's are not: it packs them in set order).
Exit codes: 0 written, 2 a step failed (one line).
"""

import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tvm_tree  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description="Build a transformer-vm model.bin from a slotproof artifact or a plan.")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--artifact", help="slotproof-schedule/1 artifact of --graph")
    src.add_argument("--plan", help="transformer-vm plan.yaml (its own allocation walk)")
    ap.add_argument("--graph", default=os.path.join(tvm_tree.REPO, "workloads", "tvm-wasm-interpreter.json"))
    ap.add_argument("--slotproof", default=os.path.join(tvm_tree.REPO, "build", "slotproof"))
    ap.add_argument("--tvm-root", default=tvm_tree.PINNED_TREE)
    ap.add_argument("-o", "--output", required=True, help="model.bin to write")
    ap.add_argument("--no-erase", action="store_true", help="use_erase=False")
    args = ap.parse_args(argv)
    work = tempfile.mkdtemp(prefix="tvm-build-")
    try:
        tree = tvm_tree.prepare_tree(work, args.tvm_root, engines=())
        export_dir = None
        if args.artifact:
            export_dir = os.path.join(work, "export")
            tvm_tree.export(args.slotproof, args.graph, args.artifact, export_dir)
        tvm_tree.build_model(tree, args.output, export_dir=export_dir, plan=args.plan, use_erase=not args.no_erase)
        v, d, n_layers, heads, f, _ = tvm_tree.model_header(args.output)
        print(f"{args.output}: d_model {d}, {n_layers} layers, {heads} heads, d_ffn {f}, "
              f"{tvm_tree.parameter_count(args.output):,} parameters, erase {'off' if args.no_erase else 'on'}")
    except tvm_tree.ToolError as e:
        print(f"build_model.py: error: {e}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

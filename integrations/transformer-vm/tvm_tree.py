"""A patched scratch copy of transformer-vm, its models and its C++ engines.

Shared by roundtrip.py, build_model.py and trace_divergence.py. The pinned
tree (../shared/third_party/transformer-vm) is read-only and never changed:
prepare_tree() copies it into a scratch directory, applies
transformer-vm-slotproof.patch there (build_model takes a `slotproof export
tvm` directory; build.py gains --slotproof-export and --no-erase; erase
heads and neurons in sorted slot order, so builds are deterministic) and
builds the engines with transformer-vm's own Makefile.

Engine runs follow ../shared/third_party/transformer-vm/NOTICE.md: in a
scratch directory holding a copy of PROG.txt, `ENGINE MODEL --regen
--max-gen=N PROG.txt tail.txt` writes the generated trace to PROG_ref.txt
there and prints `REGEN n tok, ... (T tok/s)`. tail.txt is a copy of the
short hello program: the engine's batched re-verification then runs over
hello's 1,114 tokens instead of the measured program's (43 s for
min_cost_matching's 192,792), and an empty tail would be read out of bounds
(the engine crashes on it). N = reference length - prompt + 100, as the
engine itself uses without --regen, so a diverging model stops.
"""

import os
import re
import shutil
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
PINNED_TREE = os.path.join(SHARED, "third_party", "transformer-vm")
PATCH = os.path.join(HERE, "transformer-vm-slotproof.patch")
PYTHON3 = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
ENGINES = ("sparse", "naive")
PROGRAMS = ("hello", "addition", "fibonacci", "collatz", "min_cost_matching")


class ToolError(Exception):
    """A step failed: one line saying which and why."""


def run(cmd, cwd=None, what=None):
    """Runs a command; ToolError with the last stderr line on failure."""
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        tail = (r.stderr.strip().splitlines() or r.stdout.strip().splitlines() or [""])[-1]
        raise ToolError(f"{what or cmd[0]} failed (exit {r.returncode}): {tail}")
    return r


def prepare_tree(scratch, pinned=PINNED_TREE, engines=ENGINES):
    """Copies the pinned tree to scratch/tree, patches it and builds the engines.
    Returns the tree path. An existing scratch/tree is replaced."""
    if not os.path.isdir(os.path.join(pinned, "transformer_vm")):
        raise ToolError(f"{pinned}: no transformer-vm tree there")
    tree = os.path.join(os.path.abspath(scratch), "tree")
    shutil.rmtree(tree, ignore_errors=True)
    os.makedirs(scratch, exist_ok=True)
    shutil.copytree(pinned, tree, ignore=shutil.ignore_patterns("build", "__pycache__"))
    os.chmod(tree, os.stat(tree).st_mode | 0o200)
    for root, dirs, files in os.walk(tree):  # the pinned tree is read-only; the copy must not be
        for name in dirs + files:
            path = os.path.join(root, name)
            os.chmod(path, os.stat(path).st_mode | 0o200)
    run(["patch", "-p1", "--quiet", "--forward", "-i", PATCH], cwd=tree, what="patch")
    targets = [f"build/transformer_{e}" for e in engines]
    run(["make", "-s"] + targets, cwd=tree, what="make (transformer-vm engines)")
    return tree


def export(slotproof, graph, artifact, out_dir):
    """`slotproof export tvm` (unsafe artifacts too: the round trip shows what they compute)."""
    run([slotproof, "export", "tvm", graph, artifact, "-o", out_dir, "--allow-unsafe"], what="slotproof export tvm")


def build_model(tree, out_bin, export_dir=None, plan=None, use_erase=True):
    """transformer-vm's build.py in the patched tree: from our export (slot map
    and writes) or from a plan with its own allocation walk."""
    cmd = [PYTHON3, "-m", "transformer_vm.build", "--save-weights", os.path.abspath(out_bin)]
    if export_dir:
        cmd += ["--slotproof-export", os.path.abspath(export_dir)]
    if plan:
        cmd += ["--plan", os.path.abspath(plan)]
    if not use_erase:
        cmd.append("--no-erase")
    run(cmd, cwd=tree, what=f"transformer_vm.build for {out_bin}")


def model_header(path):
    """(vocab, d_model, layers, heads, d_ffn, stop) of a model.bin."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) != 24:
        raise ToolError(f"{path}: truncated model header")
    return struct.unpack("<6i", head)


def parameter_count(path):
    """Weights of the model as transformer-vm counts them (no biases):
    embedding and head V*D each, per layer in_proj 3D^2, out_proj D^2, ff_in 2FD, ff_out DF."""
    v, d, n_layers, _heads, f, _stop = model_header(path)
    return 2 * v * d + n_layers * (4 * d * d + 3 * f * d)


def read_tokens(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split()


REGEN = re.compile(r"REGEN (\d+) tok, \d+ ops in ([0-9.]+)s \((\d+) tok/s\)")


def run_program(engine, model, program, data_dir, work):
    """Runs one program; returns (trace tokens, tokens, seconds) from the engine's REGEN line."""
    os.makedirs(work, exist_ok=True)
    shutil.copy(os.path.join(data_dir, program + ".txt"), os.path.join(work, program + ".txt"))
    shutil.copy(os.path.join(data_dir, "hello.txt"), os.path.join(work, "tail.txt"))
    out_trace = os.path.join(work, program + "_ref.txt")
    if os.path.exists(out_trace):
        os.remove(out_trace)
    prompt = len(read_tokens(os.path.join(data_dir, program + ".txt")))
    max_gen = len(read_tokens(os.path.join(data_dir, program + "_ref.txt"))) - prompt + 100
    r = run([engine, os.path.abspath(model), "--regen", f"--max-gen={max_gen}", program + ".txt", "tail.txt"],
            cwd=work, what=f"{os.path.basename(engine)} on {program}")
    m = REGEN.search(r.stdout)
    if not m or not os.path.exists(out_trace):
        raise ToolError(f"{os.path.basename(engine)} on {program}: no REGEN line or trace")
    return read_tokens(out_trace), int(m.group(1)), float(m.group(2))


def first_mismatch(got, expected):
    """None if identical, else (index, expected token, got token); '<end>' past a trace's end."""
    for i in range(min(len(got), len(expected))):
        if got[i] != expected[i]:
            return i, expected[i], got[i]
    if len(got) != len(expected):
        i = min(len(got), len(expected))
        return i, expected[i] if i < len(expected) else "<end>", got[i] if i < len(got) else "<end>"
    return None

#!/usr/bin/env python3
"""Writes the seed corpus under fuzz/corpus/ (docs/FUZZ.md).

Usage: fuzz/make_seeds.py BUILD/slotproof

Graph seeds are small valid graphs and one file per known way to be bad
input; artifact seeds are greedy and MILP artifacts of the two built-in
graphs (fuzz/fuzz_entry.cpp; corpus/graph/builtin-*.json hold their exact
bytes) plus the mutations the hardening work fixed. Deterministic: the same
binary writes the same files.
"""
import json, os, random, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS, ARTIFACTS = os.path.join(HERE, "corpus", "graph"), os.path.join(HERE, "corpus", "artifact")
MANIFESTS = os.path.join(HERE, "corpus", "manifest")


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)


def graph(gates, inputs=("x",), outputs=(), **extra):
    doc = {"format": "slotproof-graph/1", "inputs": [{"name": n} for n in inputs], "gates": gates,
           "outputs": list(outputs)}
    doc.update(extra)
    return json.dumps(doc)


def reglu(name, a, b=None):
    return {"name": name, "kind": "reglu", "a": {a: 1}, "b": {b or a: 1}}


def persist(name, *reads):
    return {"name": name, "kind": "persist", "expr": {r: 1 for r in reads}}


def lookup(name, produces, tie="latest", read="x"):
    return {"name": name, "kind": "lookup", "tie_break": tie, "query": [{read: 1}], "key": [{read: 1}],
            "values": [{read: 1} for _ in produces], "produces": list(produces)}


def random_graph(n, seed):
    rnd, names, gates = random.Random(seed), ["x", "y", "pos"], []
    for i in range(n):
        pick = lambda: names[len(names) - 1 - rnd.randrange(min(len(names), 8))]
        kind, name = rnd.randrange(5), "g%d" % i
        gates.append(lookup(name, [name], read=pick()) if kind == 0 else
                     reglu(name, pick(), pick()) if kind <= 2 else persist(name, pick(), pick()))
        names.append(name)
    return graph(gates, ("x", "y", "pos"), names[-2:])


def graph_seeds():
    two = reglu("r", "x")
    ok = graph([two, persist("p", "r")], outputs=["p"])
    seeds = {
        "ok-chain.json": graph([reglu("r1", "x"), reglu("r2", "r1"), persist("p", "r2", "x")], outputs=["p"]),
        "ok-average.json": graph([lookup("l", ["v"], "average"), persist("p", "v"), reglu("r", "v")], outputs=["p", "r"]),
        "ok-labels.json": graph([lookup("s", ["a"]), lookup("s", ["b"]), persist("p", "a", "b")], outputs=["p"]),
        "ok-colocate.json": graph([reglu("r1", "x"), persist("q", "x")], outputs=["r1", "q"], colocate=[["q", "r1"]]),
        "ok-empty.json": graph([], outputs=["x"]),
        "ok-control-names.json": graph([reglu("r\n1", "x"), persist("p\u0001", "r\n1")], outputs=["p\u0001"]),
        "ok-coefficients.json": ok.replace('"x": 1}, "b"', '"x": 4.9e-324}, "b"').replace('"r": 1}', '"r": 1e300}'),
        "ok-random-20.json": random_graph(20, 1),
        "ok-random-60.json": random_graph(60, 2),
        "bad-duplicate-key.json": ok.replace('"inputs"', '"outputs": [], "inputs"', 1),
        "bad-duplicate-key-nested.json": ok.replace('"expr": {"r": 1}', '"expr": {"r": 1, "r": 2}'),
        "bad-trailing-garbage.json": ok + " x",
        "bad-trailing-brace.json": ok + "}",
        "bad-truncated.json": ok[:60],
        "bad-empty.json": "",
        "bad-whitespace.json": " \n\t ",
        "ok-bom.json": "\ufeff" + ok,
        "bad-deep-nesting.json": "[" * 300 + "]" * 300,
        "bad-number-1e400.json": ok.replace('"r": 1}', '"r": 1e400}'),
        "ok-number-huge-int.json": ok.replace('"r": 1}', '"r": 123456789012345678901234567890}'),
        "bad-nan.json": ok.replace('"r": 1}', '"r": NaN}'),
        "bad-unknown-newline-name.json": graph([persist("p", "x")], outputs=["p"]).replace('"x": 1', '"x\\ny": 1'),
        "bad-cycle.json": graph([persist("a\nb", "c"), persist("c", "a\nb")]),
        "bad-colocation-pair.json": graph([reglu("r1", "x"), reglu("r2", "r1")], outputs=["r2"], colocate=[["r1", "r2"]]),
        "bad-colocation-through-chain.json": graph(
            [lookup("l1", ["v"], "average"), reglu("r", "v"), lookup("l2", ["w"], read="r"), persist("p", "w", "v")],
            outputs=["p"], colocate=[["l1", "l2"]]),
        "bad-kind.json": graph([{"name": "g", "kind": "softmax"}]),
        "bad-field.json": ok.replace('"outputs"', '"colocated": [], "outputs"'),
        "bad-ambiguous-label.json": graph([lookup("s", ["a"]), lookup("s", ["b"])], outputs=["a", "b"], colocate=[["s", "s"]]),
        "bad-top-array.json": "[1, 2]",
        "bad-top-numbers.json": "123 4",
    }
    for name, text in seeds.items():
        write(GRAPHS, name, text)
    with open(os.path.join(GRAPHS, "bad-utf8.json"), "wb") as f:  # a name that is not UTF-8
        f.write(ok.encode().replace(b'"p"', b'"p\xff"'))


def run(binary, *args):
    subprocess.run([binary, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def artifact_seeds(binary):
    tmp = tempfile.mkdtemp()
    base = {}
    for g in ("rich", "two-gate"):
        path = os.path.join(GRAPHS, "builtin-%s.json" % g)
        runs = {"greedy-%s.json" % g: ["greedy", path], "greedy-%s-delayed.json" % g: ["greedy", path, "--reuse", "delayed"],
                "greedy-%s-ffn2.json" % g: ["greedy", path, "--max-ffn", "2"],
                "milp-%s.json" % g: ["solve", path, "--threads", "1"]}
        for name, args in runs.items():
            out = os.path.join(tmp, name)
            run(binary, *args, "-o", out)
            base[name] = open(out).read()
            write(ARTIFACTS, name, base[name])
    two = base["greedy-two-gate.json"]
    slot_p = '{"value":"p","slot":0}'
    cases = {
        # The false "proven safe" of 32-bit truncation, and the other integer fields.
        "wide-slot.json": two.replace(slot_p, '{"value":"p","slot":4294967297}').replace('"boundary":3,"slot":0', '"boundary":3,"slot":4294967297'),
        "wide-slot-all.json": two.replace('"slot":0', '"slot":4294967296'),
        "wide-layers.json": two.replace('"layers": 1', '"layers": 4294967297'),
        "wide-phase.json": two.replace('"phase":3', '"phase":4294967299'),
        "wide-d_model.json": two.replace('"d_model": 2', '"d_model": 4294967298'),
        "wide-boundary-min.json": two.replace('"boundary":3', '"boundary":-2147483648'),
        "wide-embed-boundary-min.json": two.replace('"boundary":-1', '"boundary":-2147483648'),
        "wide-boundary-max.json": two.replace('"boundary":3', '"boundary":2147483647'),
        "wide-slot-max.json": two.replace(slot_p, '{"value":"p","slot":2147483647}'),
        "edge-boundary-2p28.json": two.replace('"boundary":-1', '"boundary":-268435456'),
        "edge-phase-2p28.json": two.replace('"phase":3', '"phase":268435456'),
        "edge-slot-2p28.json": two.replace('"slot":0', '"slot":268435456'),
        "edge-layers-1e6.json": two.replace('"layers": 1', '"layers": 1000000'),
        "edge-max_ffn-0.json": two.replace('"d_model": 2,', '"d_model": 2, "max_ffn": 0,'),
        "edge-d_model-odd.json": two.replace('"d_model": 2', '"d_model": 3'),
        "bad-fraction.json": two.replace('"phase":3', '"phase":3.5'),
        "bad-exponent.json": two.replace('"phase":3', '"phase":3e0'),
        "bad-negative-slot.json": two.replace(slot_p, '{"value":"p","slot":-1}'),
        "bad-bool-phase.json": two.replace('"phase":3', '"phase":true'),
        "bad-layers-0.json": two.replace('"layers": 1', '"layers": 0'),
        # Coefficients: tiny, denormal, huge, beyond a double, and double rounding.
        "coef-1e-300.json": two.replace('"p":1.0}', '"p":1.0,"r":1e-300}'),
        "coef-denormal.json": two.replace('"p":1.0}', '"p":1.0,"r":4.9e-324}'),
        "coef-2.2e-308.json": two.replace('"p":1.0}', '"p":1.0,"r":2.2e-308}'),
        "coef-1e300.json": two.replace('"p":1.0}', '"p":1.0,"r":1e300}'),
        "coef-p-tiny.json": two.replace('"p":1.0}', '"p":1e-300}'),
        "coef-1e400.json": two.replace('"p":1.0}', '"p":1.0,"r":1e400}'),
        "coef-rounding.json": two.replace('"p":1.0}}', '"p":1.0}},\n  {"boundary":3,"slot":0,"delta":{"p":1e-300}}'),
        # Strict reading.
        "bad-duplicate-key.json": two.replace('"policy"', '"layers": 1, "policy"'),
        "bad-duplicate-delta.json": two.replace('"p":1.0}', '"p":1.0,"p":0.0}'),
        "bad-trailing-garbage.json": two + "garbage",
        "bad-truncated.json": two[: len(two) // 2],
        # Another graph's hash is a violation; a hash that is no SHA-256 is bad input.
        "mismatch-hash.json": re.sub(r'"sha256":"[0-9a-f]{2}', '"sha256":"00', two, count=1),
        "bad-hash-66-digits.json": two.replace('"sha256":"', '"sha256":"00'),
        "bad-graph-hash-non-ascii.json": re.sub(r'"sha256":"([0-9a-f]{10})[0-9a-f]', '"sha256":"\\1\u00e9', two, count=1),
        "bad-gate-name.json": two.replace('"gate":"p"', '"gate":"p\\n"'),
    }
    for name, text in cases.items():
        assert text != two or name.startswith("ok"), name
        write(ARTIFACTS, name, text)


def manifest_seeds():
    """Bundle manifests (slotproof-bundle/2) as check-bundle reads them: valid
    ones in several shapes, and one file per way to be bad input."""
    sha = "0" * 64
    def manifest(**over):
        m = {"format": "slotproof-bundle/2",
             "versions": {"slotproof": "0.2.0"},
             "workload": {"path": "workloads/chain.json", "name": "chain", "sha256": sha},
             "options": {"layers": 3, "max_ffn": None, "time_limit": 120, "threads": 1, "proof_layout": "packed"},
             "policies": {"delayed-reuse": {"certificate": {"verdict": "certified optimal", "directory": "certificate-delayed"}},
                          "immediate-reuse": {"certificate": {"verdict": "skipped", "why": "MILP not proven optimal"}}},
             "artifacts": [{"file": "greedy.json"}, {"file": "milp-delayed.json"}],
             "files": {"greedy.json": sha, "milp-delayed.json": "f" * 64, "certificate-delayed/certificate.json": "a" * 64}}
        for key, value in over.items():
            if value is DROP:
                del m[key]
            else:
                m[key] = value
        return json.dumps(m, indent=1) + "\n"
    good = manifest()
    cases = {
        "ok-full.json": good,
        "ok-ffn-budget.json": manifest(options={"layers": 3, "max_ffn": 96}),
        "ok-no-certificates.json": manifest(policies={}),
        "ok-one-artifact.json": manifest(artifacts=[{"file": "greedy.json"}]),
        "ok-compact.json": json.dumps(json.loads(good), separators=(",", ":")),
        "ok-layers-max.json": manifest(options={"layers": 1 << 20, "max_ffn": 1 << 30}),
        "ok-extra-fields.json": manifest(notes="kept by the reader"),
        "ok-certificate-no-directory.json": manifest(policies={"x": {"certificate": {"verdict": "skipped"}}}),
        "ok-policy-not-object.json": manifest(policies={"x": 7}),
        "ok-unicode-path.json": manifest(workload={"path": "w\u00e9.json", "sha256": sha}),
        "bad-format.json": good.replace("slotproof-bundle/2", "slotproof-bundle/9"),
        "bad-no-files.json": manifest(files=DROP),
        "bad-files-array.json": manifest(files=[]),
        "bad-hash.json": manifest(files={"greedy.json": "00"}),
        "bad-path-outside.json": manifest(files={"../x": sha}),
        "bad-path-absolute.json": manifest(files={"/etc/passwd": sha}),
        "bad-workload-number.json": manifest(workload=7),
        "bad-options-array.json": manifest(options=[]),
        "bad-layers-0.json": manifest(options={"layers": 0, "max_ffn": None}),
        "bad-layers-huge.json": manifest(options={"layers": 4294967297, "max_ffn": None}),
        "bad-max-ffn-0.json": manifest(options={"layers": 3, "max_ffn": 0}),
        "bad-max-ffn-false.json": manifest(options={"layers": 3, "max_ffn": False}),
        "bad-max-ffn-1e300.json": manifest(options={"layers": 3, "max_ffn": 1e300}),
        "bad-policies-array.json": manifest(policies=[]),
        "bad-no-policies.json": manifest(policies=DROP),
        "bad-artifacts-empty.json": manifest(artifacts=[]),
        "bad-artifact-unlisted.json": manifest(artifacts=[{"file": "other.json"}]),
        "bad-certificate-verdict-number.json": manifest(policies={"x": {"certificate": {"directory": "d", "verdict": 1}}}),
        "bad-duplicate-key.json": good.replace('"format"', '"files": {}, "format"', 1),
        "bad-truncated.json": good[: len(good) // 2],
        "bad-1e400.json": good.replace('"time_limit": 120', '"time_limit": 1e400'),
    }
    for name, text in cases.items():
        write(MANIFESTS, name, text)


DROP = object()


if __name__ == "__main__":
    os.makedirs(MANIFESTS, exist_ok=True)
    manifest_seeds()
    os.makedirs(GRAPHS, exist_ok=True)
    os.makedirs(ARTIFACTS, exist_ok=True)
    graph_seeds()
    artifact_seeds(sys.argv[1])

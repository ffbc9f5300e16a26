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
CERTIFICATES = os.path.join(HERE, "corpus", "certificate")


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
    """Bundle manifests (slotproof-bundle/2) as check-bundle reads them: the
    layout make_bundle writes in several valid shapes, one file per way to be
    bad input, and the tampered shapes of issue 23 (a certificate entry
    without its directory, one pointing at the other policy's or outside the
    bundle, an artifact left out of the list)."""
    sha = "0" * 64
    def verdict():
        return {"cvc5_disagreements": 0, "cvc5_unknowns": 0, "disagreements": 0, "exit_code": 0, "violations": 0}
    def policy(tag, certificate):
        return {"certificate": certificate, "glpk": {"verdict": "agree"},
                "milp": {"objective": 16, "status": "proven optimal"}, "z3_lower_bound": {"verdict": "unsat"}}
    certified = {"verdict": "certified optimal", "directory": "certificate-delayed",
                 "cnf": {"file": "lower.cnf.xz", "sha256": sha}, "proof": {"file": "lower.drat", "kept": True}}
    skipped = {"verdict": "skipped", "why": "MILP not proven optimal"}
    files = {"greedy.json": sha, "milp-delayed.json": "f" * 64, "milp-immediate.json": "e" * 64,
             "milp-delayed.mps.xz": sha, "milp-immediate.mps.xz": sha, "plot.svg": sha,
             "verify-greedy/manifest.json": sha, "verify-milp-delayed/manifest.json": sha,
             "verify-milp-immediate/manifest.json": sha, "certificate-delayed/certificate.json": "a" * 64}
    def manifest(**over):
        m = {"format": "slotproof-bundle/2",
             "versions": {"slotproof": "0.2.0"},
             "workload": {"path": "workloads/chain.json", "name": "chain", "sha256": sha},
             "options": {"layers": 3, "max_ffn": None, "time_limit": 120.0, "threads": 1, "proof_layout": "packed"},
             "greedy": {"d_model": 42, "d_model_delayed_reuse": 42, "layers": 3},
             "policies": {"delayed-reuse": policy("delayed", certified), "immediate-reuse": policy("immediate", skipped)},
             "artifacts": [{"file": "greedy.json", "policy": "immediate-reuse", "verify": "verify-greedy", "verdict": verdict()},
                           {"file": "milp-delayed.json", "policy": "delayed-reuse", "verify": "verify-milp-delayed", "verdict": verdict()},
                           {"file": "milp-immediate.json", "policy": "immediate-reuse", "verify": "verify-milp-immediate", "verdict": verdict()}],
             "files": dict(files)}
        for key, value in over.items():
            if value is DROP:
                del m[key]
            else:
                m[key] = value
        return json.dumps(m, indent=1) + "\n"
    def with_certificate(certificate, tag="immediate-reuse"):
        return manifest(policies={"delayed-reuse": policy("delayed", certified), tag: policy("x", certificate)})
    good = manifest()
    artifacts = json.loads(good)["artifacts"]
    cases = {
        "ok-full.json": good,
        "ok-ffn-budget.json": manifest(options={"layers": 3, "max_ffn": 96, "time_limit": 120, "threads": 1, "proof_layout": "packed"}),
        "ok-no-certificates.json": manifest(policies={"delayed-reuse": policy("delayed", skipped), "immediate-reuse": policy("immediate", skipped)}),
        "ok-compact.json": json.dumps(json.loads(good), separators=(",", ":")),
        "ok-layers-max.json": manifest(options={"layers": 1000000, "max_ffn": 1 << 28, "time_limit": 1, "threads": 64, "proof_layout": "per-query"}),
        "ok-both-certificates.json": with_certificate(dict(certified, directory="certificate-immediate")),
        "ok-not-certified.json": with_certificate({"verdict": "not certified (solver timeout)", "directory": "certificate-immediate"}),
        "ok-unicode-path.json": manifest(workload={"path": "w\u00e9.json", "name": "w", "sha256": sha}),
        "ok-absolute-path.json": manifest(workload={"path": "/tmp/w.json", "name": "w", "sha256": sha}),
        "ok-refuted.json": with_certificate({"verdict": "refuted", "directory": "certificate-immediate"}),
        "ok-extra-files.json": manifest(files=dict(files, **{"verify-greedy/queries.smt2.xz": sha, "certificate-delayed/lower.drat": sha})),
        "bad-format.json": good.replace("slotproof-bundle/2", "slotproof-bundle/9"),
        "bad-no-files.json": manifest(files=DROP),
        "bad-files-array.json": manifest(files=[]),
        "bad-hash.json": manifest(files=dict(files, **{"greedy.json": "00"})),
        "bad-path-outside.json": manifest(files=dict(files, **{"../x": sha})),
        "bad-path-absolute.json": manifest(files=dict(files, **{"/etc/passwd": sha})),
        "bad-path-dot.json": manifest(files=dict(files, **{"./greedy.json": sha})),
        "bad-path-nul.json": manifest(files=dict(files, **{"plot.svg\u0000x": sha})),
        "bad-path-manifest.json": manifest(files=dict(files, **{"manifest.json": sha})),
        "bad-workload-number.json": manifest(workload=7),
        "bad-workload-path-newline.json": manifest(workload={"path": "w\n.json", "name": "w", "sha256": sha}),
        "bad-options-array.json": manifest(options=[]),
        "bad-layers-0.json": manifest(options={"layers": 0, "max_ffn": None, "time_limit": 1, "threads": 1, "proof_layout": "packed"}),
        "bad-layers-huge.json": manifest(options={"layers": 4294967297, "max_ffn": None, "time_limit": 1, "threads": 1, "proof_layout": "packed"}),
        "bad-layers-fraction.json": manifest(options={"layers": 20.5, "max_ffn": None, "time_limit": 1, "threads": 1, "proof_layout": "packed"}),
        "bad-max-ffn-0.json": manifest(options={"layers": 3, "max_ffn": 0, "time_limit": 1, "threads": 1, "proof_layout": "packed"}),
        "bad-max-ffn-false.json": manifest(options={"layers": 3, "max_ffn": False, "time_limit": 1, "threads": 1, "proof_layout": "packed"}),
        "bad-max-ffn-1e300.json": manifest(options={"layers": 3, "max_ffn": 1e300, "time_limit": 1, "threads": 1, "proof_layout": "packed"}),
        "bad-policies-array.json": manifest(policies=[]),
        "bad-no-policies.json": manifest(policies=DROP),
        "bad-policy-unknown.json": manifest(policies={"delayed-reuse": policy("delayed", certified), "immediate-reuse": policy("immediate", skipped), "x": 7}),
        "bad-policy-missing.json": manifest(policies={"delayed-reuse": policy("delayed", certified)}),
        "bad-artifacts-empty.json": manifest(artifacts=[]),
        "bad-artifact-unlisted.json": manifest(artifacts=artifacts[:2]),
        "bad-artifact-wrong-policy.json": manifest(artifacts=artifacts[:1] + [dict(artifacts[1], policy="immediate-reuse")] + artifacts[2:]),
        "bad-artifact-other-file.json": manifest(artifacts=artifacts[:1] + [dict(artifacts[1], file="other.json")] + artifacts[2:]),
        "bad-certificate-verdict-number.json": with_certificate({"directory": "certificate-immediate", "verdict": 1}),
        "bad-certificate-no-directory.json": with_certificate({"verdict": "certified optimal"}),
        "bad-certificate-other-policy.json": with_certificate(dict(certified, directory="certificate-delayed")),
        "bad-certificate-outside.json": with_certificate(dict(certified, directory="../..")),
        "bad-certificate-skipped-with-directory.json": with_certificate(dict(skipped, directory="certificate-immediate")),
        "bad-extra-fields.json": manifest(notes="not part of the format"),
        "bad-greedy-d-model.json": manifest(greedy={"d_model": -1, "d_model_delayed_reuse": 42, "layers": 3}),
        "bad-duplicate-key.json": good.replace('"format"', '"files": {}, "format"', 1),
        "bad-truncated.json": good[: len(good) // 2],
        "bad-1e400.json": good.replace('"time_limit": 120.0', '"time_limit": 1e400'),
    }
    for name, text in cases.items():
        write(MANIFESTS, name, text)


def certificate_seeds():
    """certificate.json (slotproof-certificate/1) as check_certificate's
    strict reader takes it: each verdict's shape, and one file per way to be
    bad input, the shapes of issue 23 among them (a million layers, 20.5
    layers, d_model -2^31 or 1e300, a NUL in a file name)."""
    sha = "0" * 64
    base = {"format": "slotproof-certificate/1", "graph": {"name": "chain", "sha256": sha}, "artifact_sha256": "f" * 64,
            "layers": 20, "policy": "delayed-reuse", "max_ffn": None, "d_model": 16, "width_bound_at_most": 14,
            "claim": "no legal schedule has width_bound <= 14, so d_model 16 is optimal", "verdict": "certified optimal",
            "cnf": {"file": "lower.cnf.xz", "sha256": sha, "variables": 6738, "clauses": 19675, "bytes": 322837},
            "proof": {"file": "lower.drat", "kept": True, "format": "binary-drat", "sha256": sha, "bytes": 604,
                      "stored_bytes": 604, "lemmas": 145, "deletions": 1},
            "witness": None, "solver": {"name": "CaDiCaL sc2021", "answer": "unsat"},
            "checker": {"name": "slotproof drat_check", "version": "0.2.0", "verdict": "verified"}}
    def cert(**over):
        c = json.loads(json.dumps(base))
        for key, value in over.items():
            if value is DROP:
                del c[key]
            else:
                c[key] = value
        return json.dumps(c, indent=2) + "\n"
    def proof(**over):
        return dict(base["proof"], **over)
    good = cert()
    not_kept = proof(file=None, kept=False, not_kept_because="stored size over the budget")
    cases = {
        "ok-certified.json": good,
        "ok-proof-not-kept.json": cert(proof=not_kept),
        "ok-proof-0.1-no-kept.json": cert(proof={k: v for k, v in base["proof"].items() if k not in ("kept", "stored_bytes")}),
        "ok-refuted.json": cert(verdict="refuted", proof=None, solver={"name": "CaDiCaL", "answer": "sat"},
                                checker={"name": "slotproof drat_check", "version": "0.2.0", "verdict": None},
                                witness={"file": "witness.json", "d_model": 14, "width_bound": 13}),
        "ok-timeout.json": cert(verdict="not certified (solver timeout)", proof=None, solver={"name": "CaDiCaL", "answer": "unknown"},
                                checker={"name": "slotproof drat_check", "version": "0.2.0", "verdict": None}),
        "ok-ffn-budget.json": cert(max_ffn=96, policy="immediate-reuse"),
        "ok-layers-max.json": cert(layers=4096),
        "ok-compact.json": json.dumps(base, separators=(",", ":")),
        "ok-text-proof.json": cert(proof=proof(format="text-drat")),
        "ok-solver-failed.json": cert(verdict="not certified (solver failed)", proof=None, solver={"name": "CaDiCaL", "answer": "unknown"},
                                      checker={"name": "slotproof drat_check", "version": "0.2.0", "verdict": None}),
        "ok-proof-rejected.json": cert(verdict="not certified (proof rejected)",
                                       checker={"name": "slotproof drat_check", "version": "0.2.0", "verdict": "rejected"}),
        "ok-d-model-0.json": cert(d_model=0, width_bound_at_most=-2),
        "bad-layers-million.json": cert(layers=1000000),
        "bad-layers-fraction.json": cert(layers=20.5),
        "bad-layers-exponent.json": good.replace('"layers": 20', '"layers": 2e1'),
        "bad-layers-0.json": cert(layers=0),
        "bad-d-model-int-min.json": cert(d_model=-2147483648, width_bound_at_most=-2147483650),
        "bad-d-model-1e300.json": cert(d_model=1e300),
        "bad-max-ffn-int-min.json": cert(max_ffn=-2147483648),
        "bad-max-ffn-1e300.json": cert(max_ffn=1e300),
        "bad-bound-not-d-minus-2.json": cert(width_bound_at_most=15),
        "bad-cnf-file-nul.json": cert(cnf=dict(base["cnf"], file="lower.cnf\u0000.xz")),
        "bad-cnf-file-path.json": cert(cnf=dict(base["cnf"], file="../lower.cnf")),
        "bad-cnf-file-dotdot.json": cert(cnf=dict(base["cnf"], file="..")),
        "bad-proof-file-newline.json": cert(proof=proof(file="lower\n.drat")),
        "bad-proof-kept-no-file.json": cert(proof=proof(file=None)),
        "bad-proof-not-kept-with-file.json": cert(proof=dict(not_kept, file="lower.drat")),
        "bad-cnf-variables-huge.json": cert(cnf=dict(base["cnf"], variables=4294967297)),
        "bad-graph-hash.json": cert(graph={"name": "chain", "sha256": "00"}),
        "bad-policy.json": cert(policy="eager-reuse"),
        "bad-verdict.json": cert(verdict="certified"),
        "bad-certified-without-proof.json": cert(proof=None),
        "bad-certified-sat.json": cert(solver={"name": "CaDiCaL", "answer": "sat"}),
        "bad-certified-rejected.json": cert(checker={"name": "slotproof drat_check", "version": "0.2.0", "verdict": "rejected"}),
        "bad-refuted-without-witness.json": cert(verdict="refuted", proof=None, solver={"name": "CaDiCaL", "answer": "sat"}),
        "bad-unknown-field.json": cert(note="extra"),
        "bad-no-artifact-hash.json": cert(artifact_sha256=DROP),
        "bad-format.json": good.replace("slotproof-certificate/1", "slotproof-certificate/2"),
        "bad-duplicate-key.json": good.replace('"layers"', '"layers": 20, "layers"', 1),
        "bad-truncated.json": good[: len(good) // 2],
        "bad-1e400.json": good.replace('"bytes": 604', '"bytes": 1e400', 1),
    }
    for name, text in cases.items():
        write(CERTIFICATES, name, text)


DROP = object()


if __name__ == "__main__":
    for folder in (MANIFESTS, CERTIFICATES):
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):  # the hand-made seeds only: every file there is written below
            os.remove(os.path.join(folder, old))
    manifest_seeds()
    certificate_seeds()
    os.makedirs(GRAPHS, exist_ok=True)
    os.makedirs(ARTIFACTS, exist_ok=True)
    graph_seeds()
    artifact_seeds(sys.argv[1])

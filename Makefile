# Entry points; see README.md. Everything builds into build/ with CMake.
BUILD ?= build
JOBS  ?= 2
SUDO  := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Ninja (Debian's ninja-build) keeps both cores busy across targets in a clean
# build; a build directory configured earlier keeps its generator.
GENERATOR = $(if $(wildcard $(1)/CMakeCache.txt),,$(if $(shell command -v ninja),-G Ninja))
REF   := workloads/tvm-wasm-interpreter.json
DEMO  ?= workloads/interp-small-2.json

PROFILE ?= workloads/profiles/v3.json

.PHONY: all setup build cli test demo bench bundles check-bundles deltas frontier tvm-graph tvm-artifacts tvm-roundtrip tvm-roundtrip-fast clean

all: build

# Installs the Debian 12 packages slotproof needs (root, or via sudo).
setup:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$(cat .ci/packages.txt)

build:
	cmake -S . -B $(BUILD) $(call GENERATOR,$(BUILD)) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

# Only the slotproof command (what the demo and the bundle targets need):
# a first run does not wait for the test suite and the benchmarks.
cli:
	cmake -S . -B $(BUILD) $(call GENERATOR,$(BUILD)) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS) --target slotproof

# The README's test command: every doctest case, registered in CTest.
test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The fast tests under AddressSanitizer + UndefinedBehaviorSanitizer, built
# into build-asan/ (-O1 -g1 keeps the build and the run short: line tables
# are all a sanitizer report needs, and -g1 compiles a test file in 4.0 s
# where -g takes 5.4 s). Left out by name: the slow suites (mutation and
# fault sweeps, band search, enumerations, committed bundles), and the runs
# that only repeat, on more or larger inputs, code the kept tests already
# run under the sanitizers (every valid artifact, the unsafe look-alikes and
# each waste kind: "all kinds in one artifact" stays; the second bundle; the
# determinism re-run and the CLI's proof cap: the library's cap test stays;
# local search on its own: each MILP solve runs it). Each of those took
# 18-57 s here, 2-5x its release time: ASan's allocator, not our code, is
# the cost. A 64 MiB quarantine (256 by
# default) still holds the last frees for use-after-free reports and cuts
# that cost. Sanitizer reports of every process (the test binary and each CLI
# run) go to files that must stay empty: a report in a child whose exit code
# a test only checks for "not 0" could otherwise pass unnoticed.
ASAN_BUILD ?= build-asan
# "crashing CBC" is left out too: its child's deliberate SIGSEGV is caught by ASan's handler.
SLOW_TESTS := every committed proof bundle|4000-gate chain|mutant|tiny windows|band search|1,000-gate|frontier|lexicographic|enumeration|crashing CBC
SLOW_TESTS := $(SLOW_TESTS)|every valid artifact is proven safe|unsafe look-alikes|over the size budget|byte-identical across runs|local search: legal schedules|faults in any window
SLOW_TESTS := $(SLOW_TESTS)|waste: each kind|records large proofs by size
SANITIZER_LOGS = $(abspath $(ASAN_BUILD))/sanitizer-logs
test-sanitize:
	cmake -S . -B $(ASAN_BUILD) $(call GENERATOR,$(ASAN_BUILD)) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DSLOTPROOF_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j$(JOBS) --target slotproof slotproof_tests
	rm -rf $(SANITIZER_LOGS) && mkdir -p $(SANITIZER_LOGS)
	cd $(ASAN_BUILD) && \
	  ASAN_OPTIONS=log_path=$(SANITIZER_LOGS)/asan:detect_leaks=1:quarantine_size_mb=64 \
	  LSAN_OPTIONS=suppressions=$(abspath .ci/lsan.supp):print_suppressions=0 \
	  UBSAN_OPTIONS=log_path=$(SANITIZER_LOGS)/ubsan:print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j$(JOBS) -E "$(SLOW_TESTS)"; status=$$?; \
	  if [ -n "$$(ls -A $(SANITIZER_LOGS))" ]; then cat $(SANITIZER_LOGS)/*; echo "sanitizer reports above"; exit 1; fi; \
	  exit $$status

# The main job on a shipped workload: the greedy schedule and the MILP
# under both reuse policies, all proven safe, the optima cross-checked by
# GLPK and certified (CaDiCaL's DRAT proofs, checked by our own checker),
# into a proof bundle under out/, then re-checked. About half a minute.
demo: cli
	$(BUILD)/slotproof info $(DEMO)
	@echo "demo: Z3's 'no schedule two lower' cross-check is skipped here (it runs out of its budget on this workload); the certificates prove the same claim"
	$(BUILD)/slotproof bundle $(DEMO) --time-limit 30 --z3-max-gates 0 -o out/demo-bundle
	$(BUILD)/slotproof check-bundle out/demo-bundle

# Regenerates the committed proof bundles (one per workload of the profile).
# Certificates get 120 s of CaDiCaL each (fanout's immediate optimum needs
# about 75 s); proofs stored over 8 MiB are checked, then not kept
# (--max-proof-mb, docs/BUNDLES.md).
bundles: cli
	$(BUILD)/slotproof bundle-profile $(PROFILE) --certify-time-limit 120 -o proofs

check-bundles: cli
	for d in proofs/*/; do $(BUILD)/slotproof check-bundle $$d || exit $$?; done

# Regenerates docs/DELTAS.md (greedy vs MILP on the profile, measured token
# rates) from the committed bundles (make bundles first when the profile changes).
deltas: cli
	$(BUILD)/slotproof bench $(PROFILE) --from-bundles proofs -o docs/DELTAS.md
	mkdir -p docs/plots out/reference
	$(BUILD)/slotproof greedy $(REF) -o out/reference/greedy.json
	for p in delayed immediate; do \
	  $(BUILD)/slotproof solve $(REF) --layers 7 --reuse $$p -q -o out/reference/milp-$$p.json || exit $$?; done
	$(BUILD)/slotproof plot $(REF) out/reference/milp-immediate.json out/reference/milp-delayed.json \
	  out/reference/greedy.json -o docs/plots/reference.svg

# Regenerates docs/FRONTIER.md: the reference graph's (d_model, FFN width)
# Pareto frontier at 7 layers under the three reuse policies.
frontier: cli
	{ echo "# The reference graph's (d_model, FFN width) frontier"; echo; \
	  echo "Generated by \`make frontier\` (\`slotproof frontier $(REF) --layers 7 --reuse P\`); do not edit by hand."; \
	  echo "Each point: the least d_model under the FFN cap, then the least FFN width at it (docs/MILP.md)."; \
	  for p in delayed immediate immediate-exact-arith; do echo; echo "## $$p reuse"; echo; \
	    $(BUILD)/slotproof frontier $(REF) --layers 7 --reuse $$p --time-limit 120 || exit $$?; done; } > docs/FRONTIER.md

# transformer-vm (integrations/transformer-vm): Debian's python3, not a pyenv one.
PYTHON3  ?= /usr/bin/python3
TVM_ROOT ?= ../shared/third_party/transformer-vm

# Regenerates workloads/tvm-wasm-interpreter.json: transformer-vm's universal
# interpreter graph with input ranges (integrations/transformer-vm/export_graph.py).
tvm-graph:
	$(PYTHON3) integrations/transformer-vm/export_graph.py --tvm-root $(TVM_ROOT) -o workloads/tvm-wasm-interpreter.json

# The transformer-vm round trip (docs/ENGINE.md): each artifact exported,
# built into a model by transformer-vm's patched build_model, every program of
# its data/ run on its sparse and naive engines beside transformer-vm's own
# model, traces compared token by token, tokens/s over TVM_REPS repetitions;
# regenerates the tables of docs/ENGINE.md. Exits non-zero on any mismatch.
# Default artifacts: the MILP schedules at 7 layers of the reference graph as
# exported with input ranges (TVM_GRAPH: same gates and names as the shared
# file; the float64 rule of --reuse immediate needs the ranges), one per policy
# in TVM_POLICIES; or name your own: make tvm-roundtrip TVM_ARTIFACTS="a.json b.json"
# (artifacts of TVM_GRAPH).
TVM_REPS      ?= 3
TVM_GRAPH     ?= workloads/tvm-wasm-interpreter.json
TVM_POLICIES  ?= delayed immediate immediate-exact-arith
TVM_ARTIFACTS ?= $(foreach p,$(TVM_POLICIES),out/tvm/milp-$(p).json)
TVM_ROUNDTRIP = $(PYTHON3) integrations/transformer-vm/roundtrip.py --slotproof $(BUILD)/slotproof --graph $(TVM_GRAPH)
tvm-artifacts: cli
ifeq ($(origin TVM_ARTIFACTS),file)
	mkdir -p out/tvm
	for p in $(TVM_POLICIES); do \
	  $(BUILD)/slotproof solve $(TVM_GRAPH) --layers 7 --reuse $$p -q -o out/tvm/milp-$$p.json || exit $$?; done
endif
tvm-roundtrip: tvm-artifacts
	$(TVM_ROUNDTRIP) --reps $(TVM_REPS) --markdown docs/ENGINE.md $(TVM_ARTIFACTS)
# CI's mode: one repetition, the sparse engine, no docs written.
tvm-roundtrip-fast: tvm-artifacts
	$(TVM_ROUNDTRIP) --fast $(TVM_ARTIFACTS)

# Speed benchmarks (print figures), then the real engine: the fast
# transformer-vm round trip (needs .ci/packages-engine.txt; too long for CI).
bench: build
	$(BUILD)/bench_greedy_bench
	$(BUILD)/bench_milp_bench
	$(BUILD)/bench_policy_bench
	$(BUILD)/bench_verify_bench
	$(MAKE) tvm-roundtrip-fast TVM_POLICIES="delayed immediate"

clean:
	rm -rf $(BUILD) out

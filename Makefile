# Entry points; see README.md. Everything builds into build/ with CMake.
BUILD ?= build
JOBS  ?= 2
SUDO  := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
REF   := ../shared/workloads/tvm-wasm-interpreter.json
DEMO  ?= workloads/interp-small.json

PROFILE ?= workloads/profiles/v1.json

.PHONY: all setup build test demo bench bundles check-bundles deltas clean

all: build

# Installs the Debian 12 packages slotproof needs (root, or via sudo).
setup:
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$(cat .ci/packages.txt)

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j$(JOBS)

# The README's test command: every doctest case, registered in CTest.
test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# The main job on a shipped workload: greedy and MILP schedules, both
# verified, with solver cross-checks, into a proof bundle under out/.
demo: build
	$(BUILD)/slotproof info $(DEMO)
	$(BUILD)/slotproof bundle $(DEMO) -o out/demo-bundle
	$(BUILD)/slotproof check-bundle out/demo-bundle

# Regenerates the committed proof bundles (one per workload of the profile).
bundles: build
	$(BUILD)/slotproof bundle-profile $(PROFILE) -o proofs

check-bundles: build
	for d in proofs/*/; do $(BUILD)/slotproof check-bundle $$d || exit $$?; done

# Regenerates docs/DELTAS.md (greedy vs MILP on the profile, measured token rates).
deltas: build
	$(BUILD)/slotproof bench $(PROFILE) -o docs/DELTAS.md

# Speed benchmarks (print figures).
bench: build
	$(BUILD)/bench_greedy_bench
	$(BUILD)/bench_milp_bench
	$(BUILD)/bench_verify_bench

clean:
	rm -rf $(BUILD) out

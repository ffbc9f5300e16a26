# Entry points; see README.md. Everything builds into build/ with CMake.
BUILD ?= build
JOBS  ?= 2
SUDO  := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
REF   := ../shared/workloads/tvm-wasm-interpreter.json
DEMO  ?= workloads/interp-small.json

.PHONY: all setup build test demo bench clean

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

# The main job on a shipped workload: schedule with greedy, then report.
demo: build
	mkdir -p out
	$(BUILD)/slotproof info $(DEMO)
	$(BUILD)/slotproof greedy $(DEMO) -o out/greedy.json

clean:
	rm -rf $(BUILD) out

# Storyscope: `make serve` to explore, `make test` to check everything.
# Every target installs what it needs first, and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

TOOLS_DIR := $(CURDIR)/.tools
export PATH := $(HOME)/.cargo/bin:$(TOOLS_DIR)/node_modules/.bin:$(PATH)
# Trunk runs offline with pinned tools; without this it still asks the network for updates.
export TRUNK_SKIP_VERSION_CHECK := true

# The articles to build the explorer from.
CORPUS ?= corpus/articles
export CORPUS
# Set for GitHub Pages project sites, e.g. PUBLIC_URL=/storyscope/.
PUBLIC_URL ?= /

TRUNK_VERSION := 0.21.14
BINARYEN_VERSION := 132.0.0
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)

.PHONY: all setup tools tools-browser serve build test test-native test-browser lint fmt clean corpus bench bench-ingest eval eval-real fuzz

all: build

## Tools ----------------------------------------------------------------------------------------

tools:
	@rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@"$(TOOLS_DIR)/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version 132" \
	  || npm install --silent --no-save --no-audit --no-fund --prefix "$(TOOLS_DIR)" binaryen@$(BINARYEN_VERSION)

tools-browser:
	@command -v chromium >/dev/null \
	  || { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; }
	@test -d tests/browser/node_modules/playwright-core \
	  || (cd tests/browser && npm ci --silent --no-audit --no-fund)

setup: tools tools-browser

## Build and serve ------------------------------------------------------------------------------

# The release build GitHub Pages serves. Trunk's pre-build hook ingests $(CORPUS) into corpus.json.
build: tools
	trunk build --release --public-url "$(PUBLIC_URL)"

# Serves a release build at http://127.0.0.1:8080 and rebuilds when sources or articles change.
serve: tools
	trunk serve --release --address 127.0.0.1 --port 8080 --dist target/serve

# Just the corpus JSON, for inspection.
corpus:
	cargo run --release --bin storyscope -- ingest "$(CORPUS)" -o target/corpus.json

## Measurements -------------------------------------------------------------------------------

# Page weight, load, interaction latency and memory for the seed corpus and synthetic corpora,
# plus the native benches: target/bench/report.md and report.json.
BENCH_SIZES ?= 1000 10000 100000
bench: tools tools-browser
	@mkdir -p target/bench
	trunk build --release --dist target/bench/seed
	cargo run --quiet --release --bin storyscope -- ingest corpus/articles -o target/bench/seed.corpus.json --quiet
	@for n in $(BENCH_SIZES); do \
	  last=$$(printf '%06d' $$((n - 1))); \
	  [ -f target/bench/synth-$$n/$$last.md ] || cargo run --quiet --release --bin storyscope -- synth --articles $$n --seed 1 -o target/bench/synth-$$n; \
	  CORPUS=target/bench/synth-$$n trunk build --release --dist target/bench/dist-$$n || exit 1; \
	  cargo run --quiet --release --bin storyscope -- ingest target/bench/synth-$$n -o target/bench/dist-$$n.corpus.json --quiet || exit 1; \
	done
	(cargo bench --locked --bench ingest && cargo bench --locked --bench query) 2>/dev/null | tee target/bench/native.txt
	cd tests/bench && node bench.mjs seed=../../target/bench/seed $(foreach n,$(BENCH_SIZES),$(n)=../../target/bench/dist-$(n))

# Ingest throughput (MB/s on one core) on realistic and pathological input.
bench-ingest:
	cargo bench --locked --bench ingest

# Quote extraction and attribution against the hand-labelled seed gold.
eval:
	cargo run --release --bin storyscope -- eval --gold crates/ingest/tests/gold/seeds.json corpus/articles

# Attribution on real news (eval/real): per story, dev and held-out test splits. The texts are not
# in the repository; the gold names each by address and checksum (eval/real/README.md).
eval-real:
	cargo build --quiet --release --bin storyscope
	python3 eval/real/score.py

# Coverage-guided fuzzing (nightly + cargo-fuzz) of ingest, front matter, URL state and the bundle,
# FUZZ_SECONDS each. Crashes land in fuzz/artifacts/; keep each as a regression test.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := ingest_file front_matter url_state bundle
fuzz:
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz
	@for t in $(FUZZ_TARGETS); do \
	  (cd fuzz && cargo +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096) || exit 1; \
	done

## Tests ----------------------------------------------------------------------------------------

test: tools tools-browser
	@bash tests/run-all.sh

test-native:
	cargo test --locked --lib --bins --tests

test-browser: tools tools-browser
	@bash tests/run-all.sh browser

lint:
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -p storyscope-page -- -D warnings

fmt:
	cargo fmt --all

clean:
	rm -rf dist target/serve target/pages-test

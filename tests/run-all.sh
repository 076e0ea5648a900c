#!/usr/bin/env bash
# Runs every suite `make test` owns and ends with one line a CI can read:
#   tests: N passed, N failed
# Suites: formatting and clippy (native and wasm32), native cargo tests, the release build into
# dist/ plus a build under a subpath, and browser tests in headless Chromium against both.
set -uo pipefail
cd "$(dirname "$0")/.."
# A failed `rustc -` probe is cached by cargo and fails every later build (see .ci/run): drop it.
grep -qs '"success":false' target/.rustc_info.json && rm -f target/.rustc_info.json
mode=${1:-all}
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() { printf '\n== %s\n' "$*"; }
check() { # a step that counts as one test
  local name=$1; shift
  step "$name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

if [ "$mode" = all ]; then
  check "rustfmt" cargo fmt --all -- --check
  check "clippy (native)" cargo clippy --locked --all-targets -- -D warnings
  check "clippy (wasm32)" cargo clippy --locked --target wasm32-unknown-unknown -p storyscope-page -- -D warnings

  step "cargo test"
  cargo test --locked --lib --bins --tests 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  p=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed/) s += $i } END { print s + 0 }' "$log")
  f=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed/) s += $i } END { print s + 0 }' "$log")
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); echo "FAILED: cargo test exited $rc"; fi
fi

check "release build (dist/)" trunk build --release
check "seed build within its gzip budget" node tests/budget.mjs dist
check "release build under /storyscope/" trunk build --release --public-url /storyscope/ --dist target/pages-test/storyscope
synth() {
  [ -f target/synth-10k/009999.md ] || cargo run --quiet --release --bin storyscope -- synth --articles 10000 --seed 1 -o target/synth-10k
  CORPUS=target/synth-10k trunk build --release --dist target/synth-dist &&
  # The same corpus as JSON, for the browser test to pick speakers and outlets from.
  cargo run --quiet --release --bin storyscope -- ingest target/synth-10k -o target/synth-corpus.json --quiet
}
check "release build of a synthetic 10k-article corpus" synth
check "release build of the hostile-input fixture" env CORPUS=tests/fixtures/hostile/articles trunk build --release --dist target/hostile-dist

large_files() { # a 50 MB article and a 1 MB single line: ingested, in bounded memory
  python3 - <<'PY'
import resource, subprocess, sys, tempfile
with tempfile.TemporaryDirectory() as d:
    s = "\u201cWe will not yield,\u201d said Mayor Ann Berg. Officials said talks would resume.\n\n"
    open(f"{d}/big.txt", "w").write(s * (50_000_000 // len(s.encode())))
    line = "and the talks went on with \u201cmore words\u201d said the aide "
    open(f"{d}/line.txt", "w").write(line * (1_000_000 // len(line)))
    r = subprocess.run(["target/release/storyscope", "ingest", d, "-o", f"{d}/out.json", "--quiet"])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"exit {r.returncode}, peak RSS {peak} KB")
    sys.exit(0 if r.returncode == 0 and peak < 2_000_000 else 1)
PY
}
check "50 MB article and 1 MB line ingested in bounded memory" large_files

step "browser tests (headless Chromium)"
(cd tests/browser && node --test --test-concurrency=1 --test-reporter=tap .) 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
p=$(awk '/^# pass / { print $3 }' "$log" | tail -n 1)
f=$(awk '/^# fail / { print $3 }' "$log" | tail -n 1)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then failed=$((failed + 1)); echo "FAILED: browser tests exited $rc"; fi

echo
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Runs every Credence test suite: builds once, then runs all test projects.
# Works on a fresh Debian machine with the .NET SDK: installs or starts what the suites need
# (a throwaway PostgreSQL server on loopback, the npm interop harness, Debian's Chromium).
# With CI=true a missing prerequisite fails the run instead of skipping a suite.
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
results_dir="artifacts/test-results"
ci="${CI:-false}"
rm -rf "$results_dir"
mkdir -p "$results_dir"

prerequisite_missing() {
  if [ "$ci" = "true" ]; then
    echo "test.sh: $1 (CI=true: a missing prerequisite fails the run)" >&2
    exit 1
  fi
  echo "test.sh: WARNING: $1; the suites that need it will skip" >&2
}

# PostgreSQL: persistence and web integration tests run against it as well as SQLite.
export CREDENCE_TEST_POSTGRES_DIR="${CREDENCE_TEST_POSTGRES_DIR:-$(mktemp -d -t credence-pg.XXXXXX)}"
cleanup() { scripts/test-postgres.sh stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
echo "==> Starting a throwaway PostgreSQL server on loopback"
if connection=$(scripts/test-postgres.sh start); then
  export CREDENCE_TEST_POSTGRES="$connection"
else
  prerequisite_missing "PostgreSQL could not be started"
fi

# Node.js interop harness: credentials signed here are verified by the JavaScript verifiers and back.
echo "==> Installing the npm interop harness"
if ! command -v npm >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm) || true
fi
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if [ ! -d tests/interop/node_modules ] || [ tests/interop/package-lock.json -nt tests/interop/node_modules/.package-lock.json ]; then
    (cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export CREDENCE_INTEROP_HARNESS="$PWD/tests/interop/harness.mjs"
else
  prerequisite_missing "Node.js and npm are not installed (apt-get install nodejs npm)"
fi

# Chromium: the browser tests drive Debian's chromium through Playwright (never `playwright install`).
echo "==> Checking for Chromium"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) \
      || prerequisite_missing "Debian's chromium could not be installed (apt-get install -y chromium)"
  else
    prerequisite_missing "Debian's chromium is not installed (apt-get install -y chromium)"
  fi
fi

echo "==> Building (warnings are errors)"
dotnet build Credence.slnx -c "$configuration" -nologo -clp:ErrorsOnly

echo "==> Running tests"
set +e
dotnet test Credence.slnx -c "$configuration" --no-build -nologo \
  --logger "trx" --results-directory "$results_dir" -- RunConfiguration.TreatNoTestsAsError=false
test_exit=$?
set -e

passed=0; failed=0; skipped=0
for trx in "$results_dir"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done

if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $test_exit without reporting a failed test" >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]

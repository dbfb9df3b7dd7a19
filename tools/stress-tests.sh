#!/usr/bin/env bash
# Runs the test suite again and again while two busy loops load the CPU, to show that no test
# depends on timing: every run must pass. A flake found here is a bug to fix, not to retry.
#
# usage: tools/stress-tests.sh [RUNS] [dotnet test arguments...]
#   tools/stress-tests.sh 20                                  # the whole suite, 20 times
#   tools/stress-tests.sh 20 tests/ClayGen.Tests              # one project
set -uo pipefail
cd "$(dirname "$0")/.."

runs="${1:-20}"
shift || true
target=("$@")
if [ ${#target[@]} -eq 0 ]; then
  target=(ClayGen.sln)
fi

mkdir -p artifacts
dotnet build "${target[0]}" -c Debug -warnaserror -v quiet --nologo || exit 1

# Two busy loops, one per core of the reference machine; stopped however this script ends.
busy=()
for _ in 1 2; do
  ( while :; do :; done ) &
  busy+=($!)
done
trap 'kill "${busy[@]}" 2>/dev/null' EXIT

echo "testing $(git rev-parse --short HEAD 2>/dev/null || echo 'an unversioned tree') under two busy loops, $runs runs"
failed=0
for i in $(seq 1 "$runs"); do
  started=$SECONDS
  if dotnet test "${target[@]}" --no-build --nologo -v quiet > "artifacts/stress-run-$i.log" 2>&1; then
    echo "run $i/$runs: passed in $((SECONDS - started)) s"
  else
    failed=$((failed + 1))
    echo "run $i/$runs: FAILED in $((SECONDS - started)) s (artifacts/stress-run-$i.log)"
    grep -E "^\s+Failed " "artifacts/stress-run-$i.log" | head -20
  fi
done

echo "$((runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]

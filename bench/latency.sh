#!/usr/bin/env bash
# Latency under load, as `make test` used to assert it: runs the two tests that measure it
# (the debug build `make test` uses, not the release build) and prints their figures, each
# with the peer figure of the same run (the same requests without the load) and whether
# p99 is within the bound the test once held:
#   SignInFloodTests: GET /healthz during a sign-in flood, p99 under 50 ms;
#   ServerSlowBodyLoadTests: another client's writes while 1,000 connections send slow
#     bodies, p99 under 1 s.
# The tests assert what does not depend on the machine's speed (every write succeeds, the
# person signs in, memory stays bounded); how fast answers come does, so the bound lives
# here, for a quiet machine. It reports; it asserts nothing.
# Usage: bench/latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --build-tests >&2
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
swift test --skip-build --filter 'SignInFloodTests|ServerSlowBodyLoadTests' >"$out" 2>&1 || { cat "$out"; echo "the tests failed (see above)"; exit 1; }
grep -h "latency figure" "$out" | sed 's/^.*latency figure: //'

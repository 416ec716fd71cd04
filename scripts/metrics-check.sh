#!/usr/bin/env bash
# /metrics as Prometheus reads it: starts the server on a free port with a fresh database
# and the demo data, sends a few requests, scrapes /metrics and runs `promtool check
# metrics` on it (Debian's `prometheus` package has promtool; installed when missing and
# we are root, else a skip that says so, not a pass). Also checks that every sample is
# in the one namespace (`catalogus_`) or a standard `process_` metric.
# CATALOGUS_BIN picks the binary (default .build/debug/catalogus, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v promtool >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null) >&2
  fi
fi
command -v promtool >/dev/null 2>&1 || { echo "metrics-check: SKIPPED — promtool is missing (apt-get install prometheus)" >&2; exit 0; }
bin=${CATALOGUS_BIN:-.build/debug/catalogus}
[ -x "$bin" ] || swift build
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" seed --demo --db "$work/db.sqlite" >/dev/null
CATALOGUS_COMMIT=metrics-check "$bin" serve --db "$work/db.sqlite" --port 0 --no-access-log --public-metrics 2>"$work/log" &
pid=$!
for _ in $(seq 1 600); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/log")
  [ -n "$port" ] || ! kill -0 "$pid" 2>/dev/null && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/log"; echo "server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"
for path in /healthz /api/v1/activities /api/v1/prices?year=2026 /api/v1/no-such-thing; do
  curl -s -o /dev/null "$base$path"
done
curl -sf "$base/metrics" -o "$work/metrics"
failures=0
if promtool check metrics <"$work/metrics"; then echo "ok   promtool check metrics: clean"; else echo "FAIL promtool check metrics"; failures=1; fi
outside=$(grep -v '^#' "$work/metrics" | grep -v -E '^(catalogus_|process_)' || true)
if [ -z "$outside" ]; then echo "ok   every sample is catalogus_* or process_*"; else echo "FAIL samples outside the namespace: $outside"; failures=1; fi
for name in process_cpu_seconds_total process_resident_memory_bytes process_open_fds process_max_fds process_start_time_seconds; do
  if grep -q "^$name " "$work/metrics"; then echo "ok   $name"; else echo "FAIL $name missing"; failures=1; fi
done
if grep -q '^catalogus_build_info{version="[^"]*",commit="metrics-check"} 1$' "$work/metrics"; then echo "ok   catalogus_build_info"; else echo "FAIL catalogus_build_info"; failures=1; fi
if grep -q '^catalogus_http_request_duration_seconds_count{method="GET",route="/healthz"} ' "$work/metrics"; then
  echo "ok   latency by method and route"; else echo "FAIL latency by method and route"; failures=1; fi
echo "metrics-check: $failures failure(s)"
exit $failures

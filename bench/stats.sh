#!/usr/bin/env bash
# Statistics benchmark: how the statistics reads scale with the number of registrations.
# Two databases in the same run — the demo catalogue plus `seed --synthetic 10000`, and the
# demo catalogue plus `seed --synthetic 1000000` — each served by the release build on
# loopback. wrk (viewer token) on
#   GET /api/v1/stats/municipalities/midden-drenthe?year=2024
#   GET /api/v1/stats/overview?year=2024
#   GET /api/v1/stats/municipalities/midden-drenthe/explain?year=2024&figure=platform_participants (first page;
#       a figure that is much of the year: read by date) and …&figure=ido_office_hours (little of it: by activity)
# prints requests/s and p99 for both sizes and the ratio 10k / 1M; then times a bulk import
# of 10,000 CSV rows (POST /api/v1/registrations/bulk) into each database.
# It reports; it asserts nothing. Usage: bench/stats.sh [seconds per wrk run, default 10]
# Env: BENCH_CONNECTIONS (default 64), BENCH_THREADS (wrk threads, default 2),
#      BENCH_SCRATCH (SwiftPM scratch path of the release build, default .build-bench),
#      BENCH_SIZES (default "10000 1000000").
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
SCRATCH=${BENCH_SCRATCH:-.build-bench}
SIZES=(${BENCH_SIZES:-10000 1000000})
BIN=$SCRATCH/release/catalogus

for tool in wrk curl python3; do
  command -v $tool >/dev/null 2>&1 || {
    [ "$(id -u)" -eq 0 ] || { echo "bench needs $tool: apt-get install wrk curl python3" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk curl python3 >/dev/null
  }
done

# The release build, skipped when no source is newer than the binary.
if [ ! -x "$BIN" ] || [ -n "$(find Package.swift Sources -newer "$BIN" -type f -print -quit)" ]; then
  echo "building catalogus (release)…" >&2
  swift build -c release --scratch-path "$SCRATCH" --product catalogus >&2
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

report_path="/api/v1/stats/municipalities/midden-drenthe?year=2024"
overview_path="/api/v1/stats/overview?year=2024"
explain_path="/api/v1/stats/municipalities/midden-drenthe/explain?year=2024&figure=platform_participants"
sparse_path="/api/v1/stats/municipalities/midden-drenthe/explain?year=2024&figure=ido_office_hours"
declare -A paths=([report]=$report_path [overview]=$overview_path [explain]=$explain_path [explain-sparse]=$sparse_path)
names=(report overview explain explain-sparse)

# 10,000 valid CSV rows: Midden-Drenthe, 2024, spread over months, days and branches.
python3 - "$work/bulk.csv" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write("activity,municipality,location,date,participants\n")
    for n in range(1, 10001):
        f.write(f"koffieochtend,midden-drenthe,{n % 3 + 1},2024-{n % 12 + 1:02d}-{n % 28 + 1:02d},{n % 40}\n")
EOF

run_wrk() { # url token → "requests_per_second p99"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $2" "$1" >"$work/wrk.out"
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
  grep -q 'Non-2xx' "$work/wrk.out" && echo "WARNING: non-2xx answers from $1" >&2
  echo "$rps $p99"
}

declare -A rps p99 seed_line bulk_seconds rows
for size in "${SIZES[@]}"; do
  db="$work/stats-$size.sqlite"
  "$BIN" seed --demo --synthetic "$size" --db "$db" >"$work/seed-$size.log" 2>&1 || { cat "$work/seed-$size.log"; exit 1; }
  seed_line[$size]=$(grep 'synthetic registrations' "$work/seed-$size.log")
  viewer=$("$BIN" token create --role viewer --name "bench-viewer" --db "$db" 2>/dev/null)
  staff=$("$BIN" token create --role staff --name "bench-staff" --db "$db" 2>/dev/null)

  # The log exists before the server starts, so that polling it cannot race the redirection.
  : >"$work/serve-$size.log"
  # The representation cache off: with it every read after the first is a copy of bytes,
  # and the figures would say nothing about how the statistics queries scale.
  "$BIN" serve --max-connections-per-client 100000 --db "$db" --port 0 --no-access-log --rate-limit 0 --cache-mb 0 2>>"$work/serve-$size.log" &
  pids+=($!)
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/serve-$size.log"); [ -n "$port" ] && break; sleep 0.1
  done
  [ -n "$port" ] || { cat "$work/serve-$size.log"; exit 1; }
  base="http://127.0.0.1:$port"
  for path in "${paths[@]}"; do
    curl -sf -o /dev/null -H "Authorization: Bearer $viewer" "$base$path" || { echo "GET $path failed on $size" >&2; exit 1; }
  done
  rows[$size]=$(curl -sf -H "Authorization: Bearer $viewer" "$base/api/v1/stats/timeseries?interval=year&from=2015-01-01&to=2024-12-31" |
    python3 -c 'import json,sys; print(sum(p["value"] for p in json.load(sys.stdin)["items"]))')

  for name in "${names[@]}"; do
    path=${paths[$name]}
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "Authorization: Bearer $viewer" "$base$path" >/dev/null  # warm-up
    read -r r p < <(run_wrk "$base$path" "$viewer")
    rps[$name-$size]=$r; p99[$name-$size]=$p
  done

  # Bulk import last, so that the reads above ran on exactly demo + N registrations.
  status=$(curl -s -o "$work/bulk-$size.json" -w '%{http_code} %{time_total}' -X POST -H "Authorization: Bearer $staff" \
    -H 'Content-Type: text/csv' --data-binary @"$work/bulk.csv" "$base/api/v1/registrations/bulk")
  [ "${status%% *}" = 201 ] || { echo "bulk import on $size answered ${status%% *}: $(head -c 300 "$work/bulk-$size.json")" >&2; }
  bulk_seconds[$size]=${status##* }
  kill "${pids[-1]}" 2>/dev/null || true
  wait "${pids[-1]}" 2>/dev/null || true
done

ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
small=${SIZES[0]}; large=${SIZES[-1]}
echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s each, viewer token, release build, loopback ($(nproc) cores):"
for size in "${SIZES[@]}"; do echo "  seed: ${seed_line[$size]}"; done
printf '  %-58s %14s %12s %10s\n' endpoint registrations req/s p99
for name in "${names[@]}"; do
  path=${paths[$name]}
  for size in "${SIZES[@]}"; do
    printf '  %-58s %14s %12s %10s\n' "$path" "${rows[$size]}" "${rps[$name-$size]}" "${p99[$name-$size]}"
    path=""
  done
done
if [ "$small" != "$large" ]; then
  echo "  ratio $small / $large (req/s): report $(ratio "${rps[report-$small]}" "${rps[report-$large]}"), overview $(ratio "${rps[overview-$small]}" "${rps[overview-$large]}")"
fi
for size in "${SIZES[@]}"; do
  echo "  bulk import of 10,000 CSV rows into demo + $size: ${bulk_seconds[$size]} s (curl time_total, request to last byte)"
done

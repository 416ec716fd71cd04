#!/bin/bash
# A/B benchmark of two catalogus builds: wrk on loopback against both, on the same demo
# database, endpoint by endpoint, alternating A and B twice so that a load spike of the
# shared machine hits both. Prints requests/s and CPU per request of each and B / A.
# Asserts nothing. Usage: BENCH_A=path/to/catalogus BENCH_B=path/to/catalogus bench/ab.sh [seconds]
# (BENCH_PATHS="/a /b" measures only those paths)
# (release builds, e.g. a snapshot of the previous commit against this checkout's).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-5}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
A=${BENCH_A:?BENCH_A=path of the first catalogus binary}
B=${BENCH_B:?BENCH_B=path of the second catalogus binary}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  for pid in "${a_pid:-}" "${b_pid:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

"$A" seed --demo --db "$work/a.sqlite" >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; exit 1; }
cp "$work/a.sqlite" "$work/b.sqlite"

start() { # binary db log → pid, then the port in $port
  "$1" serve --max-connections-per-client 100000 --db "$2" --port 0 --no-access-log --rate-limit 0 2>"$3" &
  started_pid=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$3" 2>/dev/null); [ -n "$port" ] && break; sleep 0.1
  done
  [ -n "$port" ] || { cat "$3"; exit 1; }
}
start "$A" "$work/a.sqlite" "$work/a.log"; a_pid=$started_pid; a_port=$port
start "$B" "$work/b.sqlite" "$work/b.log"; b_pid=$started_pid; b_port=$port

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run_wrk() { # pid url → "requests_per_second cpu_microseconds_per_request"
  local before after rps requests
  before=$(cpu_ticks "$1")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "$2" >"$work/wrk.out"
  after=$(cpu_ticks "$1")
  grep -q 'Non-2xx' "$work/wrk.out" && echo "WARNING: non-2xx answers from $2" >&2
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
  awk -v r="$rps" -v n="$requests" -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%s %.0f\n", r, (n > 0 ? t * 1e6 / hz / n : 0) }'
}

printf '%-42s %12s %12s %10s %10s %8s %8s\n' endpoint "A req/s" "B req/s" "A us/req" "B us/req" "B/A rps" "A/B cpu"
for path in ${BENCH_PATHS:-/healthz "/api/v1/activities?limit=50" /api/v1/activities/1 "/api/v1/municipalities?limit=50" \
            "/api/v1/prices?year=2026&limit=50" /api/v1/programmes /openapi.json}; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d1s "http://127.0.0.1:$a_port$path" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d1s "http://127.0.0.1:$b_port$path" >/dev/null
  ar=0; br=0; ac=0; bc=0
  for _ in 1 2; do
    read -r r c < <(run_wrk "$a_pid" "http://127.0.0.1:$a_port$path"); ar=$(awk -v x="$ar" -v y="$r" 'BEGIN{print x+y}'); ac=$((ac + c))
    read -r r c < <(run_wrk "$b_pid" "http://127.0.0.1:$b_port$path"); br=$(awk -v x="$br" -v y="$r" 'BEGIN{print x+y}'); bc=$((bc + c))
  done
  awk -v p="$path" -v ar="$ar" -v br="$br" -v ac="$ac" -v bc="$bc" 'BEGIN {
    printf "%-42s %12.0f %12.0f %10.0f %10.0f %8.2f %8.2f\n", p, ar / 2, br / 2, ac / 2, bc / 2, (ar > 0 ? br / ar : 0), (bc > 0 ? ac / bc : 0) }'
done
echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per run, A and B alternating twice, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

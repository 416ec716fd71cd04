#!/usr/bin/env bash
# Catalogue benchmark: wrk on loopback against the release build's two catalogue reads,
# GET /api/v1/activities?limit=50 and GET /api/v1/activities/1, with the representation
# cache on (the default) and off (--cache-mb 0, a second server on the same file), plus
# GET /healthz in the same run, and against a Hummingbird 2 server (bench/hummingbird-peer)
# serving the same SQL from the same SQLite file with Foundation's JSONEncoder. Prints
# requests/s, p99, each server's CPU time per request, and the ratios: cache on / off,
# catalogus / peer, and list ÷ /healthz.
# It reports; it asserts nothing. Usage: bench/catalogue.sh [seconds per run, default 10]
# Env: BENCH_CONNECTIONS (default 64), BENCH_THREADS (wrk threads, default 2),
# CATALOGUS_BIN (a catalogus binary to use instead of building this checkout).
# The peer needs Hummingbird's sources from its registry: where they cannot be fetched
# the peer's rows say so and the rest still runs.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
PEER=bench/hummingbird-peer
OURS_BIN=${CATALOGUS_BIN:-.build-bench/release/catalogus}
PEER_BIN=$PEER/.build-peer/release/HummingbirdPeer

for tool in wrk curl python3; do
  command -v $tool >/dev/null 2>&1 || {
    [ "$(id -u)" -eq 0 ] || { echo "bench needs $tool: apt-get install wrk curl" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk curl >/dev/null
  }
done

# Release builds, each in a scratch folder of its own; skipped when no source is newer
# than the binary. The first Hummingbird build takes minutes on two cores.
stale() { # binary, then the paths whose files it is built from
  local binary=$1; shift
  [ ! -x "$binary" ] || [ -n "$(find "$@" -newer "$binary" -type f -print -quit)" ]
}
if [ -z "${CATALOGUS_BIN:-}" ] && stale "$OURS_BIN" Package.swift Sources; then
  echo "building catalogus (release)…" >&2
  swift build -c release --scratch-path .build-bench --product catalogus >&2
fi
if stale "$PEER_BIN" $PEER/Package.swift $PEER/Sources; then
  echo "building the Hummingbird peer (release)…" >&2
  (cd $PEER && swift build -c release --scratch-path .build-peer >&2) || echo "the Hummingbird peer did not build: no peer rows" >&2
fi
have_peer=false; [ -x "$PEER_BIN" ] && have_peer=true

work=$(mktemp -d)
cleanup() {
  for pid in "${ours_pid:-}" "${off_pid:-}" "${peer_pid:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

db="$work/catalogue.sqlite"
"$OURS_BIN" seed --demo --db "$db" >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; exit 1; }

start_ours() { # log file, extra options → sets $started_pid and $started_url
  "$OURS_BIN" serve --max-connections-per-client 100000 --db "$db" --port 0 --no-access-log --rate-limit 0 --public-metrics "${@:2}" 2>"$1" &
  started_pid=$!
  local port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$1" 2>/dev/null); [ -n "$port" ] && break; sleep 0.1
  done
  [ -n "$port" ] || { cat "$1"; exit 1; }
  started_url="http://127.0.0.1:$port"
}
# Ours: default workers (one loop per core), access log and rate limit off, /metrics
# without a token (for the cache's counters); the cache at
# its default, and a second server with it off. Only one of them is under load at a time.
start_ours "$work/ours.log"; ours_pid=$started_pid; ours=$started_url
start_ours "$work/off.log" --cache-mb 0; off_pid=$started_pid; off=$started_url

# The peer as it is: Hummingbird's defaults, one event loop per core.
if $have_peer; then
  peer_port=$(free_port)
  "$PEER_BIN" --db "$db" --port "$peer_port" >"$work/peer.log" 2>&1 &
  peer_pid=$!
  peer="http://127.0.0.1:$peer_port"
  for _ in $(seq 1 100); do curl -sf -o /dev/null "$peer/api/v1/activities/1" && break; sleep 0.1; done
  curl -sf -o /dev/null "$peer/api/v1/activities/1" || { cat "$work/peer.log"; exit 1; }
fi

list_path="/api/v1/activities?limit=50"
one_path="/api/v1/activities/1"

# Same answers before timing: the same ids in the same order, and the same activity; the
# cache on and off give the same bytes.
ids() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(str(i["id"]) for i in d["items"]), d["next_cursor"])'; }
one() { python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))'; }
for path in "$list_path" "$one_path"; do
  [ "$(curl -sf "$ours$path" | sha256sum)" = "$(curl -sf "$off$path" | sha256sum)" ] \
    || echo "WARNING: $path differs between the cache on and off" >&2
done
if $have_peer; then
  ours_ids=$(curl -sf "$ours$list_path" | ids)
  peer_ids=$(curl -sf "$peer$list_path" | ids)
  if [ "$ours_ids" != "$peer_ids" ]; then
    echo "WARNING: the list differs; catalogus: [$ours_ids]; peer: [$peer_ids]" >&2
  fi
  if [ "$(curl -sf "$ours$one_path" | one)" != "$(curl -sf "$peer$one_path" | one)" ]; then
    echo "WARNING: $one_path differs between catalogus and the peer" >&2
  fi
  peer_list_bytes=$(curl -sf "$peer$list_path" | wc -c)
fi
list_bytes=$(curl -sf "$ours$list_path" | wc -c)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process

run_wrk() { # pid url → "requests_per_second p99 cpu_microseconds_per_request"
  local before after rps p99 requests
  before=$(cpu_ticks "$1")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2" >"$work/wrk.out"
  after=$(cpu_ticks "$1")
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
  grep -q 'Non-2xx' "$work/wrk.out" && echo "WARNING: non-2xx answers from $2" >&2
  echo "$rps $p99 $(( (after - before) * 1000000 / $(getconf CLK_TCK) / requests ))"
}
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "$1" >/dev/null; }

bases="$ours $off"; $have_peer && bases="$bases $peer"
for base in $bases; do warm "$base$list_path"; warm "$base$one_path"; done
warm "$ours/healthz"
read -r health_rps health_p99 health_cpu < <(run_wrk "$ours_pid" "$ours/healthz")
read -r ours_list_rps ours_list_p99 ours_list_cpu < <(run_wrk "$ours_pid" "$ours$list_path")
read -r off_list_rps off_list_p99 off_list_cpu < <(run_wrk "$off_pid" "$off$list_path")
if $have_peer; then read -r peer_list_rps peer_list_p99 peer_list_cpu < <(run_wrk "$peer_pid" "$peer$list_path"); fi
read -r ours_one_rps ours_one_p99 ours_one_cpu < <(run_wrk "$ours_pid" "$ours$one_path")
read -r off_one_rps off_one_p99 off_one_cpu < <(run_wrk "$off_pid" "$off$one_path")
if $have_peer; then read -r peer_one_rps peer_one_p99 peer_one_cpu < <(run_wrk "$peer_pid" "$peer$one_path"); fi
hits=$(curl -sf "$ours/metrics" 2>/dev/null | awk '/^catalogus_cache_hits_total/ {print $2}' || true)
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s each, same run, same SQLite file ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)):"
row() { printf '  %-30s %-22s %10s %10s %14s\n' "$@"; }
row endpoint server req/s p99 "server CPU/req"
row "/healthz" catalogus "$health_rps" "$health_p99" "${health_cpu} us"
row "$list_path" "catalogus" "$ours_list_rps" "$ours_list_p99" "${ours_list_cpu} us"
row "" "catalogus, cache off" "$off_list_rps" "$off_list_p99" "${off_list_cpu} us"
$have_peer && row "" "hummingbird peer" "$peer_list_rps" "$peer_list_p99" "${peer_list_cpu} us"
row "$one_path" "catalogus" "$ours_one_rps" "$ours_one_p99" "${ours_one_cpu} us"
row "" "catalogus, cache off" "$off_one_rps" "$off_one_p99" "${off_one_cpu} us"
$have_peer && row "" "hummingbird peer" "$peer_one_rps" "$peer_one_p99" "${peer_one_cpu} us"
echo "  list ÷ /healthz, req/s: $(ratio "$ours_list_rps" "$health_rps");" \
     "cache on / off, req/s: list $(ratio "$ours_list_rps" "$off_list_rps"), one $(ratio "$ours_one_rps" "$off_one_rps");" \
     "CPU per request, off / on: list $(ratio "$off_list_cpu" "$ours_list_cpu"), one $(ratio "$off_one_cpu" "$ours_one_cpu")"
if $have_peer; then
  echo "  catalogus / peer, req/s: list $(ratio "$ours_list_rps" "$peer_list_rps"), one $(ratio "$ours_one_rps" "$peer_one_rps");" \
       "peer / catalogus, CPU per request: list $(ratio "$peer_list_cpu" "$ours_list_cpu"), one $(ratio "$peer_one_cpu" "$ours_one_cpu")"
  echo "  List body: catalogus $list_bytes bytes, peer $peer_list_bytes."
else
  echo "  (no Hummingbird peer in this run: it did not build.) List body: $list_bytes bytes."
fi
echo "  cache hits on the cached server over the whole run: ${hits:-?}."
echo "  (CPU per request is the server's user + system time over the requests wrk completed: less"
echo "   sensitive than req/s to other work on the machine.)"

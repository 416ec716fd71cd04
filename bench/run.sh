#!/usr/bin/env bash
# HTTP server benchmark: wrk on loopback against the release build's /healthz and, in
# the same run, against nginx (one worker) returning a fixed 200. Prints requests/s,
# p99, CPU time per request and the ratios, then the server's resident memory with
# the representation cache full and 10,000 idle connections. The two servers alternate
# twice (ours, nginx, ours, nginx) so that a load spike of the shared machine hits both; the figures are the means.
# It reports; it asserts nothing. Usage: bench/run.sh [seconds per run, default 10]
# (CATALOGUS_BIN=path measures another build; BENCH_WORKERS=1 gives catalogus one loop, as nginx has)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
WORKERS=${BENCH_WORKERS:-2}

for tool in wrk nginx python3; do
  command -v $tool >/dev/null 2>&1 || {
    [ "$(id -u)" -eq 0 ] || { echo "bench needs $tool: apt-get install wrk nginx-light" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
  }
done
BIN=${CATALOGUS_BIN:-.build/release/catalogus}
[ -x "$BIN" ] || swift build -c release

work=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -n "${idle_pid:-}" ] && kill "$idle_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Our server, release build, access log off (nginx's is off too); the demo data, so that
# the memory figure below can be taken with the representation cache full.
CATALOGUS_MIGRATIONS=migrations "$BIN" seed --demo --db "$work/bench.sqlite" >"$work/seed.log" 2>&1 \
  || { cat "$work/seed.log"; exit 1; }
"$BIN" serve --max-connections-per-client 100000 --migrations migrations --db "$work/bench.sqlite" --port 0 --workers "$WORKERS" \
  --no-access-log --rate-limit 0 --public-metrics 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/server.log" 2>/dev/null); [ -n "$port" ] && break; sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/server.log"; exit 1; }

# nginx, one worker, a fixed 200 on /healthz.
nginx_port=$(free_port)
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 20000; }
http {
  access_log off;
  client_body_temp_path $work; proxy_temp_path $work; fastcgi_temp_path $work; uwsgi_temp_path $work; scgi_temp_path $work;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /healthz { default_type application/json; return 200 '{"status":"ok"}'; }
  }
}
CONF
nginx -c "$work/nginx.conf"

# CPU time (user + system) of a process and of its threads or worker children, in ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
run_wrk() { # pid url → "requests_per_second p99 cpu_microseconds_per_request"
  local before after
  before=$(cpu_ticks "$1")
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2" >"$work/wrk.out"
  after=$(cpu_ticks "$1")
  grep -q 'Non-2xx' "$work/wrk.out" && echo "WARNING: non-2xx answers from $2" >&2
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /^Requests\/sec:/ { rps = $2 } $1 == "99%" { p99 = $2 } /requests in/ { n = $1 }
    END { printf "%s %s %.1f\n", rps, p99, (n > 0 ? t * 1e6 / hz / n : 0) }' "$work/wrk.out"
}

nginx_worker=$(pgrep -P "$(cat "$work/nginx.pid")" | head -1)
wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$port/healthz" >/dev/null   # warm-up
wrk -t2 -c"$CONNECTIONS" -d2s "http://127.0.0.1:$nginx_port/healthz" >/dev/null
results=()
for _ in 1 2; do
  results+=("ours $(run_wrk "$server_pid" "http://127.0.0.1:$port/healthz")")
  results+=("nginx $(run_wrk "$nginx_worker" "http://127.0.0.1:$nginx_port/healthz")")
done

echo "GET /healthz, wrk -t2 -c$CONNECTIONS, ${DURATION}s per run, alternating twice, same run, $(nproc) cores:"
printf '%s\n' "${results[@]}" | awk -v workers="$WORKERS" '
  { rps[$1] += $2 / 2; cpu[$1] += $4 / 2; p99[$1] = p99[$1] " " $3 }
  END {
    printf "  %-24s %10.0f req/s %7.1f us CPU/req   p99%s\n", "catalogus (" workers " loops)", rps["ours"], cpu["ours"], p99["ours"]
    printf "  %-24s %10.0f req/s %7.1f us CPU/req   p99%s\n", "nginx (1 worker)", rps["nginx"], cpu["nginx"], p99["nginx"]
    printf "  catalogus / nginx = %.0f %% of the requests/s; nginx / catalogus = %.2f of the CPU per request\n",
      100 * rps["ours"] / rps["nginx"], cpu["nginx"] / cpu["ours"] }'
echo "  (load $(cut -d' ' -f1 /proc/loadavg))"

# Memory with the representation cache full (--cache-mb, default 64) and 10,000 idle
# keep-alive connections (a separate client process).
rss_empty=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)
python3 bench/cache_fill.py "$port" || true
rss_before=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)
echo "Memory: server RSS ${rss_empty} KiB before filling the cache, ${rss_before} KiB with it full"
python3 bench/idle_connections.py "$port" 10000 "$work/idle.ready" &
idle_pid=$!
for _ in $(seq 1 300); do [ -f "$work/idle.ready" ] && break; sleep 0.1; done
sleep 1
rss_idle=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status)
open=$(curl -s "http://127.0.0.1:$port/metrics" | awk '$1 == "catalogus_http_open_connections" {print $2}')
start=$(date +%s%N)
for _ in $(seq 1 20); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; done
per_request_ms=$(( ($(date +%s%N) - start) / 20 / 1000000 ))
echo "Idle connections: $open open; server RSS ${rss_before} KiB before (cache full), ${rss_idle} KiB with them;" \
     "a fresh client meanwhile got /healthz in ${per_request_ms} ms on average (curl, incl. process start)"

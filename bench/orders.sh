#!/usr/bin/env bash
# Order benchmark: wrk on loopback POSTs orders of ten lines (midden-drenthe, 2026) to the
# release build with an admin token, then counts the orders in the database and holds
# them against the 201s wrk received. Prints orders/s, p99 and both counts. It reports;
# it asserts nothing (the exit status is 0 unless a step fails to run).
# Usage: bench/orders.sh [seconds, default 10]
# Env: BENCH_CONNECTIONS (default 16), BENCH_THREADS (wrk threads, default 2),
#      CATALOGUS_BIN (a catalogus binary to use instead of building .build/release/catalogus).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}

for tool in wrk curl python3; do
  command -v $tool >/dev/null 2>&1 || {
    [ "$(id -u)" -eq 0 ] || { echo "bench needs $tool: apt-get install wrk curl python3" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk curl python3 >/dev/null
  }
done

if [ -n "${CATALOGUS_BIN:-}" ]; then
  BIN=$CATALOGUS_BIN
else
  echo "building catalogus (release)…" >&2
  swift build -c release --product catalogus >&2
  BIN="$(swift build -c release --show-bin-path)/catalogus"
fi
[ -x "$BIN" ] || { echo "no executable at $BIN" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

db="$work/orders.sqlite"
"$BIN" seed --demo --db "$db" --migrations migrations >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; exit 1; }
token=$("$BIN" token create --role admin --name bench-orders --db "$db" --migrations migrations 2>/dev/null)

# Loopback only (127.0.0.1 is the default host); default workers, no access log, no rate limit.
"$BIN" serve --max-connections-per-client 100000 --db "$db" --migrations migrations --host 127.0.0.1 --port 0 --no-access-log --rate-limit 0 2>"$work/serve.log" &
server_pid=$!
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/serve.log"); [ -n "$port" ] && break; sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/serve.log"; exit 1; }
base="http://127.0.0.1:$port"

# Counts orders with a read-only connection beside the running server (WAL allows it).
count_orders() {
  python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=10)
print(db.execute("SELECT count(*) FROM purchase_order").fetchone()[0])
PY
}

# One order by hand first: the body is accepted and priced as expected.
check=$(curl -s -o "$work/first.json" -w '%{http_code}' -X POST "$base/api/v1/orders" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data '{"municipality": "midden-drenthe", "year": 2026, "lines": [{"activity": 1, "quantity": 1}]}')
[ "$check" = 201 ] || { echo "a first order was answered $check: $(cat "$work/first.json")" >&2; exit 1; }

export CATALOGUS_TOKEN=$token
wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s bench/orders.lua "$base" >/dev/null   # warm-up
before=$(count_orders)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/orders.lua "$base" >"$work/wrk.out"
sleep 0.5   # let requests that wrk gave up on at the end finish on the server
after=$(count_orders)

created=$(awk '$1 == "orders_created" {print $2}' "$work/wrk.out")
others=$(awk '$1 == "other_responses" {print $2}' "$work/wrk.out")
per_second=$(awk '$1 == "orders_per_second" {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
in_db=$((after - before))

echo "wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s, POST /api/v1/orders with 10 lines each ($(nproc) cores):"
printf '  %-34s %s\n' "orders/s (201s per second)" "$per_second"
printf '  %-34s %s\n' "p99 latency" "$p99"
printf '  %-34s %s\n' "201 responses" "$created"
printf '  %-34s %s\n' "orders created in the database" "$in_db"
printf '  %-34s %s\n' "other responses" "$others"
if [ "$others" != 0 ]; then grep '^first_other' "$work/wrk.out" >&2 || true; fi
# wrk stops with requests in flight: up to one order per connection can be stored unanswered.
if [ "$in_db" -lt "$created" ] || [ "$in_db" -gt $((created + CONNECTIONS)) ]; then
  echo "WARNING: $in_db orders in the database for $created 201s (expected $created to $((created + CONNECTIONS)))" >&2
fi

#!/usr/bin/env bash
# Write benchmark: durable single-row inserts, catalogus against PostgreSQL in one run.
# 1. catalogus (release build, demo data, staff token): POST /api/v1/registrations, one
#    registration per request, at 1, 16 and 64 connections (wrk on loopback); afterwards
#    the rows in the database are counted against the 201s.
# 2. PostgreSQL from Debian's package on a temporary data directory (initdb defaults:
#    fsync on, synchronous_commit on, so also one WAL flush per commit unless commits
#    are grouped), loopback only: pgbench with one INSERT of the same row shape (the same
#    columns and indexes) per transaction at 16 and 64 clients; rows counted likewise.
# Prints requests/s, p99, rows, the group commit counters from /metrics, and the ratios.
# It reports; it asserts nothing. Usage: bench/writes.sh [seconds per run, default 10]
# Env: CATALOGUS_BIN (a catalogus binary instead of building this checkout),
#      BENCH_THREADS (wrk threads and pgbench -j, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
THREADS=${BENCH_THREADS:-2}
OURS_BIN=${CATALOGUS_BIN:-.build-bench/release/catalogus}

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  [ "$(id -u)" -eq 0 ] || { echo "bench needs $1: apt-get install $2" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk; need curl curl; need python3 python3
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/postgres" ]; then
  [ "$(id -u)" -eq 0 ] || { echo "bench needs PostgreSQL: apt-get install postgresql" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
PGBENCH=$PG_BIN/pgbench; [ -x "$PGBENCH" ] || PGBENCH=$(command -v pgbench)

stale() { local binary=$1; shift; [ ! -x "$binary" ] || [ -n "$(find "$@" -newer "$binary" -type f -print -quit)" ]; }
if [ -z "${CATALOGUS_BIN:-}" ] && stale "$OURS_BIN" Package.swift Sources; then
  echo "building catalogus (release)…" >&2
  swift build -c release --scratch-path .build-bench --product catalogus >&2
fi

work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
  [ -n "${ours_pid:-}" ] && kill "$ours_pid" 2>/dev/null || true
  [ -n "${pg_started:-}" ] && as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# initdb and postgres refuse to run as root: as root, run them as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# --- catalogus -------------------------------------------------------------------------
db="$work/writes.sqlite"
"$OURS_BIN" seed --demo --db "$db" >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; exit 1; }
token=$("$OURS_BIN" token create --role staff --name bench-writes --db "$db" 2>/dev/null)
admin=$("$OURS_BIN" token create --role admin --name bench-metrics --db "$db" 2>/dev/null)
"$OURS_BIN" serve --max-connections-per-client 100000 --max-bodies-per-client 100000 --db "$db" --port 0 --no-access-log --rate-limit 0 2>"$work/ours.log" &
ours_pid=$!
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/ours.log" 2>/dev/null); [ -n "$port" ] && break; sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/ours.log"; exit 1; }
ours="http://127.0.0.1:$port"

count_rows() {
  python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, timeout=10)
print(db.execute("SELECT count(*) FROM registration").fetchone()[0])
PY
}
# 0 for a counter the build does not have (one from before group commit).
metric() { curl -sf -H "Authorization: Bearer $admin" "$ours/metrics" | awk -v name="$1" '$1 == name {v = $2} END {print v + 0}'; }

check=$(curl -s -o "$work/first.json" -w '%{http_code}' -X POST "$ours/api/v1/registrations" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data '{"activity": "breicafe", "municipality": "midden-drenthe", "location": 1, "date": "2024-05-14", "participants": 11}')
[ "$check" = 201 ] || { echo "a first registration was answered $check: $(cat "$work/first.json")" >&2; exit 1; }

export CATALOGUS_TOKEN=$token
declare -A ours_rate ours_p99
wrk -t1 -c4 -d2s -s bench/registrations.lua "$ours" >/dev/null   # warm-up
for c in 1 16 64; do
  threads=$(( c < THREADS ? c : THREADS ))
  before=$(count_rows); tx0=$(metric catalogus_write_transactions_total); wr0=$(metric catalogus_write_requests_total)
  wrk -t"$threads" -c"$c" -d"${DURATION}s" --latency -s bench/registrations.lua "$ours" >"$work/wrk-$c.out"
  sleep 0.5   # requests wrk gave up on at the end finish on the server
  after=$(count_rows); tx1=$(metric catalogus_write_transactions_total); wr1=$(metric catalogus_write_requests_total)
  created=$(awk '$1 == "created" {print $2}' "$work/wrk-$c.out")
  others=$(awk '$1 == "other_responses" {print $2}' "$work/wrk-$c.out")
  ours_rate[$c]=$(awk '$1 == "per_second" {print $2}' "$work/wrk-$c.out")
  ours_p99[$c]=$(awk '$1 == "99%" {print $2}' "$work/wrk-$c.out")
  rows=$((after - before))
  group=$(python3 -c "print(f'{($wr1-$wr0)/max(1,$tx1-$tx0):.1f}')")
  printf 'catalogus  %2d connections: %9s registrations/s  p99 %8s  201s %7d  rows %7d  other %d  writes per commit %s\n' \
    "$c" "${ours_rate[$c]}" "${ours_p99[$c]}" "$created" "$rows" "$others" "$group"
  if [ "$others" != 0 ]; then grep '^first_other' "$work/wrk-$c.out" >&2 || true; fi
  # wrk stops with requests in flight: up to one row per connection can be stored unanswered.
  if [ "$rows" -lt "$created" ] || [ "$rows" -gt $((created + c)) ]; then
    echo "WARNING: $rows rows for $created 201s (expected $created to $((created + c)))" >&2
  fi
done
kill "$ours_pid"; wait "$ours_pid" 2>/dev/null || true; ours_pid=

# --- PostgreSQL ----------------------------------------------------------------------------
mkdir -p "$work/pg" && chown postgres "$work/pg" 2>/dev/null || true
as_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth=trust >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
pg_port=$(free_port)
as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories='$work/pg' -c max_connections=200" start >/dev/null
pg_started=1
psql_() { "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres "$@"; }
psql_ <<'SQL'
CREATE TABLE registration (
    id           bigserial PRIMARY KEY,
    activity_id  bigint  NOT NULL,
    municipality text    NOT NULL,
    location_id  bigint,
    date         date    NOT NULL,
    sessions     integer NOT NULL CHECK (sessions BETWEEN 0 AND 10000),
    participants integer NOT NULL CHECK (participants BETWEEN 0 AND 1000000),
    order_id     bigint,
    partners     jsonb   NOT NULL DEFAULT '[]',
    notes        text    CHECK (notes IS NULL OR length(notes) <= 2000),
    version      integer NOT NULL DEFAULT 1,
    created_at   text    NOT NULL,
    updated_at   text    NOT NULL
);
CREATE INDEX registration_by_municipality ON registration (municipality, date, id);
CREATE INDEX registration_by_activity ON registration (activity_id, date);
CREATE INDEX registration_by_location ON registration (location_id);
CREATE INDEX registration_by_date ON registration (date, id);
CREATE INDEX registration_by_update ON registration (updated_at, id);
CREATE INDEX registration_by_order ON registration (order_id);
SQL
cat >"$work/insert.sql" <<'SQL'
INSERT INTO registration (activity_id, municipality, location_id, date, sessions, participants, created_at, updated_at)
VALUES (1, 'midden-drenthe', 1, '2024-05-14', 1, 11, now()::text, now()::text);
SQL
pg_count() { psql_ -At -c "SELECT count(*) FROM registration"; }
declare -A pg_rate
for c in 16 64; do
  before=$(pg_count)
  "$PGBENCH" -n -h 127.0.0.1 -p "$pg_port" -U postgres -c "$c" -j "$THREADS" -T "$DURATION" -f "$work/insert.sql" postgres >"$work/pgbench-$c.out" 2>&1 \
    || { cat "$work/pgbench-$c.out"; exit 1; }
  after=$(pg_count)
  pg_rate[$c]=$(awk -F'= ' '/^tps/ {split($2, a, " "); print a[1]}' "$work/pgbench-$c.out")
  done_tx=$(awk -F': ' '/number of transactions actually processed/ {print $2}' "$work/pgbench-$c.out")
  latency=$(awk -F'= ' '/latency average/ {print $2}' "$work/pgbench-$c.out")
  printf 'PostgreSQL %2d clients:     %9s transactions/s  latency avg %s  transactions %s  rows %d\n' \
    "$c" "${pg_rate[$c]}" "$latency" "$done_tx" "$((after - before))"
done
echo "PostgreSQL: $("$PG_BIN/postgres" --version); fsync=$(psql_ -At -c 'SHOW fsync'), synchronous_commit=$(psql_ -At -c 'SHOW synchronous_commit'), wal_sync_method=$(psql_ -At -c 'SHOW wal_sync_method')"
for c in 16 64; do
  python3 -c "print(f'catalogus ÷ PostgreSQL at $c: {${ours_rate[$c]}/${pg_rate[$c]}:.2f}')"
done

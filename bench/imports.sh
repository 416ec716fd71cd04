#!/usr/bin/env bash
# Bulk-import fairness: small registration writes while two 10,000-row CSV imports run back
# to back, against the same writes on an idle writer in the same run (the peer figure).
# Release build, fresh demo database, loopback only; bounded (2 imports, a write every 25 ms).
# Reports; asserts nothing (make test holds no timings; BulkImportFairnessTests checks that
# every write is answered and stored).
# Usage: bench/imports.sh [rows, default 10000] [rounds of two imports, default 3]
# Env: CATALOGUS_BIN (a catalogus binary instead of building this checkout).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000}
ROUNDS=${2:-3}
OURS_BIN=${CATALOGUS_BIN:-.build-bench/release/catalogus}
command -v python3 >/dev/null || { echo "bench needs python3: apt-get install python3" >&2; exit 1; }

stale() { local binary=$1; shift; [ ! -x "$binary" ] || [ -n "$(find "$@" -newer "$binary" -type f -print -quit)" ]; }
if [ -z "${CATALOGUS_BIN:-}" ] && stale "$OURS_BIN" Package.swift Sources; then
  echo "building catalogus (release)…" >&2
  swift build -c release --scratch-path .build-bench --product catalogus >&2
fi

work=$(mktemp -d)
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
db="$work/imports.sqlite"
"$OURS_BIN" seed --demo --db "$db" >"$work/seed.log" 2>&1 || { cat "$work/seed.log"; exit 1; }
importer=$("$OURS_BIN" token create --role staff --name bench-importer --db "$db" 2>/dev/null)
writer=$("$OURS_BIN" token create --role staff --name bench-writer --db "$db" 2>/dev/null)
"$OURS_BIN" serve --db "$db" --port 0 --no-access-log --rate-limit 0 --max-connections-per-client 100000 2>"$work/serve.log" &
pid=$!
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/serve.log" 2>/dev/null); [ -n "$port" ] && break; sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/serve.log"; exit 1; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/import_fairness.py --port "$port" --importer "$importer" --writer "$writer" --rows "$ROWS" --rounds "$ROUNDS"

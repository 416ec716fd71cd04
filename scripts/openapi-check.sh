#!/usr/bin/env bash
# Starts the server on a free port with a fresh database, fetches /openapi.json and
# validates it with openapi-spec-validator (installed from PyPI when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c 'import openapi_spec_validator' 2>/dev/null; then
  python3 -m pip install -q openapi-spec-validator >&2
fi
bin=.build/debug/catalogus
[ -x "$bin" ] || swift build
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" serve --db "$work/db.sqlite" --port 0 --no-access-log 2>"$work/log" &
pid=$!
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/log"; echo "server did not start" >&2; exit 1; }
curl -sf "http://127.0.0.1:$port/openapi.json" -o "$work/openapi.json"
python3 -m openapi_spec_validator "$work/openapi.json"

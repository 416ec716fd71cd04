#!/usr/bin/env bash
# Starts the server on a free port with a fresh database, fetches /openapi.json and
# validates it with openapi-spec-validator (installed from PyPI when missing), then
# runs scripts/schemathesis.sh against a running server (skip with SKIP_SCHEMATHESIS=1).
# CATALOGUS_BIN picks the binary (default .build/debug/catalogus, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -c 'import openapi_spec_validator' 2>/dev/null; then
  python3 -m pip install -q openapi-spec-validator >&2
fi
bin=${CATALOGUS_BIN:-.build/debug/catalogus}
[ -x "$bin" ] || swift build
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" serve --db "$work/db.sqlite" --port 0 --no-access-log 2>"$work/log" &
pid=$!
# Up to a minute, and no longer than the server lives: a loaded CI machine starts it slowly.
for _ in $(seq 1 600); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/log")
  [ -n "$port" ] || ! kill -0 "$pid" 2>/dev/null && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/log"; echo "server did not start" >&2; exit 1; }
curl -sf "http://127.0.0.1:$port/openapi.json" -o "$work/openapi.json"
python3 -m openapi_spec_validator "$work/openapi.json"
# Every route of Routes.swift is described, and nothing else.
python3 - "$work/openapi.json" Sources/Catalogus/App/Routes.swift <<'PY'
import json, re, sys
paths = json.load(open(sys.argv[1]))["paths"]
documented = {(m.upper(), p) for p, item in paths.items() for m in item if m in ("get", "put", "post", "patch", "delete")}
routed = {(m.upper(), p) for m, p in re.findall(r'router\.(get|post|put|patch|delete)\("([^"]+)"', open(sys.argv[2]).read())}
for method, path in sorted(routed - documented): print(f"not in /openapi.json: {method} {path}", file=sys.stderr)
for method, path in sorted(documented - routed): print(f"in /openapi.json but not routed: {method} {path}", file=sys.stderr)
sys.exit(1 if routed != documented else 0)
PY
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=
if [ "${SKIP_SCHEMATHESIS:-0}" != 1 ]; then
  CATALOGUS_BIN="$bin" bash scripts/schemathesis.sh
fi

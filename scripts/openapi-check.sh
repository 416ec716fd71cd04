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
# The document is generated from the endpoint declarations (Resources/*/…Endpoints.swift):
# every declaration must be in it (a group left out of Routes.endpoints would be missing
# from both), and every documented operation must be routed by the running server (the
# router's own 404/405 means it is not).
python3 - "$work/openapi.json" "http://127.0.0.1:$port" Sources/CatalogusAPI/Resources <<'PY'
import json, pathlib, re, sys, urllib.request, urllib.error
paths = json.load(open(sys.argv[1]))["paths"]
documented = {(m.upper(), p) for p, item in paths.items() for m in item if m in ("get", "put", "post", "patch", "delete")}
# A declared path may interpolate a segment (`/orders/{id}/\(action.rawValue)`): it matches any one segment.
declared = set()
for source in pathlib.Path(sys.argv[3]).rglob("*.swift"):
    declared |= {(m.upper(), p) for m, p in re.findall(r'Endpoint\(\.(get|post|put|patch|delete),\s*"([^"]+)"', source.read_text())}
def pattern(path):
    return re.compile("^" + "".join("[^/]+" if part.startswith("\\(") else re.escape(part)
                                    for part in re.split(r"(\\\([^)]*\))", path)) + "$")
patterns = [(method, path, pattern(path)) for method, path in declared]
failed = False
for method, path, regex in patterns:
    if not any(m == method and regex.match(p) for m, p in documented):
        print(f"declared but not in /openapi.json: {method} {path}", file=sys.stderr); failed = True
for method, path in sorted(documented):
    if not any(m == method and regex.match(path) for m, _, regex in patterns):
        print(f"in /openapi.json but not declared: {method} {path}", file=sys.stderr); failed = True
for method, path in sorted(documented):
    url = sys.argv[2] + re.sub(r"\{[^}]+\}", "1", path)
    request = urllib.request.Request(url, method=method, data=b"{}" if method in ("POST", "PUT", "PATCH") else None,
                                     headers={"Content-Type": "application/json"})
    try:
        status, body = urllib.request.urlopen(request, timeout=10).status, b""
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    if status == 405 or (status == 404 and b"No resource lives at this path" in body):
        print(f"documented but not routed: {method} {path} ({status})", file=sys.stderr); failed = True
print(f"{len(documented)} documented operations, all declared and routed" if not failed else "route check failed")
sys.exit(1 if failed else 0)
PY
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
pid=
if [ "${SKIP_SCHEMATHESIS:-0}" != 1 ]; then
  CATALOGUS_BIN="$bin" bash scripts/schemathesis.sh
fi

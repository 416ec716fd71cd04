#!/usr/bin/env bash
# The Excel downloads read back by openpyxl (web-tests/workbook_check.py): builds
# catalogus, serves the demo data on a free port, runs the check against it.
# Installs openpyxl with pip when it is missing; exits non-zero when a check fails or
# openpyxl cannot be had (the check is part of `make test`, not optional).
#
#   CATALOGUS_BIN=path   test this binary instead of building one
#   SCRATCH_PATH=dir     swift build --scratch-path (default: SwiftPM's .build)
set -euo pipefail
cd "$(dirname "$0")/.."

# The version the check was written against (PyPI, December 2026).
OPENPYXL_VERSION=3.1.5
# Debian's own python3 refuses pip installs outside a virtualenv (PEP 668); a CI container may allow it.
pip_install() { python3 -m pip install -q "$@" >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages "$@" >/dev/null; }

command -v python3 >/dev/null 2>&1 || { echo "workbook-test: python3 is needed" >&2; exit 1; }
if ! python3 -c "import openpyxl" 2>/dev/null; then
    echo "workbook-test: installing openpyxl $OPENPYXL_VERSION (pip)…" >&2
    pip_install "openpyxl==$OPENPYXL_VERSION" || { echo "workbook-test: pip could not install openpyxl" >&2; exit 1; }
fi

if [[ -n "${CATALOGUS_BIN:-}" ]]; then
    BIN=$CATALOGUS_BIN
else
    BUILD_ARGS=(--product catalogus)
    [[ -n "${SCRATCH_PATH:-}" ]] && BUILD_ARGS+=(--scratch-path "$SCRATCH_PATH")
    swift build "${BUILD_ARGS[@]}"
    BIN="$(swift build "${BUILD_ARGS[@]}" --show-bin-path)/catalogus"
fi
[[ -x "$BIN" ]] || { echo "workbook-test: no executable at $BIN" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

DB="$WORK/catalogus.sqlite"
"$BIN" seed --demo --db "$DB" --migrations migrations >/dev/null
ADMIN=$("$BIN" token create --role admin --name workbook-test-admin --db "$DB" --migrations migrations 2>/dev/null | tail -n 1)

"$BIN" serve --db "$DB" --migrations migrations --host 127.0.0.1 --port 0 --no-access-log --rate-limit 0 >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
BASE=""
# Polls the log for the address the server prints once it listens (port 0: chosen by the kernel).
for _ in $(seq 1 100); do
    BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/serve.log" | head -n 1 || true)
    [[ -n "$BASE" ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; echo "workbook-test: the server did not start" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$BASE" ]] || { cat "$WORK/serve.log" >&2; echo "workbook-test: the server did not say where it listens" >&2; exit 1; }

python3 -B web-tests/workbook_check.py --base "$BASE" --admin-token "$ADMIN"

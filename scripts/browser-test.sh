#!/usr/bin/env bash
# The pages in a real browser: builds catalogus, serves the demo data on a free port,
# and has headless Chromium load the dashboard, the printable report and the catalogue
# (web-tests/browser_check.py checks the rendered DOM, the console, an A4 print and
# takes screenshots into test-output/screenshots/).
#
# Installs Debian's chromium when it is missing and we are root; when it cannot, it
# says so and exits 0 (a skip, not a pass of the checks). Exits non-zero when a check fails.
#
#   CATALOGUS_BIN=path   test this binary instead of building one
#   SCRATCH_PATH=dir     swift build --scratch-path (default: SwiftPM's .build)
#   TEST_OUTPUT=dir      where screenshots and the PDF go (default: test-output)
set -euo pipefail
cd "$(dirname "$0")/.."

skip() {
    echo "browser-test: SKIPPED — $1" >&2
    exit 0
}

find_chromium() {
    local name
    for name in chromium chromium-browser google-chrome-stable google-chrome; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

CHROMIUM=$(find_chromium || true)
if [[ -z "$CHROMIUM" ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "browser-test: installing chromium (apt-get)…" >&2
        if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
               && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core; } >/dev/null; then
            skip "chromium is not installed and apt-get could not install it"
        fi
        CHROMIUM=$(find_chromium || true)
        [[ -n "$CHROMIUM" ]] || skip "apt-get ran but no chromium executable was found"
    else
        skip "chromium is not installed; as root this script installs it (apt-get install chromium)"
    fi
fi
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to read the rendered pages"

if [[ -n "${CATALOGUS_BIN:-}" ]]; then
    BIN=$CATALOGUS_BIN
else
    BUILD_ARGS=(--product catalogus)
    [[ -n "${SCRATCH_PATH:-}" ]] && BUILD_ARGS+=(--scratch-path "$SCRATCH_PATH")
    swift build "${BUILD_ARGS[@]}"
    BIN="$(swift build "${BUILD_ARGS[@]}" --show-bin-path)/catalogus"
fi
[[ -x "$BIN" ]] || { echo "browser-test: no executable at $BIN" >&2; exit 1; }

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
VIEWER=$("$BIN" token create --role viewer --name browser-test --db "$DB" --migrations migrations 2>/dev/null | tail -n 1)
ADMIN=$("$BIN" token create --role admin --name browser-test-admin --db "$DB" --migrations migrations 2>/dev/null | tail -n 1)

"$BIN" serve --db "$DB" --migrations migrations --host 127.0.0.1 --port 0 --no-access-log --rate-limit 0 >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
BASE=""
for _ in $(seq 1 100); do
    BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/serve.log" | head -n 1 || true)
    [[ -n "$BASE" ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; echo "browser-test: the server did not start" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$BASE" ]] || { cat "$WORK/serve.log" >&2; echo "browser-test: the server did not say where it listens" >&2; exit 1; }
echo "browser-test: $("$CHROMIUM" --version 2>/dev/null | head -n 1) against $BASE"

python3 -B web-tests/browser_check.py --chromium "$CHROMIUM" --base "$BASE" --token "$VIEWER" \
    --admin-token "$ADMIN" --out "${TEST_OUTPUT:-test-output}"

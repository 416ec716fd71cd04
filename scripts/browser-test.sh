#!/usr/bin/env bash
# The pages in a real browser: builds catalogus, serves the demo data on a free port
# (one server for everything), then
#   web-tests/browser_check.py  headless Chromium loads the pages signed out and checks
#                               the rendered DOM, the console and screenshots;
#   web-tests/people_check.py   one Selenium session acts as the people of each area
#                               (sign in, order, register, manage) and sweeps every page
#                               at 1280 and 360 px with axe-core (test-output/screenshots/people/).
#
# Installs what it needs when it is missing and we are root (apt: chromium,
# chromium-driver; pip: selenium and axe-playwright-python, whose package ships
# axe.min.js); when it cannot, it says so and exits 0 (a skip, not a pass of the
# checks). Exits non-zero when a check fails.
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

# The versions the tests were written against (pip show, December 2026). axe-playwright-python
# without its dependencies: we need only the axe.min.js it ships, not Playwright.
SELENIUM_VERSION=4.51.0
AXE_PACKAGE_VERSION=0.1.8
CHROMEDRIVER=/usr/bin/chromedriver
is_root() { [[ $(id -u) -eq 0 ]]; }
# Debian's own python3 refuses pip installs outside a virtualenv (PEP 668); a CI container may allow it.
pip_install() { python3 -m pip install -q "$@" >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages "$@" >/dev/null; }
python_has() { python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('$1') is None)" 2>/dev/null; }

command -v python3 >/dev/null 2>&1 || skip "python3 is needed to drive the browser and read the pages"
CHROMIUM=$(find_chromium || true)
if [[ -z "$CHROMIUM" || ! -x "$CHROMEDRIVER" ]]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
        echo "browser-test: installing chromium and chromium-driver (apt-get)…" >&2
        if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq \
               && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core; } >/dev/null; then
            skip "chromium or chromium-driver is not installed and apt-get could not install them"
        fi
        CHROMIUM=$(find_chromium || true)
        [[ -n "$CHROMIUM" && -x "$CHROMEDRIVER" ]] || skip "apt-get ran but chromium or $CHROMEDRIVER is still missing"
    else
        skip "chromium and chromium-driver are needed; as root this script installs them (apt-get install chromium chromium-driver)"
    fi
fi
if ! python_has selenium || ! python_has axe_playwright_python; then
    if is_root && python3 -m pip --version >/dev/null 2>&1; then
        echo "browser-test: installing selenium and axe-playwright-python (pip)…" >&2
        { pip_install "selenium==$SELENIUM_VERSION" && pip_install --no-deps "axe-playwright-python==$AXE_PACKAGE_VERSION"; } \
            || skip "pip could not install selenium and axe-playwright-python"
    else
        skip "Python's selenium and axe-playwright-python are needed; as root this script installs them (pip install selenium==$SELENIUM_VERSION; pip install --no-deps axe-playwright-python==$AXE_PACKAGE_VERSION)"
    fi
fi

# shellcheck source=scripts/demo-server.sh
source scripts/demo-server.sh
start_demo_server browser-test --sign-in-attempts 0
echo "browser-test: $("$CHROMIUM" --version 2>/dev/null | head -n 1) against $BASE"

OUT=${TEST_OUTPUT:-test-output}
# Both suites run, whatever the first one found; the exit status says whether either failed.
status=0
python3 -B web-tests/browser_check.py --chromium "$CHROMIUM" --base "$BASE" --admin-token "$ADMIN" --out "$OUT" || status=1
python3 -B web-tests/people_check.py --base "$BASE" --admin-token "$ADMIN" --out "$OUT" \
    --bin "$BIN" --db "$DB" --migrations migrations || status=1
exit $status

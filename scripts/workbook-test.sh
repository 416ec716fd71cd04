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

# shellcheck source=scripts/demo-server.sh
source scripts/demo-server.sh
start_demo_server workbook-test

python3 -B web-tests/workbook_check.py --base "$BASE" --admin-token "$ADMIN"

#!/usr/bin/env bash
# What `swift test` needs from PyPI: aiosmtpd, the real SMTP server the mail tests send to
# (Tests/Support/smtp_sink.py). Installed with pip when missing; fails with a clear message
# when it cannot be had (the mail tests are part of `make test`, not optional).
set -euo pipefail
AIOSMTPD_VERSION=1.4.6
pip_install() { python3 -m pip install -q "$@" >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages "$@" >/dev/null; }
command -v python3 >/dev/null 2>&1 || { echo "test-python-deps: python3 is needed" >&2; exit 1; }
if ! python3 -c "import aiosmtpd" 2>/dev/null; then
  echo "test-python-deps: installing aiosmtpd $AIOSMTPD_VERSION (pip)…" >&2
  pip_install "aiosmtpd==$AIOSMTPD_VERSION" || { echo "test-python-deps: pip could not install aiosmtpd" >&2; exit 1; }
fi

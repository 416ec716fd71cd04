#!/bin/bash
# The image's HEALTHCHECK: GET a path (default /healthz) and succeed only on a 200.
# The slim runtime image has no curl, so this speaks HTTP/1.1 over bash's /dev/tcp.
# docker/check.sh runs this same script against the binary it starts.
set -eu
port="${CATALOGUS_PORT:-8080}"
path="${1:-/healthz}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3
exec 3<&-
[[ "$status" == "HTTP/1.1 200 "* ]]

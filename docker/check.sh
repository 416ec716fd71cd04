#!/usr/bin/env bash
# What can be checked of the Docker image without a Docker engine (`make docker-check`):
#   1. the release build with the Swift runtime linked statically, as the Dockerfile makes it;
#   2. that it links no Swift/Foundation shared library, and only shared libraries that
#      debian:bookworm-slim plus docker/runtime-packages (and what they depend on) provide;
#   3. the image's layout: ONLY the binary and migrations/ copied into an empty folder,
#      started from an unrelated working directory with the image's environment, answers
#      /healthz and /readyz (through docker/healthcheck.sh, the image's HEALTHCHECK);
#   4. SIGTERM (what `docker stop` sends) drains it and it exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
started_at=$(date +%s)
scratch="${SCRATCH_PATH:-.build-static}"

fail() { echo "docker-check: FAIL: $*" >&2; exit 1; }
step() { echo "docker-check: $*"; }

bash scripts/check-deps.sh static
step "building (release, --static-swift-stdlib, scratch path $scratch)"
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product catalogus
binary="$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)/catalogus"
[[ -x "$binary" ]] || fail "no binary at $binary"

step "checking linked libraries of $binary"
libraries="$(ldd "$binary")"
echo "$libraries" | sed 's/^/    /'
if grep -Eq 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libicu' <<<"$libraries"; then
    fail "the binary needs the Swift runtime as shared libraries"
fi
# Everything else must come from a package the runtime image has: glibc, libstdc++ and
# libgcc_s (apt depends on them, so slim has them), the packages of docker/runtime-packages,
# and what those depend on. Each library is traced to its package here with dpkg -S.
runtime_packages="$(grep -v '^#' docker/runtime-packages | xargs)"
allowed_packages=" $(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances $runtime_packages libc6 libstdc++6 libgcc-s1 2>/dev/null \
    | grep -v '^ ' | sed 's/:.*//' | sort -u | xargs) "
while read -r name arrow path _; do
    [[ "$arrow" == "=>" && "$path" == /* ]] || continue
    package=""
    for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
        package="$(dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1)" && [[ -n "$package" ]] && break
    done
    [[ -n "$package" ]] || fail "links $name ($path), which no Debian package provides"
    [[ "$allowed_packages" == *" $package "* ]] \
        || fail "links $name from $package, which is not in docker/runtime-packages or what they depend on"
done <<<"$libraries"
if grep -q 'not found' <<<"$libraries"; then fail "unresolved shared libraries"; fi

work="$(mktemp -d)"
pid=""
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/app" "$work/data" "$work/elsewhere"
cp "$binary" "$work/app/catalogus"
cp -RL migrations "$work/app/migrations"  # -L: a real copy even if migrations/ is a symlink
step "image layout in $work/app: $(cd "$work/app" && echo *)"

log="$work/serve.log"
# The image's environment and nothing else; the working directory holds no migrations,
# so they must be found beside the binary as in the image.
(
    cd "$work/elsewhere"
    exec env -i PATH=/usr/bin:/bin \
        CATALOGUS_DB="$work/data/catalogus.sqlite" CATALOGUS_HOST=127.0.0.1 \
        "$work/app/catalogus" serve --port 0 --workers 2
) 2>"$log" &
pid=$!

port=""
for _ in $(seq 1 300); do
    port="$(sed -n 's|.*catalogus listening on http://[^:]*:\([0-9][0-9]*\).*|\1|p' "$log" | head -n1)"
    [[ -n "$port" ]] && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the server exited during start-up"; }
    sleep 0.1
done
[[ -n "$port" ]] || { cat "$log" >&2; fail "no 'listening' line within 30 s"; }
step "listening on port $port"

for path in /healthz /readyz; do
    CATALOGUS_PORT="$port" bash docker/healthcheck.sh "$path" || { cat "$log" >&2; fail "GET $path did not answer 200"; }
    step "GET $path → 200"
done
[[ -s "$work/data/catalogus.sqlite" ]] || fail "no database at \$CATALOGUS_DB"

step "sending SIGTERM"
kill -TERM "$pid"
for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; fail "still running 15 s after SIGTERM"; fi
set +e
wait "$pid"
status=$?
set -e
pid=""
[[ "$status" -eq 0 ]] || { cat "$log" >&2; fail "exit status $status after SIGTERM (want 0)"; }
grep -q "catalogus stopped" "$log" || { cat "$log" >&2; fail "no 'catalogus stopped' line after SIGTERM"; }

step "OK: $(du -h "$binary" | cut -f1) static binary; healthz, readyz and SIGTERM as the image needs ($(( $(date +%s) - started_at )) s)"

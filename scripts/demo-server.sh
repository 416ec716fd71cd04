# Sourced by the black-box checks (browser-test.sh, workbook-test.sh): builds catalogus
# (or takes CATALOGUS_BIN), seeds the demo data into a temporary database, makes an admin
# token and serves it on a free port. Sets BIN, WORK, DB, ADMIN, SERVER_PID and BASE; the
# EXIT trap stops the server and removes WORK.
#
#   start_demo_server NAME [serve options...]   NAME prefixes messages and the token's name
#
#   CATALOGUS_BIN=path   test this binary instead of building one
#   SCRATCH_PATH=dir     swift build --scratch-path (default: SwiftPM's .build)

start_demo_server() {
    local name=$1; shift
    if [[ -n "${CATALOGUS_BIN:-}" ]]; then
        BIN=$CATALOGUS_BIN
    else
        local build_args=(--product catalogus)
        [[ -n "${SCRATCH_PATH:-}" ]] && build_args+=(--scratch-path "$SCRATCH_PATH")
        swift build "${build_args[@]}"
        BIN="$(swift build "${build_args[@]}" --show-bin-path)/catalogus"
    fi
    [[ -x "$BIN" ]] || { echo "$name: no executable at $BIN" >&2; exit 1; }

    WORK=$(mktemp -d)
    SERVER_PID=""
    trap stop_demo_server EXIT

    DB="$WORK/catalogus.sqlite"
    "$BIN" seed --demo --db "$DB" --migrations migrations >/dev/null
    ADMIN=$("$BIN" token create --role admin --name "$name-admin" --db "$DB" --migrations migrations 2>/dev/null | tail -n 1)

    "$BIN" serve --db "$DB" --migrations migrations --host 127.0.0.1 --port 0 --no-access-log --rate-limit 0 "$@" \
        >"$WORK/serve.log" 2>&1 &
    SERVER_PID=$!
    BASE=""
    # The server prints its address once it listens (port 0: the kernel chose it).
    for _ in $(seq 1 100); do
        BASE=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/serve.log" | head -n 1 || true)
        [[ -n "$BASE" ]] && break
        kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; echo "$name: the server did not start" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n "$BASE" ]] || { cat "$WORK/serve.log" >&2; echo "$name: the server did not say where it listens" >&2; exit 1; }
}

stop_demo_server() {
    if [[ -n "${SERVER_PID:-}" ]]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    [[ -n "${WORK:-}" ]] && rm -rf "$WORK"
}

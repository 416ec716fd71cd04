#!/usr/bin/env bash
# make chaos: the server under 8 concurrent writers while it is stopped (SIGSTOP 10 s),
# while every fsync takes 200 ms, and while its wall clock steps back an hour and forward
# a day. See chaos/README.md. Prints PASS/FAIL per check and "N passed, N failed".
#
#   CHAOS_SKIP_BUILD=1   use the release binary as it is
#   CHAOS_ONLY="A C"     run only these scenarios (A sigstop, B slow fsync, C clock)
#   CHAOS_KEEP=1         keep the work folder (database, logs) for a look afterwards
#   CHAOS_CLOCK=libfaketime   step the clock with Debian's libfaketime instead of chaos/wallclock_shim.c
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${CHAOS_BIN:-$ROOT/.build/release/catalogus}
ONLY=${CHAOS_ONLY:-A B C}
WORK=$(mktemp -d /tmp/catalogus-chaos.XXXXXX)
DB=$WORK/catalogus.sqlite
RESULTS=$WORK/results.txt
: >"$RESULTS"
SERVER_PID=""
TRACER_PID=""

say() { printf '%s\n' "$*"; }
result() { say "$*" | tee -a "$RESULTS"; }

cleanup() {
    # Only the processes this script started, by their id.
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -CONT "$SERVER_PID" 2>/dev/null
        kill -KILL "$SERVER_PID" 2>/dev/null
    fi
    if [ -n "$TRACER_PID" ] && kill -0 "$TRACER_PID" 2>/dev/null; then kill -KILL "$TRACER_PID" 2>/dev/null; fi
    if [ "${CHAOS_KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# ---- what the scenarios need
missing=()
command -v python3 >/dev/null || missing+=(python3)
command -v gcc >/dev/null || missing+=(gcc)
command -v strace >/dev/null || missing+=(strace)
if [ "${CHAOS_CLOCK:-shim}" = libfaketime ] && ! ls /usr/lib/*/faketime/libfaketimeMT.so.1 >/dev/null 2>&1; then missing+=(faketime); fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing ${missing[*]} (apt-get)"
        apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "${missing[@]}" >/dev/null 2>&1; }
    fi
    for tool in "${missing[@]}"; do
        case $tool in
            faketime) ls /usr/lib/*/faketime/libfaketimeMT.so.1 >/dev/null 2>&1 && continue ;;
            *) command -v "$tool" >/dev/null && continue ;;
        esac
        say "chaos: $tool is missing; run as root, or: apt-get install -y $tool"
        exit 2
    done
fi
PYTHON=$(command -v python3)

# ---- the release build and a fresh database with the demo data
if [ "${CHAOS_SKIP_BUILD:-0}" != 1 ]; then
    bash scripts/check-deps.sh || exit 2
    say "building the release binary"
    swift build -c release 2>&1 | grep -E "error|warning: unre" ; [ -x "$BIN" ] || { say "chaos: the build failed"; exit 2; }
fi
[ -x "$BIN" ] || { say "chaos: no $BIN (run without CHAOS_SKIP_BUILD)"; exit 2; }
gcc -O2 -Wall -shared -fPIC -o "$WORK/wallclock_shim.so" chaos/wallclock_shim.c -ldl || exit 2

"$BIN" migrate --db "$DB" >/dev/null || exit 2
"$BIN" seed --demo --db "$DB" >/dev/null || exit 2
token() { "$BIN" token create --role "$1" --name "$2" --db "$DB" | tail -1; }
{
    printf '{"staff": ['
    for i in 0 1 2 3 4 5 6 7 8; do
        [ $i -gt 0 ] && printf ', '
        printf '"%s"' "$(token staff "chaos writer $i")"
    done
    printf '], "admin": "%s", "viewer": "%s"}\n' "$(token admin "chaos admin")" "$(token viewer "chaos viewer")"
} >"$WORK/tokens.json"
EMAIL=chaos.staff@example.org
WELCOME=$("$BIN" user create --email "$EMAIL" --name "Chaos Medewerker" --role staff --db "$DB" | tail -1)
CODE=${WELCOME##*code=}

free_port() { "$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

wait_ready() {
    for _ in $(seq 1 300); do
        "$PYTHON" -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=1).status == 200 else 1)" 2>/dev/null && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

# start_server NAME [wrapper…] -- [serve options…]: the server, its pid in SERVER_PID.
start_server() {
    local name=$1; shift
    local wrapper=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do wrapper+=("$1"); shift; done
    shift
    PORT=$(free_port)
    local pidfile=$WORK/$name.pid
    rm -f "$pidfile"
    # The shell writes its pid and becomes the server (exec), under the wrapper if any.
    env CATALOGUS_ACCESS_LOG=off "${wrapper[@]}" bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" \
        "$BIN" serve --db "$DB" --host 127.0.0.1 --port "$PORT" "$@" >"$WORK/$name.log" 2>&1 &
    local launched=$!
    for _ in $(seq 1 100); do [ -s "$pidfile" ] && break; sleep 0.05; done
    SERVER_PID=$(cat "$pidfile" 2>/dev/null)
    if [ "$SERVER_PID" != "$launched" ]; then TRACER_PID=$launched; else TRACER_PID=""; fi
    if ! wait_ready; then
        result "FAIL $name start: the server did not answer /healthz within 30 s; log:"
        tail -20 "$WORK/$name.log"
        return 1
    fi
    say "  server $name: pid $SERVER_PID on 127.0.0.1:$PORT"
}

# stop_server NAME: SIGTERM, and it must exit 0 within 30 s (drained, database closed).
stop_server() {
    local name=$1 status
    kill -TERM "$SERVER_PID"
    for _ in $(seq 1 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        result "FAIL $name shutdown: still running 30 s after SIGTERM; killed"
        kill -KILL "$SERVER_PID"
    fi
    if [ -n "$TRACER_PID" ]; then wait "$TRACER_PID" 2>/dev/null; else wait "$SERVER_PID" 2>/dev/null; fi
    status=$?
    [ "$status" = 0 ] || result "FAIL $name shutdown: exit status $status; log: $(tail -3 "$WORK/$name.log" | tr '\n' ' ')"
    SERVER_PID=""; TRACER_PID=""
}

# A scenario that crashes or times out is a failure too, not a run with fewer checks.
scenario() {
    timeout 300 "$PYTHON" chaos/scenario.py "$@" | tee -a "$RESULTS"
    local status=${PIPESTATUS[0]}
    [ "$status" = 0 ] || result "FAIL scenario.py $1: ended with status $status before its end (a crash or a time-out; see above)"
}
verify() { scenario verify --db "$DB" --name "$1" "${@:2}"; }

say "chaos: work folder $WORK"
started=$(date +%s)

if [[ " $ONLY " == *" A "* ]]; then
    say "== A: SIGSTOP for 10 s under 8 writers"
    if start_server A --; then
        scenario sigstop --port "$PORT" --pid "$SERVER_PID" --tokens "$WORK/tokens.json" --out "$WORK/acked-A.json"
        stop_server A
        verify A "$WORK/acked-A.json"
    fi
fi

if [[ " $ONLY " == *" B "* ]]; then
    say "== B: every fdatasync/fsync 200 ms slower (strace inject) under 8 writers"
    if start_server B strace -f --seccomp-bpf -qq -e signal=none -e trace=fdatasync,fsync \
            -e inject=fdatasync:delay_enter=200000 -e inject=fsync:delay_enter=200000 -o "$WORK/strace.log" --; then
        scenario slow-fsync --port "$PORT" --tokens "$WORK/tokens.json" --out "$WORK/acked-B.json" --strace-log "$WORK/strace.log"
        stop_server B
        verify B "$WORK/acked-B.json"
    fi
fi

if [[ " $ONLY " == *" C "* ]]; then
    say "== C: the wall clock steps back 1 h, then forward 1 day, under 8 writers"
    CLOCK_FILE=$WORK/wallclock-offset
    echo "+0" >"$CLOCK_FILE"
    if [ "${CHAOS_CLOCK:-shim}" = libfaketime ]; then
        FAKETIME_LIB=$(ls /usr/lib/*/faketime/libfaketimeMT.so.1 | head -1)
        clock_env=(env LD_PRELOAD="$FAKETIME_LIB" FAKETIME_TIMESTAMP_FILE="$CLOCK_FILE" FAKETIME_NO_CACHE=1 FAKETIME_DONT_FAKE_MONOTONIC=1)
    else
        clock_env=(env LD_PRELOAD="$WORK/wallclock_shim.so" CHAOS_WALLCLOCK_FILE="$CLOCK_FILE")
    fi
    if start_server C "${clock_env[@]}" -- --rate-limit 20 --sign-in-attempts 600 --webhooks-allow-private; then
        scenario clock --port "$PORT" --tokens "$WORK/tokens.json" --out "$WORK/acked-C.json" --clock-file "$CLOCK_FILE" \
            --welcome-code "$CODE" --email "$EMAIL" --db "$DB"
        stop_server C
        verify C "$WORK/acked-C.json"
    fi
fi

acked=("$WORK"/acked-*.json)
if [ -e "${acked[0]}" ]; then
    say "== the database after every scenario"
    verify "all scenarios" "${acked[@]}"
fi

passed=$(grep -c '^PASS' "$RESULTS")
failed=$(grep -c '^FAIL' "$RESULTS")
say "chaos took $(( $(date +%s) - started )) s; failures:"
grep '^FAIL' "$RESULTS" | sed 's/^/  /'
say "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]

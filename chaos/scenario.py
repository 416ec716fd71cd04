#!/usr/bin/env python3
"""The chaos scenarios of issue 20, item 12, run by chaos/run.sh against a server it has
started (see chaos/README.md). Each prints lines starting with PASS or FAIL, which run.sh
counts, and exits 1 if any failed.

  scenario.py sigstop    --port P --pid PID --tokens FILE --out FILE
  scenario.py slow-fsync --port P --tokens FILE --out FILE [--strace-log FILE]
  scenario.py clock      --port P --tokens FILE --out FILE --clock-file FILE --welcome-code CODE --email E
  scenario.py verify     --db FILE ACKED_FILE...
"""

import argparse
import email.utils
import http.client
import http.server
import json
import os
import signal
import sqlite3
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chaoslib import (HealthProbe, Writers, bearer, check_database, group_size, now,  # noqa: E402
                      registration_body, request, wait_healthy, write_counters, writes_per_commit)

results = []


def report(ok, name, detail):
    results.append(ok)
    print("%s %s: %s" % ("PASS" if ok else "FAIL", name, detail), flush=True)


def info(text):
    print("  " + text, flush=True)


def load_tokens(path):
    with open(path) as handle:
        return json.load(handle)


# ---------------------------------------------------------------- A: SIGSTOP 10 s

def sigstop(args):
    tokens = load_tokens(args.tokens)
    port, pid = args.port, args.pid
    # Half the writers give up after 5 s (and retry with the same key later), half wait 30 s.
    counters = write_counters(port, tokens["admin"])
    writers = Writers(port, tokens["staff"][:8], "A", timeouts=[5.0] * 4 + [30.0] * 4).start()
    time.sleep(5)
    before = len(writers.acked)
    os.kill(pid, signal.SIGSTOP)
    stopped = now()
    info("SIGSTOP at %d acknowledged writes; the server stays stopped %d s" % (before, args.stop_seconds))
    time.sleep(1)
    try:
        request(port, "GET", "/healthz", timeout=1.0)
        answered_while_stopped = True
    except (OSError, http.client.HTTPException):
        answered_while_stopped = False
    time.sleep(max(0.0, args.stop_seconds - (now() - stopped)))
    during = len(writers.acked) - before
    os.kill(pid, signal.SIGCONT)
    continued = now()
    healthy_after = wait_healthy(port, within=15.0, timeout=1.0, pause=0.01)
    marker = "chaos-A-after-continue"
    after_id = None
    try:
        status, _, body = request(port, "POST", "/api/v1/registrations", registration_body(marker),
                                  {**bearer(tokens["staff"][8]), "Idempotency-Key": marker}, timeout=15)
        if status == 201:
            after_id = json.loads(body)["id"]
    except (OSError, http.client.HTTPException) as error:
        status = "no answer (%s)" % error
    write_after = now() - continued
    time.sleep(5)
    writers.stop()
    uncertain = len(writers.uncertain)
    pending = writers.settle(60)
    if after_id is not None:
        writers.acked[marker] = after_id
    info("group commit: %s" % group_size(counters, write_counters(port, tokens["admin"])))
    waited = sum(1 for x in writers.latencies if x >= args.stop_seconds - 1)
    writers.save(args.out)
    summary = writers.summary()
    info("writers: %s" % json.dumps(summary))
    info("acknowledged while stopped: %d; writes that waited through the stop and were acknowledged: %d; "
         "uncertain (timed out) before retry: %d" % (during, waited, uncertain))
    ok = True
    if answered_while_stopped:
        ok = False
        info("the server answered /healthz while stopped: the SIGSTOP did not take")
    if healthy_after is None or healthy_after > 5:
        ok = False
    if status != 201 or write_after > 10:
        ok = False
    if pending:
        ok = False
        info("%d uncertain writes still unanswered after retrying for 60 s" % len(pending))
    report(ok, "A sigstop", "10 s stopped; /healthz 200 %s after SIGCONT; a new write %s in %.2f s; %d acknowledged, "
           "%d timed out and settled by retrying with the same Idempotency-Key (%d replayed)"
           % ("in %.3f s" % healthy_after if healthy_after is not None else "NOT within 15 s", status, write_after,
              summary["acknowledged"], uncertain, summary["replayed_on_retry"]))


# ---------------------------------------------------------------- B: slow fdatasync

def slow_fsync(args):
    tokens = load_tokens(args.tokens)
    port = args.port
    baseline = HealthProbe(port, interval=0.05, timeout=2.0).start()
    time.sleep(3)
    baseline.stop()
    info("/healthz before the load (under strace, no writes): %s" % json.dumps(baseline.summary()))
    counters = write_counters(port, tokens["admin"])
    probe = HealthProbe(port, interval=0.05, timeout=2.0).start()
    writers = Writers(port, tokens["staff"][:8], "B", timeouts=[30.0] * 8).start()
    time.sleep(args.seconds)
    writers.stop()
    probe.stop()
    after = write_counters(port, tokens["admin"])
    grouped = writes_per_commit(counters, after)
    info("group commit: %s" % group_size(counters, after))
    pending = writers.settle(60)
    writers.save(args.out)
    summary, health = writers.summary(), probe.summary()
    info("writers: %s" % json.dumps(summary))
    info("/healthz during the load: %s" % json.dumps(health))
    delayed = None
    if args.strace_log and os.path.exists(args.strace_log):
        with open(args.strace_log) as handle:
            delayed = sum(1 for line in handle if "DELAYED" in line)
        info("strace delayed %d fdatasync/fsync calls by 200 ms each" % delayed)
    slowed = summary["write_p50_ms"] >= 190
    # 8 writers in a closed loop behind a 200 ms COMMIT settle into two cohorts that take
    # turns (one commits while the other's answers go out and its next writes queue up):
    # about 4 writes per commit keeps the disk busy and each write waits about two syncs.
    # Fewer than 2 means the writes are being synced one by one.
    ok = (summary["acknowledged"] > 0 and not pending and slowed and health["failures"] == 0
          and health["p99_ms"] < args.healthz_p99_ms and (delayed is None or delayed > 0)
          and grouped is not None and grouped >= args.min_group)
    report(ok, "B slow-fsync", "%d writes acknowledged at %.1f/s (p50 %.0f ms, p99 %.0f ms: %s), %s writes per commit (bound: >= %.1f); "
           "/healthz %d probes, %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms (bound: p99 < %d ms)"
           % (summary["acknowledged"], summary["writes_per_second"], summary["write_p50_ms"], summary["write_p99_ms"],
              "slowed by the 200 ms fsync" if slowed else "NOT slowed: was the delay injected?",
              "?" if grouped is None else "%.2f" % grouped, args.min_group,
              health["probes"], health["failures"], health["p50_ms"], health["p99_ms"], health["max_ms"], args.healthz_p99_ms))


# ---------------------------------------------------------------- C: wall clock steps

class Receiver:
    """A webhook receiver on 127.0.0.1 that fails the first attempt of every message
    (500) and accepts the next, noting when each attempt came."""

    def __init__(self):
        self.attempts = []  # (monotonic time, webhook-id, status answered)
        self.lock = threading.Lock()
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                message = self.headers.get("webhook-id") or "?"
                with receiver.lock:
                    seen = any(m == message for _, m, _ in receiver.attempts)
                    status = 200 if seen else 500
                    receiver.attempts.append((now(), message, status))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *_):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def messages_since(self, since):
        with self.lock:
            return [(t, m, s) for t, m, s in self.attempts if t >= since]

    def wait(self, predicate, within):
        deadline = now() + within
        while now() < deadline:
            found = predicate()
            if found:
                return found
            time.sleep(0.05)
        return None


def clock(args):
    tokens = load_tokens(args.tokens)
    port = args.port
    staff, admin, viewer = tokens["staff"][8], tokens["admin"], tokens["viewer"]
    password = "Chaos-Drenthe-klok-2026"

    def set_offset(text):
        with open(args.clock_file + ".new", "w") as handle:
            handle.write(text + "\n")
        os.replace(args.clock_file + ".new", args.clock_file)

    def server_offset():
        """The server's wall clock minus ours, from its Date header (whole seconds)."""
        _, headers, _ = request(port, "GET", "/healthz")
        return email.utils.parsedate_to_datetime(headers["date"]).timestamp() - time.time()

    def clock_is(expected, name):
        offset = None
        for _ in range(40):
            offset = server_offset()
            if abs(offset - expected) < 5:
                info("%s: the server's Date header is %+.0f s from the real clock" % (name, offset))
                return True
            time.sleep(0.05)
        report(False, "C clock step " + name, "the server's clock is %+.0f s off, expected %+d s: libfaketime is not in effect"
               % (offset, expected))
        return False

    def sign_in(address, secret, source=None):
        # Each sign-in hashes a password at the real cost: on a loaded machine it can take seconds.
        status, headers, body = request(port, "POST", "/api/v1/session", {"email": address, "password": secret},
                                        source=source, timeout=30)
        return status, headers, body

    # Guesses come from unknown browsers on addresses of their own (each network may try 10
    # a minute); an address (account) takes 10 unknown failures an hour, then 429.
    sources = ("127.0.%d.%d" % (1 + n // 200, 1 + n % 200) for n in range(100_000))

    def guess(address, secret):
        return sign_in(address, secret, source=next(sources))

    def cookie_of(headers):
        """The session cookie (`catalogus_session=…`) among those the answer sets."""
        cookies = [line.split(";")[0] for line in headers.get("set-cookie", "").split("\n")]
        return next((cookie for cookie in cookies if cookie.startswith("catalogus_session=")), "")

    def session_status(cookie):
        return request(port, "GET", "/api/v1/session", headers={"Cookie": cookie})[0]

    def burst(token, count=60):
        """`count` reads as fast as one client can: how many were refused (429) and the largest Retry-After."""
        refused, longest = 0, 0
        for _ in range(count):
            status, headers, _ = request(port, "GET", "/api/v1/programmes", headers=bearer(token))
            if status == 429:
                refused += 1
                longest = max(longest, int(headers.get("retry-after", "0")))
        return refused, longest

    def municipality():
        status, headers, body = request(port, "GET", "/api/v1/municipalities/midden-drenthe")
        return status, headers.get("etag"), json.loads(body) if status == 200 else {}

    def rename(name):
        _, etag, current = municipality()
        status, _, body = request(port, "PUT", "/api/v1/municipalities/midden-drenthe",
                                  {"cbs_code": current.get("cbs_code"), "name": name}, {**bearer(admin), "If-Match": etag or "*"})
        return status, body

    def cache_fresh(name, old_etag, label):
        status, etag, body = municipality()
        conditional = request(port, "GET", "/api/v1/municipalities/midden-drenthe", headers={"If-None-Match": old_etag})[0]
        ok = status == 200 and body.get("name") == name and etag != old_etag and conditional == 200
        report(ok, "C cache " + label, "after a change the read shows name %r (expected %r), ETag %s, If-None-Match with the old "
               "ETag → %d (expected 200)" % (body.get("name"), name, "changed" if etag != old_etag else "UNCHANGED", conditional))
        return etag

    def change_target(participants):
        return request(port, "PATCH", "/api/v1/registrations/%d" % target, {"participants": participants}, bearer(staff))[0]

    def retry_after_failure(receiver, label, step=None):
        """A registration change → its first delivery fails (500) → [step] → the retry must come ≈ 5 s later."""
        since = now()
        status = change_target(12 + len(receiver.attempts))
        first = receiver.wait(lambda: [a for a in receiver.messages_since(since) if a[2] == 500], within=15)
        if not first:
            report(False, "C webhook retry " + label, "the change (%s) was not delivered within 15 s" % status)
            return
        message = first[0][1]
        if step:
            time.sleep(0.5)  # the worker has recorded the failure and scheduled the retry by the unstepped clock
            step()
        retry = receiver.wait(lambda: [a for a in receiver.messages_since(since) if a[1] == message and a[2] == 200], within=25)
        if retry:
            report(True, "C webhook retry " + label, "first attempt failed, retried %.1f s later (schedule: ≈ 5 s + jitter)"
                   % (retry[0][0] - first[0][0]))
        else:
            report(False, "C webhook retry " + label, "first attempt failed; no retry within 25 s (due ≈ 5 s later by the "
                   "schedule): the retry is due by the wall clock, which was stepped back an hour (and the worker's poll "
                   "wait, a DispatchSemaphore wait, is stretched by the step)")

    # -- offset 0: everything set up, the writers running.
    set_offset("+0")
    if not clock_is(0, "none"):
        return
    writers = Writers(port, tokens["staff"][:8], "C", timeouts=[10.0] * 8, per_writer_rate=8).start()
    receiver = Receiver()
    status, _, body = request(port, "POST", "/api/v1/webhooks",
                              {"url": "http://127.0.0.1:%d/hook" % receiver.port, "events": ["registration.changed"]}, bearer(admin))
    if status != 201:
        report(False, "C setup", "POST /api/v1/webhooks → %d %s" % (status, body[:300]))
    status, _, body = request(port, "POST", "/api/v1/registrations", registration_body("chaos-C-hook-target"), bearer(staff))
    target = json.loads(body)["id"] if status == 201 else 0
    status, _, body = request(port, "POST", "/api/v1/webhooks",
                              {"url": "http://127.0.0.1:%d/deleted" % receiver.port, "events": ["registration.deleted"]},
                              bearer(admin))
    if status != 201:
        report(False, "C setup", "POST /api/v1/webhooks → %d %s" % (status, body[:300]))
    status, _, body = request(port, "POST", "/api/v1/registrations", registration_body("chaos-C-hook-target-2"), bearer(staff))
    second_target = json.loads(body)["id"] if status == 201 else 0
    status, headers, body = request(port, "POST", "/api/v1/welcome", {"code": args.welcome_code, "password": password})
    welcome_cookie = cookie_of(headers)
    if status != 201 or session_status(welcome_cookie) != 200:
        report(False, "C setup", "signing in with the one-time link → %d %s" % (status, body[:300]))
    locked_address, counting_address = "nobody-1@chaos.invalid", "nobody-2@chaos.invalid"
    answers = [guess(locked_address, "wrong-password-%d" % i)[0] for i in range(10)]
    info("ten wrong passwords for %s from ten addresses: %s" % (locked_address, answers))
    answers = [guess(counting_address, "wrong-password-%d" % i)[0] for i in range(6)]
    info("six wrong passwords for %s: %s" % (counting_address, answers))
    refused, longest = burst(viewer)
    info("a burst of 60 reads with one token: %d refused (429), Retry-After at most %d s" % (refused, longest))
    _, etag0, original = municipality()
    original_name = original.get("name", "Midden-Drenthe")

    # -- the wall clock steps back one hour; the webhook's first attempt has just failed.
    info("stepping the server's wall clock back one hour")
    retry_after_failure(receiver, "after the clock stepped back 1 h", step=lambda: set_offset("-1h"))
    if not clock_is(-3600, "back 1 h"):
        writers.stop()
        writers.save(args.out)
        return
    since = now()
    status = request(port, "DELETE", "/api/v1/registrations/%d" % second_target, headers=bearer(staff))[0]
    delivered = receiver.wait(lambda: receiver.messages_since(since), within=10)
    report(bool(delivered), "C webhook delivery after back step",
           "a new event for another hook (nothing pending before it; deleting a registration → %d) %s" %
           (status, "was delivered %.1f s later" % (delivered[0][0] - since) if delivered else
            "was NOT delivered within 10 s: the worker's poll wait (DispatchSemaphore, a CLOCK_REALTIME deadline on "
            "Linux) was stretched by the step"))
    status = session_status(welcome_cookie)
    report(status == 200, "C session after back step", "a person signed in before the step is still signed in (GET "
           "/api/v1/session → %d)" % status)
    status, headers, _ = guess(locked_address, "wrong-again")
    wait = int(headers.get("retry-after", "0"))
    tail = [guess(counting_address, "wrong-password-after-%d" % i)[0] for i in range(5)]
    status_in, headers_in, _ = sign_in(args.email, password)
    person_cookie = cookie_of(headers_in)
    # The 10th failure in the hour is answered 429 (it takes the last place), so is every later one.
    report(status == 429 and 1 <= wait <= 3600 and tail[2] == 401 and tail[3] == 429 and status_in == 201,
           "C lockout after back step",
           "the locked address stays locked for at most its hour (429, Retry-After %d s, not %d + 3600); failures before "
           "and after the step count together (9th → %d, 10th → %d); a person not locked signs in (→ %d)"
           % (wait, 3600, tail[2], tail[3], status_in))
    time.sleep(2.5)
    status = request(port, "GET", "/api/v1/programmes", headers=bearer(viewer))[0]
    refused, longest = burst(viewer)
    report(status == 200 and refused > 0 and 1 <= longest <= 2, "C rate limit after back step",
           "a token that used its burst before the step may read again 2.5 s later (→ %d), a new burst is limited "
           "again (%d of 60 refused, Retry-After ≤ %d s)" % (status, refused, longest))
    status, _ = rename(original_name + " (chaos 1)")
    info("renamed the municipality during the stepped-back hour → %d" % status)
    etag1 = cache_fresh(original_name + " (chaos 1)", etag0, "after back step")
    key = "chaos-C-idempotent"
    status, headers, body = request(port, "POST", "/api/v1/registrations", registration_body(key),
                                    {**bearer(staff), "Idempotency-Key": key})
    first_id = json.loads(body)["id"] if status == 201 else None
    info("an Idempotency-Key request during the stepped-back hour → %d (id %s)" % (status, first_id))

    # -- the wall clock steps forward one day.
    info("stepping the server's wall clock forward one day (to 23 h ahead of the real clock)")
    set_offset("+23h")
    if not clock_is(23 * 3600, "forward 1 day"):
        writers.stop()
        writers.save(args.out)
        return
    status, headers, body = request(port, "POST", "/api/v1/registrations", registration_body(key),
                                    {**bearer(staff), "Idempotency-Key": key})
    again_id = json.loads(body)["id"] if 200 <= status < 300 else None
    replayed = headers.get("idempotent-replayed") == "true"
    report(replayed and again_id == first_id, "C idempotency after forward step",
           "the retry of a request made seconds earlier (its record 24 h old by the stepped wall clock) → %d, replayed: %s, "
           "id %s (first %s): %s" % (status, replayed, again_id, first_id,
                                     "created once" if again_id == first_id else "CREATED TWICE"))
    if first_id is not None:
        writers.acked[key] = first_id
    status_after = session_status(person_cookie)
    status, headers, _ = sign_in(args.email, password)
    fresh = cookie_of(headers)
    status_fresh = session_status(fresh) if status == 201 else status
    report(status_after == 401 and status == 201 and status_fresh == 200, "C session after forward step",
           "a session idle for 8 h by the wall clock has ended, as its stored limits say (GET /api/v1/session → %d, expected "
           "401; see chaos/README.md); signing in again works (→ %d) and the new session lives (→ %d)"
           % (status_after, status, status_fresh))
    status, headers, _ = guess(locked_address, "wrong-once-more")
    wait = int(headers.get("retry-after", "0"))
    report(status == 429 and 1 <= wait <= 3600, "C lockout after forward step",
           "a lock taken minutes ago does not end when the wall clock jumps a day (429, Retry-After %d s)" % wait)
    time.sleep(2.5)
    refused, longest = burst(viewer)
    report(refused > 0 and 1 <= longest <= 2, "C rate limit after forward step",
           "a burst is still limited (%d of 60 refused, Retry-After ≤ %d s): the jump did not refill the bucket a day's worth"
           % (refused, longest))
    retry_after_failure(receiver, "after the clock stepped forward 1 day")
    status, _ = rename(original_name)
    info("renamed the municipality back → %d" % status)
    cache_fresh(original_name, etag1, "after forward step")

    time.sleep(3)
    writers.stop()
    uncertain = len(writers.uncertain)
    pending = writers.settle(60)
    writers.save(args.out)
    summary = writers.summary()
    info("writers: %s" % json.dumps(summary))
    report(not pending and summary["acknowledged"] > 0, "C writers across the steps",
           "%d acknowledged (%d timed out, settled by retrying), refused: %s"
           % (summary["acknowledged"], uncertain, summary["refused"] or "none"))

    # -- the server quiet, its writer thread waiting for work: the clock steps back an hour,
    # then another process (the command line) changes a cached resource in the file.
    municipality()
    time.sleep(1.5)
    info("the server idle: stepping its wall clock back one hour (to 22 h ahead)")
    set_offset("+22h")
    time.sleep(0.5)
    changed = original_name + " (CLI)"
    db = sqlite3.connect(args.db, timeout=10)
    db.execute("UPDATE municipality SET name = ? WHERE slug = 'midden-drenthe'", (changed,))
    db.commit()
    db.close()
    started, seen = now(), None
    while now() - started < 10:
        if municipality()[2].get("name") == changed:
            seen = now() - started
            break
        time.sleep(0.1)
    report(seen is not None and seen <= 3, "C cache, idle server, after back step",
           "a change written to the file by another process is served %s (README: within a second; the writer looks at "
           "data_version when its one-second wait for work ends)"
           % ("%.1f s later" % seen if seen is not None else "STALE 10 s later: the wait stretched by the step"))


# ---------------------------------------------------------------- the database file

def verify(args):
    problems, figures = check_database(args.db, args.acked)
    report(not problems, "%s database" % args.name,
           "%d acknowledged writes, %d lost, %d duplicated, integrity_check %s%s"
           % (figures["acknowledged"], figures["lost"], figures["duplicated"], figures["integrity"],
              ("; " + "; ".join(problems)) if problems else ""))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("sigstop", "slow-fsync", "clock"):
        p = sub.add_parser(name)
        p.add_argument("--port", type=int, required=True)
        p.add_argument("--tokens", required=True)
        p.add_argument("--out", required=True)
    p = sub.choices["sigstop"]
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--stop-seconds", type=float, default=10)
    p = sub.choices["slow-fsync"]
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--strace-log")
    p.add_argument("--healthz-p99-ms", type=int, default=200)
    p.add_argument("--min-group", type=float, default=2.0, help="least mean writes per commit")
    p = sub.choices["clock"]
    p.add_argument("--clock-file", required=True)
    p.add_argument("--welcome-code", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--db", required=True)
    p = sub.add_parser("verify")
    p.add_argument("--db", required=True)
    p.add_argument("--name", default="")
    p.add_argument("acked", nargs="+")
    args = parser.parse_args()
    {"sigstop": sigstop, "slow-fsync": slow_fsync, "clock": clock, "verify": verify}[args.command](args)
    # Ran to its end: failed checks are counted from their FAIL lines. A crash or a
    # time-out exits non-zero, and run.sh counts that as a failure of its own.
    sys.exit(0 if results else 1)


if __name__ == "__main__":
    main()

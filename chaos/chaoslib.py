"""What the chaos scenarios share: HTTP calls to 127.0.0.1, the 8 writers, the health
probe, and the check of the database file. Python's standard library only."""

import http.client
import json
import os
import sqlite3
import statistics
import threading
import time

HOST = "127.0.0.1"


def now():
    return time.monotonic()


def request(port, method, path, body=None, headers=None, timeout=5.0, source=None):
    """One request on a new connection (from the loopback address `source`, when given):
    (status, headers as a dict of lower-case names, body bytes)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout,
                                            source_address=(source, 0) if source else None)
    try:
        sent = dict(headers or {})
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        connection.request(method, path, body=data, headers=sent)
        response = connection.getresponse()
        payload = response.read()
        headers = {}
        for name, value in response.getheaders():
            # Several Set-Cookie fields (the session and the device cookie) are kept, one a line.
            name = name.lower()
            headers[name] = headers[name] + "\n" + value if name == "set-cookie" and name in headers else value
        return response.status, headers, payload
    finally:
        connection.close()


def bearer(token):
    return {"Authorization": "Bearer " + token}


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(fraction * (len(ordered) - 1)))))
    return ordered[index]


def registration_body(marker):
    """The shape of bench/registrations.lua with a unique `notes`: the marker that the
    check looks for in the database."""
    return {"activity": "breicafe", "municipality": "midden-drenthe", "location": 1,
            "date": "2024-05-14", "participants": 11, "notes": marker}


class Writers:
    """`count` threads, each with its own token and keep-alive connection, each POSTing
    registrations with a unique marker as `notes` and as `Idempotency-Key`. A 2xx is
    acknowledged; a timeout or a dropped connection leaves the write uncertain (it may or
    may not have been saved); `settle()` retries those with the same key and body."""

    def __init__(self, port, tokens, scenario, timeouts=None, per_writer_rate=None):
        self.port = port
        self.tokens = tokens
        self.scenario = scenario
        self.timeouts = timeouts or [5.0] * len(tokens)
        self.interval = 1.0 / per_writer_rate if per_writer_rate else 0.0
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.acked = {}        # marker -> registration id
        self.uncertain = {}    # marker -> (writer index)
        self.refused = {}      # status -> count
        self.latencies = []    # seconds, acknowledged writes
        self.replayed = 0
        self.started_at = None
        self.stopped_at = None
        self.threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(len(tokens))]

    def start(self):
        self.started_at = now()
        for thread in self.threads:
            thread.start()
        return self

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=max(self.timeouts) + 5)
        self.stopped_at = now()

    def _record(self, marker, status, headers, payload, started):
        with self.lock:
            if 200 <= status < 300:
                self.acked[marker] = json.loads(payload)["id"]
                self.latencies.append(now() - started)
                self.uncertain.pop(marker, None)
                if headers.get("idempotent-replayed") == "true":
                    self.replayed += 1
            else:
                self.refused[status] = self.refused.get(status, 0) + 1

    def _run(self, index):
        token = self.tokens[index]
        timeout = self.timeouts[index]
        connection = None
        sequence = 0
        while not self.stopping.is_set():
            sequence += 1
            marker = "chaos-%s-w%d-%06d" % (self.scenario, index, sequence)
            started = now()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
                connection.request("POST", "/api/v1/registrations", body=json.dumps(registration_body(marker)).encode(),
                                   headers={**bearer(token), "Content-Type": "application/json", "Idempotency-Key": marker})
                response = connection.getresponse()
                payload = response.read()
                self._record(marker, response.status, {k.lower(): v for k, v in response.getheaders()}, payload, started)
                if response.status == 429:
                    time.sleep(float(response.getheader("Retry-After") or 1))
            except (OSError, http.client.HTTPException):
                with self.lock:
                    self.uncertain[marker] = index
                if connection is not None:
                    connection.close()
                connection = None
                time.sleep(0.05)
            if self.interval:
                time.sleep(max(0.0, self.interval - (now() - started)))
        if connection is not None:
            connection.close()

    def settle(self, deadline_seconds=60):
        """Retries each uncertain write with its own key until it is acknowledged: the
        server must answer with the first response (replayed) or create it once now."""
        deadline = now() + deadline_seconds
        pending = dict(self.uncertain)
        while pending and now() < deadline:
            for marker, index in list(pending.items()):
                try:
                    status, headers, payload = request(self.port, "POST", "/api/v1/registrations", registration_body(marker),
                                                       {**bearer(self.tokens[index]), "Idempotency-Key": marker}, timeout=10)
                except (OSError, http.client.HTTPException):
                    continue
                if 200 <= status < 300:
                    self._record(marker, status, headers, payload, now())
                    del pending[marker]
                elif status in (409, 429, 503):
                    time.sleep(0.2)
                else:
                    del pending[marker]
                    with self.lock:
                        self.refused[status] = self.refused.get(status, 0) + 1
            if pending:
                time.sleep(0.2)
        return pending

    def summary(self):
        seconds = (self.stopped_at or now()) - self.started_at
        latencies = self.latencies
        return {"acknowledged": len(self.acked), "uncertain_left": len(self.uncertain), "refused": self.refused,
                "replayed_on_retry": self.replayed, "writes_per_second": round(len(self.acked) / seconds, 1) if seconds else 0,
                "write_p50_ms": round(percentile(latencies, 0.5) * 1000, 1),
                "write_p99_ms": round(percentile(latencies, 0.99) * 1000, 1)}

    def save(self, path):
        with open(path, "w") as out:
            json.dump({"scenario": self.scenario, "acked": self.acked, "uncertain": sorted(self.uncertain)}, out)


class HealthProbe:
    """GET /healthz every `interval` seconds on a new connection each time (as a load
    balancer does), recording the latency of each and the failures."""

    def __init__(self, port, interval=0.05, timeout=2.0):
        self.port, self.interval, self.timeout = port, interval, timeout
        self.latencies = []
        self.failures = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.stopping.set()
        self.thread.join()

    def _run(self):
        while not self.stopping.is_set():
            started = now()
            try:
                status, _, _ = request(self.port, "GET", "/healthz", timeout=self.timeout)
                if status == 200:
                    self.latencies.append(now() - started)
                else:
                    self.failures += 1
            except (OSError, http.client.HTTPException):
                self.failures += 1
            self.stopping.wait(max(0.0, self.interval - (now() - started)))

    def summary(self):
        ms = [x * 1000 for x in self.latencies]
        return {"probes": len(ms) + self.failures, "failures": self.failures,
                "p50_ms": round(percentile(ms, 0.5), 1), "p99_ms": round(percentile(ms, 0.99), 1),
                "max_ms": round(max(ms), 1) if ms else float("nan"),
                "mean_ms": round(statistics.mean(ms), 1) if ms else float("nan")}


def wait_healthy(port, within=30.0, timeout=1.0, pause=0.02):
    """Seconds until /healthz answers 200, or None if it does not within `within`."""
    started = now()
    while now() - started < within:
        try:
            if request(port, "GET", "/healthz", timeout=timeout)[0] == 200:
                return now() - started
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(pause)
    return None


def check_database(path, acked_files):
    """After the server stopped: every acknowledged write is in the file exactly once with
    the id it was acknowledged with, no marker is there twice, and SQLite finds the file
    sound. Returns (problems, figures)."""
    problems = []
    acked = {}
    for file in acked_files:
        with open(file) as handle:
            acked.update(json.load(handle)["acked"])
    db = sqlite3.connect("file:%s?mode=ro" % os.path.abspath(path), uri=True)
    try:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append("integrity_check: %s" % integrity[:5])
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            problems.append("foreign_key_check: %d rows, e.g. %s" % (len(foreign), foreign[:3]))
        found = {}
        for notes, count, first_id in db.execute(
                "SELECT notes, count(*), min(id) FROM registration WHERE notes LIKE 'chaos-%' GROUP BY notes"):
            found[notes] = (count, first_id)
    finally:
        db.close()
    lost = [m for m in acked if m not in found]
    duplicated = [m for m, (count, _) in found.items() if count > 1]
    wrong_id = [m for m in acked if m in found and found[m][1] != acked[m]]
    if lost:
        problems.append("%d acknowledged writes lost, e.g. %s" % (len(lost), lost[:5]))
    if duplicated:
        problems.append("%d markers saved more than once, e.g. %s" % (len(duplicated), duplicated[:5]))
    if wrong_id:
        problems.append("%d acknowledged with another id than saved, e.g. %s" % (len(wrong_id), wrong_id[:5]))
    figures = {"acknowledged": len(acked), "rows_with_markers": len(found), "lost": len(lost),
               "duplicated": len(duplicated), "integrity": integrity[0] if integrity else "?"}
    return problems, figures


def write_counters(port, admin_token):
    """(transactions committed, write requests) from /metrics: their ratio is the mean group size."""
    try:
        status, _, body = request(port, "GET", "/metrics", headers=bearer(admin_token))
    except (OSError, http.client.HTTPException):
        return None
    if status != 200:
        return None
    values = {}
    for line in body.decode().splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("catalogus_write_transactions_total", "catalogus_write_requests_total"):
            values[parts[0]] = float(parts[1])
    return values.get("catalogus_write_transactions_total", 0), values.get("catalogus_write_requests_total", 0)


def writes_per_commit(before, after):
    """The mean group size between two `write_counters` readings; None when unknown."""
    if not before or not after or after[0] == before[0]:
        return None
    return (after[1] - before[1]) / (after[0] - before[0])


def group_size(before, after):
    ratio = writes_per_commit(before, after)
    if ratio is None:
        return "?"
    return "%.2f writes per commit (%d commits)" % (ratio, after[0] - before[0])

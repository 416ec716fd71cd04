#!/usr/bin/env python3
"""Small writes while two bulk imports run (issue 20, item 8), against a running server.

Open loop: a small POST /api/v1/registrations every `--spacing` seconds on a new
connection, whatever became of the ones before (as requests from many people arrive),
first for `--baseline` seconds with nothing else running (the peer figure: the same
writes on an idle writer), then while one client sends two imports of `--rows` CSV rows
back to back. Prints p50/p90/p99/max of both phases and how long the imports took. It
reports; it asserts nothing. Standard library only.
"""
import argparse
import http.client
import json
import threading
import time


def post(port, token, path, body, content_type, timeout=300):
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", path, body=body, headers={
            "Authorization": "Bearer " + token, "Content-Type": content_type, "Connection": "close"})
        response = connection.getresponse()
        response.read()
        status = response.status
    except (OSError, http.client.HTTPException):
        status = -1
    finally:
        connection.close()
    return time.monotonic() - started, status


def csv_rows(count):
    lines = ["activity,municipality,location,date,participants"]
    for n in range(1, count + 1):
        lines.append("koffieochtend,midden-drenthe,%d,2024-%02d-%02d,%d" % (n % 3 + 1, n % 12 + 1, n % 28 + 1, n % 40))
    return ("\n".join(lines) + "\n").encode()


def small_writes(port, token, spacing, until, tag):
    """Sends one small write every `spacing` s while until() is false; returns (latency, status) pairs."""
    results, lock, threads, n = [], threading.Lock(), [], 0
    while not until():
        n += 1
        body = json.dumps({"activity": "breicafe", "municipality": "midden-drenthe", "location": 1,
                           "date": "2024-05-14", "participants": 11, "notes": "%s %d" % (tag, n)}).encode()

        def send(body=body):
            outcome = post(port, token, "/api/v1/registrations", body, "application/json")
            with lock:
                results.append(outcome)
        thread = threading.Thread(target=send)
        thread.start()
        threads.append(thread)
        time.sleep(spacing)
    for thread in threads:
        thread.join()
    return results


def percentiles(results):
    latencies = sorted(latency for latency, _ in results)
    if not latencies:
        return "no samples"

    def at(p):
        return latencies[min(len(latencies) - 1, max(0, int(-(-len(latencies) * p // 1)) - 1))] * 1000
    failed = sum(1 for _, status in results if status != 201)
    return "%4d writes, %d not 201: p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms" % (
        len(latencies), failed, at(0.5), at(0.9), at(0.99), latencies[-1] * 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--importer", required=True, help="staff token for the imports")
    parser.add_argument("--writer", required=True, help="staff token for the small writes")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--spacing", type=float, default=0.025)
    parser.add_argument("--baseline", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3,
                        help="pairs of imports, one after the other: more small writes meet them, for a p99 worth the name")
    args = parser.parse_args()

    deadline = time.monotonic() + args.baseline
    idle = small_writes(args.port, args.writer, args.spacing, lambda: time.monotonic() >= deadline, "idle")

    body, done, imports = csv_rows(args.rows), threading.Event(), []

    def run_imports():
        for _ in range(2 * args.rounds):
            imports.append(post(args.port, args.importer, "/api/v1/registrations/bulk", body, "text/csv"))
        done.set()
    importer = threading.Thread(target=run_imports)
    importer.start()
    busy = small_writes(args.port, args.writer, args.spacing, done.is_set, "busy")
    importer.join()

    print("small writes, writer idle      : %s" % percentiles(idle))
    print("small writes, two imports busy : %s  (%d rounds)" % (percentiles(busy), args.rounds))
    print("imports of %d rows: %s" % (args.rows, ", ".join("%d in %.2f s" % (status, seconds) for seconds, status in imports)))


if __name__ == "__main__":
    main()

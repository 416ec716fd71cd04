#!/usr/bin/env python3
"""People in a real browser: one headless Chromium (Selenium) acts as the people of each
area — web-tests/people/scenario_account.py, then scenario_portal, scenario_staff and
scenario_admin where they exist — and then sweeps every page at 1280 and 360 px
(screenshots into OUT/screenshots/people/, axe-core, console).

Started by scripts/browser-test.sh against a server with the demo data; by hand:
  web-tests/people_check.py --base http://127.0.0.1:PORT --admin-token ADMIN_TOKEN \\
      --out test-output --bin .build/debug/catalogus --db DB
A scenario that raises is a failure (with its traceback); the run goes on with the next.
Exit status 0 when every check passed, 1 otherwise.
"""
import argparse
import importlib
import importlib.util
import os
import sys
import time
import traceback

sys.dont_write_bytecode = True  # keep web-tests/ free of __pycache__
from people.harness import Harness  # noqa: E402
from people import sweep  # noqa: E402

SCENARIOS = ["scenario_account", "scenario_portal", "scenario_staff", "scenario_admin", "scenario_mail"]


def reset(h):
    """Each scenario starts signed out, at desktop width, on no page of ours."""
    try:
        h.desktop()
        h.driver.delete_all_cookies()
        h.section = ""
    except Exception:  # a broken browser shows in the next scenario's failure
        pass


def run_scenario(h, name):
    if importlib.util.find_spec(f"people.{name}") is None:
        print(f"{name}: not there (yet), skipped", flush=True)
        return None
    print(name, flush=True)
    started = time.monotonic()
    h.section = name
    module = None
    try:
        module = importlib.import_module(f"people.{name}")
        module.run(h)
    except Exception:
        h.check("ran to the end", False, traceback.format_exc())
        try:
            h.screenshot(f"failure-{name}")
        except Exception:
            pass
    print(f"{name}: {time.monotonic() - started:.0f} s", flush=True)
    reset(h)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--admin-token", required=True, help="an admin token, to invite people and set up data")
    parser.add_argument("--out", default="test-output")
    parser.add_argument("--bin", help="the catalogus executable (scenarios use its command line)")
    parser.add_argument("--db", help="the server's database file (for the command line)")
    parser.add_argument("--migrations", default="migrations")
    parser.add_argument("--only", action="append", help="run only this scenario (repeatable); the sweep still runs")
    parser.add_argument("--no-sweep", action="store_true")
    options = parser.parse_args()

    h = Harness(options.base, options.admin_token, options.out, catalogus_bin=options.bin, db=options.db,
                migrations=options.migrations)
    modules = []
    try:
        for name in options.only or SCENARIOS:
            module = run_scenario(h, name)
            if module is not None:
                modules.append(module)
        if not options.no_sweep:
            print("sweep", flush=True)
            started = time.monotonic()
            h.section = "sweep"
            try:
                sweep.run(h, modules)
            except Exception:
                h.check("ran to the end", False, traceback.format_exc())
            print(f"sweep: {time.monotonic() - started:.0f} s", flush=True)
    finally:
        h.close()
    print(f"{h.passed} checks passed, {len(h.failures)} failed")
    for failure in h.failures:
        print(f"FAILED: {failure}")
    return 1 if h.failures else 0


if __name__ == "__main__":
    sys.exit(main())

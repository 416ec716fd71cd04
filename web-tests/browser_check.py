#!/usr/bin/env python3
"""What a visitor who is not signed in sees in a real browser: headless Chromium loads
the dashboard, the printable report and the catalogue from a running catalogus server
with the demo data, and we check the rendered DOM (after the pages' scripts ran), the
console, and screenshots at desktop and phone width. Each load is a fresh profile, so
nobody is ever signed in here: the statistics pages must offer to sign in and show no
figures; the signed-in views (figures, charts, the A4 print) are people_check.py's.

Standard library only. Started by scripts/browser-test.sh, which builds and starts the
server; run it by hand as
  web-tests/browser_check.py --chromium chromium --base http://127.0.0.1:PORT \
      --admin-token ADMIN_TOKEN --out test-output
Exit status 0 when every check passed, 1 otherwise.
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

sys.dont_write_bytecode = True  # keep web-tests/ free of __pycache__
from dom_tree import parse, find_all, find_one, text_of

HOSTILE_NAME = "<script>alert(1)</script>"


class Report:
    def __init__(self):
        self.failures = []
        self.passed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"  ok    {name}")
        else:
            self.failures.append(f"{name}: {detail}")
            print(f"  FAIL  {name}: {detail}")
        return condition


class Browser:
    def __init__(self, executable, budget_ms):
        self.executable = executable
        self.budget_ms = budget_ms

    def run(self, url, *extra, width=1280, height=900):
        """Loads url; returns (stdout, console lines). Each run gets a fresh profile, so
        nothing (sessionStorage included) carries over between runs."""
        with tempfile.TemporaryDirectory(prefix="catalogus-chromium-") as profile:
            command = [
                self.executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--lang=nl-NL",
                f"--virtual-time-budget={self.budget_ms}", f"--window-size={width},{height}", *extra, url,
            ]
            result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        # Every console message of the page is logged as ...:INFO:CONSOLE...: console.log
        # and console.error alike, uncaught exceptions ("Uncaught ...") and CSP refusals.
        console = [line for line in result.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
        return result.stdout, console

    def dom(self, url, **size):
        return self.run(url, "--dump-dom", **size)


def api(base, method, path, token, body=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def png_size(path):
    """Width and height from a PNG's IHDR chunk (RFC 2083 §4.1.1)."""
    with open(path, "rb") as file:
        header = file.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def cell_text(tree, **attributes):
    node = find_one(tree, "td", attributes)
    return text_of(node) if node is not None else None


def check_no_console(report, name, console):
    report.check(f"{name}: no console messages, errors or CSP refusals", not console, " | ".join(console)[:600])


def check_sign_in_prompt(report, name, tree, next_path):
    """The status line says to sign in, with a link to /login that comes back here."""
    status = find_one(tree, "p", {"id": "status"})
    links = find_all(status, "a", {}) if status is not None else []
    report.check(f"{name}: says 'Meld u aan om de cijfers te zien'",
                 status is not None and "Meld u aan om de cijfers te zien" in text_of(status), status and text_of(status))
    href = links[0].attrs.get("href") if links else None
    report.check(f"{name}: links to /login?next= this page", href == "/login?next=" + next_path, href)
    report.check(f"{name}: no token field (people sign in; tokens are for programs)",
                 not [i for i in find_all(tree, "input", {}) if i.attrs.get("type") == "password"])
    report.check(f"{name}: shows no figures", find_one(tree, "td", {"data-figure": "members_total"}) is None)


def check_dashboard(report, browser, base):
    print("dashboard (signed out)")
    dom, console = browser.dom(f"{base}/?municipality=midden-drenthe&year=2024")
    tree = parse(dom)
    check_no_console(report, "dashboard", console)
    check_sign_in_prompt(report, "dashboard", tree, "%2F%3Fmunicipality%3Dmidden-drenthe%26year%3D2024")
    dashboard = find_one(tree, "div", {"id": "dashboard"})
    report.check("dashboard: the figures' regions stay hidden", dashboard is not None and "hidden" in dashboard.attrs)
    municipalities = [node.attrs.get("value") for node in find_all(find_one(tree, "select", {"id": "gemeente"}), "option", {})]
    report.check("dashboard: all 12 municipalities to choose from", len(municipalities) == 12, municipalities)
    selected = [node.attrs.get("value") for node in find_all(find_one(tree, "select", {"id": "jaar"}), "option", {}) if "selected" in node.attrs]
    report.check("dashboard: the asked year is chosen", selected == ["2024"], selected)
    link = find_one(tree, "a", {"id": "jaarbericht-link"})
    report.check("dashboard: links to the printable report", link is not None and link.attrs.get("href") == "/report/midden-drenthe/2024")
    for region in ["tegels", "cijfers", "programmas", "levering"]:
        node = find_one(tree, "ul" if region == "tegels" else "div", {"id": region})
        report.check(f"dashboard: region #{region} is there, empty", node is not None and not node.children, node)


def check_report(report, browser, base):
    print("report (signed out)")
    dom, console = browser.dom(f"{base}/report/midden-drenthe/2024")
    tree = parse(dom)
    check_no_console(report, "report", console)
    check_sign_in_prompt(report, "report", tree, "%2Freport%2Fmidden-drenthe%2F2024")
    heading = find_one(tree, "h1", {"id": "jaarbericht-titel"})
    report.check("report: the cover names the municipality", heading is not None and text_of(heading) == "Bibliotheken Midden-Drenthe",
                 heading and text_of(heading))
    content = find_one(tree, "div", {"id": "jaarbericht-inhoud"})
    report.check("report: no chapters without figures", content is not None and not content.children)
    dom, _ = browser.dom(f"{base}/report/midden-drenthe/1999")
    report.check("report of a year out of range: 404 page in Dutch", "geen jaar van 2000 tot 2200" in dom)


def add_hostile_activity(report, base, admin_token):
    """An activity whose name and summary are markup, held once in Midden-Drenthe in
    2024, so that it appears in the catalogue and in the dashboard's delivery table."""
    print("hostile data")
    status, _ = api(base, "POST", "/api/v1/activities", admin_token, {
        "code": "browser-test-vijandig", "name": HOSTILE_NAME, "summary": "<img src=x onerror=alert(2)>",
        "programme": "platform", "audiences": ["adults"], "format": "meeting", "unit": "session"})
    report.check("hostile activity created through the API", status == 201, status)
    status, _ = api(base, "POST", "/api/v1/registrations", admin_token, {
        "activity": "browser-test-vijandig", "municipality": "midden-drenthe", "date": "2024-06-15", "participants": 12})
    report.check("hostile activity registered in Midden-Drenthe, June 2024", status == 201, status)


def check_catalogue(report, browser, base):
    print("catalogue")
    dom, console = browser.dom(f"{base}/catalogue?year=2024")
    tree = parse(dom)
    check_no_console(report, "catalogue", console)
    links = [text_of(node) for node in find_all(tree, "a", {}) if node.attrs.get("href", "").startswith("/catalogue/browser-test-vijandig")]
    report.check("catalogue: the hostile name is shown as text", links == [HOSTILE_NAME], links)
    # The page's own modules come from /assets; any other script element came from the data.
    scripts = [s for s in find_all(tree, "script", {}) if not s.attrs.get("src", "").startswith("/assets/")]
    report.check("catalogue: no script element came from the data", not scripts, [s.attrs for s in scripts])
    images = find_all(tree, "img", {})
    report.check("catalogue: no img element came from the data", not images, [i.attrs for i in images])
    report.check("catalogue: Breicafé at € 65,00 per dagdeel", "€ 65,00" in dom and "Het Breicafé" in dom)

    dom, console = browser.dom(f"{base}/catalogue/browser-test-vijandig?year=2024")
    tree = parse(dom)
    check_no_console(report, "activity page", console)
    heading = find_one(tree, "h1", {})
    report.check("activity page: the hostile name is the heading's text", heading is not None and text_of(heading) == HOSTILE_NAME,
                 heading and text_of(heading))
    dom, _ = browser.dom(f"{base}/catalogue?year=2024&q=breica")
    count = find_one(parse(dom), "p", {"class": "result-count"})
    report.check("catalogue: search 'breica' finds one activity", count is not None and text_of(count).startswith("1 activiteit"),
                 count and text_of(count))


def take_screenshots(report, browser, base, out):
    print("screenshots")
    folder = os.path.join(out, "screenshots")
    os.makedirs(folder, exist_ok=True)
    # The dashboard and the report, signed out and in, are people_check.py's (its sweep).
    pages = [("catalogue", "/catalogue?year=2024"),
             ("activity", "/catalogue/breicafe?year=2024")]
    for name, path in pages:
        for device, width, height in [("desktop", 1280, 2000), ("phone", 390, 2400)]:
            file = os.path.join(folder, f"{name}-{device}.png")
            if os.path.exists(file):
                os.remove(file)
            _, console = browser.run(base + path, f"--screenshot={file}", width=width, height=height)
            size = png_size(file) if os.path.exists(file) else None
            report.check(f"screenshot {name}-{device}.png ({width}×{height})", size == (width, height) and not console,
                         f"size {size}, console {console[:2]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--base", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--admin-token", required=True, help="an admin token, to add a hostile activity")
    parser.add_argument("--out", default="test-output")
    parser.add_argument("--budget-ms", type=int, default=8000, help="virtual time each page gets to settle")
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    browser = Browser(options.chromium, options.budget_ms)
    report = Report()
    # Screenshots first, of the demo data alone (the catalogue without the hostile activity).
    take_screenshots(report, browser, options.base, options.out)
    add_hostile_activity(report, options.base, options.admin_token)
    check_dashboard(report, browser, options.base)
    check_report(report, browser, options.base)
    check_catalogue(report, browser, options.base)
    print(f"{report.passed} checks passed, {len(report.failures)} failed")
    for failure in report.failures:
        print(f"FAILED: {failure}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())

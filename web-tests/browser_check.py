#!/usr/bin/env python3
"""What a person sees in a real browser: headless Chromium loads the dashboard, the
printable report and the catalogue from a running catalogus server with the demo data,
and we check the rendered DOM (after the pages' scripts ran), the console, screenshots
at desktop and phone width, and the report printed to an A4 PDF.

Standard library only. Started by scripts/browser-test.sh, which builds and starts the
server; run it by hand as
  web-tests/browser_check.py --chromium chromium --base http://127.0.0.1:PORT \
      --token VIEWER_TOKEN --admin-token ADMIN_TOKEN --out test-output
Exit status 0 when every check passed, 1 otherwise.
"""
import argparse
import json
import os
import re
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


def check_dashboard(report, browser, base, token):
    print("dashboard")
    dom, console = browser.dom(f"{base}/?municipality=midden-drenthe&year=2024#token={token}")
    tree = parse(dom)
    check_no_console(report, "dashboard", console)
    report.check("dashboard: members total 6.984 in De cijfers", cell_text(tree, **{"data-figure": "members_total"}) == "6.984",
                 cell_text(tree, **{"data-figure": "members_total"}))
    report.check("dashboard: participation 20,5 %", cell_text(tree, **{"data-figure": "participation_rate"}) == "20,5 %",
                 cell_text(tree, **{"data-figure": "participation_rate"}))
    tile = find_one(tree, "p", {"data-tile": "members_total"})
    report.check("dashboard: members tile 6.984", tile is not None and text_of(tile) == "6.984", tile and text_of(tile))
    report.check("dashboard: visitors 69.942", cell_text(tree, **{"data-figure": "visitors_library"}) == "69.942")
    report.check("dashboard: physical loans 188.901", cell_text(tree, **{"data-figure": "loans_physical_total"}) == "188.901")
    report.check("dashboard: geletterdheid 466 participants",
                 cell_text(tree, **{"data-programme": "geletterdheid", "data-measure": "participants"}) == "466")
    delivery = cell_text(tree, **{"data-activity": "steunouder-spreekuur"})
    report.check("dashboard: Steunouder delivered 85,4 % of the order, marked", delivery == "85,4 % minder dan besteld", delivery)
    for chart, element, minimum in [("grafiek-deelnemers", "rect", 5), ("grafiek-activiteiten", "rect", 5), ("grafiek-maanden", "path", 2)]:
        figure = find_one(tree, "figure", {"id": chart})
        svg = find_one(figure, "svg", {}) if figure is not None else None
        shapes = find_all(svg, element, {}) if svg is not None else []
        report.check(f"dashboard: chart {chart} is an svg with ≥ {minimum} {element}s",
                     svg is not None and len(shapes) >= minimum and svg.attrs.get("role") == "img", f"{len(shapes)} found")
    months = find_one(tree, "figure", {"id": "grafiek-maanden"})
    points = find_all(months, "circle", {}) if months is not None else []
    report.check("dashboard: 24 month points (2024 and 2023)", len(points) == 24, f"{len(points)} found")
    dashboard = find_one(tree, "div", {"id": "dashboard"})
    report.check("dashboard: shown", dashboard is not None and "hidden" not in dashboard.attrs)
    report.check("dashboard: the token is not written into the page", token not in dom)
    deliveries = find_one(tree, "div", {"id": "levering"})
    names = [text_of(node) for node in find_all(deliveries, "th", {"scope": "row"})] if deliveries is not None else []
    report.check("dashboard: a hostile activity name is a table cell's text", HOSTILE_NAME in names, names[:3])
    report.check("dashboard: no script or img element came from the data",
                 not find_all(tree, "img", {}) and not [s for s in find_all(tree, "script", {}) if "src" not in s.attrs])


def check_report(report, browser, base, token, out):
    print("report")
    url = f"{base}/report/midden-drenthe/2024#token={token}"
    dom, console = browser.dom(url)
    tree = parse(dom)
    check_no_console(report, "report", console)
    report.check("report: members total 6.984", cell_text(tree, **{"data-figure": "members_total"}) == "6.984")
    report.check("report: participation 20,5 %", cell_text(tree, **{"data-figure": "participation_rate"}) == "20,5 %")
    summary = find_one(tree, "p", {"class": "report-summary"})
    report.check("report: summary sentence in Dutch", summary is not None and "6.984 leden" in text_of(summary)
                 and "20,5 %" in text_of(summary), summary and text_of(summary))
    chapters = [node.attrs.get("id") for node in find_all(tree, "h2", {}) if (node.attrs.get("id") or "").startswith("hoofdstuk-")]
    report.check("report: chapters 1–7 in the report's order", chapters == [f"hoofdstuk-{n}" for n in range(1, 8)], chapters)
    titles = [text_of(node) for node in find_all(tree, "h2", {}) if (node.attrs.get("id") or "").startswith("hoofdstuk-")]
    report.check("report: chapter 2 is Drenthe leert en ontwikkelt", len(titles) > 1 and titles[1] == "2 Drenthe leert en ontwikkelt", titles)
    svgs = find_all(tree, "svg", {"role": "img"})
    report.check("report: two charts", len(svgs) == 2, f"{len(svgs)} found")
    form = find_one(tree, "form", {"id": "token-formulier"})
    report.check("report: no token form when a token was given", form is not None and "hidden" in form.attrs)

    pdf = os.path.join(out, "report-a4.pdf")
    browser.run(url, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    data = open(pdf, "rb").read() if os.path.exists(pdf) else b""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    a4 = bool(boxes) and all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes)
    report.check("report: prints to A4 pages", a4, f"{len(data)} bytes, media boxes {boxes[:2]}")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    report.check("report: the print takes 3 to 10 pages", 3 <= pages <= 10, f"{pages} pages")

    dom, _ = browser.dom(f"{base}/report/midden-drenthe/2024")
    tree = parse(dom)
    form = find_one(tree, "form", {"id": "token-formulier"})
    report.check("report without token: asks for one and shows no figures",
                 form is not None and "hidden" not in form.attrs and find_one(tree, "td", {"data-figure": "members_total"}) is None)

    dom, _ = browser.dom(f"{base}/report/midden-drenthe/2024#token=cat_onbekend")
    status = find_one(parse(dom), "p", {"id": "status"})
    report.check("report with a wrong token: says so in Dutch", status is not None and "onbekend of ingetrokken" in text_of(status),
                 status and text_of(status))


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
    scripts = find_all(tree, "script", {})
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


def take_screenshots(report, browser, base, token, out):
    print("screenshots")
    folder = os.path.join(out, "screenshots")
    os.makedirs(folder, exist_ok=True)
    pages = [("dashboard", f"/?municipality=midden-drenthe&year=2024#token={token}"),
             ("report", f"/report/midden-drenthe/2024#token={token}"),
             ("catalogue", "/catalogue?year=2024"),
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
    parser.add_argument("--token", required=True, help="a viewer token")
    parser.add_argument("--admin-token", required=True, help="an admin token, to add a hostile activity")
    parser.add_argument("--out", default="test-output")
    parser.add_argument("--budget-ms", type=int, default=8000, help="virtual time each page gets to settle")
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    browser = Browser(options.chromium, options.budget_ms)
    report = Report()
    # Screenshots first, of the demo data alone, so that they show the report's own
    # figures (155 platform activities, not 156 with the hostile test registration).
    take_screenshots(report, browser, options.base, options.token, options.out)
    add_hostile_activity(report, options.base, options.admin_token)
    check_dashboard(report, browser, options.base, options.token)
    check_report(report, browser, options.base, options.token, options.out)
    check_catalogue(report, browser, options.base)
    print(f"{report.passed} checks passed, {len(report.failures)} failed")
    for failure in report.failures:
        print(f"FAILED: {failure}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())

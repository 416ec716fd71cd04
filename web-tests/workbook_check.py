#!/usr/bin/env python3
"""The Excel downloads read back with openpyxl, from a running server with the demo data.

Checks what a person opening the file in Excel would see: the members total of
Midden-Drenthe 2024 (6,984) is a number in the "2024" column of its row on "De cijfers";
a price of 344.79 is a number with the euro format; a location name typed as
=HYPERLINK(...) through the API is a string cell in the registrations workbook, never a
formula; every sheet has a bold, frozen header row. The CSV downloads, read by Python's
csv module with the file's separator and with the *other* one (a Dutch Excel splits a comma
file on ';'), never hold a cell that starts like a formula.
"""
import argparse
import csv
import io
import json
import re
import sys
import urllib.request

import openpyxl

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HOSTILE = '=HYPERLINK("http://x","y")'
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def call(base, token, method, path, body=None, accept="application/json"):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        "Authorization": "Bearer " + token, "Accept": accept, **({"Content-Type": "application/json"} if data else {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, dict(response.headers), response.read()


def workbook(base, token, path, filename):
    status, headers, body = call(base, token, "GET", path, accept=XLSX)
    check(status == 200 and headers.get("Content-Type") == XLSX, f"{path}: 200 with the xlsx content type")
    check(headers.get("Content-Disposition") == f'attachment; filename="{filename}"', f"{path}: attachment {filename}")
    book = openpyxl.load_workbook(io.BytesIO(body))
    for sheet in book.worksheets:
        check(sheet.freeze_panes == "A2", f"{filename} / {sheet.title}: the header row is frozen")
        check(all(cell.font.b for cell in sheet[1] if cell.value is not None), f"{filename} / {sheet.title}: the header is bold")
        # Printed: A4, one page wide, the header on every page, a filter on every column.
        titles = (sheet.print_title_rows or "").replace("$", "")
        check(titles == "1:1", f"{filename} / {sheet.title}: the header row repeats on every printed page ({titles!r})")
        check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"),
              f"{filename} / {sheet.title}: an autofilter over the table ({sheet.auto_filter.ref!r})")
        # OOXML's default fitToWidth is 1 (left out of the file, None here); fitToHeight 0 is "as many as needed".
        check(str(sheet.page_setup.paperSize) == "9" and sheet.sheet_properties.pageSetUpPr.fitToPage
              and sheet.page_setup.fitToWidth in (None, 1, "1") and str(sheet.page_setup.fitToHeight) == "0",
              f"{filename} / {sheet.title}: A4, fit to one page wide ({sheet.page_setup.paperSize!r}, {sheet.page_setup.fitToWidth!r})")
    return book


def column(sheet, name):
    header = [cell.value for cell in sheet[1]]
    return header.index(name) + 1


def row_where(sheet, name, value):
    index = column(sheet, name)
    return next((row for row in range(2, sheet.max_row + 1) if sheet.cell(row, index).value == value), None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--admin-token", required=True)
    args = parser.parse_args()
    base, admin = args.base, args.admin_token

    # The annual report: "De cijfers", a sheet per programme, "Afname".
    report = workbook(base, admin, "/api/v1/stats/municipalities/midden-drenthe?year=2024", "jaarverslag-midden-drenthe-2024.xlsx")
    names = report.sheetnames
    check(names[0] == "De cijfers" and names[-1] == "Afname" and len(names) >= 7, f"report sheets {names}")
    figures = report["De cijfers"]
    check([c.value for c in figures[1]][:3] == ["Kengetal", "2024", "2023"], "De cijfers: Kengetal, then 2024 and 2023")
    # Read like the report's page: each group under a bold heading, in the report's order,
    # each figure by its Dutch name (no code names for people).
    headings = [r[0].value for r in figures.iter_rows(min_row=2) if r[0].font.b]
    check(headings == ["Platformactiviteiten", "Bezoekers", "Leden en inwoners", "Leesbevordering", "Digitaal",
                       "Uitleningen", "BiebPanel: tevredenheid", "Online bibliotheek"], f"De cijfers: sections {headings}")
    names = [r[0].value for r in figures.iter_rows(min_row=2) if r[0].value]
    check(not any(re.fullmatch(r"[a-z_]+", str(n)) for n in names), f"De cijfers: no code names in column A {names[:5]}")
    check(names.index("Leden: totaal") < names.index("Inwoners") < names.index("Deelneming (leden ÷ inwoners)")
          < names.index("Uitleningen: fysiek totaal"), "De cijfers: members, their total, inhabitants, participation, loans")
    row = row_where(figures, "Kengetal", "Leden: totaal")
    cell = figures.cell(row, column(figures, "2024")) if row else None
    check(cell is not None and cell.data_type == "n" and cell.value == 6984,
          f"De cijfers: the members' total 2024 is the number 6984 (cell {cell.coordinate if cell else None} = {cell.value if cell else None!r})")
    row = row_where(figures, "Kengetal", "Uitleningen: fysiek totaal")
    cell = figures.cell(row, column(figures, "2024")) if row else None
    check(cell is not None and cell.value == 188901 and cell.number_format == "#,##0",
          f"De cijfers: the physical loans' total is 188901 with thousands ({cell.value if cell else None!r})")
    row = row_where(figures, "Kengetal", "Deelneming (leden ÷ inwoners)")
    cell = figures.cell(row, column(figures, "2024")) if row else None
    check(cell is not None and abs(cell.value - 0.205) < 1e-12 and "%" in cell.number_format,
          f"De cijfers: participation is 20.5 % ({cell.value if cell else None!r}, {cell.number_format if cell else None!r})")
    afname = report["Afname"]
    check(column(afname, "Kosten per deelnemer (€)") > 0, "Afname: cost per participant in euros")

    # The price list of 2026: biebfabriek costs € 344.79 a session.
    prices = workbook(base, admin, "/api/v1/prices?year=2026&limit=200", "prijslijst-2026.xlsx")
    sheet = prices["Prijslijst 2026"]
    row = row_where(sheet, "Activiteitcode", "biebfabriek")
    cell = sheet.cell(row, column(sheet, "Prijs per eenheid (€)")) if row else None
    check(cell is not None and cell.data_type == "n" and cell.value == 344.79 and cell.number_format == "€ #,##0.00",
          f"Prijslijst 2026: biebfabriek is 344.79 with the euro format ({cell.value if cell else None!r}, "
          f"{cell.number_format if cell else None!r})")
    # People read units as words; the CSV keeps the code for programs.
    vat = sheet.cell(row, column(sheet, "Btw-tarief")).value if row else None
    vat_format = sheet.cell(row, column(sheet, "Btw-tarief")).number_format if row else None
    check(vat == 0.21 and vat_format == "0%", f"Prijslijst 2026: VAT is 21 % as a percentage ({vat!r}, {vat_format!r})")
    check(sheet.page_setup.orientation == "landscape" or sheet.max_column <= 6,
          f"Prijslijst 2026: a wide table prints landscape ({sheet.page_setup.orientation!r})")
    unit = sheet.cell(row, column(sheet, "Eenheid")).value if row else None
    check(unit == "per dagdeel", f"Prijslijst 2026: biebfabriek's unit reads 'per dagdeel' ({unit!r})")

    # A workbook holds the whole result of its filter, not the first page of 50.
    path = "/api/v1/registrations?municipality=midden-drenthe&from=2024-01-01&to=2024-12-31"
    total, cursor = 0, None
    while True:
        _, _, body = call(base, admin, "GET", path + "&limit=500" + (f"&cursor={cursor}" if cursor else ""))
        page = json.loads(body)
        total += len(page["items"])
        cursor = page["next_cursor"]
        if not cursor:
            break
    year = workbook(base, admin, path, "registraties-midden-drenthe-2024.xlsx").worksheets[0]
    check(total > 50 and year.max_row - 1 == total,
          f"registraties-midden-drenthe-2024.xlsx: all {total} registrations of the year ({year.max_row - 1} rows)")

    # A name typed like a formula, through the API, comes back as text.
    _, _, body = call(base, admin, "POST", "/api/v1/locations",
                      {"municipality": "midden-drenthe", "name": HOSTILE, "kind": "external"})
    location = json.loads(body)["id"]
    call(base, admin, "POST", "/api/v1/registrations", {"activity": "breicafe", "municipality": "midden-drenthe",
                                                        "location": location, "date": "2024-05-14", "participants": 11})
    registrations = workbook(base, admin, "/api/v1/registrations?municipality=midden-drenthe&location=%d" % location,
                             "registraties-midden-drenthe.xlsx")
    sheet = registrations.worksheets[0]
    cells = [row[column(sheet, "Locatie") - 1] for row in sheet.iter_rows(min_row=2)]
    check(len(cells) == 1 and cells[0].value == HOSTILE and cells[0].data_type == "s",
          f"Registraties: the hostile location name is a string cell ({[(c.value, c.data_type) for c in cells]})")
    dates = [row[column(sheet, "Datum") - 1] for row in sheet.iter_rows(min_row=2)]
    check(all(c.is_date and c.number_format == "d-m-yyyy" for c in dates), "Registraties: dates are dates, shown d-m-yyyy")
    counts = [row[column(sheet, "Deelnemers") - 1] for row in sheet.iter_rows(min_row=2)]
    check(all(c.number_format == "#,##0" for c in counts), f"Registraties: counts have thousands separators ({[c.number_format for c in counts]})")

    # A formula after the other separator: quoted, so no reader splits it into a live cell.
    separated = "x;=cmd|' /C calc'!A0,=1+1 @SUM(A1)"
    _, _, body = call(base, admin, "POST", "/api/v1/locations",
                      {"municipality": "midden-drenthe", "name": separated, "kind": "external"})
    location = json.loads(body)["id"]
    call(base, admin, "POST", "/api/v1/registrations", {"activity": "breicafe", "municipality": "midden-drenthe",
                                                        "location": location, "date": "2024-05-15", "participants": 9})
    for sep in (",", ";"):
        _, _, body = call(base, admin, "GET", "/api/v1/registrations?municipality=midden-drenthe&location=%d&output=csv&sep=%s"
                          % (location, urllib.request.quote(sep)), accept="text/csv")
        text = body.decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
        # Read back whole, with a ' before each formula that follows a separator inside it.
        neutral = re.sub(r"([,;\t\r\n])([=+\-@])", r"\1'\2", separated)
        check(any(neutral in row for row in rows), f"CSV sep={sep}: the location name reads back whole ({neutral!r})")
        for reading in (",", ";", "\t"):
            cells = [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=reading) for cell in row]
            live = [cell for cell in cells if cell[:1] in ("=", "+", "@") or (cell[:1] == "-" and not cell[1:].replace(".", "").isdigit())]
            check(not live, f"CSV sep={sep} read with {reading!r}: no cell starts like a formula ({live})")

    print(f"workbook-check: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""The staff workspace, as a library worker uses it on a phone (360 px): records a Breicafé
held today in Bibliotheek Beilen (Midden-Drenthe) with 14 participants, picking the
activity by typing part of its name, and sees the dashboard's participants of the
platform programme rise by exactly 14; "Nog een registreren" keeps the place; corrects
and deletes that registration through the list; uploads a CSV file with two bad rows
and is shown both by number while nothing is saved; types key figures and watches the
members total and the participation rate change before saving, then finds them again
after a reload. The API only sets up what the person does not do here and checks what
the pages say."""
import datetime
import os
import tempfile
from zoneinfo import ZoneInfo

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

MUNICIPALITY = ("midden-drenthe", "Midden-Drenthe")
LOCATION = "Bibliotheek Beilen (vestiging)"
ACTIVITY = ("breicafe", "Het Breicafé", "platform")
TYPED = "Breica"  # part of the name, as a person types it
COURSE = ("klik-en-tik", "Cursus Klik&Tik", "Klik")  # code, name, typed: a course with its sessions (dagdelen)
PARTICIPANTS = 14
CORRECTED = 12

PAGES = [
    ("staff-record", "/registrations/new", "staff"),
    ("staff-list", "/registrations?municipality=midden-drenthe&from=2024-01-01&to=2024-02-29", "staff"),
    ("staff-upload", "/registrations/upload", "staff"),
    ("staff-figures", "/registrations/figures?area=midden-drenthe&year=2024", "staff"),
    ("staff-figures-organisation", "/registrations/figures?area=organisation&year=2024", "staff"),
    ("staff-list-admin", "/registrations?municipality=midden-drenthe&from=2024-01-01&to=2024-01-31", "admin"),
    ("staff-story", "/registrations/story?registration=316", "staff"),
    ("staff-story-correct", "/registrations/story?highlight=1", "staff"),
]


def pages(h):
    """PAGES plus the correction page of a demo registration (its id is known only at run time)."""
    status, data = h.api("GET", "/api/v1/registrations?municipality=midden-drenthe&limit=1")
    extra = [("staff-correct", f"/registrations/{data['items'][0]['id']}/edit", "staff")] if status == 200 and data["items"] else []
    return PAGES + extra


def today():
    return datetime.datetime.now(ZoneInfo("Europe/Amsterdam")).date()


def wait(h, condition, what, timeout=30):
    """Until condition() is truthy; the pages redraw parts of themselves, so a stale element only means: look again."""
    return h.wait_for(lambda driver: condition(), what, timeout)


def number(text):
    """A Dutch count as the pages show it ("1.084") → 1084; None when there is none."""
    digits = text.replace(".", "").replace("\u2212", "-").strip()
    return int(digits) if digits.lstrip("-").isdigit() else None


def dashboard_participants(h, year):
    """The participants of the platform programme on the dashboard, read from the page."""
    h.go(f"/?municipality={MUNICIPALITY[0]}&year={year}")
    css = f'td[data-programme="{ACTIVITY[2]}"][data-measure="participants"]'
    cell = h.wait(css, timeout=40)
    h.check(f"the dashboard shows {MUNICIPALITY[1]} in {year}", h.find("#jaar") and
            Select(h.driver.find_element(By.ID, "jaar")).first_selected_option.get_attribute("value") == str(year),
            "the year asked for is not the year shown")
    return number(cell.text)


def no_sideways_scroll(h, where):
    width = h.driver.execute_script("return document.documentElement.scrollWidth")
    h.check(f"{where}: no horizontal scroll at 360 px", width <= 360, f"the page is {width} px wide")


def big_enough(h, css, where):
    element = h.wait(css)
    size = element.size
    h.check(f"{where}: {css} is a touch target of at least 44 px", size["height"] >= 44 and size["width"] >= 44, f"it is {size}")


def pick_activity(h, input_css, typed, name):
    """Types part of the name into the combobox and taps the option that names the activity."""
    h.fill(input_css, typed)
    listbox = h.driver.find_element(By.CSS_SELECTOR, input_css).get_attribute("aria-controls")
    option = h.wait_text(f"#{listbox} [role=option]", name)
    option.click()
    wait(h, lambda: h.driver.find_element(By.CSS_SELECTOR, input_css).get_attribute("aria-expanded") == "false", "the list of activities to close")


def record(h, year):
    h.phone()
    h.go("/registrations")
    h.click(".page-head a[href='/registrations/new']")
    h.wait_path("/registrations/new")
    h.wait("#registratie")
    no_sideways_scroll(h, "Activiteit registreren")
    big_enough(h, "#registratie button[type=submit]", "Activiteit registreren")
    h.check("the date is today by default and cannot be later",
            h.driver.find_element(By.ID, "datum").get_attribute("value") == today().isoformat()
            and h.driver.find_element(By.ID, "datum").get_attribute("max") == today().isoformat())

    h.fill("#gemeente", MUNICIPALITY[1])
    wait(h, lambda: h.driver.find_element(By.ID, "locatie").is_enabled() and
         LOCATION in [o.text for o in Select(h.driver.find_element(By.ID, "locatie")).options], "the locations of the municipality")
    locations = [o.text for o in Select(h.driver.find_element(By.ID, "locatie")).options]
    h.check("only the municipality's own locations are offered", "Bibliotheek Smilde (vestiging)" in locations and
            not any("Assen" in text for text in locations), f"offered: {locations}")
    h.fill("#locatie", LOCATION)
    pick_activity(h, "#activiteit", TYPED, ACTIVITY[1])
    h.wait_text("#activiteit-gekozen", f"Gekozen: {ACTIVITY[1]}")
    h.fill("#deelnemers", str(PARTICIPANTS))
    h.click("#registratie button[type=submit]")

    saved = h.wait("#opgeslagen")
    h.check("the saved message says what was saved", ACTIVITY[1] in saved.text and f"{PARTICIPANTS} deelnemers" in saved.text
            and "Bibliotheek Beilen" in saved.text, saved.text)
    h.check("the saved message is announced", f"{PARTICIPANTS} deelnemers" in (h.driver.find_element(By.ID, "status").get_attribute("textContent") or ""))
    h.screenshot("staff-recorded-360")

    h.click("#nog-een")
    h.wait("#registratie")
    h.check("“Nog een registreren” keeps the municipality", h.driver.find_element(By.ID, "gemeente").get_attribute("value") == MUNICIPALITY[0])
    h.check("“Nog een registreren” keeps the location",
            Select(h.driver.find_element(By.ID, "locatie")).first_selected_option.text == LOCATION)
    h.check("“Nog een registreren” keeps the date", h.driver.find_element(By.ID, "datum").get_attribute("value") == today().isoformat())
    h.check("“Nog een registreren” empties the activity and puts the focus there",
            h.focused().get_attribute("id") == "activiteit" and h.driver.find_element(By.ID, "activiteit").get_attribute("value") == "")

    # The form says in Dutch, next to the field, what is missing.
    h.click("#registratie button[type=submit]")
    h.wait_text("#activiteit-fout", "Kies een activiteit")
    h.wait_text("#deelnemers-fout", "Vul het aantal deelnemers in")

    # A course brings its number of sessions (dagdelen): filled in, and said so next to the field.
    status, course = h.api("GET", f"/api/v1/activities/{COURSE[0]}")
    sessions = course.get("sessions_per_unit") or 1
    pick_activity(h, "#activiteit", COURSE[2], COURSE[1])
    h.wait("#dagdelen")
    h.check("the course's sessions are filled in", h.driver.find_element(By.ID, "dagdelen").get_attribute("value") == str(sessions),
            h.driver.find_element(By.ID, "dagdelen").get_attribute("value"))
    source = h.wait("#dagdelen-herkomst")
    h.check("the form says the sessions were filled in from the activity",
            f"Ingevuld vanuit de activiteit: {sessions} {'dagdeel' if sessions == 1 else 'dagdelen'}" in source.text, source.text)
    h.fill("#dagdelen", str(sessions + 1))
    wait(h, lambda: not h.driver.find_element(By.ID, "dagdelen-herkomst").is_displayed(), "the note to go once the person types a number")
    h.check("a number the person typed is not said to come from the activity", True)


def list_filtered(h):
    """The list of this year's registrations of the activity in the municipality, filtered through
    the form (the period is this year by default)."""
    h.go("/registrations")
    h.check("the list's period starts on 1 January of this year by default",
            h.driver.find_element(By.ID, "f-van").get_attribute("value") == f"{today().year}-01-01")
    h.fill("#f-gemeente", MUNICIPALITY[1])
    pick_activity(h, "#f-activiteit", TYPED, ACTIVITY[1])
    h.click("#filters button[type=submit]")
    h.wait_for(lambda d: d.find_element(By.ID, "aantal").text.strip() and
               "laden" not in (d.find_element(By.ID, "status").get_attribute("textContent") or ""), "the list to load")


def our_row(h, participants):
    def find():
        for row in h.find("#lijst tbody tr"):
            try:
                if ACTIVITY[1] in row.text and "Beilen" in row.text and str(participants) in row.text.split():
                    return row
            except StaleElementReferenceException:
                return None
        return None
    return wait(h, find, f"the row of the {ACTIVITY[1]} with {participants} participants")


def correct_and_delete(h):
    list_filtered(h)
    row = our_row(h, PARTICIPANTS)
    registration = row.get_attribute("data-id")
    row.find_element(By.CSS_SELECTOR, "a[href*='/edit']").click()
    h.wait_path(f"/registrations/{registration}/edit")
    h.wait("#registratie")
    wait(h, lambda: h.driver.find_element(By.ID, "deelnemers").get_attribute("value") == str(PARTICIPANTS), "the registration in the form")
    no_sideways_scroll(h, "Registratie corrigeren")
    h.fill("#deelnemers", str(CORRECTED))
    h.click("#registratie button[type=submit]")
    h.wait_path("/registrations?")
    h.wait_text("#gecorrigeerd", "De correctie is opgeslagen")
    row = our_row(h, CORRECTED)
    h.check("the corrected row is marked and shows the new count", "highlight" in (row.get_attribute("class") or ""))
    status, stored = h.api("GET", f"/api/v1/registrations/{registration}")
    h.check("the correction is stored", status == 200 and stored["participants"] == CORRECTED, f"{status} {stored}")

    row.find_element(By.CSS_SELECTOR, "[data-delete]").click()
    dialog = h.wait("#verwijder-dialoog")
    h.check("the confirmation names what is deleted", ACTIVITY[1] in dialog.text and f"{CORRECTED} deelnemers" in dialog.text
            and "Bibliotheek Beilen" in dialog.text, dialog.text)
    h.screenshot("staff-delete-confirm-360")
    h.click("#verwijder-dialoog button[value=verwijder]")
    h.wait_text("#status", "Verwijderd")
    wait(h, lambda: not h.find(f'#lijst tbody tr[data-id="{registration}"]'), "the deleted row to go")
    status, _ = h.api("GET", f"/api/v1/registrations/{registration}")
    h.check("the registration is deleted", status == 404, f"GET answered {status}")


def shown_count(h):
    """The number of registrations the list shows at its heading: "(3)"."""
    text = h.wait("#aantal").text.strip("() ")
    return number(text.split()[0]) if text else None


def upload_with_bad_rows(h):
    day = today().isoformat()
    future = (today() + datetime.timedelta(days=3)).isoformat()
    rows = [
        "activity,municipality,location,date,participants",
        f"{ACTIVITY[0]},{MUNICIPALITY[0]},1,{day},9",
        f"bestaat-niet,{MUNICIPALITY[0]},1,{day},5",          # row 2: unknown activity
        f"{ACTIVITY[0]},{MUNICIPALITY[0]},2,{day},7",
        f"{ACTIVITY[0]},{MUNICIPALITY[0]},1,{future},6",       # row 4: in the future
    ]
    list_filtered(h)
    before = shown_count(h)
    with tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="registraties-", delete=False, encoding="utf-8") as file:
        file.write("\r\n".join(rows) + "\r\n")
        path = file.name
    try:
        h.go("/registrations/upload")
        no_sideways_scroll(h, "Registraties uploaden")
        h.driver.find_element(By.ID, "bestand").send_keys(path)
        h.click("#upload button[type=submit]")
        result = h.wait_text("#uitslag h2", "Er is niets opgeslagen")
        h.check("the upload says that nothing was saved and how many rows are wrong", "2 regels kloppen niet" in result.text, result.text)
        bad = {row.get_attribute("data-row"): row.text for row in h.find("#uitslag tbody tr")}
        h.check("row 2 is shown with its field", "2" in bad and "Activiteit" in bad["2"] and "bestaat-niet" in bad["2"], str(bad))
        h.check("row 4 is shown with its field", "4" in bad and "Datum" in bad["4"] and "toekomst" in bad["4"], str(bad))
        h.check("only the bad rows are listed", set(bad) == {"2", "4"}, str(bad))
        h.screenshot("staff-upload-errors-360")
    finally:
        os.unlink(path)
    list_filtered(h)
    h.check("nothing of the file was saved (the list count is unchanged)", shown_count(h) == before, f"{before} before, {shown_count(h)} after")


def key_figures(h, year):
    # Known values to start from (the report's), so that what the person types is a change on every run.
    h.api("PUT", f"/api/v1/figures/{year}/{MUNICIPALITY[0]}",
          {"members_paying": 1920, "members_youth": 4563, "members_start": 295, "members_other": 206})
    h.go(f"/registrations/figures?area={MUNICIPALITY[0]}&year={year}")
    h.wait_text("#fig-members_total", "6.984")
    h.check("the form is filled with the stored figures", h.driver.find_element(By.ID, "fig-members_paying").get_attribute("value") == "1920")
    h.wait("#kerncijfers")
    h.wait_for(lambda d: "laden" not in (d.find_element(By.ID, "status").get_attribute("textContent") or "").lower()
               or "geladen" in (d.find_element(By.ID, "status").get_attribute("textContent") or ""), "the figures to load")
    no_sideways_scroll(h, "Kerncijfers")
    for code in ("members_paying", "members_youth", "members_start", "members_other"):
        h.driver.find_element(By.ID, f"fig-{code}").clear()
    h.wait_text("#fig-members_total", "–")
    h.fill("#fig-members_paying", "1500")
    h.wait_text("#fig-members_total", "1.500")
    h.fill("#fig-members_youth", "500")
    total = h.wait_text("#fig-members_total", "2.000")
    h.check("the members total follows the typing, before anything is saved", total.text == "2.000", total.text)
    inhabitants = number(h.driver.find_element(By.ID, "fig-inhabitants").get_attribute("value") or "")
    if inhabitants:
        tenths = (2000 * 1000 * 2 + inhabitants) // (2 * inhabitants)  # half away from zero, as the server
        expected = f"{tenths // 10},{tenths % 10} %"
        rate = h.wait_text("#fig-participation_rate", expected)
        h.check("the participation rate follows as well", rate.text.replace("\u00a0", " ") == expected, rate.text)
    h.click("#kerncijfers button[type=submit]")
    h.wait_text("#opslaan-status", "Opgeslagen")
    status, stored = h.api("GET", f"/api/v1/figures/{year}/{MUNICIPALITY[0]}")
    h.check("the figures are stored, the total computed", status == 200 and stored["values"].get("members_paying") == 1500
            and stored["values"].get("members_youth") == 500 and stored["computed"].get("members_total") == 2000, f"{status} {stored}")
    h.go(f"/registrations/figures?area={MUNICIPALITY[0]}&year={year}")
    h.wait_for(lambda d: d.find_element(By.ID, "fig-members_paying").get_attribute("value") == "1500", "the saved value after a reload")
    h.wait_text("#fig-members_total", "2.000")
    h.check("after a reload the saved figures are there", h.driver.find_element(By.ID, "fig-members_youth").get_attribute("value") == "500")

    # Opened again without a municipality in the address (the menu's link): the one used last,
    # not the first of the list (a staff account has no municipality of its own).
    h.go(f"/registrations/figures?year={year}")
    opened = h.wait_for(lambda d: d.find_element(By.ID, "kerncijfers").get_attribute("data-area") == MUNICIPALITY[0]
                        and "geladen" in (d.find_element(By.ID, "status").get_attribute("textContent") or ""),
                        f"the page to open on {MUNICIPALITY[1]}, used last")
    h.check(f"without a municipality asked, the page opens on {MUNICIPALITY[1]}, used last", bool(opened), h.path())


def write_story(h):
    """"Maak er een verhaal van" on a Kinderboekenweek morning of the demo (registration 316,
    24 children), another morning (317, 31 children) ticked too: the saved story says 2
    registrations and 55 participants, computed by the server, never typed."""
    h.go("/registrations?municipality=midden-drenthe&from=2024-10-02&to=2024-10-09")
    h.click('#lijst tbody tr[data-id="316"] a[href^="/registrations/story"]')
    h.wait_path("/registrations/story")
    h.wait('#registratie-keuzes input[value="317"]')
    h.check("the registration the story was made from is ticked", h.find('#registratie-keuzes input[value="316"]')[0].is_selected())
    h.click('label[for="registratie-317"]')
    h.fill("#titel", "Voorlezen in de Kinderboekenweek")
    h.fill("#tekst", "Twee ochtenden vol verhalen.")
    no_sideways_scroll(h, "Verhaal schrijven")
    h.click("#verhaal button[type=submit]")
    h.wait_text("#opgeslagen-tekst", "2 registraties, 55 deelnemers")
    status, data = h.api("GET", "/api/v1/highlights?municipality=midden-drenthe&year=2024")
    written = [item for item in data.get("items", []) if item["title"] == "Voorlezen in de Kinderboekenweek"] if status == 200 else []
    h.check("the story is stored with its registrations", bool(written) and written[0]["registrations"] == [316, 317], str(written)[:300])


def run(h):
    year = today().year
    # The dashboard offers the years that have data; a registration elsewhere this year makes this year one.
    h.api("POST", "/api/v1/registrations", {"activity": ACTIVITY[0], "municipality": "westerveld", "date": today().isoformat(), "participants": 1})
    h.sign_in_as("staff")
    h.phone()
    before = dashboard_participants(h, year)
    h.check("the dashboard shows the platform's participants", before is not None)
    record(h, year)
    after = dashboard_participants(h, year)
    h.check(f"the dashboard's participants of the platform rose by exactly {PARTICIPANTS}",
            before is not None and after == before + PARTICIPANTS, f"{before} before, {after} after")
    h.phone()
    correct_and_delete(h)
    upload_with_bad_rows(h)
    key_figures(h, year - 1)
    write_story(h)
    h.desktop()

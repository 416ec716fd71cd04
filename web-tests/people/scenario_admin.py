"""The catalogue manager (role admin) at work on /admin/…: indexes 2026 into 2027 by
3.2 % (the preview shows every new price, and what is saved equals the preview), changes
one of the new prices, publishes 2027 through the explicit confirmation (then the page shows
it published and nothing is editable), confirms a submitted order, invites a person (the
one-time link is shown) and changes that account, edits an activity (and meets a
concurrent change as "iemand anders heeft deze activiteit gewijzigd"), sets a budget.

The demo data publishes 2024–2026 and has no 2027 prices. Against a database where an
earlier run published 2027 already, the scenario indexes the newest published year into the
first unpublished one instead (and ticks "replace" when that year has prices), so that it
can run again; it says which years it used.
"""
from decimal import ROUND_HALF_UP, Decimal

from selenium.webdriver.common.by import By

PAGES = [
    ("admin", "/admin", "admin"),
    ("admin-activities", "/admin/activities", "admin"),
    ("admin-prices-2026", "/admin/prices?year=2026", "admin"),
    ("admin-prices-2028", "/admin/prices?year=2028", "admin"),  # no prices yet: the editable, empty year
    ("admin-orders", "/admin/orders?status=", "admin"),
    ("admin-budgets", "/admin/budgets?year=2027", "admin"),
    ("admin-users", "/admin/users", "admin"),
]

FROM_YEAR, TO_YEAR, PERCENT = 2026, 2027, "3.2"
ORDER_MUNICIPALITY = "de-wolden"
ORDER_ACTIVITY = "klik-en-tik"


def text(h, css):
    found = h.find(css)
    return (found[0].text or found[0].get_attribute("textContent") or "").strip() if found else ""


def indexed(cents, percent):
    """The server's rule: cents × (1 + percent/100), rounded half away from zero (prices are ≥ 0)."""
    return int((Decimal(cents) * (1 + Decimal(percent) / 100)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def euros(cents):
    """As the page writes money: "€ 1.234,56" (with a no-break space)."""
    whole = f"{cents // 100:,}".replace(",", ".")
    return f"€\u00a0{whole},{cents % 100:02d}"


def price_list(h, year):
    status, data = h.api("GET", f"/api/v1/prices?year={year}&limit=500")
    assert status == 200, (status, data)
    return data


def choose_years(h):
    """2026 → 2027 as the issue asks, unless an earlier run published 2027 already."""
    to_year = TO_YEAR
    while price_list(h, to_year)["published"]:
        to_year += 1
    return to_year - 1, to_year


def run(h):
    h.desktop()
    h.sign_in_as("admin")
    h.section = "admin prices"
    prices(h)
    h.section = "admin orders"
    orders(h)
    h.section = "admin users"
    users(h)
    h.section = "admin activities"
    activities(h)
    h.section = "admin budgets"
    budgets(h)
    h.section = "admin phone"
    phone(h)


def prices(h):
    from_year, to_year = choose_years(h)
    note = "" if (from_year, to_year) == (FROM_YEAR, TO_YEAR) else f" ({TO_YEAR} was published by an earlier run)"
    h.check(f"indexes {from_year} into {to_year}{note}", True)
    source = price_list(h, from_year)["items"]
    existing = price_list(h, to_year)["items"]
    h.go(f"/admin/prices?year={from_year}")
    h.wait_text("#price-state", "gepubliceerd")
    h.fill("#index-from", str(from_year))
    h.fill("#index-to", str(to_year))
    h.fill("#index-percent", PERCENT.replace(".", ","))
    h.click("#index-preview-button")
    h.wait("#index-preview-list")
    rows = h.find("#index-preview-list tbody tr")
    shown = {int(row.get_attribute("data-activity")): row for row in rows}
    h.check("the preview has a row for every price of the year", set(shown) == {i["activity"]["id"] for i in source},
            f"{len(shown)} rows, {len(source)} prices")
    preview = {}
    wrong = []
    for item in source:
        row = shown.get(item["activity"]["id"])
        if row is None:
            continue
        expected = indexed(item["unit_price_cents"], PERCENT)
        preview[item["activity"]["id"]] = int(row.find_element(By.CSS_SELECTOR, "[data-new-cents]").get_attribute("data-new-cents"))
        cells = row.text.replace("\u00a0", " ")
        if preview[item["activity"]["id"]] != expected or euros(expected).replace("\u00a0", " ") not in cells:
            wrong.append(f"{item['activity']['code']}: shows {cells!r}, expected {euros(expected)}")
    h.check("every new price in the preview is the old one + 3,2 %, rounded to the cent", not wrong, "; ".join(wrong[:5]))
    h.check("the preview names the years and the percentage", f"{from_year} + 3,2" in text(h, "#index-preview-title"), text(h, "#index-preview-title"))
    h.check("nothing is saved by the preview", price_list(h, to_year)["items"] == existing)
    h.screenshot("admin-index-preview-1280")
    h.axe("admin index preview")
    if existing:
        h.click("#index-overwrite")
    h.click("#index-save")
    h.wait_path(f"/admin/prices?year={to_year}")
    h.wait_text("#price-state", "nog niet gepubliceerd")
    saved = {item["activity"]["id"]: item["unit_price_cents"] for item in price_list(h, to_year)["items"]}
    h.check(f"the saved {to_year} prices equal the preview", saved == preview,
            f"differ for {[k for k in set(saved) | set(preview) if saved.get(k) != preview.get(k)][:5]}")
    inputs = h.find("#price-list input.input-money")
    h.check(f"{to_year} is shown editable, a price field per activity", len(inputs) >= len(saved), f"{len(inputs)} fields")

    # One price changed by hand, in euros with a comma; the API keeps cents.
    first = min(saved)
    h.fill(f"#price-{first}", "123,45")
    h.click("#save-prices")
    h.wait_text(f'[data-status="{first}"]', "opgeslagen")
    after = {item["activity"]["id"]: item for item in price_list(h, to_year)["items"]}
    h.check("a price typed as 123,45 is saved as 12345 cents", after[first]["unit_price_cents"] == 12345, after[first])
    h.wait_text("#status", "1 prijs is opgeslagen")

    # Publishing needs the deliberate tick first.
    h.check("the publish button is disabled until the box is ticked", not h.find("#publish-button")[0].is_enabled())
    h.check("the confirmation says it cannot be undone", "niet ongedaan" in text(h, "#publish-form"), text(h, "#publish-form"))
    h.screenshot("admin-prices-before-publish-1280")
    h.click("#publish-understood")
    h.click("#publish-button")
    h.wait_text("#price-state", f"De prijslijst van {to_year} is gepubliceerd")
    shown = h.driver.execute_script("return document.body.innerText").count(f"De prijslijst van {to_year} is gepubliceerd.")
    h.check("the page says once that the price list is published", shown == 1, f"{shown} times")
    h.check("after publishing the page has no price fields left", not h.find("#price-list input, #price-list select"))
    h.check("the publish panel is gone", not h.find("#publish-panel")[0].is_displayed())
    h.check(f"the API says {to_year} is published", price_list(h, to_year)["published"])
    h.check("the published list shows the typed price", "€ 123,45" in text(h, f'#price-list tr[data-activity="{first}"]').replace("\u00a0", " "),
            text(h, f'#price-list tr[data-activity="{first}"]'))


def orders(h):
    order = submitted_order(h)
    number = order["number"]

    h.go(f"/admin/orders?municipality={ORDER_MUNICIPALITY}")
    button = h.wait(f'button[aria-label="Bestelling {number} bevestigen"]')
    item = h.driver.find_element(By.ID, f"bestelling-{order['id']}")
    h.check("the waiting order shows its number and totals", number in item.text and "Netto" in item.text, item.text)
    h.check("the order links to its page", h.find(f'#bestelling-{order["id"]} a[href="/orders/{order["id"]}"]'))
    h.check("the button reads Bevestigen", button.text == "Bevestigen", button.text)
    button.click()
    h.wait_for(lambda d: "bevestigd" in d.find_element(By.ID, f"bestelling-{order['id']}").text, "the order to show bevestigd")
    status, now = h.api("GET", f"/api/v1/orders/{order['id']}")
    h.check("the API has the order confirmed", now["status"] == "confirmed", now["status"])
    h.check("the confirmation is announced", f"Bestelling {number} is bevestigd" in text(h, "#status"), text(h, "#status"))

    # Cancelling a confirmed order asks for a reason first.
    h.click(f'button[aria-label="Bestelling {number} annuleren"]')
    h.click(f'button[aria-label="Bestelling {number} definitief annuleren"]')
    h.wait_text(f"#bestelling-{order['id']} .field-error", "reden")
    status, now = h.api("GET", f"/api/v1/orders/{order['id']}")
    h.check("without a reason nothing is cancelled", now["status"] == "confirmed", now["status"])
    h.fill(f"#reden-{order['id']}", "Dubbel besteld")
    h.click(f'button[aria-label="Bestelling {number} definitief annuleren"]')
    h.wait_for(lambda d: "geannuleerd" in d.find_element(By.ID, f"bestelling-{order['id']}").text, "the order to show geannuleerd")
    status, now = h.api("GET", f"/api/v1/orders/{order['id']}")
    h.check("cancelled with the reason", now["status"] == "cancelled" and now["cancel_reason"] == "Dubbel besteld", now)

    # Reopening gives a submitted order back to the municipality as a draft.
    other = submitted_order(h)
    h.go(f"/admin/orders?municipality={ORDER_MUNICIPALITY}")
    h.click(f'button[aria-label="Bestelling {other["number"]} terugzetten naar concept"]')
    h.wait_text(f"#bestelling-{other['id']} .badge", "concept")
    status, now = h.api("GET", f"/api/v1/orders/{other['id']}")
    h.check("the API has the order back as a draft", now["status"] == "draft", now["status"])


def submitted_order(h):
    """Precondition (API): a submitted order of De Wolden for 2026, with room in its budget."""
    status, budget = h.api("GET", f"/api/v1/municipalities/{ORDER_MUNICIPALITY}/budgets/{FROM_YEAR}")
    if status == 200:
        h.api("PUT", f"/api/v1/municipalities/{ORDER_MUNICIPALITY}/budgets/{FROM_YEAR}",
              {"net_cents": budget["committed_net_cents"] + 10_000_000, "order_deadline": budget.get("order_deadline")})
    status, order = h.api("POST", "/api/v1/orders", {"municipality": ORDER_MUNICIPALITY, "year": FROM_YEAR,
                                                      "reference": "Beheertest", "lines": [{"activity": ORDER_ACTIVITY, "quantity": 1}]})
    h.check("a draft order (precondition)", status == 201, (status, order))
    status, order = h.api("POST", f"/api/v1/orders/{order['id']}/submit", headers={"If-Match": f"\"{order['version']}\""})
    h.check("submitted (precondition)", status == 200 and order["status"] == "submitted", (status, order))
    return order


def free_email(h):
    status, data = h.api("GET", "/api/v1/users?limit=500")
    taken = {user["email"] for user in data["items"]}
    return next(f"anouk.jansen-{n}@example.nl" for n in range(1, 1000) if f"anouk.jansen-{n}@example.nl" not in taken)


def users(h):
    email = free_email(h)
    h.go("/admin/users")
    h.wait("#users-table")
    h.fill("#invite-name", "Anouk Jansen")
    h.fill("#invite-email", email)
    h.fill("#invite-role", "Gemeente")
    h.fill("#invite-municipality", "Assen")
    h.click("#invite-button")
    h.wait("#link-panel")
    link = h.find("#link-url")[0].get_attribute("value")
    h.check("the one-time link is shown as a full URL", link.startswith(h.base + "/welcome#code="), link)
    h.check("it says the link works once, for 72 hours", "één keer" in text(h, "#link-panel") and "72 uur" in text(h, "#link-panel"),
            text(h, "#link-panel"))
    h.check("the link field is read-only", h.find("#link-url")[0].get_attribute("readonly") is not None)
    h.screenshot("admin-users-invited-1280")
    status, data = h.api("GET", "/api/v1/users?limit=500")
    user = next((u for u in data["items"] if u["email"] == email), None)
    h.check("the account exists for Assen", user and user["role"] == "municipality" and user["municipality"] == "assen", user)
    h.wait_text("#users-table", email)

    # A new link: asked first, then shown; the old link stops working.
    h.click(f'button[data-action="reset"][data-user="{user["id"]}"]')
    h.wait("#reset-dialog")
    h.check("the reset dialog says the old password stops working", "oude wachtwoord" in text(h, "#reset-dialog"), text(h, "#reset-dialog"))
    h.click('#reset-dialog button[value="reset"]')
    h.wait_for(lambda d: d.find_element(By.ID, "link-url").get_attribute("value") not in ("", link), "a new link")
    new_link = h.find("#link-url")[0].get_attribute("value")
    h.check("the new link is shown, and the page says the old password no longer works",
            new_link.startswith(h.base + "/welcome#code=") and "werkt niet meer" in text(h, "#link-text"), (new_link, text(h, "#link-text")))
    code = link.split("#code=", 1)[1]
    status, _ = h.api("POST", "/api/v1/welcome", {"code": code, "password": "een lange zin die niemand raadt"}, token=None)
    h.check("the first link no longer works (410)", status == 410, status)

    # Another role (the municipality goes with it), then blocked.
    h.click(f'button[data-action="edit"][data-user="{user["id"]}"]')
    h.wait("#edit-panel")
    h.fill("#edit-role", "Bibliotheekmedewerker")
    h.check("the municipality field hides for a staff account", not h.find("#edit-municipality-field")[0].is_displayed())
    h.click("#edit-save")
    h.wait_text("#status", "is opgeslagen")
    status, now = h.api("GET", f"/api/v1/users/{user['id']}")
    h.check("the role changed to staff, without municipality", now["role"] == "staff" and now["municipality"] is None, now)
    # Blocking signs the person out everywhere: asked first, like a new link; "no" changes nothing.
    h.click(f'button[data-action="block"][data-user="{user["id"]}"]')
    h.wait("#block-dialog")
    h.check("the block dialog names the person and says they are signed out everywhere",
            email in text(h, "#block-dialog") and "overal afgemeld" in text(h, "#block-dialog"), text(h, "#block-dialog"))
    h.click('#block-dialog button[value="cancel"]')
    h.wait_for(lambda d: not d.find_element(By.ID, "block-dialog").is_displayed(), "the block dialog to close")
    status, now = h.api("GET", f"/api/v1/users/{user['id']}")
    h.check("answering no blocks nothing", now["active"] is True, now)
    h.click(f'button[data-action="block"][data-user="{user["id"]}"]')
    h.wait("#block-dialog")
    h.click('#block-dialog button[value="block"]')
    h.wait(f'button[data-action="unblock"][data-user="{user["id"]}"]')
    status, now = h.api("GET", f"/api/v1/users/{user['id']}")
    h.check("the account is blocked", now["active"] is False, now)


def free_code(h):
    for n in range(1, 1000):
        code = f"voorleeslunch-{n}"
        if h.api("GET", f"/api/v1/activities/{code}")[0] == 404:
            return code


def activities(h):
    # A new activity, with every field a person fills in.
    code = free_code(h)
    h.go("/admin/activities")
    h.wait_text("#status", "activiteiten gevonden")
    h.click("#new-activity")
    h.wait("#activity-form")
    h.click("#save-activity")
    h.wait_text("#activity-form .error-summary", "Vul een code in")
    h.check("an empty form names what is missing, in Dutch",
            all(word in text(h, "#activity-form .error-summary") for word in ["Naam", "Programma", "Vorm", "Prijseenheid"]),
            text(h, "#activity-form .error-summary"))
    h.fill("#act-code", code)
    h.fill("#act-name", "Voorleeslunch")
    h.fill("#act-summary", "Voorlezen voor ouderen tijdens een lunch in de bibliotheek.")
    h.fill("#act-description", "Een vrijwilliger leest voor; daarna praten de deelnemers na bij een eenvoudige lunch.")
    h.fill("#act-programme", "Platformactiviteiten")
    h.fill("#act-format", "Bijeenkomst")
    h.fill("#act-unit", "per activiteit")
    h.fill("#act-max", "12")
    h.click('#act-audiences input[value="seniors"]')
    h.click("#save-activity")
    h.wait_text("#status", "Voorleeslunch is toegevoegd")
    status, created = h.api("GET", f"/api/v1/activities/{code}")
    h.check("the new activity is in the catalogue", status == 200 and created["programme"] == "platform" and created["audiences"] == ["seniors"]
            and created["unit"] == "activity" and created["max_participants"] == 12 and created["sessions_per_unit"] is None, created)

    h.fill("#filter-q", "breicafe")
    h.click("#activity-filters button[type=submit]")
    h.wait_text("#status", "1 activiteit gevonden")
    h.click('button[aria-label="Het Breicafé wijzigen"]')
    h.wait("#activity-form")
    h.wait_for(lambda d: d.find_element(By.ID, "act-code").get_attribute("value") == "breicafe", "the form filled in")
    h.fill("#act-max", "16")
    h.fill("#act-summary", "Samen breien en haken in de bibliotheek, met koffie.")
    h.click("#save-activity")
    h.wait_text("#status", "Het Breicafé is opgeslagen")
    status, activity = h.api("GET", "/api/v1/activities/breicafe")
    h.check("the changes are saved", activity["max_participants"] == 16 and activity["summary"].startswith("Samen breien"), activity)

    # Someone else changes it while the form is open: the page says so and saves nothing.
    h.click('button[aria-label="Het Breicafé wijzigen"]')
    h.wait_for(lambda d: d.find_element(By.ID, "act-max").get_attribute("value") == "16", "the form filled in")
    status, _ = h.api("PATCH", f"/api/v1/activities/{activity['id']}", {"max_participants": 18},
                      headers={"If-Match": f"\"{activity['version']}\""})
    h.check("a concurrent change through the API (precondition)", status == 200, status)
    h.fill("#act-max", "20")
    h.click("#save-activity")
    h.wait_text("#activity-form .error-summary", "Iemand anders heeft deze activiteit gewijzigd; laad opnieuw")
    status, now = h.api("GET", "/api/v1/activities/breicafe")
    h.check("the stale save changed nothing", now["max_participants"] == 18, now["max_participants"])
    h.click("#reload-activity")
    h.wait_for(lambda d: d.find_element(By.ID, "act-max").get_attribute("value") == "18", "the form reloaded with 18")
    h.click("#cancel-edit")

    # Archiving asks first and says what stays.
    h.fill("#filter-q", "filmavond")
    h.click("#activity-filters button[type=submit]")
    h.wait_text("#status", "1 activiteit gevonden")
    h.click('button[aria-label="Filmavond wijzigen"]')
    h.click("#archive-activity")
    h.wait("#archive-dialog")
    h.check("the dialog says archived activities stay in old orders and registrations",
            "oude bestellingen en registraties" in text(h, "#archive-dialog"), text(h, "#archive-dialog"))
    h.click("#archive-dialog button[value=cancel]")
    status, film = h.api("GET", "/api/v1/activities/filmavond")
    h.check("cancelling the dialog archives nothing", film["active"] is True, film)


def type_date(h, css, year, month, day):
    """Types a date into a date field as a person would: in the order the browser's locale
    shows the parts (day-month-year in Dutch, month-day-year in American English)."""
    order = h.driver.execute_script(
        "return new Intl.DateTimeFormat().formatToParts(new Date(2026, 9, 1)).map(p => p.type).filter(t => t !== 'literal')")
    parts = {"day": f"{day:02d}", "month": f"{month:02d}", "year": str(year)}
    h.find(css)[0].send_keys("".join(parts[part] for part in order))


def budgets(h):
    h.go("/admin/budgets?year=2027")
    h.wait_text("#status", "een budget voor 2027")
    h.fill("#budget-assen-amount", "150.000")
    type_date(h, "#budget-assen-deadline", 2026, 10, 1)
    h.click('button[aria-label="Budget van Assen opslaan"]')
    h.wait_text('[data-slug="assen"] [data-value="saved"]', "Opgeslagen")
    status, budget = h.api("GET", "/api/v1/municipalities/assen/budgets/2027")
    h.check("150.000 is saved as 15.000.000 cents", status == 200 and budget["net_cents"] == 15_000_000, (status, budget))
    h.check("the deadline is saved", budget.get("order_deadline") == "2026-10-01", budget.get("order_deadline"))
    h.check("the card shows budget and what is left",
            "€ 150.000,00" in text(h, '[data-slug="assen"] [data-value="budget"]').replace("\u00a0", " "), text(h, '[data-slug="assen"]'))


def phone(h):
    """The same work must not break on a phone: the price list and the orders at 360 px."""
    h.phone()
    h.go("/admin/prices?year=2026")
    h.wait("#price-list")
    width = h.driver.execute_script("return document.documentElement.scrollWidth")
    h.check("the price page does not scroll sideways at 360 px", width <= 360, f"{width} px wide")
    h.go("/admin/orders?status=")
    h.wait(".order-item")
    width = h.driver.execute_script("return document.documentElement.scrollWidth")
    h.check("the orders page does not scroll sideways at 360 px", width <= 360, f"{width} px wide")
    h.desktop()

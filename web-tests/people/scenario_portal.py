"""The municipality portal, as a policy officer of Tynaarlo uses it: fills a basket in the
catalogue of 2026 (a course and a per-inhabitant service), reads the live quote on the
basket page (checked against POST /api/v1/quotes), saves it as a draft, changes a quantity,
meets a conflicting change (412), submits the order, and sees it confirmed after the
admin confirmed it on /admin/orders. A second draft runs into the budget (422) and is
cancelled. The API is used only to set up what the person does not do in these pages
(a budget, someone else's change) and to check what the pages show."""
import re

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

MUNICIPALITY = "tynaarlo"
YEAR = 2026  # a published price list in the demo data, with per-inhabitant prices
COURSE = ("klik-en-tik", "Cursus Klik&Tik")
PER_INHABITANT = ("online-bibliotheek", "Online Bibliotheek")
CONFLICT = "Iemand anders heeft deze bestelling intussen gewijzigd; laad de pagina opnieuw."
NUMBER = re.compile(r"^\d{4}-GM\d{4}-\d{4}$")

PAGES = [
    ("portal-orders", "/orders", "municipality"),
    ("portal-basket", f"/orders/new?year={YEAR}", "municipality"),
    ("portal-catalogue", f"/catalogue?year={YEAR}", "municipality"),
    ("portal-activity", f"/catalogue/{COURSE[0]}?year={YEAR}", "municipality"),
    ("portal-orders-admin", "/orders", "admin"),
    ("portal-order-admin", "/orders/2", "admin"),  # the demo's submitted 2025 order of Midden-Drenthe
]


def pages(h):
    """PAGES plus a draft of Midden-Drenthe (the sweep's municipality), so that the sweep sees an
    order that can still be changed. Budgets for the years shown: without one the pages ask, get
    404 ("no budget set", which they show as such) and Chrome logs that 404 as a console error,
    which the sweep counts."""
    for year, euros in ((2025, 1_000_000), (YEAR, 500_000)):
        h.api("PUT", f"/api/v1/municipalities/midden-drenthe/budgets/{year}", {"net_cents": euros * 100})
    status, draft = h.api("POST", "/api/v1/orders", {"municipality": "midden-drenthe", "year": YEAR, "reference": "Concept voor de controle",
                                                     "lines": [{"activity": COURSE[0], "quantity": 2}, {"activity": PER_INHABITANT[0], "quantity": 1}]})
    extra = [("portal-draft", f"/orders/{draft['id']}", "municipality")] if status == 201 else []
    return PAGES + extra


def money(cents):
    """Dutch money as the pages show it: € 1.234,56 (WebDriver reads the no-break space as a space)."""
    euros, rest = divmod(abs(cents), 100)
    return f"€ {'−' if cents < 0 else ''}{euros:,}".replace(",", ".") + f",{rest:02d}"


def wait(h, condition, timeout=30):
    """Until condition() holds; the pages re-render parts of themselves, so a stale element only means: look again."""
    return WebDriverWait(h.driver, timeout, ignored_exceptions=[StaleElementReferenceException]).until(lambda driver: condition())


def text(h, css):
    return " ".join(element.text for element in h.driver.find_elements(By.CSS_SELECTOR, css)).replace("\u00a0", " ")


def add_to_basket(h, code, quantity):
    form = h.driver.find_element(By.CSS_SELECTOR, f'form.basket-add[data-activity="{code}"]')
    field = form.find_element(By.CSS_SELECTOR, 'input[name="quantity"]')
    field.clear()
    field.send_keys(str(quantity))
    form.find_element(By.CSS_SELECTOR, 'button[type="submit"]').click()


def quantity_input(h, name):
    label = h.driver.find_element(By.XPATH, f'//label[normalize-space()="Aantal {name}"]')
    return h.driver.find_element(By.ID, label.get_attribute("for"))


def set_quantity(h, name, quantity):
    field = quantity_input(h, name)
    field.clear()
    field.send_keys(str(quantity))


def grand_total(h):
    return text(h, "table.order-lines tr.grand-total td")


def totals_against_columns(h):
    """How far (px) the right edges of the net and the gross total are from those of the
    "Excl. btw" and "Incl. btw" headings, as a person reads the quote at desktop width."""
    return h.driver.execute_script("""
        const table = document.querySelector('table.order-lines');
        const heading = (text) => [...table.querySelectorAll('thead th')].find((th) => th.textContent.trim() === text);
        const total = (text) => [...table.querySelectorAll('tfoot tr')].find((tr) => tr.querySelector('th').textContent.trim() === text)
            ?.querySelector('td:not(:empty)');
        const pairs = [[heading('Excl. btw'), total('Totaal excl. btw')], [heading('Incl. btw'), total('Totaal incl. btw')]];
        if (pairs.some(([a, b]) => !a || !b)) return null;
        return pairs.map(([a, b]) => b.getBoundingClientRect().right - a.getBoundingClientRect().right);
    """)


def order_status(h):
    return text(h, "#bestelling-titel .order-status")


def run(h):
    h.desktop()
    # Preconditions by the admin: a budget that leaves room for the first order.
    # 200.000 euro more than the year's orders take already (a rerun against the same database has some).
    status, before = h.api("GET", f"/api/v1/municipalities/{MUNICIPALITY}/budgets/{YEAR}")
    limit = (before["committed_net_cents"] if status == 200 else 0) + 20_000_000
    status, _ = h.api("PUT", f"/api/v1/municipalities/{MUNICIPALITY}/budgets/{YEAR}", {"net_cents": limit})
    h.check("a budget with 200.000 euro left (precondition)", status in (200, 201), status)
    h.sign_in_as("municipality", MUNICIPALITY)

    # 1. The basket from the catalogue.
    h.go(f"/catalogue?year={YEAR}")
    wait(h, lambda: h.driver.find_element(By.ID, "mandje-balk").is_displayed())
    h.check("the catalogue shows the basket bar for Tynaarlo", "Tynaarlo" in text(h, "#mandje-balk"), text(h, "#mandje-balk"))
    add_to_basket(h, COURSE[0], 2)
    wait(h, lambda: COURSE[1] in h.driver.find_element(By.ID, "mandje-status").get_attribute("textContent"))
    h.check("adding is announced", "in het mandje gelegd" in h.driver.find_element(By.ID, "mandje-status").get_attribute("textContent"))
    add_to_basket(h, PER_INHABITANT[0], 1)
    wait(h, lambda: "2 activiteiten" in text(h, "#mandje-aantal"))
    h.check("the basket link counts 2 activities", "2 activiteiten" in text(h, "#mandje-link"), text(h, "#mandje-link"))

    # 2. The basket page with its live quote.
    h.click("#mandje-link")
    wait(h, lambda: "/orders/new" in h.driver.current_url)
    status, quote = h.api("POST", "/api/v1/quotes", {"municipality": MUNICIPALITY, "year": YEAR, "lines": [
        {"activity": COURSE[0], "quantity": 2}, {"activity": PER_INHABITANT[0], "quantity": 1}]}, token=None)
    h.check("the API quotes the same basket", status == 200, status)
    expected = money(quote["totals"]["gross_cents"])
    wait(h, lambda: expected in grand_total(h))
    h.check("the quote's total incl. VAT is shown", expected in grand_total(h), (expected, grand_total(h)))
    inhabitants = next(line["inhabitants"] for line in quote["lines"] if line["unit"] == "inhabitant")
    shown = f"× {inhabitants:,} inwoners".replace(",", ".")
    h.check("the per-inhabitant line is multiplied out", shown in text(h, "table.order-lines"), shown)
    h.check("the net total is shown", money(quote["totals"]["net_cents"]) in text(h, "table.order-lines tfoot"))
    offsets = totals_against_columns(h)
    h.check("each total stands under its own column (net under Excl. btw, gross under Incl. btw)",
            offsets is not None and all(abs(offset) < 2 for offset in offsets), offsets)
    h.check("the budget and what is left of it are shown", money(limit) in text(h, "#budget") and money(20_000_000) in text(h, "#budget"),
            text(h, "#budget"))
    h.screenshot("portal-basket-filled")
    h.fill("#kenmerk", "Afname Tynaarlo 2026")
    h.click("#opslaan")

    # 3. The draft.
    wait(h, lambda: re.search(r"/orders/\d+$", h.driver.current_url) is not None)
    order_id = int(h.driver.current_url.rsplit("/", 1)[1])
    wait(h, lambda: order_status(h) == "concept")
    number = text(h, "#bestelling-titel .order-number")
    h.check("the draft has a number like 2026-GM1730-0001", NUMBER.match(number) is not None, number)
    h.check("the saved notice names the number", number in text(h, "#meldingen"), text(h, "#meldingen"))

    set_quantity(h, COURSE[1], 3)
    status, quote = h.api("POST", "/api/v1/quotes", {"municipality": MUNICIPALITY, "year": YEAR, "lines": [
        {"activity": COURSE[0], "quantity": 3}, {"activity": PER_INHABITANT[0], "quantity": 1}]}, token=None)
    wait(h, lambda: money(quote["totals"]["gross_cents"]) in grand_total(h))
    h.check("the changed quantity is priced live", True)
    h.click("#opslaan")
    h.wait_text("#meldingen", "De wijzigingen zijn opgeslagen.")
    status, order = h.api("GET", f"/api/v1/orders/{order_id}")
    h.check("the change is saved (3 courses)", status == 200 and order["lines"][0]["quantity"] == 3, order)

    # 4. Someone else changes the order in between: the page refuses to overwrite it.
    status, _ = h.api("PATCH", f"/api/v1/orders/{order_id}", {"reference": "Aangepast door de bibliotheek"},
                      headers={"If-Match": f'"{order["version"]}"'})
    h.check("another change through the API (precondition)", status == 200, status)
    set_quantity(h, COURSE[1], 4)
    h.click("#opslaan")
    h.wait_text("#meldingen", CONFLICT)
    h.check("412 says someone else changed the order", CONFLICT in text(h, "#meldingen"))
    h.screenshot("portal-order-conflict")
    h.driver.find_element(By.XPATH, '//button[normalize-space()="Pagina opnieuw laden"]').click()
    h.wait_text("#kenmerken", "Aangepast door de bibliotheek")
    h.check("after reloading, the other change shows", quantity_input(h, COURSE[1]).get_attribute("value") == "3")

    # 5. Submit.
    h.click("#indienen")
    wait(h, lambda: order_status(h) == "ingediend")
    h.check("the order is submitted", "ingediend" in text(h, "#geschiedenis"), text(h, "#geschiedenis"))
    h.check("a submitted order has no quantity inputs", not h.driver.find_elements(By.CSS_SELECTOR, "input.quantity-input"))
    h.go("/orders")
    h.wait_text("#bestellingen-tabel", number)
    row = h.driver.find_element(By.XPATH, f'//table[contains(@class,"orders-table")]//tr[.//a[normalize-space()="{number}"]]')
    h.check("the list shows the order as submitted", "ingediend" in row.text, row.text)

    # 6. Over budget: a second draft would take the year's orders over the budget.
    status, second = h.api("POST", "/api/v1/orders", {"municipality": MUNICIPALITY, "year": YEAR,
                                                      "lines": [{"activity": COURSE[0], "quantity": 200}]})
    h.check("a second draft (precondition)", status == 201, status)
    status, budget = h.api("GET", f"/api/v1/municipalities/{MUNICIPALITY}/budgets/{YEAR}")
    over = second["totals"]["net_cents"] - budget["remaining_net_cents"]
    h.go(f"/orders/{second['id']}")
    wait(h, lambda: order_status(h) == "concept")
    h.check("the budget box warns before submitting", "over het budget" in text(h, "#budget"), text(h, "#budget"))
    # A saved change first: its green notice must not stay above the refusal that follows.
    h.fill("#kenmerk", "Tweede ronde")
    h.click("#opslaan")
    h.wait_text("#meldingen", "De wijzigingen zijn opgeslagen.")
    h.click("#indienen")
    h.wait_text(".error-summary", "boven het budget")
    refusal = text(h, ".error-summary")
    h.check("422 says how much over the budget, as the municipality's own budget",
            f"past niet in uw budget voor {YEAR}" in refusal and f"{money(over)} boven het budget van {money(limit)}" in refusal, (money(over), refusal))
    h.check("422 says what the municipality can do (not: ask the municipality)",
            "Verlaag de aantallen" in refusal and "bibliotheekorganisatie" in refusal and "vraag de gemeente" not in refusal, refusal)
    h.check("the earlier 'saved' notice is gone: one clear message", "opgeslagen" not in text(h, "#meldingen"), text(h, "#meldingen"))
    h.click("#annuleren")
    wait(h, lambda: h.driver.find_element(By.ID, "annuleren-dialoog").is_displayed())
    h.click("#annuleren-ja")
    wait(h, lambda: order_status(h) == "geannuleerd")
    h.check("the second draft is cancelled after confirming", True)

    # 7. The admin confirms on /admin/orders (another area's page); then the municipality sees it.
    h.sign_in_as("admin")
    h.go("/admin/orders")
    label = f"Bestelling {number} bevestigen"
    try:
        button = WebDriverWait(h.driver, 30).until(lambda driver: driver.find_element(By.CSS_SELECTOR, f'button[aria-label="{label}"]'))
    except Exception:
        button = None
    if button is None:
        h.check("/admin/orders has the confirm button (not there yet; step skipped)", True)
        return
    # The order's element: the nearest one around the button that names the order. The page may
    # replace it after confirming, so find it again by its id (or by tag and number) each time.
    element = button.find_element(By.XPATH, f'./ancestor::*[contains(., "{number}")][1]')
    element_id, tag = element.get_attribute("id"), element.tag_name
    button.click()

    def confirmed():
        found = h.driver.find_elements(By.ID, element_id) if element_id else \
            h.driver.find_elements(By.XPATH, f'//{tag}[contains(., "{number}")]')
        return any("bevestigd" in candidate.text for candidate in found)
    wait(h, confirmed)
    h.check("the admin confirmed the order on /admin/orders", True)
    h.sign_in_as("municipality", MUNICIPALITY)
    h.go(f"/orders/{order_id}")
    wait(h, lambda: order_status(h) == "bevestigd")
    h.check("the municipality sees the order confirmed", order_status(h) == "bevestigd", order_status(h))

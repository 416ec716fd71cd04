"""Accounts, as a new policy officer of Midden-Drenthe meets them: the administrator
invites her on the command line (as the README says), she opens the link on her phone,
first picks a password that is too short, then a good one, and lands signed in with her
name in the header. She signs out, mistypes her password, signs in with the keyboard
alone, finds that the used link no longer works, reads her municipality's figures on the
dashboard and in the annual report (not another municipality's), and signs out a second
device on /account. The API only sets up what she does not do herself."""
import base64
import email
import email.policy
import json
import os
import re
import time
import urllib.error
import urllib.request

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.print_page_options import PrintOptions

NAME = "Annemarie van den Berg-Hoogeveen"  # long, for the header on a phone
MUNICIPALITY = "midden-drenthe"
TOO_SHORT = "kort wachtw"  # 11 characters
PASSWORD = "een lange zin voor de catalogus van Drenthe"
HOSTILE = ("browser-test-vijandig", "<script>alert(1)</script>")  # browser_check.py adds it
DASHBOARD = f"/?municipality={MUNICIPALITY}&year=2024"
REPORT = f"/report/{MUNICIPALITY}/2024"

PAGES = [
    ("account-login-signed-in", "/login", "viewer"),
    ("account-account", "/account", "viewer"),
    ("account-dashboard", DASHBOARD, "viewer"),
    ("account-report", REPORT, "viewer"),
    ("account-report-signed-out", REPORT, None),
    ("account-report-organisation", "/report/organisation/2024", "viewer"),
    ("account-dashboard-municipality", "/", "municipality"),
]


def pages(h):
    """PAGES, and the welcome form as an invited person sees it (a fresh link: the sweep's
    plain /welcome has no code and shows only what to do about that)."""
    _, welcome = h.invite("viewer")
    return PAGES + [("account-welcome-form", welcome, None)]


def invite_on_command_line(h):
    for _ in range(20):
        email = h.new_email("beleid")
        try:
            out = h.cli("user", "create", "--email", email, "--name", NAME, "--role", "municipality",
                        "--municipality", MUNICIPALITY, "--public-url", h.base)
        except RuntimeError as error:
            if "Er is al een account" in str(error):
                continue  # an earlier run against the same database
            raise
        link = re.search(r"/welcome#code=[A-Za-z0-9_-]+", out)
        h.check("user create prints the whole link under --public-url", out.strip().startswith(h.base + "/welcome#code="), out[:200])
        h.check("user create prints a /welcome#code=… link", link is not None, out[:200])
        return email, link.group(0)
    raise RuntimeError("no free e-mail address for the invitation")


def described_by(h, input_css, error_text):
    """The input is marked invalid and its description names an element with error_text."""
    field = h.driver.find_element(By.CSS_SELECTOR, input_css)
    ids = (field.get_attribute("aria-describedby") or "").split()
    texts = [h.driver.find_element(By.ID, i).text for i in ids if h.find(f"#{i}")]
    return field.get_attribute("aria-invalid") == "true" and any(error_text in t for t in texts), (ids, texts)


def no_sideways_scroll(h):
    return h.driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def set_password(h, link, password):
    h.go(link)
    h.fill("#nieuw-wachtwoord", password)
    h.fill("#herhaal-wachtwoord", password)
    h.click("#instellen-knop")


def welcome(h, link):
    h.phone()
    h.go(link)
    h.wait_for(lambda d: "#" not in d.current_url, "the code to leave the address bar")
    h.check("welcome: the code is taken out of the address bar at once", "code=" not in h.driver.current_url, h.driver.current_url)
    rules = h.wait("#regels").text
    h.check("welcome: the rules are shown before typing", "minstens 12 tekens" in rules and "e-mailadres of naam" in rules, rules)

    h.fill("#nieuw-wachtwoord", TOO_SHORT)
    h.fill("#herhaal-wachtwoord", TOO_SHORT)
    h.click("#instellen-knop")
    h.wait_text(".field-error", "minstens 12 tekens")
    ok, detail = described_by(h, "#nieuw-wachtwoord", "minstens 12 tekens")
    h.check("welcome: too short is said in Dutch and tied to the password field", ok, detail)
    summary = h.wait(".error-summary")
    h.check("welcome: the error summary is an alert and has the focus",
            summary.get_attribute("role") == "alert" and h.focused() == summary, summary.get_attribute("outerHTML")[:200])
    h.screenshot("account-welcome-too-short-360")
    h.axe("welcome with an error at 360")

    h.fill("#nieuw-wachtwoord", "een wandeling door het Dwingelderveld")
    h.fill("#herhaal-wachtwoord", "een wandeling door het Dwingelderveld!")
    h.click("#instellen-knop")
    h.wait_text("#herhaal-wachtwoord-fout", "niet gelijk")
    h.check("welcome: two different passwords are caught before sending", True)

    h.fill("#nieuw-wachtwoord", PASSWORD)
    h.fill("#herhaal-wachtwoord", PASSWORD)
    h.click("#instellen-knop")
    h.wait_for(lambda d: h.path() == "/orders", "the portal after setting the password", 40)
    name = h.wait_text("#account-name", NAME)
    h.check("welcome: signed in, on the municipality's home /orders, her name in the header", name is not None)
    box = h.driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, window.innerWidth]",
                                  name)
    h.check("header at 360 px: the long name stays inside the window", box[0] >= 0 and box[1] <= box[2], box)
    h.check("header at 360 px: no sideways scrolling", no_sideways_scroll(h))
    h.screenshot("account-signed-in-orders-360")
    h.desktop()


def sign_out_and_wrong_password(h, email):
    h.sign_out()
    h.check("sign-out: says 'U bent afgemeld.'", "U bent afgemeld." in h.wait("#afgemeld").text)
    h.check("sign-out: the header offers to sign in again", not h.find("#afmelden"))
    h.driver.back()
    h.wait_for(lambda d: h.path().startswith("/login"), "Back after signing out to lead to the sign-in page", 20)
    h.check("sign-out: Back shows the sign-in page, not the orders and her name again",
            not h.find("#account-name") and not h.find("#afmelden"), h.path())
    h.fill("#email", email)
    h.fill("#wachtwoord", "dit is niet mijn wachtwoord")
    h.click("#aanmelden-knop")
    h.wait_text(".error-summary", "Het e-mailadres of het wachtwoord klopt niet.")
    ok, detail = described_by(h, "#wachtwoord", "Het e-mailadres of het wachtwoord klopt niet.")
    h.check("login: a wrong password is said in Dutch, tied to the field and announced (role=alert)",
            ok and h.find(".error-summary")[0].get_attribute("role") == "alert", detail)
    h.check("login: still signed out", not h.signed_in())
    h.screenshot("account-login-wrong-password-1280")
    h.axe("login with an error at 1280")


def keyboard_sign_in(h, email):
    """Tab to the e-mail field, type, Tab, type, Enter: no mouse."""
    h.go("/login?next=%2Fcatalogue%3Fyear%3D2024")
    actions = ActionChains(h.driver)
    for _ in range(20):
        if h.focused().get_attribute("id") == "email":
            break
        actions.send_keys(Keys.TAB).perform()
    h.check("keyboard: Tab reaches the e-mail field", h.focused().get_attribute("id") == "email",
            h.focused().get_attribute("outerHTML")[:120])
    actions.send_keys(email).send_keys(Keys.TAB).perform()
    h.check("keyboard: Tab goes on to the password", h.focused().get_attribute("id") == "wachtwoord",
            h.focused().get_attribute("outerHTML")[:120])
    actions.send_keys(PASSWORD).send_keys(Keys.ENTER).perform()
    h.wait_for(lambda d: h.path() == "/catalogue?year=2024", "the page of ?next= after signing in", 40)
    h.wait_text("#account-name", NAME)
    h.check("keyboard: signed in with Tab and Enter, back on the page ?next= named", True)


def no_open_redirect(h, email):
    h.go("/login?next=%2F%5Cexample.org%2F")
    onward = h.wait_text(".account-card a.button-link", "Verder")
    h.check("login while signed in: says so, and '/\\example.org' is not where 'Verder' goes",
            "al aangemeld" in h.wait(".account-card .notice").text and onward.get_attribute("href") == h.base + "/orders",
            onward.get_attribute("href"))
    h.sign_out()
    h.go("/login?next=%2F%2Fexample.org%2Fstolen")
    h.fill("#email", email)
    h.fill("#wachtwoord", PASSWORD)
    h.click("#aanmelden-knop")
    h.wait_for(lambda d: not h.path().startswith("/login"), "the sign-in to lead on", 40)
    h.check("login: ?next=//example.org leads to the role's home, not to another site",
            h.driver.current_url == h.base + "/orders", h.driver.current_url)


def used_link(h, link):
    h.sign_out()
    set_password(h, link, "nog een lange zin voor de catalogus")
    problem = h.wait_text("#link-probleem", "gebruikt of verlopen")
    h.check("welcome: the used link says it is used or expired, and to ask for a new one",
            "Wachtwoord vergeten?" in problem.text and "beheerder" in problem.text and not h.find("#welkom")[0].is_displayed(), problem.text)
    h.check("welcome: the message has the focus", h.focused() == problem)
    h.go("/welcome")
    h.check("welcome without a code: says what to do", "ontbreekt de code" in h.wait("#link-probleem").text)


def read_pages(h, email):
    # Signed out, the dashboard offers to sign in and come back.
    h.go(DASHBOARD)
    link = h.wait_text("#status a", "Aanmelden")
    h.check("dashboard signed out: 'Meld u aan om de cijfers te zien' with a link back",
            "Meld u aan om de cijfers te zien" in h.wait("#status").text
            and link.get_attribute("href").endswith("/login?next=%2F%3Fmunicipality%3Dmidden-drenthe%26year%3D2024"),
            link.get_attribute("href"))
    h.check("dashboard signed out: no figures", not h.find("#dashboard")[0].is_displayed())
    h.check("dashboard signed out: no token field any more", not h.find("input[type=password]") and not h.find("#vergeet-token"))
    h.click("#status a")
    h.fill("#email", email)
    h.fill("#wachtwoord", PASSWORD)
    h.click("#aanmelden-knop")
    h.wait_for(lambda d: h.path() == DASHBOARD, "the dashboard after signing in", 40)
    tile = h.wait_text('[data-tile="members_total"]', "6.984")
    h.check("dashboard signed in: members 6.984 (from the session, no token)", tile is not None)
    h.check("dashboard: participation 20,5 %", h.wait('td[data-figure="participation_rate"]').text.replace("\u00a0", " ") == "20,5 %")
    h.check("dashboard: geletterdheid 466 participants",
            h.wait('td[data-programme="geletterdheid"][data-measure="participants"]').text == "466")
    charts = {c: len(h.find(f"#{c} svg[role=img] {e}")) for c, e in
              [("grafiek-deelnemers", "rect"), ("grafiek-activiteiten", "rect"), ("grafiek-maanden", "path")]}
    h.check("dashboard: three charts drawn", charts["grafiek-deelnemers"] >= 5 and charts["grafiek-activiteiten"] >= 5
            and charts["grafiek-maanden"] >= 2, charts)
    status, _ = h.api("GET", f"/api/v1/activities/{HOSTILE[0]}")
    if status == 200:
        names = [e.text for e in h.find('#levering th[scope="row"]')]
        h.check("dashboard: a hostile activity name is a table cell's text", HOSTILE[1] in names, names[:3])
        h.check("dashboard: no script element came from the data",
                # The page's own data block (its Dutch vocabulary, never run) is the one inline element.
                not h.driver.execute_script(
                    "return [...document.scripts].some((s) => !s.src && !(s.id === 'vocabulary' && s.type === 'application/json'))"))
    options = [o.get_attribute("value") for o in h.find("#gemeente option")]
    h.check("dashboard for a municipality: only its own municipality to choose", options == [MUNICIPALITY], options)

    h.go(REPORT)
    h.wait_text('td[data-figure="members_total"]', "6.984")
    chapters = [e.get_attribute("id") for e in h.find("h2[id^=hoofdstuk-]")]
    h.check("report: chapters 1–7 in the report's order, then the year's catalogue",
            chapters == [f"hoofdstuk-{n}" for n in range(1, 8)] + ["hoofdstuk-catalogus"], chapters)
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    options.background = True
    pdf = base64.b64decode(h.driver.print_page(options))
    with open(f"{h.out}/report-a4-signed-in.pdf", "wb") as file:
        file.write(pdf)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    h.check("report: prints on A4, a chapter a page, 3 to 16 pages",
            bool(boxes) and all(abs(float(w) - 595.3) < 2 and abs(float(v) - 841.9) < 2 for w, v in boxes) and 3 <= pages <= 16,
            f"{pages} pages, media boxes {boxes[:2]}")

    explained_figures(h)

    h.go("/report/assen/2024")
    refusal = h.wait_text("#status", "alleen de cijfers van uw eigen gemeente")
    h.check("report of another municipality: explains that a municipality sees its own only", refusal is not None)
    h.check("report of another municipality: no figures", not h.find('td[data-figure="members_total"]'))


def explained_figures(h):
    """Every figure of the report explains itself: press it, read where it comes from."""
    button = h.wait('td[data-figure="geletterdheid.participants"] button.figure-explain')
    hint = h.driver.execute_script("const id = arguments[0].getAttribute('aria-describedby'); return id && document.getElementById(id).textContent", button)
    h.check("report: a figure is a button described as explaining where it comes from", hint == "Toont waar dit getal vandaan komt", hint)
    button.click()
    panel = h.wait_text(".explain-panel", "= de optelling van 26 bronnen")
    sources = panel.find_elements(By.CSS_SELECTOR, ".explain-sources li")
    h.check("report: 466 participants in geletterdheid are the sum of its 26 registrations, each listed and linked",
            "466" in panel.text and len(sources) == 26 and all(item.find_elements(By.CSS_SELECTOR, "a") for item in sources), panel.text[:300])
    h.check("report: the explanation has the focus and the figure says it is open",
            h.focused().tag_name == "h3" and button.get_attribute("aria-expanded") == "true")
    h.screenshot("account-report-explained-1280")
    h.axe("report with an explanation open at 1280")
    h.find('td[data-figure="participation_rate"] button.figure-explain')[0].click()
    ratio = h.wait_text(".explain-panel", "Teller")
    h.check("report: a ratio shows its two terms, each explainable", "Noemer" in ratio.text, ratio.text[:300])
    ratio.find_elements(By.CSS_SELECTOR, "button.link-button")[0].click()
    h.check("report: the numerator explains itself in turn (the members' key figures)",
            h.wait_text(".explain-panel", "6.984") is not None)


def devices(h, email):
    # A second device: the same person signed in elsewhere (set up through the API).
    status, _ = h.api("POST", "/api/v1/session", {"email": email, "password": PASSWORD}, token=None,
                      headers={"User-Agent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36"})
    h.check("a second session elsewhere (API)", status == 201, status)
    h.go("/account")
    h.wait_text("#account-email", email)
    h.wait_text("#apparaten", "Android")
    items = h.find("#apparaten li")
    h.check("account: two devices, this one marked", len(items) == 2 and "dit apparaat" in items[0].text, [i.text for i in items])
    h.screenshot("account-devices-1280")
    other = items[1].find_element(By.CSS_SELECTOR, "button")
    h.check("account: each device has 'Afmelden op dit apparaat'", other.text == "Afmelden op dit apparaat", other.text)
    other.click()
    h.wait_text("#status", "is afgemeld")
    h.wait_for(lambda d: len(h.find("#apparaten li")) == 1, "one device left")
    h.check("account: the other device is signed out, this one still in", h.signed_in() and h.find("#afmelden"))


def user_id(h, email):
    path = "/api/v1/users"
    while path:
        status, page = h.api("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}: {page}")
        for user in page["items"]:
            if user["email"] == email:
                return user["id"]
        path = f"/api/v1/users?cursor={page['next_cursor']}" if page.get("next_cursor") else None
    raise RuntimeError(f"no account {email}")


def session_ends_meanwhile(h, email):
    """The dashboard is open when the session ends elsewhere (an administrator, another
    device): the next request says to sign in again instead of failing."""
    h.go(DASHBOARD)
    h.wait_text('[data-tile="members_total"]', "6.984")
    user = user_id(h, email)
    _, sessions = h.api("GET", f"/api/v1/users/{user}/sessions")
    for session in sessions["items"]:
        h.api("DELETE", f"/api/v1/users/{user}/sessions/{session['id']}")
    h.fill("#jaar", "2023")
    h.click("#keuze button[type=submit]")
    link = h.wait_text("#status a", "Aanmelden")
    h.check("dashboard after the session ended: asks to sign in, and to come back to the year now chosen",
            link.get_attribute("href").endswith("/login?next=%2F%3Fmunicipality%3Dmidden-drenthe%26year%3D2023")
            and not h.find("#dashboard")[0].is_displayed(), link.get_attribute("href"))


def run(h):
    email, link = invite_on_command_line(h)
    welcome(h, link)
    sign_out_and_wrong_password(h, email)
    keyboard_sign_in(h, email)
    no_open_redirect(h, email)
    used_link(h, link)
    read_pages(h, email)
    devices(h, email)
    session_ends_meanwhile(h, email)
    forgotten_password(h, email)
    organisation_report(h)


def organisation_report(h):
    """A policy adviser of the organisation reads all municipalities side by side."""
    h.sign_in_as("viewer")
    h.go("/report/organisation/2024")
    table = h.wait_text("table.side-by-side", "Midden-Drenthe")
    headers = [cell.text for cell in table.find_elements(By.CSS_SELECTOR, "thead th")]
    h.check("organisation report: a column per municipality and the total", "Midden-Drenthe" in headers and headers[-1] == "Totaal", headers)
    column = headers.index("Midden-Drenthe")
    members = [row for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")
               if row.find_elements(By.CSS_SELECTOR, "th") and row.find_element(By.CSS_SELECTOR, "th").text == "Totaal leden"]
    cells = [cell.text for cell in members[0].find_elements(By.CSS_SELECTOR, "th, td")] if members else []
    h.check("organisation report: Midden-Drenthe's members are the report's 6.984", len(cells) > column and cells[column] == "6.984", cells)
    h.check("organisation report: the figures only the organisation has are listed once, below",
            "Cijfers van de hele organisatie" in h.wait("#hoofdstuk-organisatie").text)
    h.screenshot("account-report-organisation-1280")


def mail_folder(h):
    """Where the demo server writes its mail: `mail/` next to the database (no --smtp-url)."""
    return os.path.join(os.path.dirname(h.db), "mail")


def wait_for_mail(h, to, subject, seen):
    """The first new .eml file (not in `seen`) to `to` with `subject`, parsed; waits for the mail worker."""
    folder = mail_folder(h)
    for _ in range(200):
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            if not name.endswith(".eml") or name in seen:
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                message = email.message_from_binary_file(handle, policy=email.policy.default)
            if to in str(message["To"]) and str(message["Subject"]) == subject:
                seen.add(name)
                return message
        time.sleep(0.1)
    return None


def api_session(h, email, password):
    """Signs in another device (a script, as the API is used): its session cookie."""
    request = urllib.request.Request(h.base + "/api/v1/session", method="POST",
                                     data=json.dumps({"email": email, "password": password}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        cookie = response.headers.get("Set-Cookie", "")
    return cookie.split(";")[0]


def session_alive(h, cookie):
    request = urllib.request.Request(h.base + "/api/v1/session", headers={"Cookie": cookie})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status == 200
    except urllib.error.HTTPError:
        return False


def forgotten_password(h, email):
    """She forgets her password: "Wachtwoord vergeten?" on the sign-in page, the mail, its
    link, a new password, signed in; the session on her other device has ended."""
    other = api_session(h, email, PASSWORD)
    h.check("reset: another device is signed in before", session_alive(h, other))
    seen = set(os.listdir(mail_folder(h))) if os.path.isdir(mail_folder(h)) else set()
    if h.signed_in():
        h.sign_out()
    h.phone()
    h.go("/login")
    h.click("#vergeten")
    h.wait_for(lambda d: h.path() == "/password-reset", "the forgotten-password page")
    h.fill("#email", email)
    h.click("#vergeten-knop")
    notice = h.wait_text("#verstuurd", "krijgt u binnen enkele minuten een e-mail")
    h.check("reset: the page says a mail follows, the same for any address, and has the focus", h.focused() == notice, notice.text)
    h.check("reset page at 360 px: no sideways scrolling", no_sideways_scroll(h))
    h.screenshot("account-password-reset-sent-360")
    h.axe("password reset at 360")

    mail = wait_for_mail(h, email, "Nieuw wachtwoord voor de Activiteitencatalogus van Biblionet Drenthe", seen)
    if not h.check("reset: the mail arrives in the mail folder, to her, in Dutch", mail is not None, mail_folder(h)):
        return
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    link = re.search(r"https?://\S+/welcome#code=[A-Za-z0-9_-]+", text)
    h.check("reset mail: greets her by name and says how long the link works",
            text.startswith(f"Beste {NAME},") and "60 minuten" in text, text[:300])
    h.check("reset mail: the link points at this server", link is not None and link.group(0).startswith(h.base), text)
    h.check("reset mail: the HTML part has the same link as a real link", link is not None and f'href="{link.group(0)}"' in html)
    # The mail's HTML as a phone's mail app shows it: from a file, outside the site's
    # Content-Security-Policy (which would drop the mail's inline styles).
    saved = os.path.abspath(os.path.join(h.out, "screenshots", "people", "mail-password-reset.html"))
    with open(saved, "w", encoding="utf-8") as handle:
        handle.write(html)
    h.driver.get("file://" + saved)
    h.check("reset mail at 360 px: no sideways scrolling (the long link breaks)", no_sideways_scroll(h))
    h.screenshot("account-mail-password-reset-360")

    new_password = "een nieuwe zin na het vergeten"
    set_password(h, link.group(0)[len(h.base):], new_password)
    h.wait_for(lambda d: h.path() == "/orders", "the portal after choosing the new password", 40)
    h.check("reset: signed in with the new password, her name in the header", h.wait_text("#account-name", NAME) is not None)
    h.check("reset: the session on the other device has ended", not session_alive(h, other))
    h.desktop()
    h.sign_out()
    h.sign_in(email, new_password)
    h.check("reset: the new password signs her in", h.signed_in())

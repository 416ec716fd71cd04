"""The harness every scenario gets: one headless Chromium (Selenium, Debian's
chromium-driver) for the whole run, with the few things a test that acts as a person
needs — go to a page, wait for text, type, click, sign in as a new person of a role —
plus screenshots, axe-core and the API for preconditions.

A scenario module (people/scenario_<area>.py) has
    PAGES = [("name", "/path", "role" or None), ...]   # for the sweep at 1280 and 360 px
    def run(h): ...
and may define pages(h) -> the same kind of list, for paths known only after run(h)
(an order's id); the sweep then uses that instead of PAGES.

Waits are explicit (WebDriverWait) and generous: a debug build hashes a password in
about two seconds, and CI machines are slow. Nothing here sleeps to assert.
"""
import base64
import importlib.util
import json
import os
import re
import subprocess
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import ElementClickInterceptedException, StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT_SECONDS = 25
POLL_SECONDS = 0.1
DESKTOP = (1280, 900)
PHONE = (360, 800)
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Long enough, not common, and containing no e-mail address or name the harness makes.
PASSWORD = "een rustige wandeling langs de Drentsche Aa"
# Where each role lands after signing in (signin.js and AccountPages.home agree).
HOMES = {"municipality": "/orders", "staff": "/registrations", "admin": "/admin", "viewer": "/"}
NAMES = {"municipality": "Fenna Bakker", "staff": "Jelle de Vries", "admin": "Sanne Mulder", "viewer": "Bram Visser"}
DEFAULT_MUNICIPALITY = "midden-drenthe"


def axe_source():
    """axe.min.js as shipped in the axe-playwright-python package (found, not imported:
    importing it would need playwright)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-playwright-python is not installed (pip install axe-playwright-python)")
    with open(os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js"), encoding="utf-8") as file:
        return file.read()


def start_chrome(chromedriver="/usr/bin/chromedriver", chromium="/usr/bin/chromium"):
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--lang=nl-NL", "--no-first-run",
                     "--disable-extensions", "--disable-sync", "--hide-scrollbars",
                     # A password manager's "save password?" would be the only dialog; there is none to answer.
                     "--password-store=basic"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"credentials_enable_service": False,
                                              "profile.password_manager_enabled": False,
                                              "intl.accept_languages": "nl-NL,nl"})
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_script_timeout(60)
    driver.set_page_load_timeout(60)
    return driver


class Harness:
    def __init__(self, base, admin_token, out, catalogus_bin=None, db=None, migrations="migrations",
                 chromedriver="/usr/bin/chromedriver", chromium="/usr/bin/chromium"):
        self.base = base.rstrip("/")
        self.admin_token = admin_token
        self.out = out
        self.catalogus_bin = catalogus_bin
        self.db = db
        self.migrations = migrations
        self.screenshots = os.path.join(out, "screenshots", "people")
        os.makedirs(self.screenshots, exist_ok=True)
        self.passed = 0
        self.failures = []
        self.section = ""
        self._people = 0
        self._axe = None
        self.width = DESKTOP[0]
        self.driver = start_chrome(chromedriver, chromium)

    def close(self):
        self.driver.quit()

    # --- results -------------------------------------------------------------------------
    def check(self, name, condition, detail=""):
        """Records one check; returns the condition so that a scenario can stop early."""
        label = f"{self.section}: {name}" if self.section else name
        if condition:
            self.passed += 1
            print(f"  ok    {label}", flush=True)
        else:
            self.failures.append(f"{label}: {detail}")
            print(f"  FAIL  {label}: {detail}", flush=True)
        return bool(condition)

    # --- the browser ------------------------------------------------------------------------
    def go(self, path):
        """Opens a page of the server (path with query and fragment) and waits for it to load."""
        self.driver.get(self.base + path)
        self.wait_ready()

    def path(self):
        """The current address without the server: "/login?next=%2F"."""
        url = self.driver.current_url
        return url[len(self.base):] if url.startswith(self.base) else url

    def wait_ready(self):
        WebDriverWait(self.driver, WAIT_SECONDS, POLL_SECONDS).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def wait_for(self, condition, what, timeout=WAIT_SECONDS):
        """Waits until condition(driver) is truthy; raises TimeoutException saying `what`."""
        try:
            return WebDriverWait(self.driver, timeout, POLL_SECONDS, ignored_exceptions=[StaleElementReferenceException]).until(condition)
        except TimeoutException:
            raise TimeoutException(f"waited {timeout} s for {what} (at {self.path()})") from None

    def wait(self, css, timeout=WAIT_SECONDS):
        """The first visible element matching css."""
        return self.wait_for(EC.visibility_of_element_located((By.CSS_SELECTOR, css)), f"a visible {css}", timeout)

    def wait_text(self, css, text, timeout=WAIT_SECONDS):
        """The first element matching css whose text contains `text` (visible or not)."""
        def found(driver):
            for element in driver.find_elements(By.CSS_SELECTOR, css):
                if text in (element.text or element.get_attribute("textContent") or ""):
                    return element
            return False
        try:
            return WebDriverWait(self.driver, timeout, POLL_SECONDS, ignored_exceptions=[StaleElementReferenceException]).until(found)
        except TimeoutException:
            shown = [(e.text or e.get_attribute("textContent") or "").strip()[:200] for e in self.driver.find_elements(By.CSS_SELECTOR, css)]
            raise TimeoutException(f"waited {timeout} s for {css} to contain {text!r} (at {self.path()}); it shows {shown[:3]}") from None

    def wait_path(self, prefix, timeout=WAIT_SECONDS):
        """Waits until the address (without the server) starts with prefix."""
        return self.wait_for(lambda d: self.path().startswith(prefix), f"the address to start with {prefix}", timeout)

    def find(self, css):
        """Elements matching css now (no wait)."""
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def fill(self, css, text):
        """Types text into an input or textarea (clearing it first), or chooses an option of a
        select by its visible text (else by value)."""
        element = self.wait(css)
        if element.tag_name == "select":
            choice = Select(element)
            try:
                choice.select_by_visible_text(text)
            except Exception:
                choice.select_by_value(text)
            return element
        element.clear()
        element.send_keys(text)
        return element

    def click(self, css):
        element = self.wait_for(EC.element_to_be_clickable((By.CSS_SELECTOR, css)), f"a clickable {css}")
        try:
            element.click()
        except ElementClickInterceptedException:
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            element.click()
        return element

    def focused(self):
        return self.driver.switch_to.active_element

    def console_errors(self):
        """The browser's SEVERE console entries since the last call (script errors, CSP refusals,
        failed requests)."""
        return [entry["message"] for entry in self.driver.get_log("browser") if entry.get("level") == "SEVERE"]

    def settle(self, timeout=10):
        """Waits until the page's scripts have stopped fetching: nothing aria-busy, and the
        number of loaded resources unchanged for 0.4 s. For screenshots and axe, which have no
        text of their own to wait for."""
        self.wait_ready()
        deadline = time.monotonic() + timeout
        last, same = -1, 0
        while time.monotonic() < deadline:
            count = self.driver.execute_script(
                "return document.querySelector('[aria-busy=\"true\"]') ? -1 : performance.getEntriesByType('resource').length")
            same = same + 1 if count >= 0 and count == last else 0
            if same >= 2:
                return
            last = count
            time.sleep(0.2)

    # --- window sizes -----------------------------------------------------------------------
    def _size(self, width, height):
        self.driver.set_window_size(width, height)
        inner = self.driver.execute_script("return window.innerWidth")
        if inner != width:  # a window frame: make the viewport itself the asked width
            self.driver.set_window_size(width + (width - inner), height)
        self.width = width

    def phone(self):
        self._size(*PHONE)

    def desktop(self):
        self._size(*DESKTOP)

    # --- evidence ---------------------------------------------------------------------------
    def screenshot(self, name):
        """The whole page (not only the window) as test-output/screenshots/people/<name>.png."""
        file = os.path.join(self.screenshots, re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-") + ".png")
        metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        width = self.driver.execute_script("return window.innerWidth")
        shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(size["height"], 12000), "scale": 1}})
        with open(file, "wb") as output:
            output.write(base64.b64decode(shot["data"]))
        return file

    def axe(self, name):
        """Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is now; every violation is a
        failed check with its rule id and the elements it found. Returns the violations."""
        if self._axe is None:
            self._axe = axe_source()
        if not self.driver.execute_script("return typeof window.axe === 'object'"):
            self.driver.execute_script(self._axe)
        result = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then((r) => done(r.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
                     targets: v.nodes.slice(0, 5).map((n) => n.target.join(' '))}))))
              .catch((e) => done({error: String(e)}));
            """, AXE_TAGS)
        if isinstance(result, dict):
            self.check(f"axe {name}: ran", False, result.get("error"))
            return []
        if not result:
            self.check(f"axe {name}: no WCAG 2.1 A/AA violations", True)
        for violation in result:
            self.check(f"axe {name}: {violation['id']}", False,
                       f"{violation['impact']}: {violation['help']} — {', '.join(violation['targets'])}")
        return result

    # --- the API (preconditions only) -------------------------------------------------------
    def api(self, method, path, body=None, token="admin", headers=None):
        """(status, parsed JSON or text). token: a bearer token, None for none; the default is
        the admin token."""
        if token == "admin":
            token = self.admin_token
        sent = {"Accept": "application/json", **(headers or {})}
        if token:
            sent["Authorization"] = f"Bearer {token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, method=method, data=data, headers=sent)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                raw, status = response.read(), response.status
        except urllib.error.HTTPError as error:
            raw, status = error.read(), error.code
        try:
            return status, json.loads(raw) if raw else None
        except ValueError:
            return status, raw.decode(errors="replace")

    def cli(self, *arguments):
        """Runs the catalogus command line against the test database; returns stdout."""
        if not (self.catalogus_bin and self.db):
            raise RuntimeError("people_check.py was started without --bin and --db")
        result = subprocess.run([self.catalogus_bin, *arguments, "--db", self.db, "--migrations", self.migrations],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise RuntimeError(f"catalogus {' '.join(arguments)} failed: {result.stderr.strip()[:500]}")
        return result.stdout

    # --- people -----------------------------------------------------------------------------
    def new_email(self, role):
        """A new address each call, the same sequence every run."""
        self._people += 1
        return f"{role}-{self._people}@example.nl"

    def invite(self, role, municipality=None, name=None):
        """Creates an account through the API with the admin token; returns (person, welcome path)."""
        name = name or NAMES.get(role, "Test Persoon")
        if role == "municipality":
            municipality = municipality or DEFAULT_MUNICIPALITY
        for _ in range(100):  # skips addresses an earlier run against the same database used
            body = {"email": self.new_email(role), "name": name, "role": role}
            if municipality:
                body["municipality"] = municipality
            status, data = self.api("POST", "/api/v1/users", body)
            if status != 409:
                break
        if status != 201:
            raise RuntimeError(f"POST /api/v1/users {body} answered {status}: {data}")
        person = {"email": body["email"], "password": PASSWORD, "name": name, "role": role,
                  "municipality": municipality, "id": data["user"]["id"]}
        return person, data["welcome"]["url"]

    def signed_in(self):
        if not self.driver.current_url.startswith(self.base):
            return False  # the browser's first blank page has no cookies of ours
        return self.driver.get_cookie("catalogus_session") is not None

    def sign_in_as(self, role, municipality=None, name=None):
        """A new person of `role` (municipality: midden-drenthe unless told), who sets a
        password on /welcome by typing it, as the invitation asks. Ends signed in, on the
        role's home page. Returns {email, password, name, role, municipality, id}."""
        person, welcome = self.invite(role, municipality, name)
        if self.signed_in():
            self.sign_out()
        self.go(welcome)
        self.fill("#nieuw-wachtwoord", person["password"])
        self.fill("#herhaal-wachtwoord", person["password"])
        self.click("#instellen-knop")
        self.wait_for(lambda d: self.path().split("?")[0] == HOMES[role], f"the home page of a {role} ({HOMES[role]})", 40)
        self.wait_text("#account-name", person["name"], timeout=40)
        return person

    def sign_in(self, email, password):
        """Through /login, typing; ends on the page the sign-in leads to."""
        if self.signed_in():
            self.sign_out()
        self.go("/login")
        self.fill("#email", email)
        self.fill("#wachtwoord", password)
        self.click("#aanmelden-knop")
        self.wait_for(lambda d: not self.path().startswith("/login"), "the sign-in to lead on", 40)
        self.wait("#afmelden")

    def sign_out(self):
        """With the header's "Afmelden" button; ends on /login?afgemeld=1."""
        if not self.find("#afmelden"):
            self.go("/catalogue")
        if not self.find("#afmelden"):
            self.driver.delete_cookie("catalogus_session")
            return
        self.click("#afmelden")
        self.wait_path("/login?afgemeld=1")
        self.wait_text("#afgemeld", "U bent afgemeld.")

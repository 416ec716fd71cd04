"""The mail people got while the other scenarios ran (invitations, "Wachtwoord vergeten?",
order mails), as they read it: the demo server writes it to `mail/` next to its database.
Each mail parses without defects as Python's `email` package (a mail client) reads it, is
Dutch plain text and HTML saying the same, greets its reader, links only to this server,
and the HTML of each kind reads on a 360 px phone without sideways scrolling (rendered
from a file, as a mail app would, outside the site's Content-Security-Policy)."""
import email
import email.policy
import os
import re

from people.scenario_account import mail_folder, no_sideways_scroll

# The subjects by kind: what a person sees in the inbox.
KINDS = [
    ("invitation", re.compile(r"^Uitnodiging voor de Activiteitencatalogus van ")),
    ("password-reset", re.compile(r"^Nieuw wachtwoord voor de Activiteitencatalogus van ")),
    ("order-submitted", re.compile(r"^Bestelling \S+ van .+ voor \d{4} is ingediend$")),
    ("order-step", re.compile(r"^(Uw bestelling \S+ voor \d{4} is (bevestigd|heropend)|Bestelling \S+ voor \d{4} is geannuleerd)$")),
    ("new-link", re.compile(r"^Nieuwe link voor de Activiteitencatalogus van ")),
]
REQUIRED = {"invitation", "password-reset"}


def kind_of(subject):
    return next((kind for kind, pattern in KINDS if pattern.match(subject)), None)


def run(h):
    folder = mail_folder(h)
    names = sorted(name for name in os.listdir(folder) if name.endswith(".eml")) if os.path.isdir(folder) else []
    h.check("the scenarios' mail is in the mail folder", len(names) > 0, folder)
    seen = {}
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            message = email.message_from_binary_file(handle, policy=email.policy.default)
        subject = str(message["Subject"])
        kind = kind_of(subject)
        if not h.check(f"mail {name}: a subject people know", kind is not None, subject):
            continue
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        links = re.findall(r'href="([^"]+)"', html)
        problems = [
            what for what, bad in [
                ("defects", len(message.defects) > 0),
                ("no greeting", not plain.startswith("Beste ")),
                ("not Dutch HTML", '<html lang="nl">' not in html),
                ("a link elsewhere", not links or any(not link.startswith(h.base + "/") for link in links)),
                ("the plain text lacks the link", any(link.replace("&amp;", "&") not in plain for link in links)),
            ] if bad
        ]
        h.check(f"mail {name} ({kind}): parses, greets, and links only here in both parts", not problems, problems)
        if kind in seen:
            continue
        seen[kind] = name
        saved = os.path.abspath(os.path.join(h.out, "screenshots", "people", f"mail-{kind}.html"))
        with open(saved, "w", encoding="utf-8") as handle:
            handle.write(html)
        h.phone()
        h.driver.get("file://" + saved)
        h.check(f"mail {kind} at 360 px: no sideways scrolling", no_sideways_scroll(h))
        h.screenshot(f"mail-{kind}-360")
    h.desktop()
    h.check("mail of every kind the scenarios cause was read", REQUIRED <= set(seen), sorted(seen))
    print(f"  mail read: {', '.join(f'{kind} ({name})' for kind, name in sorted(seen.items()))}", flush=True)

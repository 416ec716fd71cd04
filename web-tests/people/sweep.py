"""Every page of every area, at desktop (1280 px) and phone (360 px) width: a screenshot
for people to look at, axe-core's WCAG 2.1 A/AA rules, and no console errors. Signed in
as a new person of the page's role, or signed out for None. One sign-in per role."""

# The pages everyone sees first, signed out.
PAGES = [
    ("login", "/login", None),
    ("welcome", "/welcome", None),
    ("dashboard", "/", None),
    ("catalogue", "/catalogue", None),
]
WIDTHS = [("1280", "desktop"), ("360", "phone")]
ROLE_ORDER = [None, "viewer", "municipality", "staff", "admin"]


def collect(h, modules):
    """(name, path, role) of the sweep's own pages and every module's, each (path, role) once."""
    seen, pages = set(), []
    for module in [None, *modules]:
        if module is None:
            listed = PAGES
        elif hasattr(module, "pages"):
            listed = module.pages(h)
        else:
            listed = getattr(module, "PAGES", [])
        for name, path, role in listed:
            if (path, role) not in seen:
                seen.add((path, role))
                pages.append((name, path, role))
    return pages


def visit(h, name, path, width):
    h.go(path)
    h.settle()
    h.screenshot(f"{name}-{width}")
    h.axe(f"{name} at {width}")
    errors = h.console_errors()
    h.check(f"{name} at {width}: no console errors", not errors, " | ".join(errors)[:500])


def run(h, modules):
    pages = collect(h, modules)
    h.console_errors()  # what earlier scenarios left in the log is theirs
    for role in sorted({role for _, _, role in pages}, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else 99):
        h.desktop()
        if role is None:
            if h.signed_in():
                h.sign_out()
        else:
            h.sign_in_as(role)
        h.console_errors()
        for width, size in WIDTHS:
            getattr(h, size)()
            for name, path, page_role in pages:
                if page_role == role:
                    visit(h, name, path, width)
    h.desktop()

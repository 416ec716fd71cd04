"""A small DOM tree from HTML text (Chromium's --dump-dom output), with lookups by tag
and attributes. Standard library only: html.parser decodes entities, so a text node
that reads "<script>" was text in the page, while a real element is a Node."""
import html.parser
import re

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []  # Nodes and strings

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {name: (value if value is not None else "") for name, value in attrs}, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, {name: (value if value is not None else "") for name, value in attrs}, self.current)
        self.current.children.append(node)

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(text):
    builder = TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


def _matches(node, tag, attributes):
    if node.tag != tag:
        return False
    for name, wanted in attributes.items():
        value = node.attrs.get(name)
        if value is None:
            return False
        if name == "class":
            if not set(wanted.split()) <= set(value.split()):
                return False
        elif value != wanted:
            return False
    return True


def find_all(node, tag, attributes):
    """Every element below node (depth first) with this tag and these attribute values
    (for class: these classes among others)."""
    found = []
    if node is None:
        return found
    for child in node.children:
        if isinstance(child, Node):
            if _matches(child, tag, attributes):
                found.append(child)
            found.extend(find_all(child, tag, attributes))
    return found


def find_one(node, tag, attributes):
    found = find_all(node, tag, attributes)
    return found[0] if found else None


def text_of(node):
    """The text a person reads: all text below node, whitespace collapsed; the text of
    svg <title>/<desc> elements is left out (it is for screen readers)."""
    parts = []

    def walk(current):
        for child in current.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag not in ("title", "desc", "script", "style"):
                walk(child)

    walk(node)
    return re.sub(r"\s+", " ", "".join(parts)).strip()

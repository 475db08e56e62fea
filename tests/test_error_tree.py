"""The exception tree drawn in errors.py's docstring is the tree of its classes."""

from __future__ import annotations

import re

from minigate import errors

LINE = re.compile(r"^(?P<prefix>[ │├└─]*)(?P<name>[A-Z]\w+)(?:\s+(?P<status>\d{3}))?")


def drawn_tree() -> list[tuple[str, str | None, int | None]]:
    """(class, drawn parent, drawn status) for every line of the drawing."""
    doc = errors.__doc__ or ""
    drawing = [
        line for line in doc.splitlines() if line.startswith(("MinigateError", " ", "│", "├", "└"))
    ]
    parents: dict[int, str] = {}
    tree = []
    for line in drawing:
        match = LINE.match(line)
        assert match is not None, line
        depth = len(match["prefix"]) // 4
        parents[depth] = match["name"]
        status = int(match["status"]) if match["status"] else None
        tree.append((match["name"], parents.get(depth - 1) if depth else None, status))
    return tree


def test_the_drawing_matches_the_classes() -> None:
    tree = drawn_tree()
    for name, parent, status in tree:
        cls = getattr(errors, name)
        if parent is not None:
            assert cls.__bases__[0].__name__ == parent, f"{name} is drawn under {parent}"
        if status is not None:
            assert cls.status == status, f"{name} is drawn with status {status}"
    defined = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.MinigateError)
    }
    assert defined == {name for name, _, _ in tree}

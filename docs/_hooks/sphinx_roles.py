"""Griffe extension for the API reference: the docstrings' reST roles as links.

newsmodel's docstrings use Sphinx roles (``:class:`~newsmodel.model.Article```) and
``:param:`` fields.  mkdocstrings reads the fields itself; this turns each role into an
optional cross-reference, which becomes a link where the target is in the reference and
plain code where it is not, instead of showing the role's markup; and it gives the
``:param:`` fields of attrs classes their types.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj):`(?P<target>[^`]+)`")


def _identifier(target: str, module: str) -> tuple[str, str]:
    """The full dotted identifier a role points at, and the text to show."""
    shown_short = target.startswith("~")
    target = target.lstrip("~")
    if target.startswith("."):
        identifier = module + target
    elif target.split(".")[0] == "newsmodel":
        identifier = target
    else:
        identifier = f"{module}.{target}"
    shown = target.lstrip(".").rsplit(".", 1)[-1] if shown_short else target.lstrip(".")
    return identifier, shown


def link_roles(text: str, module: str) -> str:
    """Replace every Sphinx role in ``text`` by an optional autorefs cross-reference."""

    def replace(match: re.Match[str]) -> str:
        identifier, shown = _identifier(match["target"], module)
        return f'<autoref identifier="{identifier}" optional><code>{shown}</code></autoref>'

    return _ROLE.sub(replace, text)


_PARAM = re.compile(r"^\s*:param (?P<name>\w+):", re.MULTILINE)


def field_types(obj: griffe.Object) -> str:
    """``:type:`` lines for a class's ``:param:`` fields, from its attributes' annotations.

    An attrs class documents its fields as the parameters of the ``__init__`` attrs
    writes, which griffe cannot see; the annotations of the fields say the same.
    """
    assert obj.docstring is not None
    text = obj.docstring.value
    lines = []
    for name in _PARAM.findall(text):
        member = obj.members.get(name)
        annotation = getattr(member, "annotation", None)
        if annotation is not None and f":type {name}:" not in text:
            lines.append(f":type {name}: {annotation}")
    if not lines:
        return text
    # griffe reads a :type: line only when it comes before its :param: line.
    first = _PARAM.search(text)
    assert first is not None
    return text[: first.start()] + "\n".join(lines) + "\n" + text[first.start() :]


class SphinxRoles(griffe.Extension):
    """Rewrite the Sphinx roles of every docstring once the object tree is built."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None or ":" not in obj.docstring.value:
            return
        if obj.is_class:
            obj.docstring.value = field_types(obj)
        module = obj.path if obj.is_module else obj.module.path
        obj.docstring.value = link_roles(obj.docstring.value, module)

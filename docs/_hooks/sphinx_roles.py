"""Griffe extension for the API reference: the docstrings' reST roles as links.

newsmodel's docstrings use Sphinx roles (``:class:`~newsmodel.model.Article```) and
``:param:`` fields.  mkdocstrings reads the fields itself; this turns each role into an
optional cross-reference, which becomes a link where the target is in the reference and
plain code where it is not, instead of showing the role's markup; it gives the
``:param:`` fields of attrs classes their types; and it turns reST definition lists and
``::`` literal markers into their Markdown forms.
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


_LITERAL = re.compile(r"(\S)::\n\n")
_DEFINITION = re.compile(
    r"^(?P<term>[^\s:][^\n]*[^:\n])\n(?P<body>(?:    \S[^\n]*(?:\n|$))+)", re.MULTILINE
)


def markdown_blocks(text: str) -> str:
    """reST's literal-block marker (``text::``) and definition lists, as Markdown.

    A definition (a term line, then its definition indented by four spaces) becomes a
    Markdown definition list (``def_list``); an indented block after a blank line stays a
    code block.
    """
    text = _LITERAL.sub(r"\1:\n\n", text)

    def definition(match: re.Match[str]) -> str:
        lines = [line[4:] for line in match["body"].rstrip("\n").split("\n")]
        body = "\n    ".join(lines)
        return f"{match['term']}\n:   {body}\n\n"

    return _DEFINITION.sub(definition, text)


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
        if obj.docstring is None:
            return
        if obj.is_class:
            obj.docstring.value = field_types(obj)
        module = obj.path if obj.is_module else obj.module.path
        obj.docstring.value = link_roles(markdown_blocks(obj.docstring.value), module)

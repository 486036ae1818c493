"""Escaping and the few HTML building blocks the pages share.

Everything that comes from an article goes through :func:`text` or :func:`attr`; markup
is only ever written by this package's own code, never taken from the article.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable
from importlib.resources import files

__all__ = ["asset", "attr", "attrs", "document", "text"]

# Carriage returns would be folded into line feeds by any HTML parser, and other C0
# controls are parse errors when raw: written as character references they survive as is.
# NUL cannot live in an HTML document; the replacement character stands in for it.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0d\x0e-\x1f\x7f]")


def _reference(match: re.Match[str]) -> str:
    code = ord(match[0])
    return "&#xFFFD;" if code == 0 else f"&#{code};"


def text(value: str) -> str:
    """``value`` as HTML text: ``<``, ``>`` and ``&`` escaped, controls as references."""
    return _CONTROLS.sub(_reference, html.escape(value, quote=False))


def attr(value: str) -> str:
    """``value`` for a double-quoted attribute."""
    return _CONTROLS.sub(_reference, html.escape(value, quote=True))


def attrs(pairs: Iterable[tuple[str, str | None]]) -> str:
    """`` name="value"`` for each pair whose value is not ``None``, in the given order."""
    return "".join(f' {name}="{attr(value)}"' for name, value in pairs if value is not None)


def asset(name: str) -> str:
    """The text of a stylesheet or script shipped in ``assets/``."""
    return (files("newsmodel.inspect") / "assets" / name).read_text(encoding="utf-8")


def _hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def document(title: str, body: str) -> str:
    """A complete, self-contained page: inline style and script, no external resource.

    The content security policy allows only this package's own style and script (by
    hash) and loads nothing from anywhere: even a markup bug could not run article text.
    """
    style, script = "\n" + asset("inspect.css"), "\n" + asset("inspect.js")
    policy = f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{attr(policy)}">\n'
        f"<title>{text(title)}</title>\n<style>{style}</style>\n</head>\n"
        f"<body>\n{body}<script>{script}</script>\n</body>\n</html>\n"
    )

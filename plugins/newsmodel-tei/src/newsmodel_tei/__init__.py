"""TEI P5 XML output for newsmodel.

Installing this distribution adds the ``tei`` format: ``newsmodel convert … --to tei``,
or from Python::

    import io, newsmodel_tei
    buffer = io.BytesIO()
    newsmodel_tei.write([article], buffer, {})

One article gives one ``TEI`` document, several a ``teiCorpus``; see ``docs/formats/tei.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel import OutputFormat, hookimpl

from .document import build_tei
from .writer import OPTIONS, TeiOptions, check_options, write

__all__ = [
    "FORMAT",
    "OPTIONS",
    "TeiOptions",
    "build_tei",
    "check_options",
    "register_formats",
    "write",
]

FORMAT = OutputFormat(
    name="tei",
    suffix=".xml",
    media_type="application/tei+xml",
    description="TEI P5 XML: one TEI document per article, a teiCorpus for several",
    write=write,
    options=OPTIONS,
    many=True,
    check_options=check_options,
)


@hookimpl
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Provide the ``tei`` format."""
    register(FORMAT)

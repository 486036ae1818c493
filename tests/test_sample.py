"""The bundled sample article is the docs' showcase: its parse must be right, since the
command-line guide, the format reference and the inspection page all show it."""

from __future__ import annotations

import re
from pathlib import Path

import newsmodel
from newsmodel.cli.describe import describe

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path(newsmodel.__file__).parent / "samples" / "harbour-bridge.txt"


def test_the_bridge_tax_is_a_scare_quote() -> None:
    article = newsmodel.parse(SAMPLE.read_bytes())
    (scare,) = [quote for quote in article.quotes if quote.text == "bridge tax"]
    assert scare.kind == "scare"
    assert scare.speaker is None and scare.verb is None


def test_every_other_quote_of_the_sample_has_its_speaker() -> None:
    article = newsmodel.parse(SAMPLE.read_bytes())
    speakers = [(q.kind, q.speaker) for q in article.quotes if q.text != "bridge tax"]
    assert speakers == [
        ("direct", "Maria Lopez"),
        ("direct", "Maria Lopez"),
        ("partial", "Maria Lopez"),
        ("partial", "Tom Okafor"),
        ("direct", "Tom Okafor"),
        ("direct", "Tom Okafor"),
        ("direct", "Dana Whitfield"),
    ]


def test_the_command_line_guide_shows_the_sample_as_it_parses() -> None:
    """Every line of the abridged ``newsmodel parse`` output in docs/cli.md is a line the
    command prints for the sample."""
    guide = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ newsmodel parse (\S+).*?\n(.*?)```", guide, re.DOTALL)
    assert block is not None
    name = block[1]
    printed = describe(newsmodel.parse(SAMPLE.read_bytes()), name=name, width=100)
    shown = [line for line in block[2].splitlines() if line != "…"]
    assert shown and all(line in printed.splitlines() for line in shown), printed

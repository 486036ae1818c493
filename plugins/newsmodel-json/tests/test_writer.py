"""The json format's bytes: JSON Lines, arrays, options, determinism, streaming, reading back."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsmodel_json import JSONReadError, load, loads, loads_all
from newsmodel_json.encode import encoder

import newsmodel
from newsmodel import Article, OptionError
from newsmodel.records import to_dict
from newsmodel.testing import articles

FAST = settings(
    max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _article(n: int) -> Article:
    text = f"Ferry number {n} returns \u2014 \u201cat last\u201d"
    return Article(id=f"id{n}", source=text, headline=text)


def test_json_is_an_installed_format_from_its_distribution() -> None:
    assert newsmodel.formats()["json"].media_type == "application/json"
    info = {p.name: p for p in newsmodel.get_plugins()}["json"]
    assert info.distribution == "newsmodel-json" and info.formats == ("json",)


def test_one_article_is_one_json_document_ending_in_a_newline() -> None:
    data = newsmodel.dumps(_article(1), "json")
    assert data.endswith(b"}\n") and data.count(b"\n") == 1
    assert json.loads(data) == to_dict(_article(1))


@FAST
@given(st.lists(articles(max_sections=2), max_size=4))
def test_several_articles_are_json_lines(many: list[Article]) -> None:
    data = newsmodel.dumps(many, "json")
    lines = data.split(b"\n")
    assert lines[-1] == b"" and len(lines) == len(many) + 1
    assert [json.loads(line) for line in lines[:-1]] == [to_dict(a) for a in many]
    assert loads_all(data) == many


@FAST
@given(st.lists(articles(max_sections=2), max_size=3), st.sampled_from([0, 2, 4]))
def test_an_array_is_what_the_standard_library_writes(many: list[Article], indent: int) -> None:
    data = newsmodel.dumps(many, "json", array=True, indent=indent)
    plain = [to_dict(a) for a in many]
    assert json.loads(data) == plain
    if indent:  # the same bytes as an independent writer's
        expected = json.dumps(plain, indent=indent, ensure_ascii=False, separators=(",", ": "))
        assert data == expected.encode("utf-8") + b"\n"
    assert loads_all(data) == many


def _stdlib(data: object, indent: int, ascii: bool) -> bytes:
    """What the standard library writes: the reference for every option."""
    separators = (",", ": ") if indent else (",", ":")
    text = json.dumps(data, indent=indent or None, ensure_ascii=ascii, separators=separators)
    return text.encode("utf-8")


@FAST
@given(articles(), st.sampled_from([0, 1, 2, 3, 4, 8]), st.booleans())
def test_every_option_writes_what_the_standard_library_writes(
    article: Article, indent: int, ascii: bool
) -> None:
    plain = to_dict(article)
    assert encoder(indent, ascii)(plain) == _stdlib(plain, indent, ascii)


def test_astral_characters_are_escaped_as_surrogate_pairs() -> None:
    assert encoder(0, ascii=True)(["\U0001f600 \u00e9"]) == b'["\\ud83d\\ude00 \\u00e9"]'


@FAST
@given(articles())
def test_ascii_output_is_ascii_and_reads_back(article: Article) -> None:
    data = newsmodel.dumps(article, "json", ascii="true")
    assert data.isascii()
    assert data == json.dumps(to_dict(article), separators=(",", ":")).encode() + b"\n"
    assert loads(data) == article


def test_options_arrive_as_strings() -> None:
    many = [_article(1), _article(2)]
    as_text = newsmodel.dumps(many, "json", indent="2", array="yes", ascii="0")
    assert as_text == newsmodel.dumps(many, "json", indent=2, array=True, ascii=False)
    assert as_text.startswith(b'[\n  {\n    "schema"')


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"indent": "two"}, "whole number"),
        ({"indent": "99"}, "from 0 to 16"),
        ({"ascii": "maybe"}, "true or false"),
    ],
)
def test_bad_option_values_are_refused(options: dict[str, str], message: str) -> None:
    with pytest.raises(OptionError, match=message):
        newsmodel.dumps(_article(1), "json", **options)


def test_indenting_several_articles_needs_an_array_and_writes_nothing() -> None:
    stream = io.BytesIO()
    with pytest.raises(OptionError, match="array=true"):
        newsmodel.dump([_article(1), _article(2)], "json", stream, indent=2)
    assert stream.getvalue() == b""
    assert json.loads(newsmodel.dumps([_article(1)], "json", indent=2))["id"] == "id1"


def test_no_articles() -> None:
    assert newsmodel.dumps([], "json") == b""
    assert newsmodel.dumps([], "json", array=True) == b"[]\n"
    assert loads_all(b"") == [] and loads_all(b"[]\n") == []


def test_output_is_deterministic() -> None:
    many = [_article(n) for n in range(5)]
    assert newsmodel.dumps(many, "json") == newsmodel.dumps(list(many), "json")


class _Watch(io.BytesIO):
    """A stream recording how many articles had been produced at each write."""

    def __init__(self) -> None:
        super().__init__()
        self.produced = 0
        self.at_write: list[int] = []

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.at_write.append(self.produced)
        return super().write(data)


@pytest.mark.parametrize("options", [{}, {"array": "true"}, {"array": "true", "indent": "2"}])
def test_articles_are_written_as_they_come(options: dict[str, str]) -> None:
    stream = _Watch()

    def produce() -> Iterator[Article]:
        for n in range(1000):
            stream.produced += 1
            yield _article(n)

    newsmodel.dump(produce(), "json", stream, **options)
    assert stream.at_write[0] <= 1, "nothing may be held back before the first article"
    assert max(b - a for a, b in itertools.pairwise(stream.at_write)) <= 1


def test_load_streams_json_lines_and_names_the_bad_line() -> None:
    good = newsmodel.dumps([_article(1), _article(2)], "json")
    assert list(load(io.BytesIO(good))) == [_article(1), _article(2)]
    reader = load(io.BytesIO(good + b'{"schema": "newsmodel.article/1"}\n'))
    assert next(reader) == _article(1) and next(reader) == _article(2)
    with pytest.raises(JSONReadError, match="line 3"):
        next(reader)
    with pytest.raises(JSONReadError, match="line 2"):
        loads_all(good.split(b"\n")[0] + b"\n{not json\n")


def test_loads_reads_an_indented_document() -> None:
    article = _article(7)
    assert loads(newsmodel.dumps(article, "json", indent=4)) == article
    assert loads_all(newsmodel.dumps(article, "json", indent=4)) == [article]
    with pytest.raises(JSONReadError, match="expected a JSON object"):
        loads(b"[1, 2]")

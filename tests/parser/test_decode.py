"""Stage 0 and 1: input as str or bytes, BOM and line ends, input errors, lines with spans."""

from __future__ import annotations

import gzip

import pytest

import newsmodel
from newsmodel import BinaryInputError, DecodeError, EmptyInputError
from newsmodel.parser.decode import decode
from newsmodel.parser.lines import split_lines

from .invariants import check_article

LINES = (
    "Harbor lights return to the old pier",
    "By Jane Roe",
    "The lights were switched on again on Friday after a repair that took most of the year.",
    "Residents gathered along the water to watch the lamps come on one by one at dusk.",
)


def _shape(article: newsmodel.Article) -> tuple[object, ...]:
    return (
        article.headline,
        tuple(a.name for a in article.authors),
        tuple(p.text for p in article.paragraphs),
    )


@pytest.mark.parametrize(
    "data",
    [
        "\n".join(LINES),
        "\r\n".join(LINES),
        "\r".join(LINES),
        "\n".join(LINES).encode("utf-8"),
        b"\xef\xbb\xbf" + "\r\n".join(LINES).encode("utf-8"),
        "\ufeff" + "\n".join(LINES),
    ],
    ids=["lf", "crlf", "cr", "bytes", "bytes-bom-crlf", "str-bom"],
)
def test_every_encoding_and_line_end_gives_the_same_article(data: str | bytes) -> None:
    article = newsmodel.parse(data)
    assert _shape(article) == (LINES[0], ("Jane Roe",), LINES[2:])
    assert not article.source.startswith("\ufeff")
    check_article(article)


def test_crlf_offsets_stay_true_to_the_text() -> None:
    text = "\r\n".join(LINES)
    article = newsmodel.parse(text)
    assert article.source == text
    last = article.paragraphs[-1]
    assert text[last.span.start : last.span.end] == LINES[-1]


def test_undecodable_byte_names_its_offset() -> None:
    data = "Caf\u00e9 owners protest new rules\n".encode() + b"The council met \xff today."
    with pytest.raises(DecodeError) as caught:
        newsmodel.parse(data)
    assert caught.value.offset == data.index(b"\xff")
    assert str(data.index(b"\xff")) in str(caught.value)
    assert isinstance(caught.value, newsmodel.InputError)


def test_truncated_multibyte_sequence_names_where_it_starts() -> None:
    data = "Un titre pour la journ\u00e9e\n".encode() + "\u00e9t\u00e9".encode()[:1]
    with pytest.raises(DecodeError) as caught:
        newsmodel.parse(data)
    assert caught.value.offset == len(data) - 1


def test_undecodable_byte_offset_counts_the_bom() -> None:
    data = b"\xef\xbb\xbf" + b"Ferry service resumes\nThe boat \xfe sailed."
    with pytest.raises(DecodeError) as caught:
        newsmodel.parse(data)
    assert caught.value.offset == data.index(b"\xfe")


def test_errors_replace_substitutes_and_parses() -> None:
    data = (
        b"Ferry service resumes after storm\n"
        b"The boat \xfe sailed at noon with forty passengers on board."
    )
    article = newsmodel.parse(data, errors="replace")
    assert "\ufffd" in article.source
    assert article.headline == "Ferry service resumes after storm"
    assert (
        article.paragraphs[0].text
        == "The boat \ufffd sailed at noon with forty passengers on board."
    )
    check_article(article)


def test_a_nul_byte_is_a_binary_file() -> None:
    with pytest.raises(BinaryInputError) as caught:
        newsmodel.parse(b"Headline\n\x00\x01\x02binary")
    assert caught.value.offset == 9
    assert isinstance(caught.value, DecodeError)


# What the first bytes of real files of each kind look like (made up here, not copied).
BINARIES = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "a PDF file"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "a PNG image"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "a JPEG image"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "a GIF image"),
    "gzip": (gzip.compress(b"Harbor lights return\nThe lamps came on."), "gzip"),
    "zip": (b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml", "ZIP archive"),
    "elf": (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", "ELF"),
    "sqlite": (b"SQLite format 3\x00\x10\x00\x01\x01", "an SQLite database"),
    "controls": (bytes(range(1, 9)) * 40 + b"some text", "mostly control bytes"),
}


@pytest.mark.parametrize("errors", ["strict", "replace"])
@pytest.mark.parametrize("name", sorted(BINARIES))
def test_a_binary_file_is_named_as_such_whatever_errors_says(name: str, errors: str) -> None:
    data, kind = BINARIES[name]
    with pytest.raises(BinaryInputError) as caught:
        newsmodel.parse(data, errors=errors)
    message = str(caught.value)
    assert kind in message and "not text" in message
    assert "errors='replace'" not in message  # replacing bytes would not make it text
    assert caught.value.kind is not None and kind in caught.value.kind


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_text_is_told_to_be_converted(encoding: str) -> None:
    data = "\n".join(LINES).encode(encoding)
    if not encoding.endswith("be"):  # the plain codecs write a BOM, the -be ones do not
        with pytest.raises(DecodeError, match=encoding[:6].upper()) as caught:
            newsmodel.parse(data)
    else:
        with pytest.raises(DecodeError) as caught:
            newsmodel.parse(("\ufeff" + "\n".join(LINES)).encode(encoding))
        assert encoding[:6].upper() in str(caught.value)
    assert not isinstance(caught.value, BinaryInputError)


@pytest.mark.parametrize(
    "opening",
    [
        b"ID3 tags, explained",
        b"OggS is a container",
        b"BZh, said the sign",
        b"PAR1 results for the harbour",
    ],
)
def test_text_that_opens_like_a_signature_is_still_text(opening: bytes) -> None:
    article = newsmodel.parse(opening + b"\n" + "\n".join(LINES[1:]).encode())
    assert article.headline == opening.decode()


def test_latin1_text_keeps_the_advice_to_replace() -> None:
    data = "Titre : caf\u00e9 cr\u00e8me\nLe conseil s'est r\u00e9uni.".encode("latin-1")
    with pytest.raises(DecodeError, match="errors='replace'") as caught:
        newsmodel.parse(data)
    assert not isinstance(caught.value, BinaryInputError)
    assert newsmodel.parse(data, errors="replace").headline is not None


@pytest.mark.parametrize("control", ["\x0b", "\x1b", "\x08", "\x7f", "\x0c", "\x01"])
def test_stray_control_characters_are_text(control: str) -> None:
    text = "\n".join(LINES).replace("switched on", f"switched{control} on")
    article = newsmodel.parse(text.encode())
    assert article.headline == LINES[0]
    # vertical tab and form feed end a line, as they do for every reader of text
    assert any("a repair that took most of the year" in p.text for p in article.paragraphs)
    check_article(article)


@pytest.mark.parametrize(
    "data", ["", " ", "\n\n\t \r\n", "\ufeff", b"", b"  \n", b"\xef\xbb\xbf \n"]
)
def test_blank_input_is_an_error_not_an_empty_article(data: str | bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        newsmodel.parse(data)


def test_other_types_are_refused() -> None:
    with pytest.raises(TypeError):
        decode(42)  # type: ignore[arg-type]


def test_lines_are_trimmed_with_true_spans_and_blank_gaps() -> None:
    source = "  First line  \n\nSecond line\r\n  \r\nThird\rFourth\n"
    lines = split_lines(source)
    assert [line.text for line in lines] == ["First line", "Second line", "Third", "Fourth"]
    for line in lines:
        assert line.span.slice(source) == line.text
    assert [line.blank_before for line in lines] == [False, True, True, False]
    assert [line.index for line in lines] == [0, 1, 2, 3]


def test_unicode_line_separators_end_lines() -> None:
    lines = split_lines("One\u2028Two\u2029Three\x85Four")
    assert [line.text for line in lines] == ["One", "Two", "Three", "Four"]


def test_an_input_longer_than_an_article_can_be_is_refused_by_name() -> None:
    text = "The ferry sailed at noon. " * 100_000  # 2.6 million characters
    with pytest.raises(newsmodel.InputTooLargeError, match="split it into articles"):
        newsmodel.parse(text)
    with pytest.raises(newsmodel.InputTooLargeError):
        newsmodel.parse("Ferry news\nThe ferry sailed at noon today.", max_chars=10)


def test_the_size_limit_can_be_lifted() -> None:
    text = "Ferry service resumes today\n" + "The ferry sailed at noon. " * 2_000
    with pytest.raises(newsmodel.InputTooLargeError):
        newsmodel.parse(text, max_chars=10_000)
    assert newsmodel.parse(text, max_chars=None).headline == "Ferry service resumes today"

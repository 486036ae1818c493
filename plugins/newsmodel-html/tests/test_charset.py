"""Decoding a page: the declared charset, a stale one, one that lies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsmodel_html import CharsetError, decode_html


def test_the_meta_charset_is_read_even_past_the_first_kilobyte() -> None:
    page = b"<html><head>" + b"<!-- pad -->" * 200 + b'<meta charset="ISO-8859-2"></head>'
    page += "<body>Środowisko</body>".encode("iso-8859-2")
    decoded = decode_html(page)
    assert "Środowisko" in decoded.text and decoded.source == "meta"


def test_the_server_charset_comes_before_the_page_and_latin1_means_windows_1252() -> None:
    page = '<meta charset="utf-8"><p>café – “quoted”</p>'.encode("cp1252")
    decoded = decode_html(page, transport="ISO-8859-1")
    assert decoded.encoding == "cp1252" and "café – “quoted”" in decoded.text


def test_a_stale_single_byte_charset_gives_way_to_utf8() -> None:
    page = '<meta charset="windows-1252"><p>Zürich</p>'.encode()
    decoded = decode_html(page)
    assert "Zürich" in decoded.text and decoded.source == "utf-8 fallback"


def test_a_charset_that_lies_is_an_error_naming_it_or_replaced() -> None:
    page = b'<meta charset="utf-8"><p>caf\xe9 \xff\xfe</p>' + b"\x81" * 3
    with pytest.raises(CharsetError, match=r"says it is utf-8.*byte 0xe9 at offset"):
        decode_html(page)
    assert "caf\ufffd" in decode_html(page, errors="replace").text
    with pytest.raises(CharsetError, match="the server says it is shift_jis"):
        decode_html(b"<p>\x82\xff\xff</p>", transport="shift_jis")


def test_no_declaration_reads_utf8_then_windows_1252() -> None:
    assert decode_html("<p>Ærø</p>".encode()).encoding == "utf-8"
    assert decode_html("<p>Ærø</p>".encode("cp1252")).text == "<p>Ærø</p>"


@given(st.text(max_size=200), st.sampled_from(["utf-8", "cp1252", "iso-8859-2", "koi8-r"]))
def test_declared_text_decodes_to_itself(text: str, codec: str) -> None:
    try:
        data = f'<meta charset="{codec}"><p>{text}</p>'.encode(codec)
    except UnicodeEncodeError:
        return
    decoded = decode_html(data, errors="replace")
    if codec == "utf-8" or data.isascii():
        assert text in decoded.text
    else:  # a legacy page whose bytes happen to be UTF-8 is read as UTF-8
        assert text in decoded.text or decoded.source == "utf-8 fallback"

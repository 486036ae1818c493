"""HTML to text: the rules a browser's copy (innerText, scripts off) follows."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st
from newsmodel_html import html_to_text


def test_a_page_reads_as_a_browser_copies_it(page: str) -> None:
    text = html_to_text(page)
    lines = text.split("\n")
    assert lines[:2] == ["Home", "Local"]
    assert "Harbour ferry returns after winter refit" in lines
    assert "The ferry leaves the dock on Thursday. (Photo: Jon Ellery)" in lines
    assert "A new engine" in lines
    assert "The refit gave the boat a new engine" in lines and "and a new deck." in lines
    assert (
        "“This is the day the whole town has been waiting for,” said Mara Lopez, the harbour master. & more."
        in lines
    )
    assert "Turn on JavaScript to see the map." in lines  # scripts off: noscript shows
    for hidden in ("never shown", "Hidden promotion", "Also hidden", "Template text", "color"):
        assert hidden not in text
    assert lines[-1] == "© 2024 The Harbour Gull"


def test_paragraphs_leave_a_blank_line_and_blocks_do_not() -> None:
    assert html_to_text("<body><p>one</p><p>two</p></body>") == "one\n\ntwo"
    assert html_to_text("<body><div>one</div><div>two</div></body>") == "one\ntwo"
    assert html_to_text("<body><div>one<p>two</p>three</div></body>") == "one\n\ntwo\n\nthree"
    assert html_to_text("<body><ul><li>a</li><li>b</li></ul></body>") == "a\nb"


def test_white_space_collapses_but_not_in_pre_or_no_break_spaces() -> None:
    assert html_to_text("<body><p>  a \n\t b  <b> c </b> d</p></body>") == "a b c d"
    assert html_to_text("<body><pre>a\n  b</pre></body>") == "a\n  b"
    assert html_to_text("<body><p>a&nbsp;&nbsp;b</p></body>") == "a\u00a0\u00a0b"
    assert html_to_text("<body><p>a <br> b</p></body>") == "a\nb"


def test_table_cells_are_tab_separated_and_rows_are_lines() -> None:
    text = html_to_text("<body><table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>")
    assert text == "a\tb\nc"


def test_a_closed_details_shows_only_its_summary() -> None:
    assert html_to_text("<body><details><summary>More</summary>hidden</details></body>") == "More"
    assert (
        html_to_text("<body><details open><summary>More</summary>shown</details>") == "More\nshown"
    )


def test_select_options_show_and_form_text_does_not() -> None:
    text = html_to_text(
        "<body><select><option>May 2024</option><option>June</option></select>"
        "<textarea>draft</textarea><button>Send</button></body>"
    )
    assert text == "May 2024\nJune\nSend"


_WORDS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")),
    min_size=1,
    max_size=12,
)
_PARAGRAPH = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6))
def test_each_paragraph_is_one_line_of_its_own_text(paragraphs: list[str]) -> None:
    body = "".join(f"<p>\n  {html.escape(p)}\n</p>" for p in paragraphs)
    text = html_to_text(f"<html><body>{body}</body></html>")
    assert [line for line in text.split("\n") if line] == [
        p for p in paragraphs if p.strip(" \t\n\r\f")
    ]

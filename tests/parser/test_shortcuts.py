"""The parser's shortcuts give the answers of the long way round.

Some stages skip work: a paragraph's words are read once and windows are slices of them,
and costly searches are skipped on lines that lack a word every match needs.  Each
shortcut must answer exactly as the plain computation would, on any text.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.parser import boilerplate, captions, speakers

# Pieces that reach every branch of the patterns, mixed with arbitrary text.
_PIECES = (
    "Subscribe now", "already a subscriber", "unlimited digital access", "Sign up for free",
    "newsletter in your inbox", "get our newsletter", "comment form", "log in to comment",
    "Log in for immediate access", "keep you informed about offers", "affiliate links",
    "We use cookies", "enable JavaScript", "your browser does not support", "wait 5 seconds to continue",
    "advertise with us", "download our app", "zum Download an", "Audiodatei",
    "copyrighted property", "to comment", "Photo: ", "Image copyright ", "Image source, ",
    "photo by ", "courtesy of ", "Illustration via ", ". Jane Roe/Reuters", ". Ann Lee—Getty Images",
    "Dr. J.R. Smith", "U.S.", "co-founder", "O’Neil’s", " said.", "“", "”", "\n", "  ",
)  # fmt: skip
_TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=12).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_prompt_shortcut_answers_as_the_full_search(line: str) -> None:
    full = bool(
        boilerplate._PROMPT_OPENING.match(line) or boilerplate._PROMPT_ANYWHERE.search(line)
    )
    assert boilerplate._is_prompt(line) == full


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_caption_searches_are_skipped_only_where_they_find_nothing(line: str) -> None:
    if captions._LABEL.search(line):
        assert captions._may_hold_label(line)
    if captions._TAIL_CREDIT.search(line):
        assert captions._DASHES.intersection(line)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_a_window_of_words_is_the_words_of_the_window(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert speakers.tokens(text, start, end) == speakers._read_tokens(text, start, end)
    assert speakers.tokens(text) == speakers._read_tokens(text, 0, len(text))


def test_a_window_that_cuts_a_word_reads_it_afresh() -> None:
    text = "Officials in the U.S. said so."
    cut = text.index("U.S.") + 2  # inside "U.S."
    assert "U.S." in [t.text for t in speakers.tokens(text)]
    assert [t.text for t in speakers.tokens(text, 0, cut)][-1] == "U."
    assert [t.text for t in speakers.tokens(text, cut)] == ["S.", "said", "so"]
    assert not speakers.tokens(text, text.index("said"))[0].spaced

"""The parser's shortcuts give the answers of the long way round.

Some stages skip costly searches on lines that lack a word every match needs.  Each
shortcut must answer exactly as the plain computation would, on any text.
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.parser import boilerplate, captions, dates
from newsmodel.parser.roles import features as role_features

# Pieces that reach every branch of the patterns, mixed with arbitrary text.
_PIECES = (
    "Subscribe now", "already a subscriber", "unlimited digital access", "Sign up for free",
    "newsletter in your inbox", "get our newsletter", "comment form", "log in to comment",
    "Log in for immediate access", "keep you informed about offers", "affiliate links",
    "We use cookies", "enable JavaScript", "your browser does not support", "wait 5 seconds to continue",
    "advertise with us", "download our app", "zum Download an", "Audiodatei",
    "copyrighted property", "to comment", "Photo: ", "Image copyright ", "Image source, ",
    "photo by ", "courtesy of ", "Illustration via ", ". Jane Roe/Reuters", ". Ann Lee—Getty Images",
    "Dr. J.R. Smith", " Hide caption", "Purchase Licensing Rights", ", opens new tab",
    " (opens in a new window)", "Toggle caption\u00a0", "tab) ", "U.S.", "co-founder", "O’Neil’s", " said.", "“", "”", "\n", "  ",
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


_DATE_CHARS = st.sampled_from([*"0129/ -.年", "२", "০", "٢", "٠", "๑", "２", "᠑", "𝟗"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_DATE_CHARS, st.text(max_size=3)), max_size=16).map("".join))
def test_a_line_without_the_digits_of_a_date_names_no_year(line: str) -> None:
    if dates._YEAR_ANYWHERE.search(line.translate(dates._DIGITS)):
        assert dates._DIGITS_OF_A_DATE.search(line)


_FREE_PIECES = st.sampled_from(
    ["Log in to ", "SİGN IN TO ", "sign in to", "newsletter", "Newsletters", "also available in",
     "ALSO AVAİLABLE İN ", " (opens in a new window)", "(fenêtre modale)", " | ", "more", "Read more"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_FREE_PIECES, st.text(max_size=8)), max_size=8).map("".join))
def test_chrome_with_a_free_opening_is_skipped_only_where_it_is_not(line: str) -> None:
    assert boilerplate._opens_freely(line) == bool(boilerplate._FREE_OPENING.match(line))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_caption_searches_are_skipped_only_where_they_find_nothing(line: str) -> None:
    if captions._LABEL.search(line):
        assert captions._may_hold_label(line)
    if captions._TAIL_CREDIT.search(line):
        assert captions._DASHES.intersection(line)
    if captions._CONTROL_WORDS.search(line):
        assert captions._may_end_with_controls(line)


_CLAUSE_WORDS = st.sampled_from(
    ["Anna", "Roe", "said", "the", "mayor", "of", "Harbour", "and", "he", ",", ":", "—", "-", ";"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CLAUSE_WORDS, max_size=20), st.sampled_from([" ", "  ", ""]))
def test_the_last_comma_pieces_found_from_the_end_are_the_last_of_all(
    words: list[str], space: str
) -> None:
    from newsmodel.parser.speakers import _comma_pieces, _last_pieces, tokens

    text = space.join(words)
    found = tokens(text)
    assert _last_pieces(text, found) == _comma_pieces(text, found)[-2:]


_NOTE_PIECES = (
    "Correction: ", "CLARIFICATIONS (May 2) — ", "Updated - ", "An earlier version of this story",
    "This article has been CORRECTED", "was amended", "AI-assisted", "AI tools", "AI was used",
    "used generative AI", "Artificial Intelligence was", "with the help of AI",
    "originally written in French", "Translated from", "translation by", "Übersetzt", "traducido",
    "traduit", "traduzido", "Editor's note", "* ", "† ", "N.B.:", "Disclosure", "Disclaimer",
    "full disclosure", "Conflict of interest", "is an investor in", "are a shareholder of",
    "is a donor to", "a funder of", "a sponsor in", "has a financial interest",
    "has financial ties", "receives funding from", "does not work for, consult",
    "This story was adapted", "the article has been republished", "the piece was reprinted",
    "This post originally appeared", "the report first published", "Cross-posted from",
    "Originally published at", "Via Reuters", "is republished here with", "part of a special series",
    "from a syndicated news feed", "contributed to this report", "Additional reporting by",
    "The Associated Press contributed", "On Twitter: follow", "Follow Jane Roe on Twitter",
    "Contact Ana Ruiz at", "Über dieses Thema berichtete", "This segment aired", "ſeries", "\u212a",
    " ", "\n", "—",
)  # fmt: skip
_NOTE_TEXT = st.lists(
    st.one_of(st.sampled_from(_NOTE_PIECES), st.text(max_size=12)), max_size=8
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NOTE_TEXT)
def test_the_note_kind_shortcut_answers_as_every_search_in_order(line: str) -> None:
    from newsmodel.parser import notes

    full = next((kind for kind, pattern in notes._KINDS if pattern.search(line)), None)
    assert notes._kind_of(line) == full


@settings(max_examples=300, deadline=None)
@given(_NOTE_TEXT.map(str.upper))
def test_the_note_kind_shortcut_answers_as_the_searches_in_capitals(line: str) -> None:
    from newsmodel.parser import notes

    full = next((kind for kind, pattern in notes._KINDS if pattern.search(line)), None)
    assert notes._kind_of(line) == full


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["word", " ", "  ", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "é"]),
            st.text(max_size=6),
        ),
        max_size=30,
    ).map("".join)
)
def test_eight_words_are_counted_as_the_runs_of_non_space(text: str) -> None:
    import regex

    from newsmodel.parser import lines

    assert lines._long(text) == (len(regex.findall(r"\S++", text)) >= 8)


def test_case_folding_keeps_letters_and_marks_apart_from_other_characters() -> None:
    # so the words of a folded text are its words folded (roles.features reads them so)
    word_char = role_features.WORD
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = char.casefold()
        assert folded
        is_word = word_char.fullmatch(char) is not None
        assert all((word_char.fullmatch(c) is not None) == is_word for c in folded), hex(code)


def test_no_digit_is_a_letter() -> None:
    # so a line opening with a letter is no list item or time alone (features.read_features)
    digit = regex.compile(r"\d")
    letters = [
        hex(c) for c in range(sys.maxunicode + 1) if digit.match(chr(c)) and chr(c).isalpha()
    ]
    assert not letters

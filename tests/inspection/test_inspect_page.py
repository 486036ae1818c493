"""The inspection page, read back with an HTML parser: exact source, roles, quotes, fields."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from typing import Any

from attrs import evolve
from hypothesis import HealthCheck, given, settings

from newsmodel import Article, Block, Quote, Span
from newsmodel.inspect import check, quote_label, render_article
from newsmodel.testing import articles

Parse = Callable[[str], Any]


def source_problems(article: Article, page: str, parse: Parse) -> list[str]:
    """What is wrong with ``page`` as a view of ``article`` (empty when it is right)."""
    tree = parse(page)
    problems = []
    pane = tree.by_id("source")
    if pane.text() != article.source.replace("\x00", "\ufffd"):
        problems.append("the source pane's text is not the article's source")
    for i, block in enumerate(article.blocks):
        parts = tree.find_all(data_block=str(i))
        if not parts or any(p.attrs["data-role"] != block.role for p in parts):
            problems.append(f"block {i} is not drawn with role {block.role}")
        elif "".join(p.text() for p in parts) != block.span.slice(article.source).replace(
            "\x00", "\ufffd"
        ):
            problems.append(f"block {i} does not enclose its span")
    for i, quote in enumerate(article.quotes):
        parts = [e for e in pane.find_all(data_quote=str(i))]
        if "".join(p.text() for p in parts) != quote.span.slice(article.source).replace(
            "\x00", "\ufffd"
        ):
            problems.append(f"quote {i} does not enclose its span")
    ids = [e.attrs["id"] for e in tree.iter() if "id" in e.attrs]
    if len(ids) != len(set(ids)):
        problems.append("an id is used twice")
    return problems


def test_the_page_shows_the_source_exactly_with_every_block_and_quote(
    ferry: Article, parse: Parse
) -> None:
    assert source_problems(ferry, render_article(ferry, name="ferry.txt"), parse) == []


def test_the_check_fails_on_a_page_that_loses_text(ferry: Article, parse: Parse) -> None:
    page = render_article(ferry)
    broken = page.replace("the fleet manager.", "the manager.", 1)
    assert "the source pane's text is not the article's source" in source_problems(
        ferry, broken, parse
    )
    recoloured = page.replace('data-role="heading" data-block', 'data-role="paragraph" data-block')
    assert "block 9 is not drawn with role heading" in source_problems(ferry, recoloured, parse)


def test_every_role_is_coloured_and_labelled(ferry: Article, parse: Parse) -> None:
    pane = parse(render_article(ferry)).by_id("source")
    blocks = [e for e in pane.iter() if "data-block" in e.attrs]
    assert [b.attrs["data-role"] for b in blocks] == [b.role for b in ferry.blocks]
    for element, block in zip(blocks, ferry.blocks, strict=True):
        assert f"role-{block.role}" in element.attrs["class"].split()
        assert element.attrs["title"] == f"{block.role} [{block.span.start}, {block.span.end})"
    gaps = [e for e in pane.children if not isinstance(e, str) and e.attrs["class"] == "gap"]
    assert [g.text() for g in gaps] == ["\n"] * 4 + ["\n\n"] + ["\n"] * 7 + ["\n  ", "\n"]


def test_quotes_carry_kind_speaker_and_verb_in_text_and_list(ferry: Article, parse: Parse) -> None:
    tree = parse(render_article(ferry))
    marks = tree.by_id("source").find_all("mark")
    assert [m.attrs["data-kind"] for m in marks] == ["direct", "direct", "partial", "scare"]
    assert [m.attrs.get("data-speaker") for m in marks] == [
        "Owen Marsh",
        "Owen Marsh",
        "Islanders",
        None,
    ]
    assert marks[2].attrs["title"] == "partial quote: Islanders, called"
    items = tree.by_id("quotes").find_all("li")
    assert len(items) == 4
    assert [i.find_all(class_="speaker")[0].text() for i in items[:3]] == [
        "Owen Marsh",
        "Owen Marsh",
        "Islanders",
    ]
    assert items[3].find_all("q")[0].text() == "temporary"
    assert [i.find_all("a")[0].attrs["href"] for i in items] == ["#q0", "#q1", "#q2", "#q3"]


def test_the_fields_are_listed_and_linked_to_their_spans(ferry: Article, parse: Parse) -> None:
    tree = parse(render_article(ferry))
    fields = {dd.attrs["data-field"]: dd for dd in tree.find_all("dd")}
    assert fields["headline"].text() == "Island ferry returns after winter refit"
    assert fields["published"].text() == "2025-02-03T08:15:00"
    assert fields["updated"].text() == "—"
    assert fields["publisher"].text() == "Island Courier"
    assert "place: Kestrel Island" in fields["dateline"].text()
    assert "credit: Island Courier" in fields["captions"].text()
    assert "after paragraph 3" in fields["captions"].text()
    assert "correction:" in fields["notes"].text()
    for link in tree.by_id("fields").find_all("a"):
        target = tree.by_id(link.attrs["href"][1:])
        assert link.text() == "[{}, {})".format(*_offsets(ferry, target.attrs["id"]))
    credit = tree.by_id("f-credit-0")
    assert credit.text() == "Island Courier"
    assert tree.by_id("f-author-0").text() == "Priya Nandakumar"


def _offsets(article: Article, key: str) -> tuple[int, int]:
    span = {
        "f-author-0": article.authors[0].span,
        "f-dateline": article.dateline.span if article.dateline else None,
        "f-credit-0": article.captions[0].credit_span,
        "f-caption-0": article.captions[0].span,
        "f-note-0": article.notes[0].span,
    }[key]
    assert span is not None
    return span.start, span.end


def test_article_text_is_escaped_everywhere(ferry: Article, parse: Parse) -> None:
    nasty = '</title><script>alert("x")</script><b onmouseover="x">'
    quote = evolve(ferry.quotes[0], speaker=nasty, verb='"said"')
    article = evolve(
        ferry,
        headline=nasty,
        sections=[
            evolve(
                ferry.sections[0],
                paragraphs=[
                    evolve(ferry.sections[0].paragraphs[0]),
                    evolve(ferry.sections[0].paragraphs[1], quotes=[quote, ferry.quotes[1]]),
                    ferry.sections[0].paragraphs[2],
                ],
            ),
            ferry.sections[1],
        ],
    )
    page = render_article(article, name=nasty)
    tree = parse(page)
    assert len(tree.find_all("script")) == 1  # the page's own, nothing from the article
    assert not [e for e in tree.iter() if "onmouseover" in e.attrs]
    assert tree.find_all("title")[0].text() == f"Inspect: {nasty}"
    assert tree.find_all("h1")[0].text() == nasty
    assert tree.by_id("q0").attrs["data-speaker"] == nasty
    assert tree.by_id("q0").attrs["title"] == f'direct quote: {nasty}, "said"'
    assert '<script>document.title="pwned"</script>' in tree.by_id("source").text()


def test_the_security_policy_allows_only_the_pages_own_style_and_script(
    ferry: Article, parse: Parse
) -> None:
    tree = parse(render_article(ferry))
    (meta,) = tree.find_all("meta", http_equiv="Content-Security-Policy")
    policy = dict(part.strip().split(" ", 1) for part in meta.attrs["content"].split(";"))
    assert policy["default-src"] == "'none'"

    def digest(element: Any) -> str:
        sha = hashlib.sha256(element.text().encode("utf-8")).digest()
        return f"'sha256-{base64.b64encode(sha).decode()}'"

    assert policy["style-src"] == digest(tree.find_all("style")[0])
    assert policy["script-src"] == digest(tree.find_all("script")[0])
    assert not re.search(r"(src|href)=\"(https?:)?//", render_article(ferry))


def test_the_page_is_deterministic(ferry: Article) -> None:
    assert render_article(ferry, name="a") == render_article(ferry, name="a")


def test_spans_that_cross_are_cut_into_fragments_that_keep_the_text(
    ferry: Article, parse: Parse
) -> None:
    # A quote that runs from one paragraph into the next: drawn in two pieces, one id.
    start = ferry.blocks[6].span.start + 10
    end = ferry.blocks[7].span.start + 5
    crossing = Quote(text="x", kind="direct", span=Span(start, end), speaker="Someone")
    section = ferry.sections[0]
    paragraphs = [*section.paragraphs]
    paragraphs[1] = evolve(paragraphs[1], quotes=[crossing])
    article = evolve(ferry, sections=[evolve(section, paragraphs=paragraphs), ferry.sections[1]])
    tree = parse(render_article(article))
    parts = tree.by_id("source").find_all("mark", data_quote="0")
    assert len(parts) == 3  # inside block 6, in the gap, inside block 7
    assert [("id" in p.attrs) for p in parts] == [True, False, False]
    assert "".join(p.text() for p in parts) == ferry.source[start:end]
    assert source_problems(article, render_article(article), parse) == []


def test_broken_spans_are_reported_and_the_page_still_renders(ferry: Article, parse: Parse) -> None:
    blocks = list(ferry.blocks)
    blocks[3] = Block(role="date", text="wrong", span=blocks[3].span)
    overlap = Span(blocks[4].span.start + 3, blocks[5].span.end)
    blocks[5] = evolve(blocks[5], span=overlap, text=overlap.slice(ferry.source))
    del blocks[13]
    blocks.append(Block(role="note", text="", span=Span(700, 9000)))
    article = evolve(ferry, blocks=blocks)
    problems = check(article)
    assert problems == [
        "block 13 (note): span [700, 9000) runs past the end of the source (762 characters)",
        "block 3 (date): its text differs from the source under its span",
        "block 5 (paragraph): starts at 150, before the previous block ends (166)",
        "block 13 (note): its text differs from the source under its span",
        "block 13 (note): starts at 700, before the previous block ends (740)",
    ]
    tree = parse(render_article(article))
    assert [li.text() for li in tree.by_id("checks").find_all("li")] == problems
    assert tree.by_id("source").text() == ferry.source


def test_text_in_no_block_is_flagged(ferry: Article, parse: Parse) -> None:
    article = evolve(ferry, blocks=[b for b in ferry.blocks if b.role != "heading"])
    assert check(article) == ["text at [549, 559) is in no block: 'Passengers'"]
    tree = parse(render_article(article))
    (flagged,) = tree.find_all("span", class_="uncovered")
    assert flagged.text() == "\nPassengers\n"


def test_a_leading_newline_and_carriage_returns_survive(parse: Parse) -> None:
    source = "\n\r\nTitle\r\n\tBody & more\x0b\x7f\r\n"
    article = Article(
        id="crlf",
        source=source,
        blocks=[
            Block(role="headline", text="Title", span=Span(3, 8)),
            Block(role="paragraph", text="Body & more\x0b\x7f", span=Span(11, 24)),
        ],
    )
    page = render_article(article)
    assert "\r" not in page and "&#13;" in page and "&#11;" in page
    assert parse(page).by_id("source").text() == source


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_article_renders_its_exact_source(parse: Parse, article: Article) -> None:
    assert source_problems(article, render_article(article), parse) == []


def test_quote_labels() -> None:
    quote = Quote(text="t", kind="partial", span=Span(0, 1), speaker_mention="she", verb="wrote")
    assert quote_label(quote) == "partial quote: she, wrote"
    assert (
        quote_label(evolve(quote, speaker_mention=None, verb=None)) == "partial quote: no speaker"
    )


def test_the_models_verdicts_show_on_each_block_and_disagreements_are_listed(
    ferry: Article, parse: Parse
) -> None:
    verdicts = [(b.role, 0.5 + i / 100, b.role) for i, b in enumerate(ferry.blocks)]
    changed = next(i for i, b in enumerate(ferry.blocks) if b.role == "paragraph")
    verdicts[changed] = ("paragraph", 0.61, "caption")  # the rules said caption
    tree = parse(render_article(ferry, verdicts=verdicts))
    first = tree.find_all(data_block=str(changed))[0]
    assert first.attrs["data-confidence"] == "0.61"
    assert first.attrs["data-rules-role"] == "caption"
    assert "disagree" in first.attrs["class"].split()
    assert "the rules said caption" in first.attrs["title"]
    others = [tree.find_all(data_block=str(i))[0] for i in range(len(ferry.blocks)) if i != changed]
    assert all(
        "data-rules-role" not in e.attrs and "disagree" not in e.attrs["class"] for e in others
    )
    listed = tree.by_id("roles")
    assert len(listed.find_all(tag="li")) == 1 and "caption" in listed.text()
    assert source_problems(ferry, render_article(ferry, verdicts=verdicts), parse) == []


def test_without_verdicts_the_page_says_no_model_was_used(ferry: Article, parse: Parse) -> None:
    tree = parse(render_article(ferry))
    assert "No line-role model" in tree.by_id("roles").text()
    assert not any("data-confidence" in e.attrs for e in tree.iter())

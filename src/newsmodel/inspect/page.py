"""The inspection page of one article: its source, coloured by the spans the model holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from ..model import ROLES, Article, Quote
from .checks import check
from .layers import Mark, Node, Text, clip, nest
from .markup import attr, attrs, document, text
from .summary import render_fields

__all__ = ["Verdict", "quote_label", "render_article"]

KINDS: tuple[str, ...] = ("direct", "partial", "scare")


def quote_label(quote: Quote) -> str:
    """What a quote's hover label and list entry say about it: kind, speaker, verb."""
    who = quote.speaker or quote.speaker_mention or "no speaker"
    how = f", {quote.verb}" if quote.verb else ""
    return f"{quote.kind} quote: {who}{how}"


#: One block's verdict: the role it got, the model's confidence, and the rules' role.
Verdict = tuple[str, float, str]


def _marks(article: Article, verdicts: Sequence[Verdict] = ()) -> Iterator[Mark]:
    length = len(article.source)
    order = 0

    def make(key: str, start: int, end: int, rank: int, classes: str, **data: str | None) -> Mark:
        nonlocal order
        bounded = clip(start, end, length)
        order += 1
        if bounded is None:
            bounded = (length, length)
        pairs = tuple((k.replace("_", "-"), v) for k, v in data.items() if v is not None)
        return Mark(
            key=key,
            start=bounded[0],
            end=bounded[1],
            rank=rank,
            order=order,
            classes=classes,
            attrs=pairs,
        )

    weighed = len(verdicts) == len(article.blocks)
    for i, block in enumerate(article.blocks):
        title = f"{block.role} [{block.span.start}, {block.span.end})"
        confidence = rules = None
        classes = f"block role-{block.role}"
        if weighed:
            _, sure, rules = verdicts[i]
            confidence = f"{sure:.2f}"
            title += f" · model {sure:.0%}"
            if rules != block.role:
                title += f" · the rules said {rules}"
                classes += " disagree"
        yield make(
            f"b{i}",
            block.span.start,
            block.span.end,
            0,
            classes,
            title=title,
            data_role=block.role,
            data_block=str(i),
            data_confidence=confidence,
            data_rules_role=rules if weighed and rules != block.role else None,
        )
    for i, quote in enumerate(article.quotes):
        yield make(
            f"q{i}",
            quote.span.start,
            quote.span.end,
            1,
            f"quote q-{quote.kind}",
            title=quote_label(quote),
            data_quote=str(i),
            data_kind=quote.kind,
            data_speaker=quote.speaker,
            data_verb=quote.verb,
            data_tip=quote_label(quote),
        )
    if article.dateline is not None:
        span = article.dateline.span
        yield make("f-dateline", span.start, span.end, 2, "field f-dateline", title="dateline")
    for i, author in enumerate(article.authors):
        yield make(
            f"f-author-{i}",
            author.span.start,
            author.span.end,
            2,
            "field f-author",
            title=f"author: {author.name}",
        )
    for i, caption in enumerate(article.captions):
        yield make(f"f-caption-{i}", caption.span.start, caption.span.end, 2, "field f-caption")
        if caption.credit_span is not None:
            span = caption.credit_span
            yield make(
                f"f-credit-{i}",
                span.start,
                span.end,
                2,
                "field f-credit",
                title=f"credit: {caption.credit or ''}",
            )
    for i, note in enumerate(article.notes):
        yield make(f"f-note-{i}", note.span.start, note.span.end, 2, "field f-note")


def _source(article: Article, nodes: tuple[Node, ...], in_block: bool = False) -> Iterator[str]:
    source = article.source
    for node in nodes:
        if isinstance(node, Text):
            chunk = source[node.start : node.end]
            if in_block:
                yield text(chunk)
            else:
                kind = "gap" if chunk.isspace() else "uncovered"
                yield f'<span class="{kind}">{text(chunk)}</span>'
            continue
        mark = node.mark
        tag = "mark" if mark.classes.startswith("quote") else "span"
        classes = mark.classes if mark.first else f"{mark.classes} cont"
        head = attrs([("id", mark.key if mark.first else None), ("class", classes), *mark.attrs])
        inner = "".join(_source(article, node.children, in_block or mark.rank == 0))
        yield f"<{tag}{head}>{inner}</{tag}>"


def _legend(article: Article) -> str:
    counts = Counter(block.role for block in article.blocks)
    items = "".join(
        f'<li><button type="button" class="swatch role-{role}" data-role="{role}" '
        f'data-count="{counts[role]}" aria-pressed="false"'
        f"{' disabled' if not counts[role] else ''}>{role} <b>{counts[role]}</b></button></li>"
        for role in ROLES
    )
    kinds: Counter[str] = Counter(q.kind for q in article.quotes)
    quotes = "".join(
        f'<li><span class="kind-key q-{kind}">{kind}</span> <b>{kinds[kind]}</b></li>'
        for kind in KINDS
    )
    return f'<ul class="legend roles">{items}</ul>\n<ul class="legend kinds">{quotes}</ul>\n'


def _quote_list(article: Article) -> str:
    if not article.quotes:
        return '<p class="none">No quotes.</p>\n'
    items = []
    for i, quote in enumerate(article.quotes):
        speaker = quote.speaker or quote.speaker_mention
        who = (
            f'<span class="speaker">{text(speaker)}</span>'
            if speaker
            else '<span class="speaker none">no speaker</span>'
        )
        verb = f' <span class="verb">{text(quote.verb)}</span>' if quote.verb else ""
        about = (
            f'<span class="speaker-about">{text(quote.speaker_description)}</span>'
            if quote.speaker_description
            else ""
        )
        items.append(
            f'<li id="ql{i}" data-quote="{i}" class="q-{quote.kind}">'
            f'<a href="#q{i}"><span class="kind">{quote.kind}</span></a> {who}{verb}{about}'
            f"<q>{text(quote.text)}</q></li>\n"
        )
    return f'<ol class="quote-list">\n{"".join(items)}</ol>\n'


def _disagreements(article: Article, verdicts: Sequence[Verdict]) -> str:
    """The lines where the model's role differs from the rules', and the least sure ones."""
    if len(verdicts) != len(article.blocks):
        return '<p class="none">No line-role model was used.</p>\n'
    changed = [
        (i, block, verdicts[i])
        for i, block in enumerate(article.blocks)
        if verdicts[i][2] != block.role
    ]
    if not changed:
        return '<p class="ok">The model kept every role the rules gave.</p>\n'
    items = "".join(
        f'<li><a href="#b{i}"><span class="swatch role-{block.role}">{block.role}</span></a> '
        f"{sure:.0%}, the rules: {text(rules)} — <q>{text(block.text[:80])}</q></li>\n"
        for i, block, (_, sure, rules) in changed
    )
    return f'<ol class="disagreements">\n{items}</ol>\n'


def _checks(article: Article) -> str:
    problems = check(article)
    if not problems:
        return '<p class="ok">Every span is inside the source and every line is in a block.</p>\n'
    items = "".join(f"<li>{text(p)}</li>\n" for p in problems)
    return f'<ul class="problems">\n{items}</ul>\n'


def render_article(
    article: Article,
    *,
    name: str | None = None,
    index_href: str | None = None,
    verdicts: Sequence[Verdict] = (),
) -> str:
    """The inspection page of ``article`` as one self-contained HTML document.

    :param name: what to call the article (its file name, say); the id when ``None``.
    :param index_href: where the "all articles" link points; no link when ``None``.
    :param verdicts: for each block, ``(role, confidence, rules_role)`` as
        ``newsmodel.parser.line_verdicts`` gives them: each block then shows the model's
        confidence, and the page lists where the model and the rules disagree.
    """
    title = article.headline or name or article.id
    nodes = nest(_marks(article, verdicts), len(article.source))
    back = f'<a class="back" href="{attr(index_href)}">← all articles</a>\n' if index_href else ""
    about = " · ".join(
        [
            *([text(name)] if name else []),
            f"id <code>{text(article.id)}</code>",
            f"{len(article.source)} characters",
            f"{len(article.blocks)} blocks",
            f"{len(article.quotes)} quotes",
        ]
    )
    body = (
        f'<header>\n{back}<h1>{text(title)}</h1>\n<p class="about">{about}</p>\n'
        f"{_legend(article)}</header>\n"
        '<main>\n<section class="source-pane" aria-label="Source">\n'
        f'<pre id="source" class="source">{"".join(_source(article, nodes))}</pre>\n</section>\n'
        '<aside>\n<section id="fields">\n<h2>Fields</h2>\n'
        f"{render_fields(article)}</section>\n"
        f'<section id="quotes">\n<h2>Quotes <b>{len(article.quotes)}</b></h2>\n'
        f"{_quote_list(article)}</section>\n"
        f'<section id="roles">\n<h2>Model and rules</h2>\n{_disagreements(article, verdicts)}'
        "</section>\n"
        f'<section id="checks">\n<h2>Checks</h2>\n{_checks(article)}</section>\n'
        "</aside>\n</main>\n"
    )
    return document(f"Inspect: {title}", body)

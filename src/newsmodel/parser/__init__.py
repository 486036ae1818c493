"""The parser: raw article text in, :class:`~newsmodel.model.Article` out.

The stages, each a module with one job, run in this order:

1. :mod:`.decode` — bytes or str to the source text (errors for empty or undecodable input);
2. :mod:`.lines` — the non-blank lines, with spans;
3. :mod:`.classify` — a role for every line (headline, date, byline, caption, heading,
   paragraph, note, boilerplate...), using :mod:`.dates`, :mod:`.bylines`,
   :mod:`.captions` and :mod:`.boilerplate`;
4. :mod:`.quotes` — quotations in the body paragraphs, with speakers;
5. :mod:`.assemble` — the immutable :class:`~newsmodel.model.Article`.

What the parser is taught about one outlet comes in as :mod:`.profiles`
(:class:`PublisherProfile`), passed to :func:`parse`.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import InputTooLargeError
from ..model import Article
from .profiles import PublisherProfile

__all__ = ["MAX_CHARS", "PublisherProfile", "line_verdicts", "parse"]

#: The longest input :func:`parse` accepts by default, in characters.
MAX_CHARS = 2_000_000


def parse(
    data: str | bytes,
    *,
    errors: str = "strict",
    profiles: Iterable[PublisherProfile] = (),
    max_chars: int | None = MAX_CHARS,
    rules_only: bool = False,
) -> Article:
    """Parse the raw text of one news article.

    :param data: the text, as ``str`` or UTF-8 ``bytes`` (a BOM and CRLF line ends are fine).
    :param errors: ``"strict"`` raises :class:`~newsmodel.errors.DecodeError` on bytes that
        are not UTF-8; ``"replace"`` substitutes U+FFFD.
    :param profiles: publisher profiles to apply (none by default); ``newsmodel.parse``
        passes those that installed plugins register.
    :param max_chars: the longest input accepted, in characters (``None``: no limit).  One
        article is rarely over 100,000; a larger input is usually a whole archive or a
        file that is not an article, and would take minutes.
    :param rules_only: give the lines the rule classifier's roles and the publisher its
        rules find, without the line-role model (:mod:`.roles`) that reads the lines again
        and the publisher ranker (:mod:`.publisher`) that chooses among the names the page
        writes; ``Article.line_model`` is then ``None``.
    :raises newsmodel.errors.InputTooLargeError: the input is longer than ``max_chars``.
    :raises newsmodel.errors.EmptyInputError: the input holds no text.
    :raises newsmodel.errors.DecodeError: the bytes are not UTF-8 text.
    """
    # The stages compile their patterns when first imported: on the first parse, not when
    # ``import newsmodel`` imports this package.
    from attrs import evolve

    from .assemble import assemble
    from .classify import classify
    from .decode import decode
    from .lines import split_lines
    from .publisher import default_ranker
    from .roles import default_model, relabel

    source = decode(data, errors=errors)
    if max_chars is not None and len(source) > max_chars:
        raise InputTooLargeError(
            f"the input is {len(source):,} characters long, more than the {max_chars:,} one "
            f"article may have: split it into articles (or pass max_chars=None to parse it whole)"
        )
    active = tuple(p for p in profiles if p.applies_to(source))
    lines = split_lines(source)
    layout = classify(lines, active)
    if rules_only:
        return assemble(source, layout)
    versions = []
    model = default_model()
    if model is not None:
        layout = relabel(layout, model)
        versions.append(model.version)
    ranker = default_ranker()
    if ranker is not None:
        # a profile names the outlet where the text names none (as with the rules)
        named = ranker.choose(layout) or next((p.name for p in active), None)
        layout = evolve(layout, publisher=named)
        versions.append(ranker.version)
    return assemble(source, layout, line_model="+".join(versions) or None)


def line_verdicts(
    source: str, profiles: Iterable[PublisherProfile] = ()
) -> list[tuple[str, float, str]]:
    """For each block a parse of ``source`` gives, in order: the role it got, the line-role
    model's confidence in that role, and the role the rules gave it (empty when no model
    is shipped).  ``source`` is the article's decoded text (``Article.source``)."""
    from .classify import classify
    from .lines import split_lines
    from .roles import default_model, explain

    model = default_model()
    if model is None:
        return []
    active = tuple(p for p in profiles if p.applies_to(source))
    layout = classify(split_lines(source), active)
    return [(v.role, v.confidence, v.rules) for v in explain(layout, model)]

"""The line-role model's decoding, on hand-made weights (the trained ones have their own
tests): Viterbi, one headline, the rules' final roles, and values read for a new role."""

from __future__ import annotations

import itertools

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.parser.assemble import assemble
from newsmodel.parser.classify import classify
from newsmodel.parser.layout import Layout, Reading, Tagged
from newsmodel.parser.lines import split_lines
from newsmodel.parser.roles import LineModel, explain, relabel
from newsmodel.parser.roles.features import line_features

LABELS = ("headline", "byline", "paragraph", "boilerplate", "caption", "standfirst")

PAGE = (
    "Harbour lights return to the old pier\n"
    "By Jane Roe\n"
    "The lights were switched on again on Friday after a repair that took most of the year.\n"
    "Residents gathered along the water to watch the lamps come on one by one at dusk.\n"
    "Boats in the harbour at dawn. [GAZETTE/ANNA REYES]\n"
    "Share this article\n"
)


def model(weights: dict[str, tuple[float, ...]], **kw: object) -> LineModel:
    size = len(LABELS)
    transitions = kw.pop("transitions", tuple((0.0,) * size for _ in range(size + 1)))
    return LineModel(
        version="test",
        labels=LABELS,
        weights=weights,
        transitions=transitions,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def leaning(facts: dict[str, tuple[str, float]]) -> dict[str, tuple[float, ...]]:
    """Weights where each fact leans to one role of :data:`LABELS` by the weight given."""
    return {
        fact: tuple(weight if label == role else 0.0 for label in LABELS)
        for fact, (role, weight) in facts.items()
    }


def test_decode_finds_the_best_path_by_brute_force() -> None:
    scores = [
        [0.3, -1.0, 2.0, 0.1, 0.0, 0.0],
        [1.0, 0.5, -0.5, 0.0, 0.2, 0.1],
        [0.0, 0.0, 0.4, 0.6, 0.0, 0.0],
    ]
    size = len(LABELS)
    transitions = tuple(
        tuple(((a * 7 + b * 3) % 5 - 2) / 3 for b in range(size)) for a in range(size + 1)
    )
    m = model({}, transitions=transitions)

    def total(path: tuple[int, ...]) -> float:
        value, previous = 0.0, size
        for row, label in zip(scores, path, strict=True):
            value += transitions[previous][label] + row[label]
            previous = label
        return value

    best = max(itertools.product(range(size), repeat=len(scores)), key=total)
    assert tuple(m.decode(scores)) == best


@given(
    st.lists(
        st.lists(st.integers(-50, 50).map(lambda v: v / 10), min_size=6, max_size=6),
        min_size=1,
        max_size=5,
    )
)
def test_decode_without_transitions_takes_each_lines_best(scores: list[list[float]]) -> None:
    path = model({}).decode(scores)
    assert [row[k] for row, k in zip(scores, path, strict=True)] == [max(row) for row in scores]


_WEIGHT = st.floats(-1e3, 1e3, allow_nan=False, allow_subnormal=True)


@given(
    st.dictionaries(st.sampled_from("abcdef"), st.tuples(*[_WEIGHT] * len(LABELS)), max_size=6),
    st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=12), max_size=4),
)
def test_scores_add_the_weights_in_the_order_of_the_facts(
    weights: dict[str, tuple[float, ...]], facts: list[list[str]]
) -> None:
    """The same floats, bit for bit, as adding each known fact's weights one at a time."""
    expected = []
    for line in facts:
        total = [0.0] * len(LABELS)
        for fact in line:
            if fact in weights:
                total = [a + b for a, b in zip(total, weights[fact], strict=True)]
        expected.append(total)
    assert [list(map(float.hex, row)) for row in model(weights).scores(facts)] == [
        list(map(float.hex, row)) for row in expected
    ]


def test_the_likeliest_line_is_the_only_headline() -> None:
    layout = classify(split_lines(PAGE))
    # every line that opens with a capital leans to the headline; the first one most
    weights = {
        "first=U": (2.0, 0, 0, 0, 0, 0),
        "top=0": (3.0, 0, 0, 0, 0, 0),
        "bias": (0, 0, 1.0, 0, 0, 0),
    }
    out = relabel(layout, model(weights))
    assert [t.role for t in out.tagged].count("headline") == 1
    assert out.tagged[0].role == "headline"


def test_where_no_line_is_likely_the_headline_the_rules_headline_is() -> None:
    layout = classify(split_lines(PAGE))
    assert layout.tagged[0].role == "headline"
    # weights that give no line a chance of being the headline: every line is chrome
    unlikely = {"bias": (-20.0, 0, 0, 5.0, 0, 0)}
    out = relabel(layout, model(unlikely))
    assert [t.role for t in out.tagged] == ["headline"] + ["boilerplate"] * (len(out.tagged) - 1)
    # ... unless the model reads the rules' headline as the body: then there is none
    body = {**unlikely, "top=0": (0, 0, 30.0, 0, 0, 0)}
    out = relabel(layout, model(body))
    assert "headline" not in [t.role for t in out.tagged]
    assert out.tagged[0].role == "paragraph"


def test_rules_keep_their_final_roles_and_lend_them_to_no_other_line() -> None:
    layout = classify(split_lines(PAGE))
    assert layout.tagged[1].role == "byline"
    # weights that call every line a byline but the first, which they call boilerplate
    weights = {"bias": (0, 5.0, 0, 0, 0, 0), "top=0": (0, -10.0, 0, 20.0, 0, 0)}
    out = relabel(layout, model(weights, rule_roles=frozenset({"byline"})))
    roles = [t.role for t in out.tagged]
    assert roles[1] == "byline" and roles.count("byline") == 1
    assert out.tagged[1].info.byline is layout.tagged[1].info.byline is not None


def test_a_line_given_a_new_role_gets_the_values_it_needs() -> None:
    layout = classify(split_lines(PAGE))
    caption = next(
        i
        for i, t in enumerate(layout.tagged)
        if "REUTERS" in t.line.text or "GAZETTE" in t.line.text
    )
    # weights that make the caption line a paragraph and the paragraphs captions
    weights = {"r=caption": (0, 0, 10.0, 0, 0, 0), "r=paragraph": (0, 0, 0, 0, 10.0, 0)}
    out = relabel(layout, model(weights))
    assert out.tagged[caption].role == "paragraph" and out.tagged[caption].info == Reading()
    # a sentence with no caption's parts is no caption, whatever the model says: chrome
    lede = out.tagged[2]
    assert lede.role == "boilerplate" and lede.info == Reading()


def test_facts_hold_no_text_of_the_page() -> None:
    """A fact names a shape, a role or a position; a word only from the vocabulary."""
    layout = classify(split_lines(PAGE))
    facts = line_features(layout, vocabulary=frozenset({"by", "share"}))
    words = {f.split("=", 1)[1] for line in facts for f in line if f.startswith(("fw=", "lw="))}
    assert words == {"by", "share"}
    for line in facts:
        assert line[0] == "bias"
        for fact in line:
            assert len(fact) <= 40 and " " not in fact


def test_a_line_set_like_the_pages_sub_heads_is_marked_so() -> None:
    """A short line in the body shaped like the lines the rules call headings (the same
    first and last characters, the same capitals) carries the fact ``heading-style``."""
    page = (
        "Harbour lights return to the old pier\n"
        "By Jane Roe\n"
        "The lights were switched on again on Friday after a repair that took most of the year.\n"
        "How The Lamps Work\n"
        "Each lamp holds a small battery that the sun charges during the day, the engineers said.\n"
        "What The Repair Cost\n"
        "$ cost --total --year 2024\n"
        "Residents gathered along the water to watch the lamps come on one by one at dusk.\n"
        "the pier at night\n"
    )
    layout = classify(split_lines(page))
    roles = [t.role for t in layout.tagged]
    assert roles[3] == "heading" and roles[5] != "heading"
    facts = line_features(layout)
    assert "heading-style" in facts[5]
    assert not any("heading-style" in facts[i] for i in (2, 3, 4, 6, 7, 8))


def test_a_row_of_a_table_is_marked_so() -> None:
    """A line whose cells a tab divides is a row copied from a table, never a title; the
    fact ``tab`` says so, and only of such lines."""
    page = (
        "Pos\tPlayer\tSnaps\t%\n"
        "Harbour crews log their longest season on the old pier\n"
        "By Jane Roe\n"
        "The crews worked more hours this year than in any season since the pier opened.\n"
        "CB\tJane Doe\t61\t100%\n"
    )
    facts = line_features(classify(split_lines(page)))
    assert [("tab" in line) for line in facts] == [True, False, False, False, True]


def test_a_table_of_contents_and_the_sub_heads_it_lists_are_marked_so() -> None:
    """Three short lines or more, each written again further down with prose between (the
    numbers aside), are ``contents``; where they are written again, ``listed-above``.  A
    menu written again as a block in the footer is neither."""
    story = (
        "The lights were switched on again on Friday after a repair that took most of the year.",
        "Each lamp holds a small battery that the sun charges during the day, the engineers said.",
        "The council paid for the work from its harbour fund, which boat owners pay into.",
    )
    page = (
        "Harbour lights return to the old pier\n"  # 0
        "Home\nNews\nSport\n"  # 1-3: a menu
        "Contents\n1 What broke\n2. How The Lamps Work\n3 Who paid\n"  # 4-7
        f"{story[0]}\nWhat broke\n{story[1]}\nHow the lamps work\n{story[2]}\nWho paid\n"  # 8-13
        f"{story[0]}\n"  # 14
        "Home\nNews\nSport\n"  # 15-17: the menu again, as a block
    )
    facts = line_features(classify(split_lines(page)))
    assert [i for i, line in enumerate(facts) if "contents" in line] == [5, 6, 7]
    assert [i for i, line in enumerate(facts) if "listed-above" in line] == [9, 11, 13]


def test_a_sentence_the_model_would_drop_between_the_byline_and_the_story_stays() -> None:
    """Where the model makes chrome of a sentence the rules read as a paragraph, between
    the story's head (or a paragraph) and a paragraph it keeps, the line stays a paragraph;
    a line the rules call chrome there, or one the model drops after chrome, does not."""
    page = (
        "Harbour lights return to the old pier\n"
        "By Jane Roe\n"
        "The lights were switched on again on Friday after a repair that took most of the year.\n"
        "Residents gathered along the water to watch the lamps come on one by one at dusk.\n"
        "Share this article\n"
        "The council will pay for the upkeep of the lamps from next year, its clerk said.\n"
        "Engineers expect the new batteries to last for at least ten more winters.\n"
    )
    layout = classify(split_lines(page))
    assert [t.role for t in layout.tagged][1:] == ["byline", *["paragraph"] * 2, "boilerplate"] + [
        "paragraph"
    ] * 2
    # the model: a line after a byline or after chrome is chrome; otherwise the rules' role
    weights = leaning(
        {
            "r=headline": ("headline", 10.0),
            "r=byline": ("byline", 10.0),
            "r=paragraph": ("paragraph", 1.0),
            "r=boilerplate": ("boilerplate", 10.0),
            "p:r=byline": ("boilerplate", 3.0),
            "p:r=boilerplate": ("boilerplate", 3.0),
        }
    )
    roles = [t.role for t in relabel(layout, model(weights)).tagged]
    assert roles == [
        "headline",
        "byline",
        "paragraph",  # kept: under the byline, over a paragraph
        "paragraph",
        "boilerplate",
        "boilerplate",  # dropped after chrome: the model's word stands
        "paragraph",
    ]


@pytest.mark.parametrize(("third", "byline"), [("Videos", False), ("March 3, 2024", True)])
def test_a_bare_name_above_the_models_headline_is_a_byline_only_beside_a_date(
    third: str, byline: bool
) -> None:
    """The rules read "Jane Roe" as the byline of the title they took for the headline;
    the model takes the title over the body.  Above that headline, a name without "By"
    stays a byline only with a date within three lines."""
    page = (
        "Weekend market guide for the old town\nJane Roe\n"
        f"{third}\nPhotos\n"
        "Water board approves new reservoir on the eastern ridge\n"
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.\n"
        "Construction is expected to start next spring and take about four years to finish.\n"
    )
    layout = classify(split_lines(page))
    assert [t.role for t in layout.tagged][:2] == ["headline", "byline"]
    weights = leaning(
        {
            "r=paragraph": ("paragraph", 5.0),
            "r=headline": ("boilerplate", 5.0),
            "r=boilerplate": ("boilerplate", 5.0),
            "r=date": ("boilerplate", 5.0),
            "nearest-title": ("headline", 9.0),
        }
    )
    out = relabel(layout, model(weights, rule_roles=frozenset({"byline", "date"})))
    roles = [t.role for t in out.tagged]
    assert roles[4] == "headline"
    assert (roles[1] == "byline") is byline
    assert [a.name for a in assemble(page, out).authors] == (["Jane Roe"] if byline else [])


@pytest.mark.parametrize("text", ["x", "Only one line here", "A\nB\nC"])
def test_tiny_pages_relabel_without_error(text: str) -> None:
    layout = classify(split_lines(text))
    out = relabel(layout, model({"bias": (0, 0, 1.0, 0, 0, 0)}))
    assert len(out.tagged) == len(layout.tagged)


def test_explain_gives_each_lines_role_confidence_and_the_rules_role() -> None:
    layout = classify(split_lines(PAGE))
    weights = {"r=caption": (0, 0, 10.0, 0, 0, 0), "bias": (0, 0, 0, 0.5, 0, 0)}
    m = model(weights)
    verdicts = explain(layout, m)
    out = relabel(layout, m)
    assert [v.role for v in verdicts] == [t.role for t in out.tagged]
    assert [v.rules for v in verdicts] == [t.role for t in layout.tagged]
    caption = next(i for i, t in enumerate(layout.tagged) if t.role == "caption")
    assert verdicts[caption].role == "paragraph" and verdicts[caption].confidence > 0.99
    assert all(0 < v.confidence <= 1 for v in verdicts)


META_PAGE = (
    "Night trains return to the Alps\n"
    "{meta}\n"
    "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
    "Operators say demand has grown every year since the route was announced in 2019.\n"
)
# weights that make the first line the headline and every other line chrome
TOP_AND_CHROME = {"top=0": (30.0, 0, 0, 0, 0, 0), "bias": (0, 0, 0, 5.0, 0, 0)}


@pytest.mark.parametrize(
    ("meta", "role", "authors"),
    [
        ("14. März 2021 · by Lena Vogt · in Reisen", "byline", ["Lena Vogt"]),
        ("Ruth Ambler, 02.01.2023, 11:08 Uhr", "byline", ["Ruth Ambler"]),
        ("14. März 2021 · 4 min Lesezeit", "date", []),
    ],
)
def test_the_line_under_the_models_headline_gives_date_and_authors(
    meta: str, role: str, authors: list[str]
) -> None:
    source = META_PAGE.format(meta=meta)
    out = relabel(classify(split_lines(source)), model(TOP_AND_CHROME))
    assert [t.role for t in out.tagged][:2] == ["headline", role]
    article = assemble(source, out)
    assert article.published is not None and article.published.year in (2021, 2023)
    assert [a.name for a in article.authors] == authors


def test_a_date_line_far_below_the_headline_is_left_alone() -> None:
    source = META_PAGE.format(meta="Sharing is welcome") + "\n".join(
        ["Share", "Print", "More", "Save", "Mail", "Top", "14. März 2021 · by Lena Vogt"]
    )
    out = relabel(classify(split_lines(source)), model(TOP_AND_CHROME))
    assert "date" not in [t.role for t in out.tagged]
    assert "byline" not in [t.role for t in out.tagged]


# the first line is the headline, prose is the body, every other line chrome
TOP_PROSE_CHROME = {
    "top=0": (30.0, 0, 0, 0, 0, 0),
    "prose": (0, 0, 10.0, 0, 0, 0),
    "bias": (0, 0, 0, 5.0, 0, 0),
}
BODY = (
    "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
    "Operators say demand has grown every year since the route was announced in 2019.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # a name alone on its line beside the date line
        "Lena Vogt\n14. März 2021\n",
        "14. März 2021\nLena Vogt\n",
        # under a deck the model read as the body
        "A decade after the last one, the sleepers are back on the line.\n"
        "Lena Vogt, 14.03.2021, 11:08 Uhr\n",
        # right above the body, menus between it and the headline
        "Share\nPrint\nMore\nSave\nMail\nTop\nTravel\nLena Vogt\n14. März 2021\n",
    ],
)
def test_a_name_beside_the_date_under_the_models_headline_is_the_byline(header: str) -> None:
    source = f"Night trains return to the Alps\n{header}{BODY}"
    out = relabel(classify(split_lines(source)), model(TOP_PROSE_CHROME))
    article = assemble(source, out)
    assert [a.name for a in article.authors] == ["Lena Vogt"]
    assert article.published is not None and article.published.year == 2021


def test_a_name_beside_a_date_inside_the_body_is_no_byline() -> None:
    source = (
        f"Night trains return to the Alps\n{BODY}Lena Vogt\n14. März 2021\n"
        "Tickets for the spring are on sale from Monday at every station of the line.\n"
    )
    out = relabel(classify(split_lines(source)), model(TOP_PROSE_CHROME))
    assert "byline" not in [t.role for t in out.tagged]


#: a deck the rules read as the body's first paragraph, and a photo's caption without a
#: credit, which the rules read as another paragraph and the model below as chrome
DECK_AND_PHOTO = (
    "A decade after the last one, the sleepers are back on the line from Zurich to Vienna.\n"
    "Passengers board the first train in Zurich.\n"
)
SHORT_SENTENCE_CHROME = {
    **TOP_PROSE_CHROME,
    **leaning({"w=6-8&last=.": ("boilerplate", 20.0)}),
}


def test_a_name_set_as_the_first_sub_head_under_the_headline_is_the_byline() -> None:
    source = f"Night trains return to the Alps\n{DECK_AND_PHOTO}Lena Vogt\n{BODY}"
    layout = classify(split_lines(source))
    assert [t.role for t in layout.tagged][3] == "heading"  # what the rules make of it
    out = relabel(layout, model(SHORT_SENTENCE_CHROME))
    assert [t.role for t in out.tagged][:4] == ["headline", "paragraph", "boilerplate", "byline"]
    assert [a.name for a in assemble(source, out).authors] == ["Lena Vogt"]


@pytest.mark.parametrize(
    "sub_head",
    [
        "Neues Leitmotto",  # two capitalised words, no given name first
        "Status Quo",
    ],
)
def test_a_sub_head_under_the_headline_that_names_no_person_stays_one(sub_head: str) -> None:
    source = f"Night trains return to the Alps\n{DECK_AND_PHOTO}{sub_head}\n{BODY}"
    layout = classify(split_lines(source))
    assert [t.role for t in layout.tagged][3] == "heading"
    out = relabel(layout, model(SHORT_SENTENCE_CHROME))
    assert [t.role for t in out.tagged][3] == "heading"
    assert assemble(source, out).authors == ()


def test_a_name_sub_head_after_the_bodys_paragraphs_is_no_byline() -> None:
    source = f"Night trains return to the Alps\n{DECK_AND_PHOTO}Lena Vogt\n{BODY}"
    out = relabel(classify(split_lines(source)), model(TOP_PROSE_CHROME))
    assert [t.role for t in out.tagged][1:4] == ["paragraph", "paragraph", "heading"]
    assert assemble(source, out).authors == ()


def test_a_name_sub_head_is_no_byline_where_the_page_has_one() -> None:
    source = f"Night trains return to the Alps\n{DECK_AND_PHOTO}Lena Vogt\n{BODY}Von Tom Hartley\n"
    layout = classify(split_lines(source))
    out = relabel(layout, model(SHORT_SENTENCE_CHROME, rule_roles=frozenset({"byline"})))
    assert [t.role for t in out.tagged][3] == "heading"
    assert [a.name for a in assemble(source, out).authors] == ["Tom Hartley"]


@pytest.mark.parametrize(
    "box",
    [
        "Lena VogtView More Articles\n",
        "Lena Vogt\nWeitere Beiträge\n",
        "mehr von\nLena Vogt\n",
    ],
)
def test_an_author_box_names_the_author_of_a_page_without_byline(box: str) -> None:
    source = f"Night trains return to the Alps\n{BODY}Share\n{box}Newsletter\n"
    out = relabel(classify(split_lines(source)), model(TOP_PROSE_CHROME))
    assert [a.name for a in assemble(source, out).authors] == ["Lena Vogt"]


def test_a_name_beside_no_pointer_to_more_pieces_is_no_author() -> None:
    source = f"Night trains return to the Alps\n{BODY}Share\nLena Vogt\nNewsletter\n"
    out = relabel(classify(split_lines(source)), model(TOP_PROSE_CHROME))
    assert assemble(source, out).authors == ()


@pytest.mark.parametrize(
    "holder",
    [
        "Home » Travel » Europe » Night trains return to the Alps",
        "Rail travel Night trains return to the Alps",  # a kicker glued to the title
        "Night trains return to the Alps 4.5 (12 ratings)",
    ],
)
def test_a_headline_holding_a_title_near_it_gives_way_to_that_title(holder: str) -> None:
    source = (
        f"{holder}\n"
        "Night trains return to the Alps\n"
        "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
        "Operators say demand has grown every year since the route was announced in 2019.\n"
    )
    out = relabel(classify(split_lines(source)), model(TOP_AND_CHROME))
    assert [t.role for t in out.tagged][:2] == ["boilerplate", "headline"]


def test_a_headline_holding_a_few_words_of_another_line_stays() -> None:
    source = (
        "Night trains return to the Alps after a decade away\n"
        "Alps after a decade\n"
        "after a decade away\n"
        "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
    )
    out = relabel(classify(split_lines(source)), model(TOP_AND_CHROME))
    assert out.tagged[0].role == "headline"


@pytest.mark.parametrize(
    "dated",
    [
        "14 March 2021 Travel, Rail, Alps",
        "From our region 14 March 2021 09:30 Write a comment",
    ],
)
def test_a_date_with_its_section_or_tags_is_never_the_headline(dated: str) -> None:
    source = (
        f"{dated}\n"
        "Night trains return to the Alps\n"
        "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
        "Operators say demand has grown every year since the route was announced in 2019.\n"
    )
    layout = classify(split_lines(source))
    assert layout.features[0].dates and not layout.features[0].date_line
    # the first line most likely the headline, the second likely enough
    out = relabel(layout, model({**TOP_AND_CHROME, "top=1": (6.0, 0, 0, 0, 0, 0)}))
    assert [t.role for t in out.tagged][:2] in (["boilerplate", "headline"], ["date", "headline"])
    assert assemble(source, out).headline == "Night trains return to the Alps"


def test_a_headline_stating_a_date_inside_it_stays() -> None:
    source = (
        "Report on the flood of 14 March 2021 is published\n"
        "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
    )
    out = relabel(classify(split_lines(source)), model(TOP_AND_CHROME))
    assert out.tagged[0].role == "headline"


def test_a_line_the_model_finds_somewhat_likely_beats_the_rules_headline() -> None:
    layout = classify(split_lines(PAGE))
    assert layout.tagged[0].role == "headline"
    # every line chrome; the third one the headline with a probability of about 0.035
    weights = {"bias": (0, 0, 0, 5.0, 0, 0), "top=2": (1.7, 0, 0, 0, 0, 0)}
    verdicts = explain(layout, model(weights))
    assert verdicts[2].role == "headline" and 0.02 < verdicts[2].confidence < 0.05
    assert [v.role for v in verdicts].count("headline") == 1


KICKER_PAGE = (
    "Rail travel\n"
    "{second}\n"
    "The first sleeper service in a decade left the city on Sunday evening, fully booked.\n"
    "Operators say demand has grown every year since the route was announced in 2019.\n"
)


@pytest.mark.parametrize(
    ("second", "weight", "roles"),
    [
        # the title under the kicker, nearly as likely: the headline
        ("Night trains return to the Alps after a decade away", 4.5, ["boilerplate", "headline"]),
        # ... far less likely: the short line stays the headline
        ("Night trains return to the Alps after a decade away", 1.0, ["headline", "boilerplate"]),
        # a sentence under the short line is its deck, not its title
        ("Night trains return to the Alps after a decade away.", 4.5, ["headline", "boilerplate"]),
    ],
)
def test_a_short_headline_over_a_likely_longer_title_is_its_kicker(
    second: str, weight: float, roles: list[str]
) -> None:
    source = KICKER_PAGE.format(second=second)
    weights = {
        "top=0": (5.0, 0, 0, 0, 0, 0),
        "top=1": (weight, 0, 0, 0, 0, 0),
        "bias": (0, 0, 0, 3.0, 0, 0),
    }
    out = relabel(classify(split_lines(source)), model(weights))
    assert [t.role for t in out.tagged][:2] == roles


TEASERS = (
    ("NEWS", "Ferries add a winter timetable", "May 15, 2017"),
    ("TRAVEL", "Airport opens its second runway", "June 2, 2017"),
    ("NEWS", "Cycle lanes reach the old town", "July 9, 2017"),
)


@pytest.mark.parametrize(("teasers", "headline"), [(3, 0), (2, 4)])
def test_a_headline_in_a_list_of_teasers_gives_way_to_a_title_outside_it(
    teasers: int, headline: int
) -> None:
    rail = "".join(f"{a}\n{b}\n{c}\n" for a, b, c in TEASERS[:teasers])
    source = (
        "Night trains return to the Alps\n"
        "By Jane Roe\n"
        "MORE STORIES\n" + rail + "The first sleeper service in a decade left the city on "
        "Sunday evening, fully booked.\n"
        "Operators say demand has grown every year since the route was announced in 2019.\n"
    )
    # the title over a date line likelier to be the headline than the page's first line
    weights = {
        "top=0": (3.0, 0, 0, 0, 0, 0),
        "n:dateline": (4.0, 0, 0, 0, 0, 0),
        "bias": (0, 0, 0, 3.0, 0, 0),
    }
    out = relabel(classify(split_lines(source)), model(weights))
    roles = [t.role for t in out.tagged]
    assert roles.count("headline") == 1 and roles.index("headline") == headline


def _relabel_with_date_left_as_chrome(layout: Layout, at: int) -> Layout:
    """Relabel ``layout`` as if the rules had left line ``at`` as chrome (as they do where
    their own headline stands elsewhere), by a model that keeps the rules' other roles."""
    chrome = Tagged(line=layout.tagged[at].line, role="boilerplate", info=Reading())
    tagged = (*layout.tagged[:at], chrome, *layout.tagged[at + 1 :])
    weights = leaning(
        {
            "r=headline": ("headline", 10.0),
            "r=paragraph": ("paragraph", 5.0),
            "r=boilerplate": ("boilerplate", 5.0),
        }
    )
    rule_roles = frozenset({"byline", "date"})
    return relabel(evolve(layout, tagged=tagged), model(weights, rule_roles=rule_roles))


def test_a_date_line_under_the_models_headline_is_its_date_however_long() -> None:
    """The rules left a date line as chrome (their headline stood elsewhere); under the
    model's headline it is the date line, though it runs long enough to read as prose."""
    page = (
        "Le conseil approuve un nouveau réservoir sur la crête est\n"
        "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)\n"
        "Le conseil de l’eau a voté mardi la construction d’un réservoir sur la crête est.\n"
        "Les travaux devraient commencer au printemps prochain et durer environ quatre ans.\n"
    )
    layout = classify(split_lines(page))
    assert layout.features[1].prose and layout.features[1].date_line
    out = _relabel_with_date_left_as_chrome(layout, 1)
    assert [t.role for t in out.tagged] == ["headline", "date", "paragraph", "paragraph"]
    article = assemble(page, out)
    assert article.published is not None and article.published.isoformat() == "2015-04-30T07:19:00"


@pytest.mark.parametrize(
    ("header_date", "published"), [(False, "2022-12-06"), (True, "2022-12-01")]
)
def test_a_date_line_under_the_story_dates_a_page_whose_header_does_not(
    header_date: bool, published: str
) -> None:
    """The rules left the date line under the story as chrome (it stands far from their
    header); it dates the page, unless the header has a date of its own."""
    page = (
        "Teilchenbeschleuniger macht eine lange Winterpause\n"
        + ("1. Dezember 2022\n" if header_date else "")
        + "Um Strom zu sparen, geht der größte Beschleuniger früher als sonst in die Pause.\n"
        "Auch im kommenden Jahr soll die Betriebszeit gekürzt werden, um ein Fünftel.\n"
        "Date 6. Dezember 2022\n"
        "Share\n"
    )
    layout = classify(split_lines(page))
    at = len(layout.tagged) - 2
    assert layout.features[at].date_line
    out = _relabel_with_date_left_as_chrome(layout, at)
    assert (out.tagged[at].role == "date") is not header_date
    article = assemble(page, out)
    assert article.published is not None and article.published.isoformat()[:10] == published


def test_a_caption_only_the_model_reads_needs_a_captions_parts() -> None:
    """The model calls two lines captions: the one the rules read a credit on stays a
    caption; the sentence with no caption's parts is chrome, not a caption."""
    page = (
        "Harbour lights return to the old pier\nBy Jane Roe\n"
        "The lights were switched on again on Friday after a repair that took most of the year.\n"
        "Boats in the harbour at dawn. [GAZETTE/ANNA REYES]\n"
        "Sign up for our weekly newsletter and never miss a story.\n"
        "Residents gathered along the water to watch the lamps come on one by one at dusk.\n"
    )
    layout = classify(split_lines(page))
    assert [t.role for t in layout.tagged][3:5] == ["caption", "boilerplate"]
    weights = leaning(
        {
            "r=headline": ("headline", 10.0),
            "r=byline": ("byline", 10.0),
            "r=paragraph": ("paragraph", 5.0),
            "r=caption": ("caption", 5.0),
            "r=boilerplate": ("caption", 5.0),
        }
    )
    out = relabel(layout, model(weights))
    assert [t.role for t in out.tagged][3:5] == ["caption", "boilerplate"]
    captions = assemble(page, out).captions
    assert [(c.text, c.credit) for c in captions] == [
        ("Boats in the harbour at dawn.", "GAZETTE/ANNA REYES")
    ]

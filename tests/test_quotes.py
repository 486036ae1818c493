"""Quotation extraction: marks, kinds, speakers, verbs, and its guarantees."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.model import Quote
from newsmodel.parser.marks import pair_marks
from newsmodel.parser.quotes import find_quotes
from newsmodel.testing import calls_made

CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus"
SCORER = Path(__file__).resolve().parents[1] / "../shared/tools/score.py"


Article = list[tuple[Quote, ...]]


def quotes_of(*paragraphs: str) -> Article:
    """Quotes of paragraphs laid out one per line, as in a source text."""
    laid: list[tuple[str, int]] = []
    offset = 0
    for text in paragraphs:
        laid.append((text, offset))
        offset += len(text) + 1
    return find_quotes(laid)


def texts(text: str) -> list[str]:
    return [text[m.start : m.end] for m in pair_marks(text)]


# -- marks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“Rain,” she said. “Then sun.”", ["Rain,", "Then sun."]),
        ('The "plan" was "simple", he said.', ["plan", "simple"]),
        ("Er sprach von einer „neuen Zeit“, so der Bürgermeister.", ["neuen Zeit"]),
        ("Il a parlé d’un « moment historique », dit-elle.", [" moment historique "]),
        ("彼は「大丈夫」と言った。", ["大丈夫"]),
        ("‘We won’t stop,’ the coach said.", ["We won’t stop,"]),
        ("Fans chanted 'one more' until midnight.", ["one more"]),
    ],
)
def test_marks_of_every_style(text: str, want: list[str]) -> None:
    assert texts(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The mayor didn’t say whether the students’ union would meet.",
        "Music from the ’90s and rock ’n’ roll filled the hall.",
        "It's the teachers' lounge, and they're in it.",
        'He bought a 12" record and a 6\'2" frame.',
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert texts(text) == []


def test_plural_possessive_inside_a_single_quotation() -> None:
    text = "‘The players’ union will decide,’ the manager said."
    assert texts(text) == ["The players’ union will decide,"]


def test_nested_quotes_give_only_the_outer() -> None:
    text = "“She told me ‘never again’ and left,” he said."
    assert texts(text) == ["She told me ‘never again’ and left,"]


def test_unclosed_quote_runs_to_the_paragraph_end_only() -> None:
    first = "The judge said: “You knew the risk."
    second = "“You chose to ignore it.”"
    third = "The hearing ended at noon."
    found = quotes_of(first, second, third)
    assert [q.text for q in found[0]] == ["You knew the risk."]
    assert [q.text for q in found[1]] == ["You chose to ignore it."]
    assert found[2] == ()
    # the continued quotation keeps its speaker and verb
    assert found[1][0].speaker == found[0][0].speaker
    assert found[1][0].verb == "said"


def test_single_marks_can_run_over_paragraphs_too() -> None:
    found = quotes_of(
        "Health secretary Ada Lund spoke on Monday.",
        "Ms Lund said: ‘This will take time.",
        "‘We will not rush it, and we won’t cut corners,’ she added.",
    )
    assert [q.text for q in found[1]] == ["This will take time."]
    assert found[1][0].speaker == "Ada Lund"
    assert found[2][0].speaker == "Ada Lund"
    # inside a sentence an unclosed single mark is an apostrophe
    assert quotes_of("The nurses’ pay rise was agreed, the ministers’ aides said.") == [()]


def test_stray_marks_never_run_away() -> None:
    text = "Prices rose 5% in the ’20s, the report’s author said, and then “fell."
    found = pair_marks(text)
    assert [text[m.start : m.end] for m in found] == ["fell."]
    assert texts("A lone ” closer and a ’ stray.") == []


# -- kinds, speakers and verbs ----------------------------------------------------------------

ARTICLE = [
    "Maria Lopez, a professor of economics at Northfield University, has studied the port "
    "for a decade.",
    "“The harbour is running out of room,” said Lopez. “Ships now wait for days.”",
    "She added that the delays were “entirely avoidable.”",
    "The port authority called the claim “misleading” in a statement.",
    "Tom Reyes, the authority’s director, said: “We are expanding the east quay.”",
    "“We will finish by spring,” he told reporters, adding that costs were “under control.”",
    "According to the Coastal Herald, “the quay will double capacity.”",
    "The newspaper also reported that dock workers see the plan as a “lifeline”.",
    "Residents call the new quay “the wall”.",
]


@pytest.fixture(scope="module")
def article() -> Article:
    return quotes_of(*ARTICLE)


def test_attribution_after_and_split_quote_share_the_speaker(article: Article) -> None:
    first, second = article[1]
    assert (first.text, first.kind, first.speaker, first.verb) == (
        "The harbour is running out of room,",
        "direct",
        "Maria Lopez",
        "said",
    )
    assert first.speaker_mention == "Lopez"
    assert (second.kind, second.speaker, second.verb) == ("direct", "Maria Lopez", "said")


def test_pronoun_and_partial_quote(article: Article) -> None:
    (quote,) = article[2]
    assert (quote.kind, quote.speaker, quote.speaker_mention, quote.verb) == (
        "partial",
        "Maria Lopez",
        "She",
        "added",
    )


def test_description_after_the_name_and_colon(article: Article) -> None:
    (quote,) = article[4]
    assert (quote.kind, quote.speaker, quote.verb) == ("direct", "Tom Reyes", "said")
    assert quote.speaker_description == "the authority’s director"


def test_pronoun_resolves_to_the_last_fitting_speaker(article: Article) -> None:
    direct, partial = article[5]
    assert (direct.kind, direct.speaker, direct.verb) == ("direct", "Tom Reyes", "told")
    assert (partial.kind, partial.speaker) == ("partial", "Tom Reyes")


def test_according_to_and_a_description_of_the_outlet(article: Article) -> None:
    (according,) = article[6]
    assert (according.speaker, according.verb) == ("Coastal Herald", "according to")
    (reported,) = article[7]
    assert (reported.speaker, reported.speaker_mention, reported.verb) == (
        "Coastal Herald",
        "The newspaper",
        "reported",
    )


def test_scare_quotes_have_no_speaker(article: Article) -> None:
    (scare,) = article[8]
    assert (scare.text, scare.kind, scare.speaker, scare.verb) == ("the wall", "scare", None, None)


def test_descriptions_resolve_to_what_they_stand_for() -> None:
    found = quotes_of(
        "The Foreign Ministry of Norland issued a statement on Friday.",
        "The ministry added that the talks were “constructive and frank.”",
        "Ministry spokesman Lars Eide declined to give details.",
        "“We will say more next week,” the spokesman said.",
        "A police spokeswoman said the road was closed.",
        "“It will reopen tomorrow,” the spokeswoman said.",
    )
    assert (found[1][0].speaker, found[1][0].speaker_mention) == (
        "Foreign Ministry of Norland",
        "The ministry",
    )
    assert found[3][0].speaker == "Lars Eide"
    assert found[5][0].speaker == "the spokeswoman"  # an unnamed source stays as written


def test_naming_nouns_give_scare_quotes() -> None:
    (quote,) = quotes_of("The festival’s theme this year is “Bridges and Borders.”")[0]
    assert quote.kind == "scare"


def test_surname_resolves_to_the_fullest_name_given_later_or_earlier() -> None:
    found = quotes_of(
        "“It was a long night,” Okafor said.",
        "Detective Ngozi Okafor leads the inquiry.",
    )
    assert found[0][0].speaker == "Ngozi Okafor"


@pytest.mark.parametrize(
    ("paragraph", "kind", "speaker", "verb"),
    [
        (
            "“It’s a disaster,” according to a statement from the mayor’s office.",
            "direct",
            "the mayor’s office",
            "according to",
        ),
        (
            "The company, which makes tiles, said it was “reviewing the matter.”",
            "partial",
            "The company",
            "said",
        ),
        (
            "« Nous sommes prêts », a déclaré le ministre Jean Dupont.",
            "direct",
            "Jean Dupont",
            None,
        ),
        ("«Estamos listos», dijo la ministra Ana Ruiz.", "direct", "Ana Ruiz", "dijo"),
        # a body's name after "of" is no speaker: the name after the comma is, or the title
        (
            "“It is a law to stay,” said the minister of Housing, Ana Torres, on Monday.",
            "direct",
            "Ana Torres",
            "said",
        ),
        ("“We will go on,” said the mayor of Ashby.", "direct", "the mayor of Ashby", "said"),
        (
            "“Where will we park?” asked one councillor last month.",
            "direct",
            "one councillor",
            None,
        ),
        (
            "“Es una ley para quedarse”, ha afirmado la ministra de Vivienda, Ana Torres.",
            "direct",
            "Ana Torres",
            "afirmado",
        ),
        (
            "«Reducirá la oferta», advierte el presidente de la patronal, Luis Gómez.",
            "direct",
            "Luis Gómez",
            "advierte",
        ),
        (
            "« C’est une étape », a déclaré le ministre du Travail, Paul Girard, après le vote.",
            "direct",
            "Paul Girard",
            "déclaré",
        ),
        (
            "„Das ist ein Schritt“, sagte die Ministerin für Arbeit, Anna Berg, nach der Sitzung.",
            "direct",
            "Anna Berg",
            "sagte",
        ),
        # the auxiliary before the participle is no part of the speaker
        (
            "La ministra del Interior ha declarado que los motivos son “políticos”.",
            "partial",
            "La ministra del Interior",
            "declarado",
        ),
        ("“È un passo avanti”, sottolinea il sindaco Marco Neri.", "direct", "Marco Neri", None),
        ("“Vamos continuar”, garantiu o prefeito João Lima.", "direct", "João Lima", "garantiu"),
        ("“We gaan door”, benadrukt burgemeester Els Smit.", "direct", "Els Smit", "benadrukt"),
        ("«Мы готовы», — сказал министр Иван Петров.", "direct", "Иван Петров", "сказал"),
        # a speaker named through someone else's name
        ("“We are ready,” said Ana Ruiz’s colleague Tom Brandt.", "direct", "Tom Brandt", "said"),
        ("“We are ready,” said Lopez’s deputy, Tom Reid.", "direct", "Tom Reid", "said"),
        ("“We are ready,” said Dana Lopez’s spokesman.", "direct", "Dana Lopez’s spokesman", None),
        ("Министр Иван Петров заявил: «Мы готовы к переговорам».", "direct", "Иван Петров", None),
        ("“Kami siap,” kata Budi Santoso.", "direct", "Budi Santoso", "kata"),
        ("“Hazırız,” dedi Bakan Ahmet Yılmaz.", "direct", "Ahmet Yılmaz", "dedi"),
        (
            "“É um avanço”, afirmou a relatora do projeto, deputada Maria Lima.",
            "direct",
            "Maria Lima",
            "afirmou",
        ),
        ("Police said the driver was “known to officers.”", "partial", "Police", "said"),
        (
            "Analysts say the town’s choice to rebuild the pier — which follows a “new harbour "
            "plan” adopted last year — reflects its hopes.",
            "scare",
            None,
            None,
        ),
    ],
)
def test_attribution_shapes(
    paragraph: str, kind: str, speaker: str | None, verb: str | None
) -> None:
    (quote,) = quotes_of(paragraph)[0]
    assert (quote.kind, quote.speaker) == (kind, speaker)
    if verb is not None:
        assert quote.verb == verb


def test_known_names_help_resolve_a_surname() -> None:
    (quote,) = find_quotes([("“We are ready,” Okafor said.", 0)], names=["Ngozi Okafor"])[0]
    assert quote.speaker == "Ngozi Okafor"
    (plain,) = find_quotes([("“We are ready,” Okafor said.", 0)])[0]
    assert plain.speaker == "Okafor"


def test_speaker_gender_from_the_text() -> None:
    found = quotes_of(
        "Anna Berg chairs the board. She has led it since 2019.",
        "Paul Novak joined in May. He runs the budget.",
        "“We will vote on Friday,” Berg said.",
        "“The numbers are ready,” Novak said.",
        "“It is time,” she said.",
    )
    assert found[4][0].speaker == "Anna Berg"


def test_german_attribution_after_the_quote() -> None:
    found = quotes_of(
        "Die Ministerin Petra Wagner besuchte die Werft.",
        "„Wir brauchen mehr Fachkräfte“, sagte Wagner am Montag.",
    )
    (quote,) = found[1]
    assert (quote.kind, quote.speaker, quote.verb) == ("direct", "Petra Wagner", "sagte")


def test_words_from_someone_without_a_verb() -> None:
    found = quotes_of(
        "Governor Alma Reyes spoke at length on Monday.",
        "The plan follows instructions from Reyes to “leave no district behind” this year.",
    )
    (quote,) = found[1]
    assert (quote.kind, quote.speaker, quote.verb) == ("partial", "Alma Reyes", None)


def test_verb_second_clause_names_its_subject_after_the_verb() -> None:
    found = quotes_of(
        "Die Bauern aus Tamsweg protestierten am Samstag.",
        "Im Mai erklärten Bauern aus Tamsweg die Straße zur „freien Zone“.",
    )
    (quote,) = found[1]
    assert (quote.kind, quote.verb) == ("partial", "erklärten")
    assert quote.speaker is not None and "Bauern" in quote.speaker


def test_subject_of_a_sentence_that_quotes_without_a_speech_verb() -> None:
    ((first, second),) = quotes_of(
        "FarmLink is “a meeting place for growers.” "
        "SeedBank wants “every seed catalogued by spring.”"
    )
    assert (first.kind, first.speaker) == ("partial", "FarmLink")
    assert (second.kind, second.speaker) == ("partial", "SeedBank")


def test_korean_name_with_a_title_and_a_quotative() -> None:
    found = quotes_of(
        "이 회사 김민수 대표는 “품질이 가장 중요합니다”라고 말했다.",
        "“내년에는 해외로 나갑니다.”",
    )
    (first,) = found[0]
    (second,) = found[1]
    assert (first.kind, first.speaker) == ("direct", "김민수")
    assert (second.kind, second.speaker) == ("direct", "김민수")


def test_title_with_its_complement_is_not_a_name() -> None:
    found = quotes_of(
        "“The budget is final,” the Minister of Finance said.",
        "Secretary of State Mara Quist said the talks were “productive.”",
    )
    assert found[0][0].speaker_mention == "the Minister of Finance"
    assert found[1][0].speaker == "Mara Quist"


def test_spans_are_absolute(article: Article) -> None:
    source = "\n".join(ARTICLE)
    for quotes in article:
        for quote in quotes:
            assert source[quote.span.start : quote.span.end] == quote.text


# -- guarantees ---------------------------------------------------------------------------------

MARKY = st.lists(
    st.sampled_from([*"ab .,:;—'\"“”‘’„«»「」", "said", " He ", "Smith", " the ", "Dr. "]),
    max_size=120,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(MARKY, st.text(max_size=80)), max_size=5))
def test_never_raises_and_spans_are_valid(paragraphs: list[str]) -> None:
    laid: list[tuple[str, int]] = []
    offset = 3
    for text in paragraphs:
        laid.append((text, offset))
        offset += len(text) + 2
    found = find_quotes(laid)
    assert len(found) == len(laid)
    for (text, start), quotes in zip(laid, found, strict=True):
        for quote in quotes:
            assert start <= quote.span.start <= quote.span.end <= start + len(text)
            assert text[quote.span.start - start : quote.span.end - start] == quote.text
            assert quote.kind in ("direct", "partial", "scare")
            if quote.kind == "scare":
                assert quote.speaker is None
    assert find_quotes(laid) == found  # deterministic


def test_same_quotes_in_every_process() -> None:
    """No set or hash order leaks into the result: parallel parses agree byte for byte."""
    script = (
        "import json, sys\n"
        "from newsmodel.parser.quotes import find_quotes\n"
        "paragraphs = json.loads(sys.stdin.read())\n"
        "laid, offset = [], 0\n"
        "for text in paragraphs:\n"
        "    laid.append((text, offset))\n"
        "    offset += len(text) + 1\n"
        "print(repr(find_quotes(laid)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(ARTICLE),
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1 and "Maria Lopez" in next(iter(outputs))


def test_work_grows_linearly_with_unbalanced_marks() -> None:
    def cost(n: int) -> int:
        # five marks a unit, most of them unbalanced, and a speech verb in every clause
        text = "“a ‘b’ said He, " * n + "'x " * n + '"y ' * n
        return calls_made(lambda: find_quotes([(text, 0), (text.replace("“", "”"), len(text) + 1)]))

    small, large = cost(100), cost(1000)  # 500 marks, then 5,000
    assert large < small * 25  # ten times the text: about ten times the work, not a hundred


@pytest.mark.parametrize(
    "unit",
    [
        "“a” he continued ",  # a weak verb by every quotation
        "“a b c” Smith said, ",  # one endless sentence of attributions
        "Anna Berg told Paul Novak “x” and the director said “y”. ",
        "the students’ ‘x ",  # possessives and unclosed single marks
        "“a ‘b “c ‘d ",  # nesting that never closes
        "김민수 대표는 “품질” ",
        "that he said, and she told them, ",  # speech verbs without an end
    ],
)
def test_no_input_shape_is_quadratic(unit: str) -> None:
    small = calls_made(lambda: find_quotes([(unit * 60, 0)]))
    large = calls_made(lambda: find_quotes([(unit * 600, 0)]))
    assert large < small * 25  # about 10 when linear, about 100 when quadratic


# -- the corpus, scored as the project's scorer scores it ------------------------------------


def _scorer() -> ModuleType:
    if not SCORER.exists() or not CORPUS.is_dir():
        pytest.skip("the shared corpus and scorer (../shared) are not here")
    spec = importlib.util.spec_from_file_location("newsmodel_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _paragraphs(gold: dict[str, Any], text: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    position = 0
    for section in gold.get("sections", []):
        for paragraph in section["paragraphs"]:
            at = text.find(paragraph, position)
            if at < 0:
                continue
            out.append((paragraph, at))
            position = at + len(paragraph)
    return out


def _corpus_summary(broken: bool = False) -> dict[str, Any]:
    """Score the dev corpus with the project's scorer; ``broken`` drops every speaker."""
    score = _scorer()
    tally = score.Tally()
    for gold_path in sorted((CORPUS / "dev").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8"
        )
        found = find_quotes(_paragraphs(gold, text))
        quotes = [
            {"text": q.text, "kind": q.kind, "speaker": None if broken else q.speaker}
            for paragraph in found
            for q in paragraph
        ]
        score.score_one({"quotes": gold["quotes"]}, {"quotes": quotes}, gold_path.name, tally)
    summary: dict[str, Any] = tally.summary()
    return summary


def test_dev_corpus_quotes_meet_their_targets() -> None:
    summary = _corpus_summary()
    assert summary["quotes"]["f1"] >= 0.90
    assert summary["quote_speaker"]["accuracy"] >= 0.90
    assert summary["quote_kind"]["accuracy"] >= 0.85


def test_the_corpus_check_fails_on_a_broken_parse() -> None:
    summary = _corpus_summary(broken=True)
    assert summary["quotes"]["f1"] >= 0.90  # the same quotes ...
    assert summary["quote_speaker"]["accuracy"] < 0.10  # ... but no speakers: caught

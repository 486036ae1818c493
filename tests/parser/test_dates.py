"""Dates: every form the corpus shows, zones only where the text names one."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

import newsmodel
from newsmodel.parser.dates import find_dates, slash_order

from .invariants import check_article

HEADLINE = "Town welcomes its first bakery in forty years"
BODY = (
    "The bakery opened on the main square this week, the first in the town since the old "
    "mill shut its doors.\n"
    "Owners say they plan to bake rye bread every morning for the few hundred residents.\n"
)


def _hours(value: object) -> float | None:
    assert isinstance(value, datetime)
    offset = value.utcoffset()
    return None if offset is None else offset / timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "expected", "offset_hours"),
    [
        ("26 Oct. 2025, 17:17", datetime(2025, 10, 26, 17, 17), None),
        ("Mon 18 Nov 2019 18.54 GMT", datetime(2019, 11, 18, 18, 54), 0.0),
        ("Updated 10:01 pm PST, Tuesday, November 19, 2019", datetime(2019, 11, 19, 22, 1), -8.0),
        ("November 19, 2019 at 5:17 p.m. EST", datetime(2019, 11, 19, 17, 17), -5.0),
        ("Nov. 19, 2019 8:05 a.m. KST", datetime(2019, 11, 19, 8, 5), 9.0),
        ("June 2, 2021 12:00 a.m. EDT", datetime(2021, 6, 2, 0, 0), -4.0),
        ("2019-11-18T18:54:00Z", datetime(2019, 11, 18, 18, 54), 0.0),
        ("2019-11-18T18:54:00+09:00", datetime(2019, 11, 18, 18, 54), 9.0),
        ("2024-06-03 07:30", datetime(2024, 6, 3, 7, 30), None),
        ("12 Oct 2024, 3:45 pm", datetime(2024, 10, 12, 15, 45), None),
        ("By Jo Lind - 11/19/19 06:56 AM EST", datetime(2019, 11, 19, 6, 56), -5.0),
        ("03/04/2020 10:00 ET", datetime(2020, 3, 4, 10, 0), -5.0),
    ],
)
def test_date_and_time_forms(text: str, expected: datetime, offset_hours: float | None) -> None:
    (found,) = find_dates(text)
    assert isinstance(found.value, datetime)
    assert found.value.replace(tzinfo=None) == expected
    assert _hours(found.value) == offset_hours


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2024", date(2024, 3, 3)),
        ("3 March 2024", date(2024, 3, 3)),
        ("Sunday, Sept. 8th, 2024", date(2024, 9, 8)),
        ("2019-11-18", date(2019, 11, 18)),
        ("18.11.2019", date(2019, 11, 18)),
        ("5. März 2024", date(2024, 3, 5)),
        ("12/31/2020", date(2020, 12, 31)),
        ("19/11/2019", date(2019, 11, 19)),
        ("12/31/20", date(2020, 12, 31)),
        # short month names of German, French, Italian and Dutch pages
        ("01. Dez. 2022", date(2022, 12, 1)),
        ("5 Mrz. 2019", date(2019, 3, 5)),
        ("3 févr. 2021", date(2021, 2, 3)),
        ("2 juil. 2021", date(2021, 7, 2)),
        ("12 mag 2020", date(2020, 5, 12)),
        ("7 mrt 2023", date(2023, 3, 7)),
        # the parts set apart by slashes
        ("29 / Dezember / 2022", date(2022, 12, 29)),
        ("4/March/2021", date(2021, 3, 4)),
    ],
)
def test_a_date_alone_is_a_date_not_a_datetime(text: str, expected: date) -> None:
    (found,) = find_dates(text)
    assert type(found.value) is date
    assert found.value == expected


def test_spans_are_absolute_and_slice_the_date() -> None:
    line = "Published: 26 Oct. 2025, 17:17"
    (found,) = find_dates(line, offset=100)
    source = " " * 100 + line
    assert found.span.slice(source) == "26 Oct. 2025, 17:17"


@pytest.mark.parametrize(
    ("text", "summer", "winter"),
    [
        ("{} 9:30 a.m. ET", -4.0, -5.0),
        ("{} 9:30 a.m. PT", -7.0, -8.0),
        ("{} 9:30 a.m. CT", -5.0, -6.0),
    ],
)
def test_north_american_zones_follow_daylight_saving(
    text: str, summer: float, winter: float
) -> None:
    (july,) = find_dates(text.format("July 4, 2023"))
    (january,) = find_dates(text.format("January 10, 2023"))
    assert _hours(july.value) == summer
    assert _hours(january.value) == winter


def test_dst_switch_day_resolves_each_side() -> None:
    # In 2024 New York moved to daylight time at 2:00 a.m. on 10 March.
    (before,) = find_dates("March 10, 2024 1:30 a.m. ET")
    (after,) = find_dates("March 10, 2024 3:30 a.m. ET")
    assert _hours(before.value) == -5.0
    assert _hours(after.value) == -4.0


def test_a_time_without_a_zone_stays_naive() -> None:
    (found,) = find_dates("Published 18 Nov 2019 18:54")
    assert isinstance(found.value, datetime)
    assert found.value.tzinfo is None


def test_no_zone_is_guessed_from_a_place_name() -> None:
    (found,) = find_dates("SEOUL 26 Oct. 2025, 17:17")
    assert isinstance(found.value, datetime) and found.value.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        "2 hours ago",
        "Published: 3 hours ago",
        "Updated 5 mins ago",
        "1 day ago",
        "yesterday",
        "vor 3 Stunden",
        "Posted just now",
    ],
)
def test_relative_dates_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize("text", ["30 Feb 2024", "2024-13-01", "February 31, 2023"])
def test_impossible_dates_are_skipped(text: str) -> None:
    assert find_dates(text) == []


def test_update_label_marks_the_date_as_updated() -> None:
    published, updated = find_dates("Published 3 Mar 2024 09:00 | Updated 3 Mar 2024 11:30")
    assert not published.updated
    assert updated.updated


def test_article_dates_from_published_and_updated_lines() -> None:
    text = (
        "A quiet town gets its first bakery in years\n"
        "Published: 26 Oct. 2025, 17:17\nUpdated: 26 Oct. 2025, 18:33\n" + BODY
    )
    article = newsmodel.parse(text)
    assert article.published == datetime(2025, 10, 26, 17, 17)
    assert article.updated == datetime(2025, 10, 26, 18, 33)
    assert [b.role for b in article.blocks][:3] == ["headline", "date", "date"]
    check_article(article)


def test_article_with_a_zone_is_aware() -> None:
    text = "A quiet town gets its first bakery in years\nMon 18 Nov 2019 18.54 GMT\n" + BODY
    article = newsmodel.parse(text)
    assert article.published == datetime(2019, 11, 18, 18, 54, tzinfo=timezone.utc)
    assert isinstance(article.published, datetime)
    assert article.published.tzinfo is not None


def test_article_with_only_an_update_has_no_published() -> None:
    text = (
        "A quiet town gets its first bakery in years\n"
        "Updated 10:01 pm PST, Tuesday, November 19, 2019\n" + BODY
    )
    article = newsmodel.parse(text)
    assert article.published is None
    assert article.updated == datetime(2019, 11, 19, 22, 1, tzinfo=timezone(timedelta(hours=-8)))


def test_article_with_a_date_alone() -> None:
    article = newsmodel.parse("A quiet town gets its first bakery in years\nMarch 3, 2024\n" + BODY)
    assert article.published == date(2024, 3, 3)
    assert type(article.published) is date


def test_time_on_its_own_line_completes_the_date() -> None:
    article = newsmodel.parse(
        "A quiet town gets its first bakery in years\nMarch 3, 2024\n5:53 PM\n" + BODY
    )
    assert article.published == datetime(2024, 3, 3, 17, 53)


def test_relative_date_line_gives_no_date_and_stays_out_of_the_body() -> None:
    article = newsmodel.parse(
        "A quiet town gets its first bakery in years\nPublished: 3 hours ago\n" + BODY
    )
    assert article.published is None and article.updated is None
    assert all("ago" not in p.text for p in article.paragraphs)
    check_article(article)


def test_no_date_in_the_text_means_none() -> None:
    article = newsmodel.parse("A quiet town gets its first bakery in years\n" + BODY)
    assert article.published is None and article.updated is None


@pytest.mark.parametrize("text", ["Mar 3, 2024, 9:15 AM EST", "3 March 2024 - 09:15"])
def test_time_after_a_comma_or_dash_belongs_to_the_date(text: str) -> None:
    (found,) = find_dates(text)
    assert isinstance(found.value, datetime)
    assert (found.value.hour, found.value.minute) == (9, 15)


@pytest.mark.parametrize(
    "text", ["March 3, 2024 / 9:15 AM / Valley News", "March 3, 2024 · 9:15 AM"]
)
def test_time_after_a_slash_or_middle_dot_belongs_to_the_date(text: str) -> None:
    (found,) = find_dates(text)
    assert found.value == datetime(2024, 3, 3, 9, 15)


@pytest.mark.parametrize("text", ["03/04/2020", "Posted 1/2/2021", "open 24/7/365", "1/2/3"])
def test_slashed_dates_that_could_be_either_order_are_not_guessed(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2022-04-26 21:21:50", datetime(2022, 4, 26, 21, 21, 50)),
        ("18.11.2019", date(2019, 11, 18)),
    ],
)
def test_a_numeric_date_alone_under_the_headline_is_the_date(
    line: str, expected: date | datetime
) -> None:
    article = newsmodel.parse(f"A quiet town gets its first bakery in years\n{line}\n" + BODY)
    assert article.published == expected
    assert line not in [b.text for b in article.boilerplate]


_MONTH_NAMES = {
    1: "January janvier enero janeiro gennaio januari Januar Jänner",
    2: "February février febrero fevereiro febbraio februari Februar",
    3: "March mars marzo março maart März",
    4: "April avril abril aprile april",
    5: "May mai mayo maio maggio mei",
    6: "June juin junio junho giugno juni",
    7: "July juillet julio julho luglio juli",
    8: "August août agosto augustus",
    9: "September septembre septiembre setembro settembre",
    10: "October octobre octubre outubro ottobre oktober",
    11: "November novembre noviembre novembro",
    12: "December décembre diciembre dezembro dicembre Dezember",
}
# Hindi, Bengali, Russian (genitive), Arabic, Turkish, Indonesian
_MORE_MONTH_NAMES = {
    1: "जनवरी জানুয়ারি января يناير Ocak Januari",
    2: "फ़रवरी ফেব্রুয়ারি февраля فبراير Şubat Februari",
    3: "मार्च মার্চ марта مارس Mart Maret",
    4: "अप्रैल এপ্রিল апреля أبريل Nisan April",
    5: "मई মে мая مايو Mayıs Mei",
    6: "जून জুন июня يونيو Haziran Juni",
    7: "जुलाई জুলাই июля يوليو Temmuz Juli",
    8: "अगस्त আগস্ট августа أغسطس Ağustos Agustus",
    9: "सितंबर সেপ্টেম্বর сентября سبتمبر Eylül September",
    10: "अक्टूबर অক্টোবর октября أكتوبر Ekim Oktober",
    11: "नवंबर নভেম্বর ноября نوفمبر Kasım November",
    12: "दिसंबर ডিসেম্বর декабря ديسمبر Aralık Desember",
}


@pytest.mark.parametrize(
    ("month", "name"),
    [
        (number, name)
        for table in (_MONTH_NAMES, _MORE_MONTH_NAMES)
        for number, names in table.items()
        for name in names.split()
    ],
)
def test_every_month_name_in_every_language(month: int, name: str) -> None:
    (found,) = find_dates(f"12 {name} 2026")
    assert found.value == date(2026, month, 12)


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        (
            "Publié le 12 mars 2026 à 18h40, modifié le 12 mars 2026 à 21h02",
            datetime(2026, 3, 12, 18, 40),
            datetime(2026, 3, 12, 21, 2),
        ),
        ("Publicado el 12 de marzo de 2026 a las 18:40", datetime(2026, 3, 12, 18, 40), None),
        ("Atualizado em 12 de novembro de 2026 às 18h40", None, datetime(2026, 11, 12, 18, 40)),
        ("Pubblicato il 12 marzo 2026 alle 18:40", datetime(2026, 3, 12, 18, 40), None),
        ("Gepubliceerd op 12 maart 2026 om 18:40", datetime(2026, 3, 12, 18, 40), None),
    ],
)
def test_date_lines_in_other_languages(
    text: str, published: datetime | None, updated: datetime | None
) -> None:
    article = newsmodel.parse(f"{HEADLINE}\n{text}\n{BODY}")
    assert (article.published, article.updated) == (published, updated)
    assert text in [b.text for b in article.blocks if b.role == "date"]
    check_article(article)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年7月3日 14時05分", datetime(2026, 7, 3, 14, 5)),
        ("2026年7月3日(金) 14:05", datetime(2026, 7, 3, 14, 5)),
        ("发布时间：2026年07月03日 14:05", datetime(2026, 7, 3, 14, 5)),
        ("2026년 7월 3일 14:05", datetime(2026, 7, 3, 14, 5)),
        ("2026年7月3日", date(2026, 7, 3)),
    ],
)
def test_chinese_japanese_and_korean_dates(text: str, expected: date) -> None:
    (found,) = find_dates(text)
    assert found.value == expected


def test_a_japanese_update_label_marks_the_update() -> None:
    found = find_dates("公開 2026年7月3日 14時05分 更新 2026年7月3日 16時10分")
    assert [(f.value, f.updated) for f in found] == [
        (datetime(2026, 7, 3, 14, 5), False),
        (datetime(2026, 7, 3, 16, 10), True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("শনিবার, আগস্ট ২৯, ২০২০ | ১০:৪৬ পূর্বাহ্ণ", datetime(2020, 8, 29, 10, 46)),
        ("14 मार्च 2026", date(2026, 3, 14)),
        ("१४ मार्च २०२६", date(2026, 3, 14)),
        ("٢٠٢٦-٠٣-١٤", date(2026, 3, 14)),
        ("２０２６年７月３日", date(2026, 7, 3)),
    ],
)
def test_digits_and_months_of_other_scripts(text: str, expected: date) -> None:
    (found,) = find_dates(text)
    assert found.value == expected
    assert len(found.span.slice(text)) == found.span.end - found.span.start


def test_a_bengali_date_line_under_the_headline_is_the_date() -> None:
    headline = "এমপির ভাইকে নিজ বাড়ির সামনেই হামলা"
    line = " |  শনিবার, আগস্ট ২৯, ২০২০ |  ১০:৪৬ পূর্বাহ্ণ"
    article = newsmodel.parse(f"{headline}\n{line}\n{BODY}")
    assert article.published == datetime(2020, 8, 29, 10, 46)
    check_article(article)


def test_russian_dates_with_their_year_mark_and_labels() -> None:
    found = find_dates("Опубликовано 14 марта 2026 г., 10:30, обновлено 14 марта 2026 г., 12:00")
    assert [(f.value, f.updated) for f in found] == [
        (datetime(2026, 3, 14, 10, 30), False),
        (datetime(2026, 3, 14, 12, 0), True),
    ]


def test_a_yearless_byline_date_takes_the_year_of_the_same_day_elsewhere() -> None:
    page = (
        f"{HEADLINE}\nBy Ana Ruiz March 18 at 3:57 PM Follow @anaruiz\n{BODY}"
        "March 18, 2015 The new oven on its first morning. (Jane Roe/Valley Post)\n"
    )
    article = newsmodel.parse(page)
    assert article.published == datetime(2015, 3, 18, 15, 57)
    assert [a.name for a in article.authors] == ["Ana Ruiz"]
    check_article(article)


def test_a_yearless_date_stays_unread_when_no_date_names_its_year() -> None:
    page = f"{HEADLINE}\nBy Ana Ruiz March 18 at 3:57 PM\n{BODY}Ovens were lit on May 2, 2015.\n"
    assert newsmodel.parse(page).published is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Dodano: 30 kwietnia 2021, 11:55", "2021-04-30T11:55:00"),  # Polish genitive
        ("Publikováno 5. května 2021 10:15", "2021-05-05T10:15:00"),  # Czech
        ("Santo Domingo - abr. 22, 2022 | 12:01 a. m.", "2022-04-22T00:01:00"),  # "a. m."
        ("12 ene 2022", "2022-01-12"),  # Spanish short month
        ("PUBLIZIERT 02/02/2022 UM 09:23 GMT", "2022-02-02T09:23:00+00:00"),  # capitals
        ("07.05.2022 20H06", "2022-05-07T20:06:00"),  # an hour written with H
    ],
)
def test_more_languages_and_ways_of_writing_a_date(line: str, value: str) -> None:
    found = find_dates(line)
    assert [d.value.isoformat() for d in found][:1] == [value]


def test_a_slashed_date_whose_numbers_agree_needs_no_order() -> None:
    assert [d.value.isoformat() for d in find_dates("03/03/2024")] == ["2024-03-03"]
    assert find_dates("03/04/2024") == []  # March 4 or 3 April: no way to tell


@pytest.mark.parametrize(
    ("texts", "day_first"),
    [
        (["Posted 12/04/2020", "Reply · 23/04/2020"], True),
        (["Posted 12/04/2020", "Reply · 04/23/2020"], False),
        (["Posted 12/04/2020"], None),  # nothing settles it
        (["19/11/2019", "11/19/2019"], None),  # a tie settles nothing
        (["Share 1/2", "Page 3/4 of the gallery"], None),  # no year: no date
    ],
)
def test_the_page_settles_the_order_of_its_slashed_dates(
    texts: list[str], day_first: bool | None
) -> None:
    assert slash_order(texts) is day_first


def test_an_ambiguous_slashed_date_is_read_in_the_order_given() -> None:
    assert [d.value for d in find_dates("12/04/2020", 0, day_first=True)] == [date(2020, 4, 12)]
    assert [d.value for d in find_dates("12/04/2020", 0, day_first=False)] == [date(2020, 12, 4)]
    assert find_dates("12/04/2020", 0) == []
    # numbers that settle the order themselves are read as they say
    assert [d.value for d in find_dates("19/11/2019", 0, day_first=False)] == [date(2019, 11, 19)]


def test_an_article_dated_only_ambiguously_takes_the_order_of_its_other_dates() -> None:
    body = (
        "The harbour lights were switched on again on Friday after a year of repairs.\n"
        "Residents gathered along the water to watch the lamps come on one by one.\n"
    )
    head = "Harbour lights return to the old pier\n12/04/2020 by Jane Roe\n"
    dated = newsmodel.parse(f"{head}{body}Comments\nAnna Lind · 23/04/2020\nLovely to see them.\n")
    assert dated.published == date(2020, 4, 12)
    assert newsmodel.parse(f"{head}{body}").published is None


def test_a_labelled_date_under_the_story_dates_it_when_the_header_does_not() -> None:
    story = "Harbour lights return to the old pier\nUpdated: March 9, 2024\n" + BODY
    dated = newsmodel.parse(f"{story}Published: March 3, 2024, 6:18 p.m.\nTags: harbour\n")
    assert dated.published == datetime(2024, 3, 3, 18, 18)
    assert dated.updated == date(2024, 3, 9)
    # a teaser's date far below the story dates another article
    teasers = "\n".join(["More stories", "Share", "Print", "Top"])
    undated = newsmodel.parse(f"{story}{teasers}\nPosted March 1, 2024\n")
    assert undated.published is None
    check_article(dated)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Ruth Ambler22. Februar 2020", date(2020, 2, 22)),
        ("von Ruth Ambler13.12.2022 - 08:13 Uhr", datetime(2022, 12, 13, 8, 13)),
    ],
)
def test_a_date_glued_to_the_name_before_it_is_read(line: str, value: object) -> None:
    assert [d.value for d in find_dates(line)] == [value]
    article = newsmodel.parse(f"{HEADLINE}\n{line}\n{BODY}")
    assert article.published == value
    assert [a.name for a in article.authors] == ["Ruth Ambler"]


@pytest.mark.parametrize("text", ["COVID19/04/2020", "Summary 3, 2020", "Modell A12.03.2020"])
def test_a_word_that_runs_into_digits_starts_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "stamps"),
    [
        ("04.05.20 14:50", ["2020-05-04T14:50:00"]),
        ("Erstellt am 01.01.23 um 08:35", ["2023-01-01T08:35:00"]),
        ("Am 04.05.20 war es kalt", []),  # without a time, two digits name no year
        ("Version 1.05.20 released at 10:30", []),
        ("Preis 12.05.99 Euro", []),
    ],
)
def test_a_dotted_date_with_a_two_digit_year_is_read_before_a_time(
    text: str, stamps: list[str]
) -> None:
    assert [d.value.isoformat() for d in find_dates(text)] == stamps


@pytest.mark.parametrize(
    ("texts", "day_first"),
    [
        (["07/05/2022 20H06", "Lima, 7 de mayo de 2022"], True),
        (["Stand: 05/08/2019, 5:30", "Aktualisiert am 08.05.2019"], True),
        (["07/05/2022", "Posted May 7, 2022"], False),
        (["07/05/2022"], None),  # nothing on the page says
        (["13/05/2022", "May 7, 2022", "May 8, 2022"], True),  # a slashed date settles it
    ],
)
def test_the_pages_written_dates_settle_the_order_of_its_slashed_ones(
    texts: list[str], day_first: bool | None
) -> None:
    assert slash_order(texts) is day_first

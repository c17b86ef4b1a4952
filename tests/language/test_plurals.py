"""Counts shown with a noun take the plural form the language's rules (Babel) give, and are written
with the language's group symbol."""

from __future__ import annotations

import pytest

from tracker.language.i18n import format_count, plural_form, t

COUNTS = (0, 1, 2, 1234)


@pytest.mark.parametrize("lang, expected", [
    ("en", ["0 records in the selection.", "1 record in the selection.", "2 records in the selection.",
            "1,234 records in the selection."]),
    ("de", ["0 Einträge in der Auswahl.", "1 Eintrag in der Auswahl.", "2 Einträge in der Auswahl.",
            "1.234 Einträge in der Auswahl."]),
])
def test_record_count_takes_the_plural_form_of_its_number(lang, expected):
    shown = [t("data.intro", lang, n=n).split(" Select")[0].split(" Wählen")[0] for n in COUNTS]
    assert shown == expected


@pytest.mark.parametrize("lang, expected", [
    ("en", ["… and 0 more problems.", "… and 1 more problem.", "… and 2 more problems.",
            "… and 1,234 more problems."]),
    ("de", ["… und 0 weitere Probleme.", "… und 1 weiteres Problem.", "… und 2 weitere Probleme.",
            "… und 1.234 weitere Probleme."]),
])
def test_problem_count_takes_the_plural_form_of_its_number(lang, expected):
    assert [t("error.more", lang, n=n) for n in COUNTS] == expected


@pytest.mark.parametrize("lang, expected", [
    ("en", ["0 of 1 record selected", "1 of 1 record selected", "1 of 2 records selected",
            "1,234 of 1,234 records selected"]),
    ("de", ["0 von 1 Eintrag ausgewählt", "1 von 1 Eintrag ausgewählt", "1 von 2 Einträgen ausgewählt",
            "1.234 von 1.234 Einträgen ausgewählt"]),
])
def test_selection_count_agrees_with_the_total_it_names(lang, expected):
    pairs = [(0, 1), (1, 1), (1, 2), (1234, 1234)]
    assert [t("filter.count", lang, n=n, total=total, count=total) for n, total in pairs] == expected


@pytest.mark.parametrize("lang, expected", [
    ("en", ["0 of 3 records state an amount", "1 record of 3 states an amount",
            "2 of 3 records state an amount", "1,234 of 2,000 records state an amount"]),
    ("de", ["0 von 3 Einträgen nennen einen Betrag", "1 Eintrag von 3 nennt einen Betrag",
            "2 von 3 Einträgen nennen einen Betrag", "1.234 von 2.000 Einträgen nennen einen Betrag"]),
])
def test_verb_agrees_with_the_number_of_records_stating_an_amount(lang, expected):
    totals = {0: 3, 1: 3, 2: 3, 1234: 2000}
    assert [t("overview.stated", lang, n=n, m=totals[n]) for n in COUNTS] == expected


def test_one_record_of_one_reads_correctly():
    assert t("overview.stated", "en", n=1, m=1) == "1 record of 1 states an amount"
    assert t("investments.counted", "de", n=1) == "1 zählt zu diesen Summen."


def test_babel_rules_pick_the_form_and_other_languages_get_their_own_forms():
    assert [plural_form(n, "en") for n in COUNTS] == ["other", "one", "other", "other"]
    assert [plural_form(n, "de") for n in COUNTS] == ["other", "one", "other", "other"]
    assert plural_form(3, "ru") == "few" and plural_form(0, "fr") == "one"


@pytest.mark.parametrize("lang, expected", [("en", "1,234,567"), ("de", "1.234.567")])
def test_counts_use_the_language_group_symbol(lang, expected):
    assert format_count(1234567, lang) == expected
    assert t("timeline.grouped", lang, n=1234567).startswith(expected + " ")


def test_a_plural_entry_without_a_count_is_a_clear_error():
    with pytest.raises(TypeError, match="count"):
        t("data.intro", "en")


RUSSIAN_COUNTS = (1, 2, 5, 21, 22, 25)


def test_russian_takes_the_one_few_and_many_forms_babel_gives():
    assert [plural_form(n, "ru") for n in RUSSIAN_COUNTS] == ["one", "few", "many", "one", "few", "many"]
    assert [t("data.intro", "ru", n=n).split(" в выборке")[0] for n in RUSSIAN_COUNTS] == [
        "1 запись", "2 записи", "5 записей", "21 запись", "22 записи", "25 записей"]
    assert [t("error.more", "ru", n=n) for n in RUSSIAN_COUNTS] == [
        "… и еще 1 проблема.", "… и еще 2 проблемы.", "… и еще 5 проблем.", "… и еще 21 проблема.",
        "… и еще 22 проблемы.", "… и еще 25 проблем."]
    # "of N records": the genitive, one form for 1 and 21, another for the rest
    assert [t("filter.count", "ru", n=1, total=n, count=n) for n in RUSSIAN_COUNTS] == [
        f"Выбрано 1 из {n} {'записи' if n in (1, 21) else 'записей'}" for n in RUSSIAN_COUNTS]


def test_russian_groups_thousands_with_a_space():
    assert format_count(1234567, "ru") == "1\xa0234\xa0567"

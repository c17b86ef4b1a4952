"""Both languages have every string; money and dates are written the way each language writes them."""

from __future__ import annotations

import string
from datetime import date

import pytest

from tracker.dataset.schema import COMMODITIES, INSTRUMENTS, STATUSES
from tracker.language.formatting import format_date, format_money
from tracker.language.i18n import DEFAULT_LANGUAGE, LANGUAGES, STRINGS, entry_texts, labels_for, plural_forms, t


def test_every_key_exists_in_every_language():
    for lang in LANGUAGES:
        assert set(STRINGS[lang]) == set(STRINGS[DEFAULT_LANGUAGE]), lang


def test_every_vocabulary_code_has_a_name_in_every_language():
    for lang in LANGUAGES:
        for kind, codes in (("instrument", INSTRUMENTS), ("status", STATUSES), ("commodity", COMMODITIES)):
            for code in codes:
                assert f"{kind}.{code}" in STRINGS[lang], (lang, kind, code)


def _placeholders(entry) -> set[str]:
    return {field for text in entry_texts(entry) for _, field, _, _ in string.Formatter().parse(text) if field}


def test_placeholders_match_between_languages_across_plural_forms():
    for lang in LANGUAGES:
        for key, english in STRINGS[DEFAULT_LANGUAGE].items():
            assert _placeholders(STRINGS[lang][key]) == _placeholders(english), (lang, key)


def test_plural_entries_have_every_form_their_language_uses_and_no_other():
    for lang in LANGUAGES:
        plurals = {key: entry for key, entry in STRINGS[lang].items() if isinstance(entry, dict)}
        assert plurals, lang
        for key, entry in plurals.items():
            assert set(entry) == plural_forms(lang), (lang, key, set(entry))
            assert all(isinstance(text, str) and text for text in entry.values()), (lang, key)


@pytest.mark.parametrize("value, currency, lang, expected", [
    (1600, "EUR", "en", "€1,600 m"), (1600, "EUR", "de", "1.600 Mio. €"),
    (3.3, "USD", "en", "$3.3 m"), (1730.1, "USD", "de", "1.730,1 Mio. $"), (None, "EUR", "en", "–"),
    (1730.1, "USD", "ru", "1\xa0730,1 млн $"), (1600, "EUR", "ru", "1\xa0600 млн €"),
])
def test_money(value, currency, lang, expected):
    assert format_money(value, currency, lang) == expected


@pytest.mark.parametrize("precision, lang, expected", [
    ("day", "en", "3 April 2025"), ("day", "de", "3. April 2025"), ("month", "en", "April 2025"),
    ("month", "de", "April 2025"), ("year", "de", "2025"), ("day", "ru", "3 апреля 2025\u202fг."),
    ("month", "ru", "апрель 2025\u202fг."), ("year", "ru", "2025"),
])
def test_dates(precision, lang, expected):
    assert format_date(date(2025, 4, 3), precision, lang) == expected


def test_country_names_follow_the_language(dataset):
    assert labels_for(dataset.countries, "de").country("KAZ") == "Kasachstan"
    assert labels_for(dataset.countries, "en").code("commodity", "rare_earths") == "Rare earths"
    assert t("filter.count", "de", n=3, total=24) == "3 von 24 Einträgen ausgewählt"
    assert labels_for(dataset.countries, "ru").country("KGZ") == "Кыргызстан"
    assert labels_for(dataset.countries, "ru").code("commodity", "rare_earths").startswith("Редкоземельн")


@pytest.mark.parametrize("precision, lang, expected", [
    ("day", "en", "Sep 20, 2023"), ("month", "en", "Sep 2023"), ("year", "en", "2023"),
    ("day", "de", "20. Sept. 2023"), ("month", "de", "Sept. 2023"), ("year", "de", "2023"),
    ("day", "ru", "20 сент. 2023\u202fг."), ("month", "ru", "сент. 2023\u202fг."), ("year", "ru", "2023"),
])
def test_short_dates_keep_their_precision_in_each_language(precision, lang, expected):
    assert format_date(date(2023, 9, 20), precision, lang, short=True) == expected


def test_missing_dates_and_amounts_show_blank_or_a_dash_and_figures_round_half_up():
    import pandas as pd

    from tracker.language.formatting import format_money, format_number, iso_at_precision

    assert format_date(pd.NaT, "day", "en") == "" and format_money(float("nan"), "EUR", "de") == "–"
    assert iso_at_precision(pd.Timestamp("2023-09-01"), "month") == "2023-09"
    assert format_number(2.25, "en") == "2.3" and format_money(2.25, "EUR", "en") == "€2.3 m"
    assert format_number(1600, "de") == "1.600" and format_money(1234.05, "EUR", "de") == "1.234,1 Mio. €"


# Russian entries that are rightly the same in every language: an abbreviation, a file name.
SAME_IN_RUSSIAN = {"col.id", "export.file_stem"}


def test_every_russian_entry_is_written_in_russian():
    """An entry copied from English would pass the page checks (they skip texts two languages share):
    every Russian entry with words in it has Cyrillic words, placeholders, code and links aside."""
    import re

    latin_only = []
    for key, entry in STRINGS["ru"].items():
        for text in entry_texts(entry):
            prose = re.sub(r"\{[^}]*\}|`[^`]*`|\]\([^)]*\)|https?://\S+", " ", text)
            if re.search(r"[A-Za-z]{3,}", prose) and not re.search(r"[а-яА-ЯёЁ]{2,}", prose):
                latin_only.append(key)
    assert set(latin_only) <= SAME_IN_RUSSIAN, sorted(set(latin_only) - SAME_IN_RUSSIAN)

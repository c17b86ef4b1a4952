"""Every interface string comes from the language's catalog: with a third catalog registered (English
with a marker on every value, under a language Babel knows), the data dictionary, the key facts, the
record tables, dates and amounts show the marker and not one German word."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tracker.dataset import schema
from tracker.dataset.dictionary import dictionary_table, file_description
from tracker.language import i18n
from tracker.language.formatting import format_date, format_money, format_number, plotly_separators
from tracker.language.i18n import entry_texts, labels_for
from tracker.views.record_tables import key_facts_table, record_fields, records_table

LANG = "fr"  # any language Babel knows and the app does not have
MARK = "⟦x⟧"
WORD = re.compile(r"[^\W\d_]+")


def _marked(entry):
    if isinstance(entry, dict):
        return {form: MARK + text for form, text in entry.items()}
    return MARK + entry


@pytest.fixture
def third_language(monkeypatch):
    english = i18n.STRINGS[i18n.DEFAULT_LANGUAGE]
    monkeypatch.setitem(i18n.STRINGS, LANG, {key: _marked(entry) for key, entry in english.items()})
    return LANG


def _words(texts) -> set[str]:
    return {word for text in texts for word in WORD.findall(str(text))}


def german_only_words() -> set[str]:
    """Words of the German catalog that no English string has ("Kennung", "Platz", "bis", "Mio")."""
    def catalog_words(lang):
        return _words(text for entry in i18n.STRINGS[lang].values() for text in entry_texts(entry))
    return catalog_words("de") - catalog_words("en")


def rendered(dataset, lang: str) -> list[str]:
    labels = labels_for(dataset.countries, lang)
    texts = []
    for spec in schema.FILES:
        table = dictionary_table(spec, lang)
        texts += [file_description(spec, lang)] + table.astype(str).to_numpy().ravel().tolist()
    for table in (key_facts_table(dataset, labels), records_table(dataset.agreements, labels),
                  record_fields(dataset.agreements.iloc[0], labels)):
        texts += [str(c) for c in table.columns] + table.astype(str).to_numpy().ravel().tolist()
    texts += [format_date(date(2025, 4, 3), precision, lang, short=short)
              for precision in ("day", "month", "year") for short in (False, True)]
    texts += [format_money(1600, "EUR", lang), format_money(1730.1, "USD", lang), format_number(1234.5, lang)]
    return texts


def test_the_check_finds_german_where_there_is_german(dataset):
    found = _words(rendered(dataset, "de")) & german_only_words()
    assert {"Kennung", "Platz", "bis", "Mio", "ja"} <= found


def test_a_third_language_shows_no_german_word(dataset, third_language):
    in_the_data = _words(rendered(dataset, "en"))  # names of parties such as "Deutsche Rohstoff AG"
    leaked = _words(rendered(dataset, third_language)) & (german_only_words() - in_the_data)
    assert leaked == set()


def test_a_third_language_takes_its_dictionary_and_labels_from_its_catalog(dataset, third_language):
    for spec in schema.FILES:
        assert file_description(spec, third_language).startswith(MARK)
        table = dictionary_table(spec, third_language)
        assert all(text.startswith(MARK) for text in table["type"]), spec.name
        assert all(text.startswith(MARK) for text in table["meaning"]), spec.name
        assert all(text == "" or text.startswith(MARK) for text in table["required"]), spec.name
    facts = key_facts_table(dataset, labels_for(dataset.countries, third_language))
    assert all(str(header).startswith(MARK) for header in facts.columns)
    ranks = dataset.key_facts["unit"].eq("rank").to_numpy()
    assert ranks.any() and all(text.startswith(MARK + "#") for text in facts.iloc[ranks, 0])


def test_a_third_language_falls_back_to_english_data_columns(dataset, third_language):
    labels = labels_for(dataset.countries, third_language)
    assert labels.country("KAZ") == "Kazakhstan"
    first = dataset.agreements.iloc[0]
    table = records_table(dataset.agreements.iloc[:1], labels)
    assert first["title_en"] in table.astype(str).to_numpy().ravel()


def test_dates_numbers_and_chart_separators_come_from_babel(third_language):
    assert format_date(date(2025, 4, 3), "day", third_language) == "3 avril 2025"
    assert format_money(1600, "EUR", third_language) == MARK + "€1\u202f600 m"
    assert plotly_separators("en") == ".," and plotly_separators("de") == ",." and plotly_separators("fr") == ",\u202f"

"""Each language shows none of the other's words: every page once per language (AppTest), German
with a selection (its wording of filters), English with all records, in the texts a user reads."""

from __future__ import annotations

import re

import pytest

from tests.apptest_helpers import PAGES, assert_clean, open_app
from tests.language_check import leftovers, page_texts
from tracker.dataset import schema

GERMAN_LINK = {"ca": "KAZ", "partner": "EU,DEU", "from": "2023", "lang": "de"}
SHORT_VALUE = 3


def single_language_data(dataset) -> list[str]:
    """Texts the data contract keeps in one language (curators' notes, ids, names of parties, source
    titles and addresses, codes, the citation), file and column names: left out of the check."""
    values = list(dataset.agreements["notes"]) + list(dataset.key_facts["notes"]) + list(dataset.agreements["id"])
    values += [name for names in dataset.agreements["counterparties"] for name in names]
    for column in ("id", "publisher", "outlet", "title", "url", "notes"):
        values += list(dataset.sources[column])
    values += [code for spec in schema.FILES for column in spec.columns if isinstance(column.vocabulary, tuple)
               for code in column.vocabulary]  # codes of the data contract, shown in the data dictionary
    values += list(dataset.metadata.values()) + list(dataset.fx_rates["basis"]) + list(dataset.fx_rates["notes"])
    values += [spec.name for spec in schema.FILES]
    values += [column.name for spec in schema.FILES for column in spec.columns]  # the dictionary's column names
    return sorted({v for v in values if v}, key=len, reverse=True)


def visible(at, dataset) -> list[str]:
    """The page's texts, joined by a character no text holds, less the single-language data (one pass of
    replacements over all of them rather than one per text)."""
    text = "\x00".join(page_texts(at))
    for value in single_language_data(dataset):
        if len(value) <= SHORT_VALUE:  # a code such as "de" is removed as a word, not from inside "oder"
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", "", text)
        else:
            text = text.replace(value, "")
    return text.split("\x00")


@pytest.mark.parametrize("page", PAGES)
def test_german_pages_have_no_english_leftovers(opened, dataset, page):
    at = opened(GERMAN_LINK, page)
    assert_clean(at)  # words read off a failed page would prove nothing
    english_titles = set(dataset.agreements["title_en"]) | set(dataset.agreements["summary_en"])
    assert leftovers(visible(at, dataset), "de", "en", english_titles) == set()


@pytest.mark.parametrize("page", PAGES)
def test_english_pages_have_no_german_leftovers(opened, dataset, page):
    at = opened({}, page)
    assert_clean(at)
    german_titles = set(dataset.agreements["title_de"]) | set(dataset.agreements["summary_de"])
    assert leftovers(visible(at, dataset), "en", "de", german_titles) == set()


def test_switching_language_keeps_the_selection_and_goes_into_the_url():
    at = open_app({"ca": "KAZ"}, page="app_pages/data.py")
    at.segmented_control(key="lang").set_value("de").run()
    assert_clean(at)
    assert at.title[0].value == "Daten & Downloads"
    assert at.multiselect(key="filter_ca").value == ["KAZ"]
    assert dict(at.query_params) in ({"ca": "KAZ", "lang": "de"}, {"ca": ["KAZ"], "lang": ["de"]})

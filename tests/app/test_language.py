"""Each language shows none of the other's words: every page once per language (AppTest), German
with a selection (its wording of filters), English with all records, in the texts a user reads."""

from __future__ import annotations

import re

import pytest

from tests.apptest_helpers import PAGES, assert_clean, open_app
from tests.language_check import leftovers, page_texts, without_single_language_data

GERMAN_LINK = {"ca": "KAZ", "partner": "EU,DEU", "from": "2023", "lang": "de"}
RUSSIAN_LINK = {"ca": "KAZ,UZB", "from": "2023", "lang": "ru"}
# Every page, with what its link needs: the menu's pages, the matrix, the profiles and a record.
LINKED_PAGES = [(page, {}) for page in PAGES] + [
    ("app_pages/matrix.py", {}), ("app_pages/country.py", {"code": "KAZ"}),
    ("app_pages/partner.py", {"code": "DEU"}), ("app_pages/partner.py", {"code": "EU", "with": "KAZ"}),
    ("app_pages/record.py", {"id": "eu-kaz-mou-2022"})]
PAGE_IDS = [page.split("/")[1].removesuffix(".py") + "".join(f"-{v}" for v in query.values())
            for page, query in LINKED_PAGES]


def visible(at, dataset) -> list[str]:
    """The page's texts, joined by a character no text holds, less the single-language data (one pass of
    replacements over all of them rather than one per text)."""
    return without_single_language_data("\x00".join(page_texts(at)), dataset).split("\x00")


@pytest.mark.parametrize(("page", "query"), LINKED_PAGES, ids=PAGE_IDS)
def test_german_pages_have_no_english_leftovers(opened, dataset, page, query):
    at = opened(GERMAN_LINK | query, page)
    assert_clean(at)  # words read off a failed page would prove nothing
    english_titles = set(dataset.agreements["title_en"]) | set(dataset.agreements["summary_en"])
    assert leftovers(visible(at, dataset), "de", "en", english_titles) == set()


@pytest.mark.parametrize(("page", "query"), LINKED_PAGES, ids=PAGE_IDS)
def test_english_pages_have_no_german_leftovers(opened, dataset, page, query):
    at = opened(query, page)
    assert_clean(at)
    german_titles = set(dataset.agreements["title_de"]) | set(dataset.agreements["summary_de"])
    assert leftovers(visible(at, dataset), "en", "de", german_titles) == set()


@pytest.mark.parametrize(("page", "query"), LINKED_PAGES, ids=PAGE_IDS)
def test_russian_pages_have_no_english_or_german_leftovers(opened, dataset, page, query):
    at = opened(RUSSIAN_LINK | query, page)
    assert_clean(at)
    texts = visible(at, dataset)
    english = set(dataset.agreements["title_en"]) | set(dataset.agreements["summary_en"])
    german = set(dataset.agreements["title_de"]) | set(dataset.agreements["summary_de"])
    assert leftovers(texts, "ru", "en", english) == set()
    assert leftovers(texts, "ru", "de", german) == set()
    assert any(re.search("[а-яА-Я]{4}", text) for text in texts)


def test_russian_pages_write_numbers_money_and_dates_as_russian_does(opened, dataset):
    at = opened({"lang": "ru"}, "app_pages/data.py")
    table = "\n".join(visible(at, dataset))
    assert re.search(r"\d[\xa0\u202f ]\d{3}(,\d)? млн €", table)  # "1 600,3 млн €": space groups, comma decimals
    assert re.search(r"\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
                     r" 20\d\d|\d{1,2} [а-я]{3,4}\. 20\d\d", table)
    assert "Kazakhstan" not in table and "Казахстан" in table

def test_switching_language_keeps_the_selection_and_goes_into_the_url():
    at = open_app({"ca": "KAZ"}, page="app_pages/data.py")
    at.segmented_control(key="lang").set_value("de").run()
    assert_clean(at)
    assert at.title[0].value == "Daten & Downloads"
    assert at.multiselect(key="filter_ca").value == ["KAZ"]
    assert dict(at.query_params) in ({"ca": "KAZ", "lang": "de"}, {"ca": ["KAZ"], "lang": ["de"]})

"""The free-text search: accents, case, both languages, whole words and prefixes, no match; and the
search in the link."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.fixtures import make_records
from tracker.selection.filters import apply_filters, default_selection, filter_options
from tracker.selection.search import MAX_QUERY_LENGTH, clean_query, haystack, matches, normalise
from tracker.selection.url import decode, encode

COUNTRIES = pd.DataFrame({"code": ["KAZ", "EU", "USA"], "name_en": ["Kazakhstan", "European Union", "United States"],
                          "name_de": ["Kasachstan", "Europäische Union", "Vereinigte Staaten"],
                          "name_ru": ["Казахстан", "Европейский союз", "США"]})
RECORDS = make_records([
    {"id": "eu-kaz-congress-2023", "partner": "EU", "title": "Šefčovič at the Astana mining congress",
     "title_de": "Šefčovič beim Bergbaukongress in Astana", "commodities": ("critical_raw_materials",)},
    {"id": "usa-kaz-cove-2025", "partner": "USA", "title": "Cove Capital tungsten joint venture",
     "title_de": "Gemeinschaftsunternehmen von Cove Capital", "commodities": ("tungsten",),
     "counterparties": ("Tau-Ken Samruk",),
     "title_ru": "Совместное предприятие Cove Capital по вольфраму"},
    {"id": "eu-kaz-roadmap-2023", "partner": "EU", "title": "Roadmap covering geology",
     "title_de": "Fahrplan zur Geologie", "notes": "Reported by Kazinform on Monday."},
])
TEXTS = haystack(RECORDS, COUNTRIES)


def found(query: str) -> list[str]:
    return list(RECORDS.loc[matches(TEXTS, query), "id"])


@pytest.mark.parametrize("query", ["sefcovic", "ŠEFČOVIČ", "Sefčovic", "  sefcovic  "])
def test_accents_and_case_do_not_matter(query):
    assert found(query) == ["eu-kaz-congress-2023"]


def test_either_language_and_every_field_is_searched():
    assert found("Wolfram") == ["usa-kaz-cove-2025"]  # the German name of the commodity
    assert found("tungsten") == ["usa-kaz-cove-2025"]
    assert found("Bergbaukongress") == ["eu-kaz-congress-2023"]  # a German title
    assert found("tau-ken") == ["usa-kaz-cove-2025"]  # a counterparty
    assert found("kazinform") == ["eu-kaz-roadmap-2023"]  # notes
    assert found("usa-kaz-cove-2025") == ["usa-kaz-cove-2025"]  # an id
    assert found("Vereinigte Staaten") == ["usa-kaz-cove-2025"]  # the partner's German name


def test_russian_titles_names_and_commodities_are_searched():
    assert found("Совместное предприятие") == ["usa-kaz-cove-2025"]  # a Russian title
    assert found("совместное ПРЕДПРИЯТИЕ") == ["usa-kaz-cove-2025"]  # case does not matter in Cyrillic either
    assert found("Европейский") == ["eu-kaz-congress-2023", "eu-kaz-roadmap-2023"]  # the partner's Russian name
    assert found("вольфрам") == ["usa-kaz-cove-2025"]  # the commodity's Russian name
    assert found("вольф*") == ["usa-kaz-cove-2025"]
    assert found("вольф") == []


def test_every_word_must_match_whole_unless_it_ends_in_a_star():
    assert found("cove") == ["usa-kaz-cove-2025"]  # not "covering"
    assert found("cove*") == ["usa-kaz-cove-2025", "eu-kaz-roadmap-2023"]
    assert found("tungst") == [] and found("tungst*") == ["usa-kaz-cove-2025"]
    assert found("cove geology") == []
    assert found("roadmap geology") == ["eu-kaz-roadmap-2023"]


def test_no_match_and_empty_queries():
    assert found("xyzzy") == []
    assert found("") == found("   ") == found("*") == list(RECORDS["id"])


def test_normalise_and_clean():
    assert normalise("Øresund  Łódź Straße") == "oresund lodz strasse"
    assert clean_query("a\x00b\n c\t") == "a b c"
    assert len(clean_query("x" * 500)) == MAX_QUERY_LENGTH


def test_the_search_travels_in_the_link_and_combines_with_the_filters(dataset):
    options = filter_options(dataset)
    selection, notices = decode({"q": ["  Tungsten  "], "ca": ["KAZ"]}, options)
    assert notices == [] and selection.query == "Tungsten"
    assert encode(selection, options) == {"ca": "KAZ", "q": "Tungsten"}
    records = apply_filters(dataset, selection)
    everything = apply_filters(dataset, default_selection(options))
    assert 0 < len(records) < len(everything)
    assert all("KAZ" in c for c in records["ca_countries"])
    assert all("tungsten" in text for text in dataset.search_text[records.index])
    too_long, notices = decode({"q": ["x" * 400]}, options)
    assert too_long.query == "" and [n.kind for n in notices] == ["too_long"]

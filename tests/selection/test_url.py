"""The selection in the URL: round trip, nonsense values, and any query string decodes."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.selection.filters import Selection, default_selection, filter_options
from tracker.selection.url import Notice, decode, decode_language, encode


@pytest.fixture(scope="module")
def options(dataset):
    return filter_options(dataset)


def test_round_trip(options):
    selection = Selection(year_from=2023, year_to=2025, ca=("KAZ", "UZB"), partner=("EU", "DEU"),
                          stage=("committed", "delivered"), commodity=("rare_earths",),
                          instrument=("memorandum", "roadmap"), status=("signed",))
    params = encode(selection, options)
    assert params == {"from": "2023", "to": "2025", "ca": "KAZ,UZB", "partner": "EU,DEU",
                      "stage": "committed,delivered", "commodity": "rare_earths",
                      "instrument": "memorandum,roadmap", "status": "signed"}
    assert decode({k: [v] for k, v in params.items()}, options) == (selection, [])


def test_default_selection_makes_an_empty_query(options):
    assert encode(default_selection(options), options) == {}


def test_the_issue_example_and_repeated_keys(options):
    comma, _ = decode(parse_qs("ca=KAZ,UZB&partner=EU,DEU&from=2023&to=2025"), options)
    repeated, _ = decode(parse_qs("ca=KAZ&ca=UZB&partner=DEU&partner=EU&from=2023&to=2025"), options)
    assert comma == repeated
    assert comma.ca == ("KAZ", "UZB") and comma.partner == ("EU", "DEU")
    assert (comma.year_from, comma.year_to) == (2023, 2025)


@pytest.mark.parametrize(
    "query, kinds",
    [
        ("ca=XYZ", ["unknown_code"]),
        ("from=abc", ["bad_year"]),
        ("from=2025&to=2023", ["reversed_range"]),
        ("ca=" + "K" * 5000, ["too_long"]),
        ("colour=red", ["unknown_key"]),
        ("lang=fr", []),  # the language is decoded separately
    ],
)
def test_nonsense_is_ignored_with_a_notice(options, query, kinds):
    selection, notices = decode(parse_qs(query), options)
    assert [n.kind for n in notices] == kinds
    assert selection == default_selection(options)


def test_valid_parts_survive_next_to_nonsense(options):
    selection, notices = decode(parse_qs("ca=KAZ,NOPE&from=2024&to=abc"), options)
    assert selection.ca == ("KAZ",) and selection.year_from == 2024 and selection.year_to == options.year_max
    assert {n.kind for n in notices} == {"unknown_code", "bad_year"}


def test_years_outside_the_data_are_clamped_with_a_notice(options):
    selection, notices = decode({"from": ["1990"], "to": ["2099"]}, options)
    assert (selection.year_from, selection.year_to) == (options.year_min, options.year_max)
    assert notices == [Notice("year_clamped", "from", "1990", str(options.year_min)),
                       Notice("year_clamped", "to", "2099", str(options.year_max))]


def test_years_inside_the_data_give_no_notice(options):
    params = {"from": [str(options.year_min)], "to": [str(options.year_max)]}
    assert decode(params, options) == (default_selection(options), [])
    selection, notices = decode({"to": [str(options.year_min - 1)]}, options)
    assert selection.year_to == options.year_min and [n.kind for n in notices] == ["year_clamped"]


@pytest.mark.parametrize("query, key, codes", [
    ("ca=kaz", "ca", ("KAZ",)), ("ca=Kaz,uzb", "ca", ("KAZ", "UZB")), ("partner=eu", "partner", ("EU",)),
    ("partner=deu&partner=Eu", "partner", ("EU", "DEU")), ("commodity=RARE_EARTHS", "commodity", ("rare_earths",)),
    ("instrument=Memorandum", "instrument", ("memorandum",)), ("status=SIGNED", "status", ("signed",)),
    ("stage=Committed,DELIVERED", "stage", ("committed", "delivered")),
])
def test_codes_are_accepted_in_any_case(options, query, key, codes):
    selection, notices = decode(parse_qs(query), options)
    assert notices == [] and selection.codes(key) == codes
    assert encode(selection, options) == {key: ",".join(codes)}  # the link is written back as the codes are


def test_look_alike_letters_are_not_codes(options):
    selection, notices = decode({"ca": ["\u212aAZ"]}, options)  # KELVIN SIGN, lower() is "k"
    assert selection.ca == () and [n.kind for n in notices] == ["unknown_code"]


def test_tracking_parameters_are_ignored_without_a_notice(options):
    query = ("utm_source=newsletter&utm_medium=email&UTM_Campaign=spring&fbclid=IwAR0x&gclid=Cj0K&mc_cid=5f1&"
             "mc_eid=a2b&ref=homepage&msclkid=9&ca=KAZ")
    selection, notices = decode(parse_qs(query), options)
    assert notices == [] and selection.ca == ("KAZ",)
    _, notices = decode(parse_qs("utmost=1&reference=2"), options)
    assert [(n.kind, n.key) for n in notices] == [("unknown_key", "utmost"), ("unknown_key", "reference")]


def test_language(options):
    assert decode_language({"lang": ["de"]}) == ("de", [])
    lang, notices = decode_language({"lang": ["<script>"]})
    assert lang == "en" and notices[0].kind == "bad_language"


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(max_size=12) | st.sampled_from(["ca", "partner", "from", "to", "status", "commodity",
                                                              "instrument", "utm_source"]),
                       st.lists(st.text(max_size=80), min_size=1, max_size=4), max_size=6))
def test_any_query_string_decodes_to_a_valid_selection(options, params):
    selection, notices = decode(params, options)
    assert options.year_min <= selection.year_from <= selection.year_to <= options.year_max
    for key in ("ca", "partner", "commodity", "instrument", "status"):
        assert set(selection.codes(key)) <= set(options.codes(key))
    assert all(len(n.value) <= 25 and len(n.key) <= 25 for n in notices)
    again, _ = decode({k: [v] for k, v in encode(selection, options).items()}, options)
    assert again == selection

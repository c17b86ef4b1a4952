"""Filter logic: each filter keeps exactly the records pandas says it should."""

from __future__ import annotations

import pandas as pd
import pytest

from tracker.selection.filters import (
    Selection,
    apply_filters,
    country_flags,
    default_selection,
    filter_options,
    involves_country,
)


@pytest.fixture(scope="module")
def options(dataset):
    return filter_options(dataset)


def ids(frame: pd.DataFrame) -> set[str]:
    return set(frame["id"])


def test_default_selection_holds_every_record(dataset, options):
    assert len(apply_filters(dataset, default_selection(options))) == len(dataset.agreements)


def test_options_list_the_codes_in_the_data(dataset, options):
    a = dataset.agreements
    assert options.ca == ("KAZ", "UZB", "KGZ", "TJK", "TKM")
    assert set(options.partner) == set(dataset.agreements["partner"])
    assert (options.year_min, options.year_max) == (a["year"].min(), a["year"].max()) == (2022, 2026)


@pytest.mark.parametrize("codes", [("KAZ",), ("UZB", "TJK"), ("KGZ",)])
def test_country_filter_matches_any_of_a_records_countries(dataset, options, codes):
    a = dataset.agreements
    expected = ids(a[a["ca_countries"].map(lambda cs: any(c in codes for c in cs))])
    assert ids(apply_filters(dataset, default_selection(options).with_codes("ca", codes))) == expected


@pytest.mark.parametrize("codes", [("rare_earths",), ("tungsten", "wind_power")])
def test_commodity_filter_matches_any_commodity(dataset, options, codes):
    a = dataset.agreements
    expected = ids(a[a["commodities"].map(lambda cs: any(c in codes for c in cs))])
    got = apply_filters(dataset, default_selection(options).with_codes("commodity", codes))
    assert ids(got) == expected and expected


@pytest.mark.parametrize("key, codes", [("partner", ("EU", "DEU")), ("instrument", ("memorandum",)),
                                        ("status", ("held",)), ("stage", ("committed", "delivered")),
                                        ("stage", ("talks",))])
def test_single_valued_filters(dataset, options, key, codes):
    a = dataset.agreements
    expected = ids(a[a[key].isin(codes)])
    assert ids(apply_filters(dataset, default_selection(options).with_codes(key, codes))) == expected


def test_years_are_inclusive_and_use_the_date_year(dataset, options):
    a = dataset.agreements
    got = apply_filters(dataset, Selection(year_from=2023, year_to=2024))
    assert ids(got) == ids(a[a["date"].dt.year.between(2023, 2024)])


def test_filters_combine_with_and(dataset, options):
    a = dataset.agreements
    selection = Selection(year_from=2023, year_to=2025, ca=("KAZ",), partner=("EU", "DEU"))
    expected = a[a["date"].dt.year.between(2023, 2025) & a["partner"].isin(["EU", "DEU"])
                 & a["ca_countries"].map(lambda cs: "KAZ" in cs)]
    got = apply_filters(dataset, selection)
    assert ids(got) == ids(expected) and len(got) < len(a)
    assert list(got["date"]) == sorted(got["date"])


def test_filtering_does_not_change_the_dataset(dataset, options):
    before = dataset.agreements.copy()
    apply_filters(dataset, Selection(year_from=2024, year_to=2024, ca=("UZB",)))
    pd.testing.assert_frame_equal(dataset.agreements, before)


@pytest.mark.parametrize("code", ["KAZ", "UZB", "KGZ", "TJK", "TKM"])
def test_records_involving_a_country_are_those_whose_list_names_it(dataset, code):
    """One answer to "which records involve country X", whether read from the dataset's flags or the lists."""
    a = dataset.agreements
    expected = a["ca_countries"].map(lambda countries: code in countries)
    some = a[a["partner"].isin(("EU", "USA", "CHN"))]
    assert involves_country(a, code, dataset.ca_flags).equals(expected)
    assert involves_country(some, code, dataset.ca_flags).equals(expected[some.index])
    assert involves_country(some, code).equals(expected[some.index])  # without the flags: from the lists
    assert country_flags(some).sum().to_dict() == country_flags(some, dataset.ca_flags).sum().to_dict()
    assert expected.any() and not expected.all()

"""The reference dataset as it stands: coverage and sourcing targets, and the corrections a reader
checking it against public reporting would look for. Tied to today's data on purpose."""

from __future__ import annotations

import pandas as pd

from tracker.curation.coverage import coverage
from tracker.dataset.schema import CA_CODES


def test_coverage_targets_hold(dataset):
    c = coverage(dataset.agreements, dataset.ca_flags, dataset.sources)
    assert c.records >= 150
    assert all(c.per_country[code] >= 10 for code in CA_CODES), c.per_country
    assert c.partners_with_three >= 12, c.per_partner
    assert c.independent_share >= 0.40
    assert c.with_address == c.records


def test_partners_include_institutions_and_the_main_players(dataset):
    countries = dataset.countries.set_index("code")
    partners = set(dataset.agreements["partner"])
    assert {"EU", "DEU", "FRA", "GBR", "USA", "CHN", "RUS", "JPN", "KOR", "TUR", "IND", "ARE", "EBRD"} <= partners
    institutions = {p for p in partners if countries.at[p, "partner_type"] == "institution"}
    assert {"EBRD", "DFC", "USEXIM"} <= institutions
    assert countries.at["DFC", "home"] == "USA"


def test_every_source_has_an_address_publisher_date_and_language(dataset):
    s = dataset.sources
    for column in ("url", "publisher", "published", "language", "outlet"):
        assert (s[column] != "").all(), column
    assert s["url"].str.match(r"^https?://").all()
    assert s["url"].is_unique


def test_dates_are_the_events_and_years_cover_2022_to_today(dataset):
    a = dataset.agreements
    assert a["date"].min() >= pd.Timestamp("2022-01-01")
    assert (a["last_checked"] >= a["date"]).all()
    assert set(a["year"]) == {2022, 2023, 2024, 2025, 2026}


def test_the_changelog_records_this_release(dataset):
    log = dataset.changelog
    assert dataset.version in set(log["version"])
    latest = log[log["version"] == dataset.version]
    added = set(latest.loc[latest["change"] == "added", "record_id"])
    assert added and added <= set(dataset.agreements["id"])
    assert "fra-kaz-wind-jv-2023" in set(latest.loc[latest["change"] == "removed", "record_id"])

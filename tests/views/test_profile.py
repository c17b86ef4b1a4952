"""Profiles and the who-works-with-whom matrix: their figures are the data page's for the same records,
recomputed here the plain way, record by record."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fixtures import make_records, view_context
from tracker.dataset.schema import AMOUNT_KINDS, CA_CODES, COMMODITIES, DEFAULT_AMOUNT_KINDS, STAGES
from tracker.language.i18n import labels_for
from tracker.selection.filters import apply_filters, default_selection, filter_options
from tracker.views.colours import GROUPS, partner_groups
from tracker.views.matrix import matrix_links, matrix_table
from tracker.views.profile import (
    Subject,
    chain_table,
    counterparts,
    lifecycle_chains,
    most_cited_sources,
    parse_subject,
    profile_figures,
    profile_link,
    profile_records,
    profile_subjects,
    year_stage_counts,
)

PARTNERS = ("DEU", "CHN", "USA", "EU", "EBRD")


@st.composite
def record_rows(draw) -> list[dict]:
    """Any small valid selection: partners, countries, stages, amounts of every kind, in or out of scope,
    deals inside packages (part_of) and chains (follows) among them."""
    rows = []
    for number in range(draw(st.integers(1, 14))):
        row = {"id": f"r{number}", "partner": draw(st.sampled_from(PARTNERS)),
               "ca": tuple(draw(st.lists(st.sampled_from(CA_CODES), min_size=1, max_size=3, unique=True))),
               "stage": draw(st.sampled_from(STAGES)),
               "commodities": tuple(draw(st.lists(st.sampled_from(COMMODITIES[:6]), min_size=1, max_size=2,
                                                  unique=True))),
               "date": f"{draw(st.integers(2022, 2026))}-05-01",
               "sources": tuple(draw(st.lists(st.sampled_from(("s1", "s2", "s3")), min_size=1, max_size=2,
                                              unique=True)))}
        if draw(st.booleans()):
            row |= {"value": draw(st.integers(1, 900)), "currency": draw(st.sampled_from(("EUR", "USD"))),
                    "kind": draw(st.sampled_from(AMOUNT_KINDS)), "in_totals": draw(st.booleans())}
        if number and draw(st.booleans()):
            row["part_of" if draw(st.booleans()) else "follows"] = f"r{draw(st.integers(0, number - 1))}"
        rows.append(row)
    return rows


def counted_ids(records: pd.DataFrame, kinds: tuple[str, ...]) -> list[str]:
    """The records whose amount counts, the plain way: in scope with an amount of these kinds, unless a
    package of the selection it belongs to (part_of, up the chain) already counts one."""
    by_id = records.set_index("id")

    def counts(record_id: str) -> bool:
        row = by_id.loc[record_id]
        return bool(pd.notna(row["value_m"]) and row["amount_kind"] in kinds and row["in_totals"])

    counted = []
    for record in records.itertuples():
        parent, covered = record.part_of, False
        while parent in by_id.index:
            covered |= counts(parent)
            parent = by_id.loc[parent, "part_of"]
        if counts(record.id) and not covered:
            counted.append(record.id)
    return counted


def expected_total(records: pd.DataFrame, kinds: tuple[str, ...], currency: str, within=None) -> tuple[float, int]:
    """The total and number of counted records, counted over ``records``, of those in ``within`` (all)."""
    ids = set(counted_ids(records, kinds))
    chosen = records[records["id"].isin(ids) & (records["id"].isin(within) if within is not None else True)]
    return float(chosen["value_eur_m" if currency == "EUR" else "value_usd_m"].sum()), len(chosen)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=record_rows(), currency=st.sampled_from(("EUR", "USD")))
def test_profile_figures_equal_the_plain_count_of_the_same_records(rows, currency):
    records = make_records(rows)
    figures = profile_figures(records, currency)
    assert figures.records == len(records)
    assert figures.stages.to_dict() == {s: sum(r.stage == s for r in records.itertuples()) for s in STAGES}
    assert list(figures.stages.index) == list(STAGES)
    for row in figures.amounts.itertuples():
        total, number = expected_total(records, (row.kind,), currency)
        assert row.records == number
        assert row.value == pytest.approx(total)
        assert row.value_eur == pytest.approx(expected_total(records, (row.kind,), "EUR")[0])
        assert row.value_usd == pytest.approx(expected_total(records, (row.kind,), "USD")[0])
    assert list(figures.amounts["kind"]) == list(AMOUNT_KINDS)
    named = {c: sum(c in r.commodities for r in records.itertuples()) for c in COMMODITIES}
    assert figures.commodities.to_dict() == {c: n for c, n in named.items() if n}
    assert list(figures.commodities) == sorted(figures.commodities, reverse=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=record_rows(), partner=st.sampled_from(PARTNERS), country=st.sampled_from(CA_CODES))
def test_a_profile_holds_exactly_the_records_of_its_partner_country_or_pair(rows, partner, country):
    records = make_records(rows)
    ids = lambda frame: list(frame["id"])  # noqa: E731
    assert ids(profile_records(records, Subject("partner", partner))) == [
        r.id for r in records.itertuples() if r.partner == partner]
    assert ids(profile_records(records, Subject("country", country))) == [
        r.id for r in records.itertuples() if country in r.ca_countries]
    pair = [r.id for r in records.itertuples() if r.partner == partner and country in r.ca_countries]
    assert ids(profile_records(records, Subject("partner", partner, country))) == pair
    assert ids(profile_records(records, Subject("country", country, partner))) == pair


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=record_rows())
def test_the_matrix_counts_each_pair_and_each_partner_once(rows):
    records = make_records(rows)
    groups = {p: p for p in PARTNERS}
    counts = matrix_table(records, groups, tuple(PARTNERS), "count", "EUR")
    for partner in records["partner"].unique():
        own = records[records["partner"] == partner]
        assert counts.loc[partner, "total"] == len(own)
        for country in CA_CODES:
            assert counts.loc[partner, country] == sum(country in c for c in own["ca_countries"])
    assert set(counts.index) == set(records["partner"])
    money = matrix_table(records, groups, tuple(PARTNERS), "value", "EUR")
    for partner in records["partner"].unique():
        own = records[records["partner"] == partner]
        total = expected_total(records, DEFAULT_AMOUNT_KINDS, "EUR", within=set(own["id"]))[0]
        assert money.loc[partner, "total"] == pytest.approx(total)


def test_the_matrix_lists_partners_by_their_colour_group_then_most_records_first(dataset):
    records = dataset.agreements
    groups = partner_groups(dataset.countries)
    table = matrix_table(records, groups, GROUPS, "count", "EUR", dataset.ca_flags)
    rank = {g: i for i, g in enumerate(GROUPS)}
    keys = [(rank.get(groups.get(p, p), len(rank)), -int((records["partner"] == p).sum())) for p in table.index]
    assert keys == sorted(keys)
    assert len(table) == records["partner"].nunique() >= 30  # every partner, none left out


def test_each_matrix_cell_links_to_the_pair_profile_with_the_selection_and_the_stages(dataset):
    records = dataset.agreements
    labels = labels_for(dataset.countries, "en")
    query = {"year_from": "2023", "lang": "de"}
    shown = records[records["stage"].isin(("signed", "committed"))]
    table = matrix_links(shown, labels, query, "count", ("signed", "committed"), partner_groups(dataset.countries),
                         GROUPS, dataset.ca_flags)
    row = table[table["Partner"].str.startswith("partner?") & table["Partner"].str.endswith("#Germany")].iloc[0]
    link = row["Kazakhstan"]
    address = urlsplit(link)
    params = parse_qs(address.query)
    assert address.path == "partner"
    assert params == {"year_from": ["2023"], "lang": ["de"], "stage": ["signed,committed"], "code": ["DEU"],
                      "with": ["KAZ"]}
    expected = sum(1 for r in shown.itertuples() if r.partner == "DEU" and "KAZ" in r.ca_countries)
    assert address.fragment == str(expected)


def test_a_link_names_only_countries_and_partners_of_the_dataset(dataset):
    assert parse_subject("country", "KAZ", "", dataset) == Subject("country", "KAZ")
    assert parse_subject("partner", "DEU", "KAZ", dataset) == Subject("partner", "DEU", "KAZ")
    assert parse_subject("country", "KAZ", "DEU", dataset).partner == "DEU"
    for kind, code, other in (("country", "DEU", ""), ("partner", "KAZ", ""), ("partner", "DEU", "CHN"),
                              ("country", "KAZ", "UZB"), ("country", "<script>", ""), ("record", "KAZ", ""),
                              ("partner", "", ""), ("partner", "DEU" * 50, "")):
        assert parse_subject(kind, code, other, dataset) is None


def test_profile_links_keep_the_selection_and_drop_a_record_id():
    link = profile_link("partner", "DEU", "KAZ", {"ca": "KAZ,UZB", "id": "x", "lang": "ru"}, "Germany · Kazakhstan")
    address = urlsplit(link)
    assert address.path == "partner" and address.fragment == "Germany · Kazakhstan"
    assert parse_qs(address.query) == {"ca": ["KAZ,UZB"], "lang": ["ru"], "code": ["DEU"], "with": ["KAZ"]}
    assert profile_link("country", "TJK") == "country?code=TJK"


def test_a_record_leads_to_its_partner_its_countries_and_each_pair():
    assert profile_subjects("DEU", ("KAZ", "UZB")) == [
        Subject("partner", "DEU"), Subject("country", "KAZ"), Subject("country", "UZB"),
        Subject("partner", "DEU", "KAZ"), Subject("partner", "DEU", "UZB")]
    assert profile_subjects("", ("TJK",)) == [Subject("country", "TJK")]


def test_counterparts_the_year_table_and_the_sources_of_a_real_profile(dataset):
    records = dataset.agreements
    kaz = profile_records(records, Subject("country", "KAZ"), dataset.ca_flags)
    partners = counterparts(kaz, Subject("country", "KAZ"), dataset.ca_flags)
    assert partners.to_dict() == kaz["partner"].value_counts().to_dict()
    assert partners.sum() == len(kaz)
    germany = profile_records(records, Subject("partner", "DEU"), dataset.ca_flags)
    countries = counterparts(germany, Subject("partner", "DEU"), dataset.ca_flags)
    assert countries.to_dict() == {c: n for c in CA_CODES
                                   if (n := sum(c in r for r in germany["ca_countries"]))}
    years = year_stage_counts(kaz, 2022, 2026)
    assert years.to_numpy().sum() == len(kaz) and list(years.columns) == list(STAGES)
    assert years.loc[2024].sum() == (kaz["year"] == 2024).sum()
    cited = most_cited_sources(kaz, dataset.sources)
    counts = kaz["source_ids"].explode().value_counts()
    assert list(cited["records"]) == sorted(counts.to_numpy(), reverse=True)[:len(cited)]
    assert cited["url"].str.startswith("http").all()


def test_chains_follow_the_records_from_the_first_to_the_last():
    records = make_records([{"id": "mou", "partner": "DEU"}, {"id": "roadmap", "partner": "DEU", "follows": "mou"},
                            {"id": "loan", "partner": "DEU", "follows": "roadmap"},
                            {"id": "grant", "partner": "DEU", "follows": "mou"},
                            {"id": "alone", "partner": "DEU"}, {"id": "orphan", "partner": "DEU", "follows": "gone"}])
    assert lifecycle_chains(records) == [("mou", "roadmap", "loan"), ("mou", "grant")]


def test_the_profile_of_a_filtered_selection_equals_the_filtered_data(dataset):
    """What the data page shows with partner=DEU and ca=KAZ is the pair's profile of the whole selection."""
    options = filter_options(dataset)
    everything = apply_filters(dataset, default_selection(options))
    filtered = apply_filters(dataset, replace(default_selection(options), partner=("DEU",), ca=("KAZ",)))
    pair = profile_records(everything, Subject("partner", "DEU", "KAZ"), dataset.ca_flags)
    assert list(pair["id"]) == list(filtered["id"]) and len(pair) > 5
    assert profile_figures(pair, "EUR").amounts.equals(profile_figures(filtered, "EUR").amounts)


def test_an_empty_profile_has_zero_figures_and_every_stage_and_kind(dataset):
    figures = profile_figures(dataset.agreements.iloc[0:0], "EUR")
    assert figures.records == 0 and figures.stages.sum() == 0 and list(figures.stages.index) == list(STAGES)
    assert figures.amounts["records"].sum() == 0 and list(figures.amounts["kind"]) == list(AMOUNT_KINDS)
    assert figures.commodities.empty


def test_the_chain_table_has_a_column_per_step_and_links_each_record_in_the_language():
    chains = [("mou", "roadmap", "loan"), ("mou", "grant")]
    titles = {"mou": "Memorandum", "roadmap": "Roadmap", "loan": "Loan", "grant": "Grant"}
    table = chain_table(chains, titles, lambda n: f"Step {n}", {"lang": "ru", "code": "KAZ"})
    assert list(table.columns) == ["Step 1", "Step 2", "Step 3"]
    assert table.iloc[1, 2] == ""
    link = urlsplit(table.iloc[0, 1])
    assert link.path == "record" and link.fragment == "Roadmap"
    assert parse_qs(link.query) == {"lang": ["ru"], "id": ["roadmap"]}  # a profile's own keys stay behind


def test_a_click_on_a_bar_picks_the_code_it_stands_for(dataset):
    from tracker.selection.totals import counted_records
    from tracker.views.chart_pick import picked_code
    from tracker.views.investment_figures import build_bar_figure

    counted = counted_records(dataset.agreements, "EUR")
    figure = build_bar_figure(counted, "partner", "EUR", view_context(dataset.countries), "Title")
    bar = figure.data[0]
    point = {"customdata": list(list(bar.customdata)[-1]), "y": list(bar.y)[-1]}  # the top bar, as a click gives it
    assert picked_code({"points": [point]}) == counted.groupby("partner")["value"].sum().idxmax()
    assert picked_code({"points": []}) == picked_code(None) == picked_code({}) == ""
    assert picked_code({"points": [{"customdata": ["", 3, "__several__"]}]}) == ""  # a bar of several

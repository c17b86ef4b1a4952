"""Totals never count the same money twice."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.fixtures import make_records
from tracker.dataset.schema import AMOUNT_KINDS, DEFAULT_AMOUNT_KINDS, STAGES
from tracker.language.i18n import SEVERAL
from tracker.selection.totals import (
    amount_counts,
    counted_mask,
    headline,
    most_recent,
    stage_counts,
    value_by,
    value_by_year_and_partner,
)

FORUM = [
    {"id": "forum", "partner": "DEU", "value": 1600},
    {"id": "deal", "partner": "DEU", "value": 200, "currency": "USD", "part_of": "forum",
     "commodities": ("rare_earths",)},
    {"id": "pledge", "partner": "USA", "value": 100000, "currency": "USD", "in_totals": False,
     "reason": "outbound", "ca": ("UZB",)},
    {"id": "mou", "partner": "USA", "ca": ("KAZ",)},
    {"id": "project", "partner": "USA", "value": 1100, "currency": "USD", "part_of": "mou",
     "commodities": ("tungsten",)},
    {"id": "regional", "partner": "EU", "value": 3, "ca": ("KAZ", "UZB", "KGZ", "TJK", "TKM")},
]


def test_a_deal_inside_a_package_is_counted_once():
    records = make_records(FORUM)
    counted = set(records.loc[counted_mask(records), "id"])
    assert counted == {"forum", "project", "regional"}


def test_the_deal_counts_when_its_package_is_not_selected():
    records = make_records(FORUM)
    only_deal = records[records["id"] == "deal"]
    assert counted_mask(only_deal).tolist() == [True]


def test_a_chain_of_parts_is_resolved():
    records = make_records([
        {"id": "summit", "partner": "EU", "value": 50},
        {"id": "roadmap", "partner": "EU", "part_of": "summit"},
        {"id": "project", "partner": "EU", "value": 10, "part_of": "roadmap"},
    ])
    assert set(records.loc[counted_mask(records), "id"]) == {"summit"}
    without_summit = records[records["id"] != "summit"]
    assert set(without_summit.loc[counted_mask(without_summit), "id"]) == {"project"}


def test_a_chain_whose_middle_record_is_filtered_out_counts_its_money_once():
    records = make_records([
        {"id": "forum", "partner": "DEU", "value": 1600, "commodities": ("rare_earths", "lithium")},
        {"id": "package", "partner": "DEU", "value": 400, "part_of": "forum", "commodities": ("lithium",)},
        {"id": "deal", "partner": "DEU", "value": 200, "part_of": "package", "commodities": ("rare_earths",)},
    ])
    rare_earths = records[records["commodities"].map(lambda c: "rare_earths" in c)]  # the package drops out
    assert list(rare_earths["id"]) == ["forum", "deal"]
    assert set(rare_earths.loc[counted_mask(rare_earths), "id"]) == {"forum"}
    figures = headline(rare_earths)
    assert figures.value_eur_m == 1600


def test_non_binding_amounts_are_left_out_by_default_and_counted_only_when_chosen():
    records = make_records([
        {"id": "jv", "partner": "USA", "value": 1100, "currency": "USD", "kind": "headline"},
        {"id": "letter", "partner": "USA", "value": 900, "currency": "USD", "kind": "non_binding"},
        {"id": "loan", "partner": "EBRD", "value": 50, "currency": "USD", "kind": "committed"},
    ])
    assert set(records.loc[counted_mask(records), "id"]) == {"jv", "loan"}
    assert headline(records).value_usd_m == 1150
    chosen = counted_mask(records, kinds=("headline", "committed", "non_binding"))
    assert set(records.loc[chosen, "id"]) == {"jv", "letter", "loan"}
    only_letters = counted_mask(records, kinds=("non_binding",))
    assert set(records.loc[only_letters, "id"]) == {"letter"}


def test_a_non_binding_parent_left_out_lets_its_parts_count():
    records = make_records([
        {"id": "pledge", "partner": "CHN", "value": 1000, "currency": "USD", "kind": "non_binding"},
        {"id": "contract", "partner": "CHN", "value": 300, "currency": "USD", "kind": "committed",
         "part_of": "pledge"},
    ])
    assert set(records.loc[counted_mask(records), "id"]) == {"contract"}
    assert set(records.loc[counted_mask(records, kinds=("committed", "non_binding")), "id"]) == {"pledge"}


def test_out_of_scope_pledges_only_when_asked():
    records = make_records(FORUM)
    assert "pledge" not in set(records.loc[counted_mask(records), "id"])
    assert "pledge" in set(records.loc[counted_mask(records, include_out_of_scope=True), "id"])


def test_headline_totals_equal_the_sum_of_counted_amounts():
    records = make_records(FORUM)
    figures = headline(records)
    assert figures.value_eur_m == 1600 + 1100 / 1.1 + 3
    assert figures.value_usd_m == 1600 * 1.1 + 1100 + 3 * 1.1
    assert (figures.agreements, figures.partners, figures.ca_countries) == (6, 3, 5)
    assert (figures.stated, figures.counted, figures.out_of_scope) == (5, 3, 1)


def test_breakdowns_add_up_to_the_total_and_put_regional_records_once():
    records = make_records(FORUM)
    total = headline(records).value_eur_m
    for key in ("partner", "ca_key", "commodity_key", "year"):
        table = value_by(records, key, "EUR")
        assert abs(table["value"].sum() - total) < 1e-9, key
    by_country = value_by(records, "ca_key", "EUR").set_index("ca_key")["value"]
    assert by_country[SEVERAL] == 3
    assert by_country["KAZ"] == 1600 + 1000


def test_value_by_year_and_partner_matches_pandas():
    records = make_records(FORUM + [{"id": "late", "partner": "DEU", "value": 5, "date": "2025-02-01"}])
    got = value_by_year_and_partner(records, "USD")
    counted = records[counted_mask(records)]
    expected = counted.groupby(["year", "partner"])["value_usd_m"].sum()
    keys = zip(got["year"], got["partner"], strict=True)
    assert dict(zip(keys, got["value"], strict=True)) == pytest.approx(expected.to_dict())


def test_counted_records_never_sit_under_counted_or_non_binding_ones(dataset):
    a = dataset.agreements
    figures = headline(a, dataset.ca_flags)
    counted = set(a.loc[counted_mask(a), "id"])
    assert counted
    by_id = a.set_index("id")
    for record_id in counted:  # nothing counted sits under something counted, and nothing non-binding counts
        assert not set(by_id.at[record_id, "part_of_chain"]) & counted, record_id
        assert by_id.at[record_id, "amount_kind"] != "non_binding" and by_id.at[record_id, "in_totals"]
    assert figures.value_eur_m == pd.Series(a.loc[counted_mask(a), "value_eur_m"]).sum()


def test_the_most_recent_records_come_newest_first_and_same_day_ones_in_id_order():
    records = make_records([
        {"id": "a-old", "partner": "EU", "date": "2022-01-05"},
        {"id": "b-same-day", "partner": "EU", "date": "2025-04-04"},
        {"id": "c-same-day", "partner": "DEU", "date": "2025-04-04"},
        {"id": "d-middle", "partner": "USA", "date": "2024-06-01"},
    ])
    filtered = records[records["partner"] != "USA"]  # index labels with a gap, as filtering leaves them
    assert list(most_recent(filtered, 2)["id"]) == ["b-same-day", "c-same-day"]
    assert list(most_recent(records, 10)["id"]) == ["b-same-day", "c-same-day", "d-middle", "a-old"]


@pytest.mark.parametrize("include, kinds", [(False, DEFAULT_AMOUNT_KINDS), (True, AMOUNT_KINDS),
                                            (False, ("non_binding",))])
def test_amount_counts_equal_plain_pandas_on_the_real_data(dataset, include, kinds):
    """The stated, out-of-scope and counted numbers every page and export quotes, from one place."""
    a = dataset.agreements
    counts = amount_counts(a, include, kinds)
    stated = a["value_m"].notna()
    assert counts.records == len(a)
    assert counts.stated == stated.sum() > 0
    assert counts.out_of_scope == (stated & ~a["in_totals"]).sum() > 0
    # counted: a stated amount of a chosen kind, in scope unless included, not inside a counted package
    eligible = stated & a["amount_kind"].isin(kinds) & (a["in_totals"] | include)
    counting = set(a.loc[eligible, "id"])
    inside = a["part_of_chain"].map(lambda chain: any(parent in counting for parent in chain))
    assert counts.counted == (eligible & ~inside).sum()
    figures = headline(a)
    assert (figures.stated, figures.out_of_scope) == (amount_counts(a).stated, amount_counts(a).out_of_scope)


@pytest.mark.parametrize("currency", ["EUR", "USD"])
def test_value_by_partner_equals_plain_pandas_on_the_real_data(dataset, currency):
    a = dataset.agreements
    got = value_by(a, "partner", currency).set_index("partner")
    counted = a[counted_mask(a)]
    expected = counted.groupby("partner")[f"value_{currency.lower()}_m"].agg(["sum", "size"])
    assert got["value"].to_dict() == pytest.approx(expected["sum"].to_dict())
    assert got["records"].to_dict() == expected["size"].to_dict()
    assert list(got["value"]) == sorted(got["value"], reverse=True)  # largest first


def test_stage_counts_list_every_stage_in_lifecycle_order():
    records = make_records([{"id": "a", "partner": "EU", "stage": "committed"},
                            {"id": "b", "partner": "EU", "stage": "talks", "instrument": "talks"},
                            {"id": "c", "partner": "DEU", "stage": "committed"}])
    assert stage_counts(records).to_dict() == {"talks": 1, "announced": 0, "signed": 0, "committed": 2,
                                               "delivered": 0}
    assert list(stage_counts(records.iloc[:0]).index) == list(STAGES)


def test_stage_counts_equal_plain_pandas_on_the_real_data(dataset):
    for ca in ("KAZ", "TKM"):
        records = dataset.agreements[dataset.ca_flags[ca]]
        counts = stage_counts(records)
        assert counts.sum() == len(records)
        assert counts[counts > 0].to_dict() == records.groupby("stage").size().to_dict()

"""Which sources a record or a selection cites: one look-up, compared with plain pandas on the real data."""

from __future__ import annotations

from tracker.dataset.sources import cited_by_record, cited_by_records
from tracker.selection.filters import Selection, apply_filters


def test_a_selection_cites_each_of_its_sources_once_in_the_order_of_the_sources_file(dataset):
    records = apply_filters(dataset, Selection(year_from=2023, year_to=2025, ca=("KAZ",)))
    cited = cited_by_records(records, dataset.sources)
    ids = set(records["source_ids"].explode())
    expected = dataset.sources[dataset.sources["id"].isin(ids)]
    assert list(cited["id"]) == list(expected["id"]) and set(cited["id"]) == ids
    assert len(cited) < len(dataset.sources)  # only what the selection cites
    assert list(cited.columns) == list(dataset.sources.columns)


def test_a_record_lists_its_sources_in_the_order_it_cites_them(dataset):
    record = next(row for _, row in dataset.agreements.iterrows() if len(row["source_ids"]) >= 2)
    cited = cited_by_record(record, dataset.sources)
    assert list(cited["id"]) == list(record["source_ids"])
    by_id = dataset.sources.set_index("id")
    assert list(cited["url"]) == [by_id.at[i, "url"] for i in record["source_ids"]]


def test_a_record_citing_an_unknown_source_lists_only_the_known_ones(dataset):
    record = dataset.agreements.iloc[0].copy()
    record["source_ids"] = ("nowhere", *record["source_ids"])
    assert list(cited_by_record(record, dataset.sources)["id"]) == list(dataset.agreements.iloc[0]["source_ids"])

"""How far each record got (its stage): a filter kept in the link, a column of the tables, a split of the
overview's counts, a fact on the record's page."""

from __future__ import annotations

from tests.apptest_helpers import assert_clean, dataframe_by_key, dataframe_with, open_app
from tracker.dataset.schema import STAGES
from tracker.language.i18n import format_count, labels_for


def test_a_link_with_stages_restores_the_filter_and_the_table_shows_only_those(opened, dataset):
    at = opened({"stage": "committed,delivered"}, "app_pages/data.py")
    assert_clean(at)
    assert at.multiselect(key="filter_stage").value == ["committed", "delivered"]
    table = dataframe_by_key(at, "records_table")
    a = dataset.agreements
    expected = a[a["stage"].isin(["committed", "delivered"])]
    assert [link.split("id=")[1] for link in table["Record"]] == list(expected["id"])
    labels = labels_for(dataset.countries, "en")
    assert list(table["Stage"]) == [labels.code("stage", s) for s in expected["stage"]]
    assert {"Money committed", "Paid out or built"} == set(table["Stage"])


def test_an_unknown_stage_in_the_link_gives_a_notice_and_no_filter(opened, dataset):
    at = opened({"stage": "finished"}, "app_pages/data.py")
    assert_clean(at)
    assert at.multiselect(key="filter_stage").value == []
    assert any("finished" in w.value for w in at.warning)


def test_choosing_a_stage_writes_it_into_the_link(dataset):
    at = open_app(page="app_pages/data.py")
    at.multiselect(key="filter_stage").set_value(["talks"]).run()
    assert_clean(at)
    assert at.query_params["stage"] in (["talks"], "talks")


def test_the_overview_splits_its_count_by_stage_in_both_languages(opened, dataset):
    counts = dataset.agreements["stage"].value_counts()
    for lang in ("en", "de"):
        at = opened({"lang": lang} if lang != "en" else None)
        assert_clean(at)
        labels = labels_for(dataset.countries, lang)
        metrics = {m.label: m.value for m in at.metric}
        for stage in STAGES:
            assert metrics[labels.code("stage", stage)] == format_count(int(counts.get(stage, 0)), lang)


def test_the_overview_split_follows_the_selection(opened, dataset):
    at = opened({"ca": "TJK"})
    records = dataset.agreements[dataset.ca_flags["TJK"]]
    metrics = {m.label: m.value for m in at.metric}
    labels = labels_for(dataset.countries, "en")
    assert sum(int(metrics[labels.code("stage", s)]) for s in STAGES) == len(records)


def test_the_record_page_and_the_latest_records_name_the_stage(opened, dataset):
    record = dataset.agreements.iloc[-1]
    at = opened({"id": record["id"]}, "app_pages/record.py")
    assert_clean(at)
    labels = labels_for(dataset.countries, "en")
    assert any(f"**Stage:** {labels.code('stage', record['stage'])}" in m.value for m in at.markdown)
    recent = dataframe_with(opened(), "Record", "Stage")
    assert len(recent) and set(recent["Stage"]) <= {labels.code("stage", s) for s in STAGES}

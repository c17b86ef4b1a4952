"""Every table of records is built one way: dates at their precision, missing values blank or a dash,
money in the user's language, each row linked to its record's page."""

from __future__ import annotations

import pytest

from tests.conftest import read_rows, write_rows
from tracker.dataset.loader import load_dataset
from tracker.language.formatting import format_date, format_money
from tracker.language.i18n import labels_for
from tracker.views.record_tables import COLUMNS, RECENT_COLUMNS, TABLE_COLUMNS, key_facts_table, record_rows


@pytest.mark.parametrize("lang", ["en", "de"])
def test_table_rows_show_dates_at_their_precision_and_never_none(dataset, lang):
    labels = labels_for(dataset.countries, lang)
    a = dataset.agreements
    rows = record_rows(a, labels, tuple(COLUMNS))  # amounts as text, as every page shows them
    text = rows.select_dtypes(exclude="number")
    assert not text.isna().any().any()
    cells = set(text.astype(str).to_numpy().ravel())
    assert "None" not in cells and "nan" not in cells
    dates = rows[rows.columns[list(COLUMNS).index("date")]]
    for shown, day, precision in zip(dates, a["date"], a["date_precision"], strict=True):
        assert shown == format_date(day, precision, lang, short=True)
        if precision != "day":
            assert f"{day.day}." not in shown and f" {day.day}," not in shown


def test_money_follows_the_language_and_links_lead_to_the_record(dataset):
    a = dataset.agreements
    record = a[(a["value_currency"] == "EUR") & (a["value_m"] >= 1000)].head(1)  # with a thousands separator
    value, record_id = record["value_m"].iloc[0], record["id"].iloc[0]
    english = record_rows(record, labels_for(dataset.countries, "en"), TABLE_COLUMNS)
    german = record_rows(record, labels_for(dataset.countries, "de"), TABLE_COLUMNS)
    assert english.iloc[0]["EUR m"] == format_money(value, "EUR", "en") and "," in english.iloc[0]["EUR m"]
    assert german.iloc[0]["Mio. EUR"] == format_money(value, "EUR", "de") and "." in german.iloc[0]["Mio. EUR"]
    assert english.iloc[0]["Record"] == f"record?id={record_id}"
    assert list(record_rows(record, labels_for(dataset.countries, "en"), RECENT_COLUMNS).columns)[0] == "Record"


def test_key_facts_show_only_the_selected_countries(data_copy):
    rows = read_rows(data_copy / "key_facts.csv")
    rows[1]["country"] = rows[3]["country"] = "UZB"  # facts about two countries
    write_rows(data_copy / "key_facts.csv", rows)
    dataset = load_dataset(data_copy)
    labels = labels_for(dataset.countries, "en")
    labels_of = {code: {r["label_en"] for r in rows if r["country"] == code} for code in ("KAZ", "UZB")}

    def shown(ca_codes):
        table = key_facts_table(dataset, labels, ca_codes)
        return set(table["Fact"]), set(table["Central Asian countries"])

    assert shown(("UZB",)) == (labels_of["UZB"], {"Uzbekistan"})
    assert shown(("KAZ",)) == (labels_of["KAZ"], {"Kazakhstan"})
    assert shown(("KGZ", "TJK")) == (set(), set())  # no facts about them: an empty table, not all facts
    everything = (labels_of["KAZ"] | labels_of["UZB"], {"Kazakhstan", "Uzbekistan"})
    assert shown(("KAZ", "UZB")) == everything
    assert shown(()) == everything  # no country chosen: all of them

"""Marks of records on the same day in the same lane sit side by side within their lane, never on
top of each other."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.fixtures import make_records, timeline_marks
from tracker.language.i18n import labels_for
from tracker.views.colours import partner_colours
from tracker.views.context import ViewContext
from tracker.views.timeline_figure import build_timeline_figure

SAME_DAY = [
    {"id": "eu-a", "partner": "EU", "ca": ("KAZ",), "date": "2024-04-05"},
    {"id": "eu-b", "partner": "EU", "ca": ("KAZ",), "date": "2024-04-05", "instrument": "roadmap"},
    {"id": "eu-c", "partner": "EU", "ca": ("KAZ", "UZB"), "date": "2024-04-05", "instrument": "summit"},
    {"id": "eu-d", "partner": "EU", "ca": ("UZB",), "date": "2024-06-01"},
    {"id": "usa-a", "partner": "USA", "ca": ("KAZ",), "date": "2024-04-05"},
    {"id": "deu-a", "partner": "DEU", "ca": ("TJK",), "date": "2023-02-01", "precision": "month"},
    {"id": "deu-b", "partner": "DEU", "ca": ("TJK",), "date": "2023-02-01", "precision": "month"},
]


def _marks(figure) -> list[tuple[str, object, float]]:
    """(record id, x, y) of every record's mark."""
    return [(row[1], x, y) for trace in timeline_marks(figure)
            for row, x, y in zip(trace.customdata, trace.x, trace.y, strict=True)]


@pytest.mark.parametrize("lanes", ["partner", "ca"])
def test_same_day_marks_in_one_lane_do_not_overlap_and_stay_in_their_lane(dataset, lanes):
    labels = labels_for(dataset.countries, "en")
    records = make_records(SAME_DAY)
    figure = build_timeline_figure(records, ViewContext(labels, partner_colours(dataset.countries)), lanes)
    axis = figure.layout.yaxis
    lane_y = dict(zip(axis.ticktext, axis.tickvals, strict=True))
    lanes_of = {r.id: (r.partner,) if lanes == "partner" else r.ca_countries for r in records.itertuples()}
    marks = _marks(figure)
    assert sorted(record for record, _, _ in marks) == sorted(i for i, codes in lanes_of.items() for _ in codes)
    positions = [(pd.Timestamp(x), round(float(y), 6)) for _, x, y in marks]
    overlapping = sorted({record for (record, _, _), at in zip(marks, positions, strict=True)
                          if positions.count(at) > 1})
    assert not overlapping, f"marks drawn on top of each other: {overlapping}"
    for record, _, y in marks:  # each mark inside the band of one of its lanes
        nearest = min(abs(y - lane_y[labels.country(code)]) for code in lanes_of[record])
        assert nearest < 0.5, (record, y)

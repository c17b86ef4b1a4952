"""The partner map's legend: the colour of each partner group in the selection."""

from __future__ import annotations

import pandas as pd

from tracker.language.escaping import escape_html
from tracker.language.i18n import t
from tracker.views.colours import GROUPS, NEUTRAL, TEXT
from tracker.views.context import ViewContext


def legend_entries(records: pd.DataFrame, context: ViewContext) -> list[tuple[str, str]]:
    """(name, colour) of each partner group among the records, in the legend's order."""
    present = set(records["partner_group"].unique())
    return [(context.labels.country(group), context.colours[group]) for group in GROUPS if group in present]


def legend_html(partners: list[tuple[str, str]], note: str, heading: str) -> str:
    """A legend of partner colours, for st.html: our markup around escaped names only."""
    swatches = "".join(
        f'<span style="display:inline-flex;align-items:center;margin:0 18px 6px 0;font-size:16px">'
        f'<span style="width:28px;height:6px;border-radius:3px;background:{colour};margin-right:8px"></span>'
        f"{escape_html(name)}</span>"
        for name, colour in partners)
    return (f'<div style="font-family:\'Source Sans Pro\',\'Source Sans 3\',sans-serif;color:{TEXT}">'
            f'<div style="font-weight:600;margin-bottom:6px">{escape_html(heading)}</div><div>{swatches}</div>'
            f'<div style="color:{NEUTRAL};font-size:14px;margin-top:4px">{escape_html(note)}</div></div>')


def partner_legend(records: pd.DataFrame, context: ViewContext, metric: str) -> str:
    """The map's legend for st.html: the partner groups among the records, and what widths and shades mean
    for ``metric``."""
    lang = context.lang
    metric_name = t(f"map.metric_{metric}", lang)
    note = t("map.legend_width", lang, metric=metric_name) + " " + t("map.legend_places", lang)
    return legend_html(legend_entries(records, context), note, t("map.legend_partners", lang))

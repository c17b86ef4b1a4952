"""Tables of records as the pages show them: each row's first column links to the record's page."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tracker.exports.links import LABEL_PATTERN
from tracker.language.i18n import t

ROW_PX, HEADER_PX = 35, 38  # a table row's and its header's height


def table_height(rows: int, most: int) -> int:
    """A table's height in pixels that shows every row, up to ``most`` (then it scrolls)."""
    return min(HEADER_PX + ROW_PX * rows, most)


def labelled_link_column(**kwargs):
    """A link column that shows each address's label (tracker.exports.links.labelled), not the address."""
    return st.column_config.LinkColumn(display_text=LABEL_PATTERN, **kwargs)


def record_column_config(lang: str) -> dict:
    return {
        t("col.record", lang): st.column_config.LinkColumn(display_text=t("col.open", lang), width="small",
                                                            help=t("col.record_help", lang)),
        t("col.profile", lang): labelled_link_column(width="medium", help=t("col.profile_help", lang)),
        t("col.title", lang): st.column_config.TextColumn(width="large"),
        t("col.ca_countries", lang): st.column_config.TextColumn(width="medium"),
    }


def show_records(table: pd.DataFrame, lang: str, key: str, **kwargs) -> object:
    """st.dataframe of record rows (tracker.views.record_tables.record_rows) with the link column configured."""
    config = record_column_config(lang) | kwargs.pop("column_config", {})
    return st.dataframe(table, hide_index=True, width="stretch", key=key, column_config=config, **kwargs)

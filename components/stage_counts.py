"""How far the records got: one count per stage, each label whole (as wide as it needs, not cut short)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from tracker.language.i18n import format_count


def show_stage_counts(counts: pd.Series, labels, key: str) -> None:
    """A row of metrics, one per stage in the lifecycle's order; they wrap on a narrow screen."""
    row = st.container(horizontal=True, gap="small", key=key)
    for stage, n in counts.items():
        row.metric(labels.code("stage", stage), format_count(int(n), labels.lang), border=True, width="content")

"""The briefing as the sidebar's download asks for it: built only when a deck is wanted, so that
python-pptx (12 MB of memory) is imported then and not in every server."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tracker.dataset.loader import Dataset
from tracker.views.context import ViewContext


def briefing_download(records: pd.DataFrame, dataset: Dataset, context: ViewContext,
                      today: date | None = None) -> bytes:
    """The .pptx of the selection, dated today unless ``today`` is given."""
    from tracker.exports.briefing import build_briefing

    return build_briefing(records, dataset, context, today or date.today())

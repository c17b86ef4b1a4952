"""The sources behind records: the one place that looks up which rows of sources.csv a record or a
selection cites."""

from __future__ import annotations

import pandas as pd


def cited_by_records(records: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The sources that any of the records cites, each once, in the order of sources.csv."""
    cited = {s for ids in records["source_ids"] for s in ids}
    return sources[sources["id"].isin(cited)].reset_index(drop=True)


def cited_by_record(record: pd.Series, sources: pd.DataFrame) -> pd.DataFrame:
    """The sources one record cites, in the order it cites them (ids sources.csv lacks are skipped)."""
    indexed = sources.set_index("id")
    return indexed.loc[[i for i in record["source_ids"] if i in indexed.index]].reset_index()

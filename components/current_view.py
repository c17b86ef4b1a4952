"""What every page renders from: the dataset, the selection and its records, the language.

``app.py`` builds it once per run; pages read it with ``current_view()``. Builders in ``tracker/``
take its pure part, ``View.context`` (tracker.views.context.ViewContext).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd
import streamlit as st

from tracker.dataset.loader import Dataset
from tracker.language.i18n import Labels
from tracker.selection import url as urlstate
from tracker.selection.filters import Options, Selection
from tracker.selection.wording import describe_selection, file_stem, short_description
from tracker.views.colours import partner_colours
from tracker.views.context import ViewContext

_KEY = "_view"


@dataclass(frozen=True)
class View:
    dataset: Dataset
    options: Options
    selection: Selection
    records: pd.DataFrame
    labels: Labels
    presenting: bool = False

    @property
    def lang(self) -> str:
        return self.labels.lang

    @cached_property
    def context(self) -> ViewContext:
        """Labels, partner colours (tracker.views.colours) and the selection in words, for the builders."""
        return ViewContext(
            labels=self.labels, colours=partner_colours(self.dataset.countries),
            selection_text=describe_selection(self.selection, self.options, self.labels),
            selection_short=short_description(self.selection, self.labels),
            year_from=self.selection.year_from, year_to=self.selection.year_to,
            file_stem=file_stem(self.selection, self.options, self.lang))

    @property
    def selection_text(self) -> str:
        return self.context.selection_text

    @cached_property
    def link_query(self) -> dict[str, str]:
        """The selection and language as a link's query parameters, for links that open a new tab."""
        query = urlstate.encode(self.selection, self.options)
        return query | ({"lang": self.lang} if self.lang != urlstate.DEFAULT_LANGUAGE else {})


def set_view(view: View) -> None:
    st.session_state[_KEY] = view


def current_view() -> View:
    return st.session_state[_KEY]

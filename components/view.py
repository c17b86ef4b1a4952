"""What every page renders from: the dataset, the selection and its records, the language.

``app.py`` builds it once per run; pages read it with ``current_view()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd
import streamlit as st

from tracker.selection.wording import describe_selection, short_description
from tracker.language.i18n import Labels
from tracker.dataset.loader import Dataset
from tracker.views.colours import partner_colours
from tracker.selection.filters import Options, Selection

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
    def colours(self) -> dict[str, str]:
        """Partner and partner-group colours (tracker.views.colours)."""
        return partner_colours(self.dataset.countries)

    @cached_property
    def selection_text(self) -> str:
        return describe_selection(self.selection, self.options, self.labels)

    @cached_property
    def selection_short(self) -> str:
        return short_description(self.selection, self.labels)


def set_view(view: View) -> None:
    st.session_state[_KEY] = view


def current_view() -> View:
    return st.session_state[_KEY]

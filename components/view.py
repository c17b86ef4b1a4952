"""What every page renders from: the dataset, the selection and its records, the language.

``components.page_frame`` builds it on each run of the page and hands it to the page's ``render``.
Builders in ``tracker/`` take its pure part, ``View.context`` (tracker.views.context.ViewContext).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd
from streamlit.navigation.page import StreamlitPage

from tracker.dataset.loader import Dataset
from tracker.language.i18n import Labels
from tracker.selection import url as urlstate
from tracker.selection.filters import Options, Selection
from tracker.selection.wording import describe_selection, file_stem, short_description
from tracker.views.colours import partner_colours
from tracker.views.context import ViewContext


@dataclass(frozen=True)
class View:
    dataset: Dataset
    options: Options
    selection: Selection
    records: pd.DataFrame
    labels: Labels
    pages: Mapping[str, StreamlitPage] = field(default_factory=dict)  # by URL path, for st.page_link
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

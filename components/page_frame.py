"""The part of every run that the selection changes, in one fragment: a filter change reruns only it.

``app.py`` draws what does not depend on the selection (the menu, the sidebar's widgets, the
presentation switch) and leaves a ``Frame`` for the page. Each page script defines
``render(view)`` and ends with ``show_page(render)``. The fragment reads the selection from the
sidebar's widgets, filters the records, writes the URL, draws the selection count and the briefing
download in the sidebar, and then the page.

A filter's callback reruns this fragment alone (``components.sidebar.filter_changed``), so a filter
change does not draw the menu and the sidebar's widgets again; a widget of the page reruns it too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.navigation.page import StreamlitPage

from components.presentation import render_presentation_frame
from components.sidebar import (
    PAGE_FRAGMENT,
    current_selection,
    presenting,
    render_selection_footer,
    render_url_notices,
    write_url,
)
from components.view import View
from tracker.dataset.loader import Dataset
from tracker.exports.briefing_download import briefing_download
from tracker.language.i18n import Labels
from tracker.selection.filters import Options, apply_filters

_KEY = "_frame"


@dataclass(frozen=True)
class Frame:
    """What the app's run hands to the page: the dataset, its filter options, the language's labels, the
    pages by URL path, and the sidebar's place for the selection count and the briefing."""
    dataset: Dataset
    options: Options
    labels: Labels
    pages: Mapping[str, StreamlitPage]
    sidebar_footer: DeltaGenerator


def set_frame(frame: Frame) -> None:
    st.session_state[_KEY] = frame


def show_page(render: Callable[[View], None]) -> None:
    """Draw the page with this run's view, in the fragment a filter change reruns."""
    _page(render, st.session_state[_KEY])


@st.fragment(key=PAGE_FRAGMENT)
def _page(render: Callable[[View], None], frame: Frame) -> None:
    lang, dataset, options = frame.labels.lang, frame.dataset, frame.options
    selection = current_selection(options)
    write_url(selection, options, lang)
    view = View(dataset=dataset, options=options, selection=selection, records=apply_filters(dataset, selection),
                labels=frame.labels, pages=frame.pages, presenting=presenting())
    render_selection_footer(
        frame.sidebar_footer, len(view.records), len(dataset.agreements), lang,
        file_name=f"{view.context.file_stem}.pptx",
        briefing=lambda: briefing_download(view.records, view.dataset, view.context))
    render_presentation_frame(view)
    render_url_notices(selection, lang)
    render(view)

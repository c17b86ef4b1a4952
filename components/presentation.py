"""Presentation mode: no sidebar, toolbar or menu, larger type, and a way back."""

from __future__ import annotations

import streamlit as st

from components.sidebar import leave_presentation
from components.view import View
from tracker.language.i18n import t

# Static styling, ours alone (no dataset text): hides Streamlit's chrome and enlarges the type.
PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stToolbar"],
[data-testid="stHeader"], [data-testid="stMainMenu"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding-top: 1.5rem; max-width: 100%; }
[data-testid="stMain"] [data-testid="stMarkdownContainer"] p,
[data-testid="stMain"] [data-testid="stWidgetLabel"] p { font-size: 1.3rem; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { font-size: 1.1rem; }
[data-testid="stMain"] h1 { font-size: 2.8rem; }
</style>
"""


def render_presentation_frame(view: View) -> None:
    if view.presenting:
        st.html(PRESENTATION_CSS)
        st.button(t("presentation.exit", view.lang), key="leave_presentation", on_click=leave_presentation,
                  icon=":material/close_fullscreen:")

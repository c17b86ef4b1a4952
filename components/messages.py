"""Messages shared by the pages: a broken dataset, an empty selection."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.sidebar import clear_search
from tracker.dataset.problems import DataValidationError
from tracker.language.escaping import plain_markdown
from tracker.language.i18n import t

MAX_LISTED = 200


def show_data_error(error: DataValidationError, lang: str) -> None:
    """One message listing every problem; the values are shown as table cells, never as markup."""
    st.error(f"**{t('error.data_title', lang)}**  \n{t('error.data_hint', lang)}", icon=":material/error:")
    problems = pd.DataFrame(
        [(p.file, p.row, p.column or "", p.value if p.value is not None else "", p.expected)
         for p in error.problems[:MAX_LISTED]],
        columns=["file", "row", "column", "value", "expected"],
    )
    st.dataframe(problems, hide_index=True, width="stretch", key="data_problems",
                 column_config={name: t(f"error.col_{name}", lang) for name in problems.columns})
    if len(error.problems) > MAX_LISTED:
        st.caption(t("error.more", lang, n=len(error.problems) - MAX_LISTED))


def show_empty_selection(lang: str, query: str = "") -> None:
    """No record matches: say so; with a search, name it and offer to clear it."""
    if query:
        st.info(t("selection.empty_search", lang, query=plain_markdown(query)), icon=":material/search_off:")
        st.button(t("filter.clear_search", lang), on_click=clear_search, key="clear_search",
                  icon=":material/backspace:")
    else:
        st.info(t("selection.empty", lang), icon=":material/filter_alt_off:")

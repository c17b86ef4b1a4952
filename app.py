"""Central Asia Critical Raw Materials Partnerships: the frame every page runs in.

Sets the page, loads the dataset (once per process), draws the shared sidebar, declares the
pages and runs the chosen one. Pages render from ``components.current_view.current_view()``.
"""

import streamlit as st

from components.cached_dataset import get_data
from components.current_view import View, set_view
from components.messages import show_data_error
from components.presentation import render_presentation_frame
from components.sidebar import language_from_url, presenting, render_sidebar, render_sidebar_footer, render_url_notices
from tracker.dataset.problems import DataValidationError
from tracker.exports.briefing_download import briefing_download
from tracker.language.i18n import labels_for, t
from tracker.selection.filters import apply_filters

APP_TITLE = "Central Asia Critical Raw Materials Partnerships"

# (script, title key, icon, URL path); the first is the default page at "/".
PAGES = (
    ("app_pages/overview.py", "page.overview", ":material/dashboard:", "overview"),
    ("app_pages/map.py", "page.map", ":material/public:", "map"),
    ("app_pages/matrix.py", "page.matrix", ":material/grid_on:", "matrix"),
    ("app_pages/timeline.py", "page.timeline", ":material/timeline:", "timeline"),
    ("app_pages/investments.py", "page.investments", ":material/bar_chart:", "investments"),
    ("app_pages/data.py", "page.data", ":material/table_view:", "data"),
    ("app_pages/about.py", "page.about", ":material/menu_book:", "about"),
)
# Reached by links (record?id=…, country?code=KAZ, partner?code=DEU&with=KAZ) in tables, the map and
# record pages; not in the menu.
HIDDEN_PAGES = (("app_pages/record.py", "page.record", ":material/description:", "record"),
                ("app_pages/country.py", "page.country", ":material/flag:", "country"),
                ("app_pages/partner.py", "page.partner", ":material/handshake:", "partner"))


st.set_page_config(page_title=APP_TITLE, page_icon="⛏️", layout="wide")
lang = language_from_url()
navigation = st.navigation([
    st.Page(script, title=t(title, lang), icon=icon, url_path=None if i == 0 else path, default=(i == 0))
    for i, (script, title, icon, path) in enumerate(PAGES)
] + [st.Page(script, title=t(title, lang), icon=icon, url_path=path, visibility="hidden")
     for script, title, icon, path in HIDDEN_PAGES])

try:
    dataset, options = get_data()
except DataValidationError as error:
    st.title(t("app.title", lang))
    show_data_error(error, lang)
    st.stop()

labels = labels_for(dataset.countries, lang)
selection = render_sidebar(options, labels)
records = apply_filters(dataset, selection)
view = View(dataset=dataset, options=options, selection=selection, records=records, labels=labels,
            presenting=presenting())
set_view(view)
render_sidebar_footer(
    len(records), len(dataset.agreements), lang, file_name=f"{view.context.file_stem}.pptx",
    briefing=lambda: briefing_download(view.records, view.dataset, view.context))
render_presentation_frame(view)
render_url_notices(selection, lang)
navigation.run()

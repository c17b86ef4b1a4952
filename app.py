"""Central Asia Critical Raw Materials Partnerships: the frame every page runs in.

Sets the page, loads the dataset (once per process), draws the shared sidebar, declares the
pages and runs the chosen one. The page draws itself, and what the selection changes, in the
fragment of ``components.page_frame`` that a filter change reruns alone.
"""

import streamlit as st

from components.cached_dataset import get_data
from components.messages import show_data_error
from components.page_frame import Frame, set_frame
from components.sidebar import language_from_url, render_sidebar, render_sidebar_footer
from tracker.dataset.problems import DataValidationError
from tracker.language.i18n import labels_for, t

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
# By URL path; pages link to each other with these (View.pages).
pages = {path: st.Page(script, title=t(title, lang), icon=icon, url_path=None if i == 0 else path, default=(i == 0))
         for i, (script, title, icon, path) in enumerate(PAGES)}
pages |= {path: st.Page(script, title=t(title, lang), icon=icon, url_path=path, visibility="hidden")
          for script, title, icon, path in HIDDEN_PAGES}
navigation = st.navigation(list(pages.values()))

try:
    dataset, options = get_data()
except DataValidationError as error:
    st.title(t("app.title", lang))
    show_data_error(error, lang)
    st.stop()

labels = labels_for(dataset.countries, lang)
render_sidebar(options, labels)
set_frame(Frame(dataset=dataset, options=options, labels=labels, pages=pages,
                sidebar_footer=render_sidebar_footer(lang)))
navigation.run()

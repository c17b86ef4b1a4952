"""The shared sidebar: language, filters, reset and the selection count, kept in the URL.

Widget keys (stable; the URL keys are in tracker.selection.url):
    lang            language (URL ``lang``)
    filter_years    (from, to) years (URL ``from``, ``to``)
    filter_ca, filter_partner, filter_commodity, filter_instrument, filter_status
                    selected codes (URL ``ca``, ``partner``, ``commodity``, ``instrument``, ``status``)
    filter_q        the free-text search (URL ``q``)

On a session's first run the URL seeds the widgets; after that the widgets are the truth
and every run of the page writes the selection back to the URL, so a page switch keeps it too.

A filter change reruns only the page (``components.page_frame``), not the whole app: the filter's
widget already shows its new value, so the sidebar is not drawn again. The reset button, the
language and presentation mode change the sidebar itself and rerun everything.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from tracker.language.escaping import plain_markdown
from tracker.language.i18n import LANGUAGES, Labels, language_name, t
from tracker.selection import url as urlstate
from tracker.selection.filters import CODE_FILTERS, Options, Selection, default_selection
from tracker.selection.search import MAX_QUERY_LENGTH, clean_query
from tracker.selection.url import Notice

SEEDED = "_seeded_from_url"  # holds the selection the URL gave
PRESENT_KEY = "present"
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
NOTICES = "_url_notices"
PAGE_FRAGMENT = "page"  # the fragment a filter change reruns (components.page_frame)
YEARS_KEY = "filter_years"
QUERY_KEY = "filter_q"


def widget_key(filter_key: str) -> str:
    return f"filter_{filter_key}"


def query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def language_from_url() -> str:
    """The language on the first run (from the URL), then the language switch's value."""
    if "lang" not in st.session_state:
        lang, notices = urlstate.decode_language(query_params())
        st.session_state["lang"] = lang
        st.session_state.setdefault(NOTICES, []).extend(notices)
    return st.session_state["lang"]


def presenting() -> bool:
    """Presentation mode: from the URL (present=1) on the first run, then the toggle's value."""
    if PRESENT_KEY not in st.session_state:
        st.session_state[PRESENT_KEY] = urlstate.decode_flag(query_params(), "present")
    return bool(st.session_state[PRESENT_KEY])


def leave_presentation() -> None:
    st.session_state[PRESENT_KEY] = False


def _seed(selection: Selection) -> None:
    st.session_state[YEARS_KEY] = (selection.year_from, selection.year_to)
    st.session_state[QUERY_KEY] = selection.query
    for key in CODE_FILTERS:
        st.session_state[widget_key(key)] = list(selection.codes(key))


def dismiss_url_notices() -> None:
    """The user changed the selection: what the link held no longer matters."""
    st.session_state[NOTICES] = []


def filter_changed() -> None:
    """A filter's callback: what the link held no longer matters, and only the page is drawn again."""
    dismiss_url_notices()
    st.rerun(PAGE_FRAGMENT)


def _language_chosen() -> None:
    st.session_state[NOTICES] = [n for n in st.session_state.get(NOTICES, []) if n.kind != "bad_language"]


def _reset(options: Options) -> None:
    _seed(default_selection(options))
    dismiss_url_notices()


def clear_search() -> None:
    st.session_state[QUERY_KEY] = ""
    dismiss_url_notices()


def _seed_once(options: Options) -> None:
    if st.session_state.get(SEEDED):
        return
    selection, notices = urlstate.decode(query_params(), options)
    _seed(selection)
    st.session_state.setdefault(NOTICES, []).extend(notices)
    st.session_state[SEEDED] = selection


def write_url(selection: Selection, options: Options, lang: str) -> None:
    """The selection, language and presentation mode into the address bar."""
    wanted = urlstate.encode(selection, options)
    if lang != urlstate.DEFAULT_LANGUAGE:
        wanted["lang"] = lang
    if presenting():
        wanted["present"] = "1"
    own_page = False
    for key in urlstate.PAGE_KEYS:  # a record's permalink keeps its id, a profile its code, while the sidebar changes
        if st.query_params.get(key):
            wanted[key], own_page = st.query_params.get(key), True
    current = {key: ",".join(values) for key, values in query_params().items()}
    # A link to another record or profile (st.page_link with query parameters) sets them for the run
    # without showing them in the address bar: on those pages the URL is always written.
    if current != wanted or own_page:
        st.query_params.from_dict(wanted)


def render_sidebar(options: Options, labels: Labels) -> None:
    """Draw the sidebar's widgets; the page reads the selection from them (``current_selection``)."""
    lang = labels.lang
    _seed_once(options)
    with st.sidebar:
        st.segmented_control(t("sidebar.language", lang), options=list(LANGUAGES), key="lang",
                             format_func=language_name, required=True, on_change=_language_chosen)
        st.subheader(t("sidebar.filters", lang))
        st.text_input(t("filter.search", lang), key=QUERY_KEY, placeholder=t("filter.search_placeholder", lang),
                      help=t("filter.search_help", lang), icon=":material/search:", max_chars=MAX_QUERY_LENGTH,
                      on_change=filter_changed)
        if options.year_min < options.year_max:
            st.slider(t("filter.years", lang), min_value=options.year_min, max_value=options.year_max,
                      key=YEARS_KEY, step=1, on_change=filter_changed)
        for key in CODE_FILTERS:
            st.multiselect(t(f"filter.{key}", lang), options=list(options.codes(key)), key=widget_key(key),
                           format_func=lambda code, k=key: labels.code(k, code),
                           placeholder=t("filter.all", lang), on_change=filter_changed)
        st.button(t("filter.reset", lang), on_click=_reset, args=(options,), key="filter_reset",
                  icon=":material/restart_alt:", width="stretch")


def render_sidebar_footer(lang: str) -> DeltaGenerator:
    """Presentation mode's switch, under a place for what the selection changes (``render_selection_footer``)."""
    presenting()  # on the first run, the link's present=1 sets the switch
    with st.sidebar:
        selection_part = st.container()
        st.toggle(t("filter.present", lang), key=PRESENT_KEY)
    return selection_part


def render_selection_footer(place: DeltaGenerator, selected: int, total: int, lang: str, briefing,
                            file_name: str) -> None:
    """The selection count and the briefing download (built only on click), drawn by the page's run."""
    with place:
        st.caption(t("filter.count", lang, n=selected, total=total, count=total))
        st.download_button(t("briefing.download", lang), data=briefing, file_name=file_name, mime=PPTX_MIME,
                           icon=":material/slideshow:", on_click="ignore", key="download_briefing", width="stretch")


def current_selection(options: Options) -> Selection:
    year_from, year_to = st.session_state.get(YEARS_KEY, (options.year_min, options.year_max))
    codes = {}
    for key in CODE_FILTERS:
        chosen = set(st.session_state.get(widget_key(key), []))
        ordered = tuple(c for c in options.codes(key) if c in chosen)
        codes[key] = ordered if len(ordered) < len(options.codes(key)) else ()
    query = clean_query(st.session_state.get(QUERY_KEY) or "")
    return Selection(year_from=int(year_from), year_to=int(year_to), query=query, **codes)


def notice_text(notice: Notice, lang: str) -> str:
    return t(f"notice.{notice.kind}", lang, key=plain_markdown(notice.key), value=plain_markdown(notice.value),
             used=plain_markdown(notice.used))


def render_url_notices(selection: Selection, lang: str) -> None:
    """A short notice of what the link held that made no sense or was adjusted, on every page until
    the user changes the selection (a filter, the search, the reset button) or, for a bad
    language, chooses one; once gone it does not come back."""
    notices = st.session_state.get(NOTICES) or []
    if notices and selection != st.session_state.get(SEEDED):  # changed in any other way
        dismiss_url_notices()
        notices = []
    if notices:
        shown = "; ".join(notice_text(n, lang) for n in notices[:5])
        more = f" (+{len(notices) - 5})" if len(notices) > 5 else ""
        st.warning(f"{t('notice.title', lang)} {shown}{more}", icon=":material/link_off:")

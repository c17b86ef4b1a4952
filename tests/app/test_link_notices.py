"""What the app says about a link: a clamped year, codes in any case, tracking parameters, and a
notice that goes once the user changes the selection."""

from __future__ import annotations

import pytest

from tests.apptest_helpers import assert_clean, open_app, url

TITLE = "Parts of the link were ignored or adjusted:"


def notices(at) -> list[str]:
    return [w.value for w in at.warning if w.value.startswith(("Parts of the link", "Teile des Links"))]


def test_a_year_outside_the_data_is_clamped_with_a_notice(dataset):
    at = open_app({"from": "1990", "to": "2099"})
    assert_clean(at)
    first, last = 2022, int(dataset.agreements["year"].max())
    assert at.slider(key="filter_years").value == (first, last)
    assert notices(at) == [f"{TITLE} the year 1990 (from) is outside the data; {first} is used instead; "
                           f"the year 2099 (to) is outside the data; {last} is used instead"]
    german = open_app({"from": "1990", "lang": "de"})
    assert notices(german) == [f"Teile des Links wurden ignoriert oder angepasst: das Jahr 1990 (from) liegt "
                               f"außerhalb der Daten; verwendet wird {first}"]


def test_codes_in_any_case_restore_the_selection_without_a_notice():
    at = open_app({"ca": "kaz,Uzb", "partner": "eu", "commodity": "TUNGSTEN", "instrument": "Memorandum",
                   "status": "SIGNED"})
    assert_clean(at)
    assert not notices(at)
    assert at.multiselect(key="filter_ca").value == ["KAZ", "UZB"]
    assert at.multiselect(key="filter_partner").value == ["EU"]
    assert at.multiselect(key="filter_commodity").value == ["tungsten"]
    assert at.multiselect(key="filter_instrument").value == ["memorandum"]
    assert at.multiselect(key="filter_status").value == ["signed"]
    assert url(at) == {"ca": ["KAZ,UZB"], "partner": ["EU"], "commodity": ["tungsten"],
                       "instrument": ["memorandum"], "status": ["signed"]}


def test_tracking_parameters_give_no_notice_and_leave_the_link():
    at = open_app({"utm_source": "newsletter", "utm_campaign": "spring", "fbclid": "IwAR0x", "gclid": "Cj0K",
                   "mc_cid": "5f1", "mc_eid": "a2b", "ref": "homepage", "ca": "KAZ"})
    assert_clean(at)
    assert not notices(at)
    assert at.multiselect(key="filter_ca").value == ["KAZ"]
    assert url(at) == {"ca": ["KAZ"]}


CHANGES = {
    "a filter": lambda at: at.multiselect(key="filter_partner").set_value(["EU"]),
    "the years": lambda at: at.slider(key="filter_years").set_range(2024, 2025),
    "the search": lambda at: at.text_input(key="filter_q").input("tungsten"),
    "the reset button": lambda at: at.button(key="filter_reset").click(),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_link_notice_goes_once_the_user_changes_the_selection(change):
    # the link's valid part is the default selection, so the reset button leaves the selection as it is
    at = open_app({"ca": "XYZ", "colour": "red"})
    assert notices(at) == [f"{TITLE} unknown parameter “colour”; unknown ca code “XYZ”"]
    at.switch_page("app_pages/data.py").run()
    at.run()
    assert len(notices(at)) == 1  # shown on every page until the user acts
    CHANGES[change](at).run()
    assert_clean(at)
    assert notices(at) == []
    at.switch_page("app_pages/overview.py").run()
    at.button(key="filter_reset").click().run()  # back to the selection the link gave
    assert notices(at) == []


def test_choosing_a_language_clears_only_the_language_notice():
    at = open_app({"lang": "xx", "ca": "XYZ"})
    assert notices(at) == [f"{TITLE} unknown language “xx”; unknown ca code “XYZ”"]
    at.segmented_control(key="lang").set_value("de").run()
    assert_clean(at)
    assert notices(at) == ["Teile des Links wurden ignoriert oder angepasst: unbekannter Code „XYZ“ für ca"]

"""Presentation mode from the link or the toggle, and back with the selection kept."""

from __future__ import annotations

from tests.apptest_helpers import assert_clean, open_app


def query(at) -> dict:
    return {k: (v[0] if isinstance(v, list) else v) for k, v in dict(at.query_params).items()}


def test_present_link_opens_presentation_mode_and_leaving_keeps_the_selection():
    at = open_app({"present": "1", "ca": "KAZ"}, page="app_pages/investments.py")
    assert_clean(at)
    assert at.toggle(key="present").value is True
    assert any("stSidebar" in h.proto.body and "display: none" in h.proto.body for h in at.get("html"))
    assert query(at) == {"ca": "KAZ", "present": "1"}
    assert at.button(key="leave_presentation")
    at.button(key="leave_presentation").click().run()
    assert at.toggle(key="present").value is False
    assert not any("stSidebar" in h.proto.body for h in at.get("html"))
    assert query(at) == {"ca": "KAZ"}
    assert at.multiselect(key="filter_ca").value == ["KAZ"]


def test_toggle_turns_presentation_on_and_charts_carry_the_selection():
    import json

    at = open_app({"ca": "KAZ"}, page="app_pages/investments.py")
    at.toggle(key="present").set_value(True).run()
    assert query(at) == {"ca": "KAZ", "present": "1"}
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["subtitle"]["text"].startswith("Kazakhstan; all partners")
    assert spec["layout"]["font"]["size"] == 20

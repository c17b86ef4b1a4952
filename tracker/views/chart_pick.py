"""What a click on a chart's bar picked: the code the bar stands for (a partner, a country)."""

from __future__ import annotations

from tracker.language.i18n import SEVERAL

KEY_POSITION = 2  # where a bar's customdata holds its code (tracker.views.investment_figures)


def picked_code(selection) -> str:
    """The code of the one bar a click picked, or "" (nothing picked, or a bar of several)."""
    points = (selection or {}).get("points") or []
    if not points:
        return ""
    data = points[0].get("customdata") or []
    code = data[KEY_POSITION] if len(data) > KEY_POSITION else ""
    return "" if code in ("", SEVERAL) or not isinstance(code, str) else code

"""What a click on the partner map picked, and the records behind it."""

from __future__ import annotations

import pandas as pd

from tracker.selection.filters import involves_country


def picked_object(selection) -> dict | None:
    """The one object a click picked (pydeck's selection state: objects per layer), or None."""
    return next((objects[0] for objects in (selection.get("objects") or {}).values() if objects), None)


def picked_codes(picked: dict) -> list[str]:
    """The partner and the country of the picked object, each once, in that order: what to name it by."""
    return list(dict.fromkeys(code for code in (picked.get("partner"), picked.get("ca") or picked.get("code"))
                              if code))


def picked_sides(picked: dict) -> tuple[str, tuple[str, ...]]:
    """The partner ("" for none) and the Central Asian countries of a clicked arc, country or partner shape."""
    ca = picked.get("ca") or (picked.get("code") if picked.get("kind") == "central_asia" else None)
    return picked.get("partner") or "", (ca,) if ca else ()


def picked_records(records: pd.DataFrame, picked: dict) -> pd.DataFrame:
    """The records behind a clicked arc (partner + country), country shape or partner shape."""
    partner, ca = picked.get("partner"), picked.get("ca") or (
        picked.get("code") if picked.get("kind") == "central_asia" else None)
    mask = pd.Series(True, index=records.index)
    if partner:
        mask &= records["partner"] == partner
    if ca:
        mask &= involves_country(records, ca)
    if not partner and not ca:
        return records.iloc[0:0]
    return records[mask]

"""The partner map shades each partner's territory once: the EU as its member states, and a member
that is a partner in its own right in its own colour, never under the EU's as well."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.fixtures import make_records, view_context
from tracker.views.colours import hex_to_rgb, partner_colours
from tracker.views.map_deck import build_partner_map
from tracker.views.map_shapes import land_outlines

EU_27 = {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
         "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"}


def _shapes(deck, layer_id: str) -> list[dict]:
    return next(layer for layer in deck.layers if layer.id == layer_id).data["features"]


@pytest.mark.parametrize("own_partners", [(), ("DEU",), ("DEU", "FRA", "POL")])
def test_each_country_shape_is_drawn_once_in_its_partners_colour(dataset, own_partners):
    records = make_records([{"id": "eu", "partner": "EU", "ca": ("KAZ", "UZB")},
                            {"id": "usa", "partner": "USA", "ca": ("KAZ",)},
                            *({"id": p.lower(), "partner": p, "ca": ("UZB",)} for p in own_partners)])
    colours = partner_colours(dataset.countries)
    deck = build_partner_map(records, dataset.countries, view_context(dataset.countries, "en"))
    partners = _shapes(deck, "partners")
    drawn = Counter(f["properties"]["code"] for f in partners)
    twice = sorted(code for code, n in drawn.items() if n > 1)
    assert not twice, f"country shapes drawn more than once on the partners layer: {twice}"
    on_the_map = {f["properties"]["code"] for f in land_outlines()["features"]}  # countries with an outline
    assert set(drawn) == (EU_27 | {"USA"}) & on_the_map  # every member state once, whoever it is drawn for
    assert len(EU_27 & on_the_map) >= 25
    owner = {f["properties"]["code"]: f["properties"]["partner"] for f in partners}
    assert owner == {code: "EU" if code in EU_27 and code not in own_partners else code for code in drawn}
    fill = {f["properties"]["code"]: tuple(f["properties"]["fill"][:3]) for f in partners}
    assert all(fill[code] == tuple(hex_to_rgb(colours[owner[code]])[:3]) for code in drawn)
    # Central Asia is shaded by its own layer, never as a partner
    assert not set(drawn) & {f["properties"]["code"] for f in _shapes(deck, "central_asia")}

"""The partner map: its numbers (one count per partner–country pair), its deck (arcs, widths, no
basemap), what a click picks, and its legend, on small fixtures and on the real data."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from scripts.land_images import STATIC
from tests.fixtures import arcs_of, deck_layer, make_records, view_context
from tracker.dataset.schema import CA_CODES
from tracker.views.colours import BACKGROUND_LAND, BORDER, GROUPS, SEA, hex_to_rgb
from tracker.views.map_deck import LAND_URL, build_partner_map
from tracker.views.map_land import BORDER_INDEX, FILE_NAME, IMAGE_PX, LAND_INDEX, SEA_INDEX, land_image, world_pixel
from tracker.views.map_legend import legend_entries, partner_legend
from tracker.views.map_numbers import map_data
from tracker.views.map_pick import picked_codes, picked_object, picked_records
from tracker.views.map_shapes import land_outlines


@pytest.fixture(scope="module")
def context(dataset):
    return view_context(dataset.countries, "en")


FIXTURE = [
    {"id": "forum", "partner": "DEU", "value": 1600, "date": "2023-09-01", "precision": "month"},
    {"id": "deal", "partner": "DEU", "value": 200, "currency": "USD", "part_of": "forum", "date": "2023-09-01"},
    {"id": "eu-1", "partner": "EU", "ca": ("KAZ", "UZB")},
    {"id": "eu-2", "partner": "EU", "ca": ("KAZ",), "value": 10, "date": "2025-04-04",
     "period": ("2025-01-01", "2026-12-31"), "instrument": "roadmap"},
    {"id": "us-summit", "partner": "USA", "ca": CA_CODES, "instrument": "summit", "status": "held"},
]


def test_arcs_aggregate_one_per_pair_with_pandas_counts(dataset, context):
    records = make_records(FIXTURE)
    arcs = arcs_of(build_partner_map(records, dataset.countries, context)).set_index(["partner", "ca"])
    exploded = records.explode("ca_countries")
    expected = exploded.groupby(["partner", "ca_countries"])["id"].nunique()
    assert sorted(arcs.index) == sorted(expected.index)
    assert (arcs["agreements"].sort_index() == expected.sort_index().values).all()
    # the deal inside the forum adds nothing: DEU–KAZ carries the forum's EUR 1,600 m only
    assert arcs.loc[("DEU", "KAZ"), "value"] == 1600
    assert arcs.loc[("EU", "KAZ"), "value"] == 10 and arcs.loc[("EU", "UZB"), "value"] == 0


def test_widths_follow_the_metric(dataset, context):
    records = make_records(FIXTURE)
    by_count = arcs_of(build_partner_map(records, dataset.countries, context, "count"))
    by_value = arcs_of(build_partner_map(records, dataset.countries, context, "value"))
    widest_count = by_count.sort_values("width").iloc[-1]
    widest_value = by_value.sort_values("width").iloc[-1]
    assert widest_count["agreements"] == by_count["agreements"].max()
    assert (widest_value["partner"], widest_value["ca"]) == ("DEU", "KAZ")


def test_thousands_of_records_still_draw_a_bounded_number_of_arcs(dataset, context):
    rows = [{"id": f"r{i}", "partner": ["EU", "DEU", "USA", "CHN"][i % 4], "ca": (CA_CODES[i % 5],),
             "value": i % 7 or None} for i in range(3000)]
    arcs = arcs_of(build_partner_map(make_records(rows), dataset.countries, context))
    assert len(arcs) <= 4 * 5
    assert arcs["agreements"].sum() == 3000


def test_picking_an_arc_lists_its_agreements(dataset):
    records = dataset.agreements
    picked = picked_records(records, {"partner": "DEU", "ca": "KAZ"})
    expected = records[(records["partner"] == "DEU") & records["ca_countries"].map(lambda c: "KAZ" in c)]
    assert set(picked["id"]) == set(expected["id"]) >= {"deu-kaz-business-forum", "hsm-creade-rare-earths",
                                                         "bgr-ngs-declaration"}
    country = picked_records(records, {"code": "TJK", "kind": "central_asia"})
    assert set(country["id"]) == set(records.loc[records["ca_countries"].map(lambda c: "TJK" in c), "id"])


def test_map_needs_no_basemap(dataset, context):
    deck = build_partner_map(dataset.agreements, dataset.countries, context)
    assert deck.map_provider is None
    assert {layer.id for layer in deck.layers} >= {"land", "central_asia", "partners", "arcs"}
    assert len(land_outlines()["features"]) > 150


def test_the_land_is_an_image_fetched_once_and_covering_the_world(dataset, context):
    deck = build_partner_map(dataset.agreements, dataset.countries, context)
    land = deck_layer(deck, "land")
    assert land.type == "BitmapLayer" and deck.layers[0] is land  # behind everything, none of it sent each rerun
    assert json.loads(deck.to_json())["layers"][0]["image"] == LAND_URL == "app/static/land.png"
    assert land.bounds == [-180, -85.0511, 180, 85.0511]  # the whole of Web Mercator
    assert not deck_layer(deck, "partners").stroked  # their borders are the land's, seen through the fill


def test_the_served_land_image_is_the_current_one():
    """static/land.png is what the map's land layer fetches: it must be what the code would draw now
    (make land), or the map shows stale or missing land."""
    image = land_image()
    with Image.open(STATIC / FILE_NAME) as served:
        assert served.size == image.size == (IMAGE_PX, IMAGE_PX)
        assert served.getpalette()[:9] == image.getpalette()[:9] and served.tobytes() == image.tobytes()


def test_the_land_image_puts_countries_where_the_map_does():
    """Web Mercator, as deck.gl's map: central Kazakhstan, the US and Australia are land, the middle of the
    Indian Ocean and of the Pacific are sea, and the countries' borders are drawn."""
    image = land_image()

    def colour_at(lon: float, lat: float) -> int:
        x, y = world_pixel(lon, lat)
        return image.getpixel((int(x), int(y)))

    assert colour_at(67.0, 48.0) == LAND_INDEX
    assert colour_at(-100.0, 40.0) == LAND_INDEX and colour_at(135.0, -25.0) == LAND_INDEX
    assert colour_at(75.0, -20.0) == SEA_INDEX and colour_at(-140.0, 0.5) == SEA_INDEX
    assert image.histogram()[BORDER_INDEX] > 5_000
    assert image.getpalette()[:9] == [c for colour in (SEA, BACKGROUND_LAND, BORDER) for c in hex_to_rgb(colour)[:3]]


def test_map_data_counts_each_record_once_per_pair(dataset):
    records = dataset.agreements
    data = map_data(records, "EUR", "en")
    pairs = data.pairs.set_index(["partner", "ca"])["agreements"]
    exploded = records[["id", "partner", "ca_countries"]].explode("ca_countries")
    expected = exploded.groupby(["partner", "ca_countries"])["id"].nunique()
    assert pairs.to_dict() == {key: n for key, n in expected.items()}
    assert pairs[("USA", "TJK")] >= 2  # the C5+1 summit and the US–Tajik talks, among others
    flagged = map_data(records, "EUR", "en", dataset.ca_flags)  # the dataset's flags give the same numbers
    for part in ("pairs", "countries", "partners"):
        assert getattr(flagged, part).equals(getattr(data, part))




def test_a_click_picks_the_first_object_of_any_layer():
    assert picked_object({"objects": {"arcs": [{"partner": "DEU", "ca": "KAZ"}], "partners": []}}) == {
        "partner": "DEU", "ca": "KAZ"}
    assert picked_object({"objects": {"arcs": [], "partners": []}}) is None
    assert picked_object({}) is None


def test_a_picked_object_is_named_by_its_partner_and_country_each_once():
    assert picked_codes({"partner": "DEU", "ca": "KAZ"}) == ["DEU", "KAZ"]
    assert picked_codes({"code": "TJK", "kind": "central_asia"}) == ["TJK"]
    assert picked_codes({"partner": "EU", "code": "AUT", "kind": "partner"}) == ["EU", "AUT"]
    assert picked_codes({"partner": "USA", "code": "USA", "kind": "partner"}) == ["USA"]


def test_picking_a_partner_shape_lists_that_partners_agreements(dataset):
    records = dataset.agreements
    picked = picked_records(records, {"partner": "EU", "code": "AUT", "kind": "partner"})
    assert set(picked["id"]) == set(records.loc[records["partner"] == "EU", "id"]) != set()
    assert picked_records(records, {"kind": "land"}).empty


def test_the_legend_lists_the_partner_groups_of_the_selection_in_legend_order(dataset, context):
    records = dataset.agreements[dataset.agreements["partner"].isin(("USA", "DEU", "EBRD"))]
    expected = [g for g in GROUPS if g in set(records["partner_group"])]
    entries = legend_entries(records, context)
    assert [name for name, _ in entries] == [context.labels.country(g) for g in expected]
    assert [colour for _, colour in entries] == [context.colours[g] for g in expected]
    html = partner_legend(records, context, "value")
    assert all(name in html for name, _ in entries) and "China" not in html

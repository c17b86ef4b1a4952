"""The partner map as a pydeck deck: Central Asia shaded by agreements or value, partner countries,
and one arc per partner–country pair. No basemap, so it reads the same on a closed network."""

from __future__ import annotations

import json
import math

import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from tracker.dataset.schema import CA_CODES
from tracker.language.formatting import format_money
from tracker.language.i18n import Labels, t
from tracker.views.colours import (
    OTHER_COUNTRIES,
    TEXT,
    WHITE,
    hex_to_rgb,
    sequential_grey,
)
from tracker.views.context import ViewContext
from tracker.views.map_land import BOUNDS, FILE_NAME
from tracker.views.map_numbers import MapData, map_data
from tracker.views.map_shapes import EU_MEMBERS, country_centres, country_shapes

MIN_WIDTH, MAX_WIDTH = 1.5, 9.0
PIXELS = "'pixels'"  # pydeck reads a bare string as an expression; quotes make it a literal
ARC_TILT = 18  # degrees: arcs seen from above curve instead of lying on top of each other
FIT_WIDTH_PX = 760  # the initial view fits the capitals into a laptop-sized map; wider screens show more
TILE_PX = 512
AMERICAS_EAST_OF = -30
# Where each country's name sits relative to its centre, in pixels, so that the names of
# neighbours do not overlap when the map shows all of Eurasia.
LABEL_OFFSETS = {"KAZ": [0, -6], "UZB": [-6, -16], "TKM": [-26, 14], "TJK": [14, 18], "KGZ": [40, -4]}
METRICS = ("count", "value")
# The sea and the grey land with its borders behind everything, the same for every selection: an image
# the browser fetches once (tracker.views.map_land; served from static/ by Streamlit), relative to the
# page so that it works under a base path too. As vector layers, drawn again on every frame, they cost
# most of a filter change here (README, Performance).
LAND_URL = f"app/static/{FILE_NAME}"
# How strongly partner territory is tinted: light enough that the arcs and Central Asia stay in front;
# the EU and the grey of "other countries" lighter still (the grey must not read as Central Asia's shading).
PARTNER_ALPHA = {"EU": 80, OTHER_COUNTRIES: 55, None: 110}


class CompactDeck(pdk.Deck):
    """A pydeck Deck whose JSON is compact. pydeck pretty-prints (indent=2), which makes Python fall
    back to its pure-Python encoder and sends five times the bytes; the content is the same."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def fitted_view(points: pd.DataFrame) -> pdk.ViewState:
    """A view that shows the capitals in the selection (lon/lat columns), with a margin. Capitals in
    the Americas are left out of the fit unless nothing else is selected: their arcs enter from the
    left edge, and Central Asia stays large enough to read."""
    eastern = points[points["lon"] > AMERICAS_EAST_OF]
    points = eastern if len(eastern) else points
    west, east = points["lon"].min() - 12, points["lon"].max() + 12
    south, north = points["lat"].min() - 8, points["lat"].max() + 8
    span = max(east - west, (north - south) * 1.6, 40)
    zoom = math.log2(FIT_WIDTH_PX * 360 / (TILE_PX * span))
    return pdk.ViewState(longitude=(west + east) / 2, latitude=(south + north) / 2, zoom=round(zoom, 2),
                         pitch=0, bearing=0)


def _width(values: pd.Series) -> pd.Series:
    top = values.max()
    if not top or pd.isna(top):
        return pd.Series(MIN_WIDTH, index=values.index)
    return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * (values / top) ** 0.5


def _tooltip(title: str, lines: list[str]) -> str:
    """Tooltip as plain text: the deck shows it with innerText (tooltip "text", not "html"), so
    dataset text is never read as HTML, and needs no escaping that would show as &amp;."""
    return "\n".join([title, *lines])


def _summary_lines(agreements: int, value: float, latest_title: str, currency: str, lang: str) -> list[str]:
    return [
        f"{t('map.agreements', lang)}: {agreements}",
        f"{t('map.value', lang)}: {format_money(value, currency, lang) if value else '–'}",
        f"{t('map.latest', lang)}: {latest_title}",
    ]


def arcs_layer_data(data: MapData, capitals: pd.DataFrame, colours: dict[str, str], labels: Labels,
                    metric: str, currency: str) -> pd.DataFrame:
    lang = labels.lang
    pairs = data.pairs.merge(capitals.add_prefix("from_"), left_on="partner", right_on="from_code") \
        .merge(capitals.add_prefix("to_"), left_on="ca", right_on="to_code")
    pairs["width"] = _width(pairs["agreements" if metric == "count" else "value"])
    pairs["colour"] = pairs["partner"].map(lambda p: hex_to_rgb(colours[p], 220))
    pairs["tooltip"] = [
        _tooltip(f"{labels.country(r.partner)} – {labels.country(r.ca)}",
                 _summary_lines(r.agreements, r.value, r.latest_title, currency, lang))
        for r in pairs.itertuples()
    ]
    return pairs[["partner", "ca", "agreements", "value", "from_lon", "from_lat", "to_lon", "to_lat", "width",
                  "colour", "tooltip"]]


def institution_points(data: MapData, countries: pd.DataFrame, colours: dict[str, str], labels: Labels,
                       currency: str) -> pd.DataFrame:
    """A dot at the headquarters of each finance institution in the selection (they have no territory
    to shade), in its group's colour, with its own tooltip."""
    places = countries.loc[countries["partner_type"] == "institution", ["code", "capital_lon", "capital_lat"]]
    points = data.partners.merge(places, left_on="partner", right_on="code")
    columns = ["partner", "lon", "lat", "colour", "tooltip"]
    if points.empty:
        return pd.DataFrame(columns=columns)
    points = points.rename(columns={"capital_lon": "lon", "capital_lat": "lat"})
    points["colour"] = points["partner"].map(lambda p: hex_to_rgb(colours[p], 235))
    points["tooltip"] = [_tooltip(labels.country(r.partner), _summary_lines(r.agreements, r.value, "", currency,
                                                                            labels.lang)[:2])
                         for r in points.itertuples()]
    return points[columns]


def _feature(code: str, shapes: dict, fill: list[int], tooltip: str | None, kind: str) -> dict | None:
    geometry = shapes.get(code)
    if geometry is None:
        return None
    properties = {"code": code, "kind": kind, "fill": fill, "tooltip": tooltip or ""}
    return {"type": "Feature", "geometry": geometry, "properties": properties, **properties}


def build_partner_map(records: pd.DataFrame, countries: pd.DataFrame, context: ViewContext, metric: str = "count",
                      currency: str = "EUR", data: MapData | None = None) -> pdk.Deck:
    """A pydeck Deck of the selection; ``metric`` shades and widens by "count" or "value". ``data``:
    the selection's map_data, when the caller has it already."""
    labels, colours, lang = context.labels, context.colours, context.lang
    shapes = country_shapes()
    data = data if data is not None else map_data(records, currency, lang)
    capitals = countries[["code", "capital_lon", "capital_lat"]].rename(
        columns={"capital_lon": "lon", "capital_lat": "lat"})

    partner_features = []
    partners = set(data.partners["partner"])
    kinds = records[["partner", "partner_group"]].drop_duplicates("partner")  # a few dozen, not every record
    groups = dict(zip(kinds["partner"], kinds["partner_group"], strict=True))
    for row in data.partners.itertuples():
        members = EU_MEMBERS if row.partner == "EU" else (row.partner,)
        tooltip = _tooltip(labels.country(row.partner), _summary_lines(
            row.agreements, row.value, "", currency, lang)[:2])
        fill = hex_to_rgb(colours[row.partner], PARTNER_ALPHA.get(groups.get(row.partner), PARTNER_ALPHA[None]))
        for code in members:
            if row.partner == "EU" and code in partners:
                continue  # a member that is a partner in its own right keeps its own colour
            feature = _feature(code, shapes, fill, tooltip, "partner")
            if feature:
                feature["properties"]["partner"] = feature["partner"] = row.partner
                partner_features.append(feature)

    by_country = data.countries.set_index("ca")
    measure = by_country["agreements" if metric == "count" else "value"]
    top = measure.max() if len(measure) else 0
    ca_features = []
    for code in CA_CODES:
        if code in measure.index:
            row = by_country.loc[code]
            share = (measure[code] / top) if top else 0
            fill = hex_to_rgb(sequential_grey(0.2 + 0.6 * share), 235)
            tooltip = _tooltip(labels.country(code), _summary_lines(
                int(row["agreements"]), row["value"], row["latest_title"], currency, lang))
        else:
            fill = hex_to_rgb(sequential_grey(0.0), 235)
            tooltip = _tooltip(labels.country(code), [f"{t('map.agreements', lang)}: 0"])
        feature = _feature(code, shapes, fill, tooltip, "central_asia")
        if feature:
            ca_features.append(feature)

    institutions = institution_points(data, countries, colours, labels, currency)
    arcs = arcs_layer_data(data, capitals, colours, labels, metric, currency)
    ca_capitals = capitals[capitals["code"].isin(CA_CODES)]
    centres = country_centres()
    names = pd.DataFrame([{"name": labels.country(code), "lon": centres[code][0], "lat": centres[code][1],
                           "offset": LABEL_OFFSETS.get(code, [0, 0])} for code in CA_CODES if code in centres])

    layers = [
        pdk.Layer("BitmapLayer", id="land", image=f"'{LAND_URL}'", bounds=BOUNDS, pickable=False),
        # no outline of their own: the translucent fill lets the borders of the land below show
        pdk.Layer("GeoJsonLayer", id="partners", data={"type": "FeatureCollection", "features": partner_features},
                  get_fill_color="properties.fill", stroked=False, filled=True, pickable=True, auto_highlight=True),
        pdk.Layer("GeoJsonLayer", id="central_asia", data={"type": "FeatureCollection", "features": ca_features},
                  get_fill_color="properties.fill", get_line_color=hex_to_rgb(WHITE), line_width_min_pixels=1.5,
                  stroked=True, filled=True, pickable=True, auto_highlight=True),
        pdk.Layer("ArcLayer", id="arcs", data=arcs, get_source_position=["from_lon", "from_lat"],
                  get_target_position=["to_lon", "to_lat"], get_source_color="colour", get_target_color="colour",
                  get_width="width", width_units=PIXELS, get_height=0.35, get_tilt=ARC_TILT, pickable=True,
                  auto_highlight=True),
        pdk.Layer("ScatterplotLayer", id="institutions", data=institutions, get_position=["lon", "lat"],
                  get_fill_color="colour", get_line_color=hex_to_rgb(WHITE), get_radius=7, radius_units=PIXELS,
                  stroked=True, line_width_min_pixels=1.5, pickable=True, auto_highlight=True),
        pdk.Layer("ScatterplotLayer", id="capitals", data=ca_capitals, get_position=["lon", "lat"],
                  get_fill_color=hex_to_rgb(TEXT), get_radius=4, radius_units=PIXELS, pickable=False),
        pdk.Layer("TextLayer", id="names", data=names, get_position=["lon", "lat"], get_text="name",
                  get_size=14, get_color=hex_to_rgb(TEXT), get_pixel_offset="offset",
                  font_family='"Source Sans Pro, DejaVu Sans, sans-serif"', font_weight=600,
                  outline_width=3, outline_color=hex_to_rgb(WHITE), font_settings={"sdf": True},
                  parameters={"depthTest": False}, pickable=False),
    ]
    # map_provider=None and no map_style: Streamlit then draws no basemap (with map_style=None it
    # would fetch Carto's style and tiles from the internet).
    involved = capitals[capitals["code"].isin(set(data.pairs["partner"]) | set(data.pairs["ca"]) | set(CA_CODES))]
    return CompactDeck(layers=layers, initial_view_state=fitted_view(involved), map_provider=None,
                    tooltip={"text": "{tooltip}", "style": {"backgroundColor": TEXT, "color": WHITE,
                                                            "fontSize": "15px", "maxWidth": "380px",
                                                            "whiteSpace": "pre-line"}})

"""Country outlines and centres for the partner map, from countryinfo's public-domain Natural Earth
shapes (offline: no tiles or basemap are fetched)."""

from __future__ import annotations

from functools import lru_cache

from countryinfo import all_countries

from tracker.views.colours import BACKGROUND_LAND, hex_to_rgb

# Drawn for the EU: its member states (2020 onwards).
EU_MEMBERS = ("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL",
              "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE")
LEFT_OUT_OF_BACKGROUND = ("ATA", "ATF")

SHAPE_STEP_DEGREES = 0.25  # outline points closer than this to the last kept one are dropped


@lru_cache(maxsize=1)
def country_shapes() -> dict[str, dict]:
    """Every country's outline from countryinfo (public-domain Natural Earth shapes), by ISO alpha-3,
    thinned for a continental map: points to 0.1° and at least SHAPE_STEP_DEGREES apart. The map
    is sent to the browser on every rerun, so its bytes count."""
    shapes = {}
    for country in all_countries():
        try:
            collection = country.geo_json()
        except Exception:  # countryinfo has no shape for some small territories
            continue
        for feature in collection.get("features", []):
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            thinned = [[_thin(ring) for ring in polygon] for polygon in polygons]
            thinned = [polygon for polygon in thinned if len(polygon[0]) >= 4]
            if thinned:
                shapes[feature["id"]] = {"type": "MultiPolygon", "coordinates": thinned}
    return shapes


def land_outlines() -> dict:
    """Every country's outline as the map's grey background, a GeoJSON FeatureCollection. It does not
    depend on the selection, so it is served as a file (static/land.json, written by
    ``python -m scripts.land_outlines``) that the browser fetches once, instead of being sent and
    drawn again with every rerun."""
    shapes = country_shapes()
    fill = hex_to_rgb(BACKGROUND_LAND)
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": shapes[code], "properties": {"code": code, "kind": "land", "fill": fill}}
        for code in sorted(shapes) if code not in LEFT_OUT_OF_BACKGROUND]}


def _thin(ring: list) -> list:
    kept = [[round(ring[0][0], 1), round(ring[0][1], 1)]]
    for lon, lat in ring[1:-1]:
        if abs(lon - kept[-1][0]) + abs(lat - kept[-1][1]) >= SHAPE_STEP_DEGREES:
            kept.append([round(lon, 1), round(lat, 1)])
    kept.append(kept[0])  # close the ring
    return kept


@lru_cache(maxsize=1)
def country_centres() -> dict[str, tuple[float, float]]:
    """(lon, lat) of each country's centre, from countryinfo: where a country's name is written."""
    centres = {}
    for country in all_countries():
        try:
            lat, lon = country.latlng()
            centres[country.iso(3)] = (lon, lat)
        except Exception:  # some territories have no centre
            continue
    return centres

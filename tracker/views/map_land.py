"""The partner map's sea and grey land with its borders, drawn once into an image that the browser
fetches once and deck.gl draws as one textured square.

As vector layers, the land's outlines were about 10,000 line segments that deck.gl draws again on
every frame, and a filter change or a hover draws a frame. In a browser without a graphics card
(software WebGL, as in the headless Chromium of the benchmark, and in many virtual desktops) those
borders alone took about 225 ms a frame. The image is in Web Mercator, the map's projection.
"""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from tracker.views.colours import BACKGROUND_LAND, BORDER, SEA, hex_to_rgb
from tracker.views.map_shapes import land_outlines

# One image of the whole world; a 4096-pixel one, or four tiles of 2048, took seconds to appear in
# the headless browser's software WebGL.
IMAGE_PX = 2048
MAX_LAT = math.degrees(math.atan(math.sinh(math.pi)))  # where Web Mercator ends, 85.0511°
BOUNDS = [-180, -round(MAX_LAT, 4), 180, round(MAX_LAT, 4)]  # west, south, east, north (deck.gl's BitmapLayer)
FILE_NAME = "land.png"
SEA_INDEX, LAND_INDEX, BORDER_INDEX = 0, 1, 2


def world_pixel(lon: float, lat: float, size: int = IMAGE_PX) -> tuple[float, float]:
    """Where a point falls in a Web Mercator image of the whole world, ``size`` pixels square."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return (lon + 180) / 360 * size, (1 - y / math.pi) / 2 * size


def land_image() -> Image.Image:
    """Sea, land and 1-pixel borders, in a three-colour palette."""
    world = Image.new("P", (IMAGE_PX, IMAGE_PX), SEA_INDEX)
    world.putpalette([channel for colour in (SEA, BACKGROUND_LAND, BORDER) for channel in hex_to_rgb(colour)[:3]])
    draw = ImageDraw.Draw(world)
    polygons = [polygon for feature in land_outlines()["features"] for polygon in feature["geometry"]["coordinates"]]
    for polygon in polygons:  # every outer ring filled first (holes are neighbours, drawn as land anyway) ...
        draw.polygon([world_pixel(lon, lat) for lon, lat in polygon[0]], fill=LAND_INDEX)
    for polygon in polygons:  # ... then every border on top
        for ring in polygon:
            draw.line([world_pixel(lon, lat) for lon, lat in ring], fill=BORDER_INDEX, width=1)
    return world

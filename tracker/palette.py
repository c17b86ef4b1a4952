"""The one place that assigns colours: partners get Okabe–Ito colours (safe for colour-blind
readers), always the same colour for the same partner in every view and export."""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design". Fixed per partner so that filtering never
# shifts a colour; a partner added to countries.csv later takes the next free one.
PARTNER_COLOURS = {
    "EU": "#0072B2",  # blue
    "DEU": "#D55E00",  # vermillion
    "FRA": "#56B4E9",  # sky blue
    "GBR": "#CC79A7",  # reddish purple
    "USA": "#E69F00",  # orange
    "CHN": "#009E73",  # bluish green
    "KOR": "#000000",  # black
    "JPN": "#F0E442",  # yellow
}
SPARE_COLOURS = ("#7F7F7F", "#8C564B", "#17BECF", "#BCBD22")
NEUTRAL = "#5B6B7F"
TEXT = "#1A1F2B"  # bars that are not about a partner (countries, commodities)
SEQUENTIAL_GREYS = ("#E9ECEF", "#CED4DA", "#ADB5BD", "#868E96", "#5C636A", "#343A40")
BACKGROUND_LAND = "#E4E8ED"
SEA = "#F7FAFD"
BORDER = "#FFFFFF"


def partner_colours(partner_codes) -> dict[str, str]:
    """A colour for every partner code, in the order given (countries.csv's partner order)."""
    colours = {}
    spare = iter(SPARE_COLOURS)
    for code in partner_codes:
        colours[code] = PARTNER_COLOURS.get(code) or next(spare, "#7F7F7F")
    return colours


def hex_to_rgb(colour: str, alpha: int = 255) -> list[int]:
    colour = colour.lstrip("#")
    return [int(colour[i:i + 2], 16) for i in (0, 2, 4)] + [alpha]


def sequential_grey(share: float) -> str:
    """A grey from light (share 0) to dark (share 1) for shading by count or value."""
    share = min(max(share, 0.0), 1.0)
    return SEQUENTIAL_GREYS[min(int(share * (len(SEQUENTIAL_GREYS) - 1) + 0.5), len(SEQUENTIAL_GREYS) - 1)]

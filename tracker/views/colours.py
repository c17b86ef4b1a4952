"""The one place that assigns colours: partners get Okabe–Ito colours (safe for colour-blind
readers), always the same colour for the same partner in every view and export."""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design", for the eight partners that came first, and two
# colours of Paul Tol's muted scheme for the next. Fixed per partner so that filtering never shifts a
# colour. Every other partner is drawn in the colour of its group: a national finance agency in its
# home country's colour, multilateral institutions in one colour, other countries in grey.
PARTNER_COLOURS = {
    "EU": "#0072B2",  # blue
    "DEU": "#D55E00",  # vermillion
    "FRA": "#56B4E9",  # sky blue
    "GBR": "#CC79A7",  # reddish purple
    "USA": "#E69F00",  # orange
    "CHN": "#009E73",  # bluish green
    "KOR": "#000000",  # black
    "JPN": "#F0E442",  # yellow
    "RUS": "#882255",  # wine
    "TUR": "#999933",  # olive
}
INSTITUTIONS = "__institutions__"
OTHER_COUNTRIES = "__other_countries__"
GROUP_COLOURS = {INSTITUTIONS: "#332288", OTHER_COUNTRIES: "#8C8C8C"}  # indigo, grey
GROUPS = tuple(PARTNER_COLOURS) + (INSTITUTIONS, OTHER_COUNTRIES)  # legend order
NEUTRAL = "#5B6B7F"  # bars that are not about a partner (countries, commodities), notes, legend symbols
SOURCE_LINE = "#4A5568"  # the source line under chart titles: 7:1 on white
TEXT = "#1A1F2B"  # text, capitals and the map's tooltips
WHITE = "#FFFFFF"
HEADER_FILL = "#1F3A5F"  # header row of the Excel sheets
SEQUENTIAL_GREYS = ("#E9ECEF", "#CED4DA", "#ADB5BD", "#868E96", "#5C636A", "#343A40")
# The stages, light to dark in the lifecycle's order (ColorBrewer Blues): how far a record got reads as depth.
STAGE_COLOURS = {"talks": "#C6DBEF", "announced": "#9ECAE1", "signed": "#6BAED6", "committed": "#3182BD",
                 "delivered": "#08519C"}
BACKGROUND_LAND = "#E4E8ED"
SEA = "#F7FAFD"
BORDER = "#FFFFFF"


def partner_groups(countries) -> dict[str, str]:
    """The group each partner is drawn in: its own code for a partner with its own colour, its home
    country's for a national institution whose country has one, else INSTITUTIONS or OTHER_COUNTRIES.
    ``countries`` is countries.csv as a frame (code, group, partner_type, home)."""
    partners = countries[countries["group"] == "partner"]
    groups = {}
    for code, kind, home in zip(partners["code"], partners["partner_type"], partners["home"], strict=True):
        if code in PARTNER_COLOURS:
            groups[code] = code
        elif home in PARTNER_COLOURS:
            groups[code] = home
        else:
            groups[code] = INSTITUTIONS if kind == "institution" else OTHER_COUNTRIES
    return groups


def partner_colours(countries) -> dict[str, str]:
    """A colour for every partner code and every group code."""
    colours = {code: group_colour(group) for code, group in partner_groups(countries).items()}
    return {**colours, **{group: group_colour(group) for group in GROUPS}}


def group_colour(group: str) -> str:
    return PARTNER_COLOURS.get(group) or GROUP_COLOURS[group]


def hex_to_rgb(colour: str, alpha: int = 255) -> list[int]:
    colour = colour.lstrip("#")
    return [int(colour[i:i + 2], 16) for i in (0, 2, 4)] + [alpha]


def sequential_grey(share: float) -> str:
    """A grey from light (share 0) to dark (share 1) for shading by count or value."""
    share = min(max(share, 0.0), 1.0)
    return SEQUENTIAL_GREYS[min(int(share * (len(SEQUENTIAL_GREYS) - 1) + 0.5), len(SEQUENTIAL_GREYS) - 1)]

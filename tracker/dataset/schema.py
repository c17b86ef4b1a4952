"""The data contract: every file in ``data/``, its columns and their allowed values.

This module is the single description of the dataset. Validation, typing, the
data dictionary on the methodology page and the dictionary test of
``data/README.md`` are all generated from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LIST_SEPARATOR = ";"

CA_CODES = ("KAZ", "UZB", "KGZ", "TJK", "TKM")

DATE_PRECISIONS = ("day", "month", "year")

INSTRUMENTS = (
    "memorandum",
    "declaration",
    "declaration_of_intent",
    "roadmap",
    "agreement",
    "joint_venture",
    "offtake",
    "acquisition",
    "commercial_agreement",
    "business_package",
    "loan",
    "grant",
    "guarantee",
    "letter_of_interest",
    "funding_project",
    "strategic_project",
    "pledge",
    "talks",
    "summit",
    "meeting",
)

# Instruments that are events rather than something signed: exactly the records at the stage of talks.
MEETING_INSTRUMENTS = ("summit", "meeting", "talks")

# Where a record stands in its lifecycle; "held" is for talks, summits and meetings.
STATUSES = ("announced", "under_negotiation", "signed", "endorsed", "in_force", "under_way", "completed",
            "stalled", "cancelled", "held")

# How far a record got, in the order of the lifecycle: talks → something announced → a document signed →
# money committed → money paid out or a project built. One value per record; validation checks that it
# fits the record's instrument, status and amount kind (STAGE_STATUSES, STAGE_AMOUNT_KINDS).
STAGES = ("talks", "announced", "signed", "committed", "delivered")
# The statuses each stage allows: talks are held or still being negotiated; an announcement is not yet
# signed; committed money and built projects stand on something signed.
STAGE_STATUSES = {
    "talks": ("held", "under_negotiation"),
    "announced": ("announced", "under_negotiation", "stalled", "cancelled"),
    "signed": ("signed", "endorsed", "in_force", "under_way", "completed", "stalled", "cancelled"),
    "committed": ("signed", "in_force", "under_way", "completed", "stalled", "cancelled"),
    "delivered": ("under_way", "completed"),
}
# The amount kinds each stage allows ("" for no amount): committed money is not on talks, an announcement
# or a document that binds none; disbursed money only where money was paid out.
STAGE_AMOUNT_KINDS = {
    "talks": ("", "non_binding"),
    "announced": ("", "headline", "non_binding"),
    "signed": ("", "headline", "non_binding"),
    "committed": ("", "headline", "non_binding", "committed"),
    "delivered": ("", "headline", "non_binding", "committed", "disbursed"),
}

COMMODITIES = (
    "critical_raw_materials",
    "rare_earths",
    "tungsten",
    "molybdenum",
    "uranium",
    "lithium",
    "copper",
    "antimony",
    "gallium",
    "germanium",
    "graphite",
    "nickel",
    "cobalt",
    "manganese",
    "chromium",
    "titanium",
    "vanadium",
    "tin",
    "zinc",
    "lead",
    "silver",
    "aluminium",
    "magnesium",
    "silicon",
    "fluorspar",
    "potash",
    "phosphate",
    "boron",
    "tantalum",
    "niobium",
    "beryllium",
    "bismuth",
    "rhenium",
    "platinum_group",
    "iodine",
    "batteries",
    "renewable_hydrogen",
    "wind_power",
    "energy",
    "mining_geology",
)

CURRENCIES = ("EUR", "USD")

FX_BASES = ("annual_rate", "stated_by_source")

# Why a stated amount is left out of raw-materials investment totals by default.
EXCLUSION_REASONS = ("outbound", "wider_scope")

# What kind of thing an amount is. Default totals leave non-binding amounts out.
AMOUNT_KINDS = ("headline", "committed", "non_binding", "disbursed")
DEFAULT_AMOUNT_KINDS = ("headline", "committed", "disbursed")

COUNTRY_GROUPS = ("central_asia", "partner")

# What a partner is: a country, a bloc (the EU) or a finance institution.
PARTNER_TYPES = ("country", "bloc", "institution")

LANGUAGES = ("ar", "de", "en", "es", "fa", "fr", "it", "ja", "kk", "ko", "ky", "pl", "pt", "ro", "ru", "tg", "tk", "tr",
             "uz", "zh")

CHANGES = ("added", "changed", "removed")

KEY_FACT_QUALIFIERS = ("more_than",)

BOOLEAN_VALUES = ("true", "false")

# Relative tolerance for converted amounts: our own conversion must match the
# year's rate to rounding; a figure the source states itself may differ more.
FX_TOLERANCE = {"annual_rate": 0.005, "stated_by_source": 0.15}


@dataclass(frozen=True)
class ColumnSpec:
    """One column of one file.

    kind: text, slug, slugs, code, codes, date, partial_date, number, integer, bool.
    required: every row needs a value (every column of the file must be present
    in the header either way).
    vocabulary: a tuple of allowed values, or the name of a reference set filled
    from the other files at validation time ("sources", "agreements",
    "ca_countries", "partners", "countries").
    """

    name: str
    kind: str
    description: str
    required: bool = True
    vocabulary: tuple[str, ...] | str | None = None
    max_length: int = 2000
    minimum: float | None = None  # numbers: smallest allowed value
    maximum: float | None = None  # numbers: largest allowed value
    not_future: bool = False  # dates: must not lie after today
    web_address: bool = False  # text: an http(s) address


@dataclass(frozen=True)
class FileSpec:
    name: str
    description: str
    columns: tuple[ColumnSpec, ...] = field(default_factory=tuple)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> ColumnSpec:
        return next(c for c in self.columns if c.name == name)


C = ColumnSpec

AGREEMENTS = FileSpec(
    "agreements.csv",
    "One row per agreement, memorandum, roadmap, joint venture, deal, funding project, "
    "pledge, talk or meeting.",
    (
        C("id", "slug", "Stable unique identifier, lower-case words joined by hyphens."),
        C("date", "date", "When it was signed, endorsed, announced or held (ISO YYYY-MM-DD); not in the "
          "future.", not_future=True),
        C("date_precision", "code", "How exact the date is; a month-precise date uses day 01, "
          "a year-precise one 01-01.", vocabulary=DATE_PRECISIONS),
        C("period_start", "date", "Start of the period a roadmap or meeting covers.", required=False),
        C("period_end", "date", "End of that period.", required=False),
        C("partner", "code", "The partner: ISO 3166-1 alpha-3 code, or EU.", vocabulary="partners"),
        C("ca_countries", "codes", "Central Asian countries involved (alpha-3, several separated by ;).",
          vocabulary="ca_countries"),
        C("instrument", "code", "What kind of thing it is.", vocabulary=INSTRUMENTS),
        C("status", "code", "Where it stands.", vocabulary=STATUSES),
        C("stage", "code", "How far it got: talks (talks, meetings and summits where a raw material is on the "
          "table), announced (announced, pledged or presented; nothing signed), signed (a document signed that "
          "binds no money), committed (money or supplies bound: a loan, grant or guarantee, an investment, "
          "equity stake or supply contract signed) or delivered (money paid out, a plant built, an acquisition "
          "completed, deliveries begun).", vocabulary=STAGES),
        C("commodities", "codes", "Raw materials or sectors concerned (several separated by ;).",
          vocabulary=COMMODITIES),
        C("value_m", "number", "The amount as the source states it, in millions; empty when none "
          "is stated.", required=False, minimum=0),
        C("value_currency", "code", "Currency of value_m, as stated.", required=False, vocabulary=CURRENCIES),
        C("amount_kind", "code", "What the amount is: headline (an announced deal value, project cost or "
          "package total), committed (signed financing or investment), non_binding (a letter of interest, "
          "pledge or intention; left out of totals unless chosen) or disbursed (paid out).", required=False,
          vocabulary=AMOUNT_KINDS),
        C("value_usd_m", "number", "The amount in millions of US dollars.", required=False, minimum=0),
        C("value_eur_m", "number", "The amount in millions of euros.", required=False, minimum=0),
        C("fx_basis", "code", "How the other currency was obtained: annual_rate (fx_rates.csv for "
          "the year of the date) or stated_by_source.", required=False, vocabulary=FX_BASES),
        C("in_totals", "bool", "true if the amount counts toward raw-materials investment totals.",
          vocabulary=BOOLEAN_VALUES),
        C("exclusion_reason", "code", "Why an amount is left out of totals: outbound (money flowing "
          "out of Central Asia) or wider_scope (not a raw-materials figure).", required=False,
          vocabulary=EXCLUSION_REASONS),
        C("follows", "slug", "id of the earlier record this one follows or implements (memorandum → roadmap → "
          "project → financing); the lifecycle chain.", required=False, vocabulary="agreements"),
        C("part_of", "slug", "id of the record this one is part of (a deal inside a forum's "
          "package); its amount is not counted again when the parent's is.", required=False,
          vocabulary="agreements"),
        C("counterparties", "text", "Companies and agencies involved, full names, separated by ;.",
          required=False),
        C("title_en", "text", "Short title in English.", max_length=200),
        C("title_de", "text", "Short title in German.", max_length=200),
        C("summary_en", "text", "Summary in English, in our own words."),
        C("summary_de", "text", "Summary in German, in our own words."),
        C("title_ru", "text", "Short title in Russian.", max_length=200),
        C("summary_ru", "text", "Summary in Russian, in our own words."),
        C("source_ids", "slugs", "ids in sources.csv, separated by ;.", vocabulary="sources"),
        C("last_checked", "date", "When the record was last checked against its sources (ISO YYYY-MM-DD).",
          not_future=True),
        C("notes", "text", "Disagreements between sources, caveats, what is uncertain.", required=False),
    ),
)

SOURCES = FileSpec(
    "sources.csv",
    "One row per source.",
    (
        C("id", "slug", "Stable unique identifier."),
        C("publisher", "text", "Publisher or site."),
        C("outlet", "slug", "The independent outlet behind the page: editions and language versions of one "
          "outlet, and copies of one wire story or press release, share it. Two sources are independent "
          "when their outlets differ."),
        C("title", "text", "Title, or a description in our own words if none is known."),
        C("language", "code", "Language of the source (ISO 639-1).", vocabulary=LANGUAGES),
        C("published", "partial_date", "Publication date or best known: YYYY, YYYY-MM or YYYY-MM-DD."),
        C("url", "text", "The page's address (http or https).", web_address=True),
        C("notes", "text", "What the source is used for, caveats.", required=False),
    ),
)

COUNTRIES = FileSpec(
    "countries.csv",
    "Central Asian and partner countries, with capitals for the map.",
    (
        C("code", "code", "ISO 3166-1 alpha-3 code, or EU."),
        C("name_en", "text", "Name in English."),
        C("name_de", "text", "Name in German."),
        C("name_ru", "text", "Name in Russian."),
        C("group", "code", "central_asia or partner.", vocabulary=COUNTRY_GROUPS),
        C("partner_type", "code", "For partners: country, bloc (the EU) or institution (a finance "
          "institution); empty for Central Asian countries.", required=False, vocabulary=PARTNER_TYPES),
        C("home", "code", "For a national institution (an export-credit or development-finance agency): "
          "the code of its country; empty otherwise.", required=False, vocabulary="countries"),
        C("capital_en", "text", "Capital in English (Brussels for the EU; an institution's headquarters city)."),
        C("capital_de", "text", "Capital in German."),
        C("capital_ru", "text", "Capital in Russian."),
        C("capital_lat", "number", "Latitude of the capital, degrees north.", minimum=-90, maximum=90),
        C("capital_lon", "number", "Longitude of the capital, degrees east (west negative).",
          minimum=-180, maximum=180),
    ),
)

KEY_FACTS = FileSpec(
    "key_facts.csv",
    "Key figures about the Central Asian countries that the sources give.",
    (
        C("id", "slug", "Stable unique identifier."),
        C("country", "code", "Country the figure is about.", vocabulary="ca_countries"),
        C("value", "number", "The figure.", minimum=0),
        C("qualifier", "code", "more_than when the source says 'more than'.", required=False,
          vocabulary=KEY_FACT_QUALIFIERS),
        C("unit", "text", "Unit of the figure, in English."),
        C("unit_de", "text", "Unit of the figure, in German."),
        C("unit_ru", "text", "Unit of the figure, in Russian."),
        C("year", "integer", "Year the figure refers to."),
        C("label_en", "text", "What the figure is, in English."),
        C("label_de", "text", "What the figure is, in German."),
        C("label_ru", "text", "What the figure is, in Russian."),
        C("source_ids", "slugs", "ids in sources.csv.", vocabulary="sources"),
        C("notes", "text", "Caveats.", required=False),
    ),
)

FX_RATES = FileSpec(
    "fx_rates.csv",
    "Exchange rates used to convert stated amounts, one per year.",
    (
        C("year", "integer", "Year of the rate; an amount is converted at the rate of its date's year."),
        C("usd_per_eur", "number", "US dollars per euro.", minimum=0.01, maximum=100),
        C("basis", "text", "Which rate this is and where it comes from."),
        C("notes", "text", "Caveats.", required=False),
    ),
)

METADATA = FileSpec(
    "metadata.csv",
    "The dataset's title, version, date of last update, citation and licence, as key/value rows.",
    (
        C("key", "code", "One of title, version, updated, citation, licence, report_error (optional: the "
          "address behind each record's \"report an error\" link, mailto: or https:, where {subject} and "
          "{body} are filled in).",
          vocabulary=("title", "version", "updated", "citation", "licence", "report_error")),
        C("value", "text", "Its value; updated is an ISO date."),
    ),
)

CHANGELOG = FileSpec(
    "changelog.csv",
    "What each release of the dataset changed, record by record; written by python -m tracker.curation.changelog.",
    (
        C("version", "text", "The release (metadata.csv's version when it was made).", max_length=20),
        C("date", "date", "The release's date.", not_future=True),
        C("record_id", "slug", "The record added, changed or removed."),
        C("change", "code", "added, changed or removed.", vocabulary=CHANGES),
        C("fields", "text", "The columns that changed, separated by ;.", required=False),
    ),
)

FILES: tuple[FileSpec, ...] = (AGREEMENTS, SOURCES, COUNTRIES, KEY_FACTS, FX_RATES, METADATA, CHANGELOG)

METADATA_KEYS = ("title", "version", "updated", "citation", "licence")


def split_list(cell: str) -> list[str]:
    """Split a multi-valued cell into its stripped, non-empty items."""
    return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]

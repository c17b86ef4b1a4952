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

# Instruments that are events rather than something signed; drawn differently.
MEETING_INSTRUMENTS = ("summit", "meeting", "talks")

# Where a record stands in its lifecycle; "held" is for talks, summits and meetings.
STATUSES = ("announced", "under_negotiation", "signed", "endorsed", "in_force", "under_way", "completed",
            "stalled", "cancelled", "held")

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

LANGUAGES = ("ar", "de", "en", "es", "fa", "fr", "it", "ja", "kk", "ko", "ky", "pl", "pt", "ro", "ru", "tg", "tk", "tr", "uz", "zh")

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
        C("group", "code", "central_asia or partner.", vocabulary=COUNTRY_GROUPS),
        C("partner_type", "code", "For partners: country, bloc (the EU) or institution (a finance "
          "institution); empty for Central Asian countries.", required=False, vocabulary=PARTNER_TYPES),
        C("home", "code", "For a national institution (an export-credit or development-finance agency): "
          "the code of its country; empty otherwise.", required=False, vocabulary="countries"),
        C("capital_en", "text", "Capital in English (Brussels for the EU; an institution's headquarters city)."),
        C("capital_de", "text", "Capital in German."),
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
        C("year", "integer", "Year the figure refers to."),
        C("label_en", "text", "What the figure is, in English."),
        C("label_de", "text", "What the figure is, in German."),
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


# The data dictionary in German (methodology page), beside the English descriptions above.
FILE_DESCRIPTIONS_DE = {
    "agreements.csv": "Ein Eintrag je Abkommen, Memorandum, Fahrplan, Joint Venture, Geschäft, Förderprojekt, Zusage, "
                      "Gespräch oder Treffen.",
    "sources.csv": "Ein Eintrag je Quelle.",
    "countries.csv": "Zentralasiatische Länder und Partnerländer, mit Hauptstädten für die Karte.",
    "key_facts.csv": "Kennzahlen zu den zentralasiatischen Ländern aus den Quellen.",
    "fx_rates.csv": "Wechselkurse für die Umrechnung genannter Beträge, einer je Jahr.",
    "metadata.csv": "Titel, Version, Stand, Zitiervorschlag und Lizenz des Datensatzes, als Schlüssel-Wert-Zeilen.",
    "changelog.csv": "Was jede Ausgabe des Datensatzes geändert hat, Eintrag für Eintrag; geschrieben von "
                     "python -m tracker.curation.changelog.",
}

COLUMN_DESCRIPTIONS_DE = {
    ("agreements.csv", "id"): "Stabile, eindeutige Kennung aus Kleinbuchstaben und Bindestrichen.",
    ("agreements.csv", "date"): "Tag der Unterzeichnung, Billigung, Ankündigung oder des Treffens (ISO JJJJ-MM-TT); "
                                "nicht in der Zukunft.",
    ("agreements.csv", "date_precision"): "Wie genau das Datum ist; ein monatsgenaues Datum steht auf dem 01., ein "
                                          "jahresgenaues auf dem 01.01.",
    ("agreements.csv", "period_start"): "Beginn des Zeitraums, den ein Fahrplan oder Treffen abdeckt.",
    ("agreements.csv", "period_end"): "Ende dieses Zeitraums.",
    ("agreements.csv", "partner"): "Der Partner: ISO-3166-1-Alpha-3-Code oder EU.",
    ("agreements.csv", "ca_countries"): "Beteiligte zentralasiatische Länder (Alpha-3, mehrere durch ; getrennt).",
    ("agreements.csv", "instrument"): "Art des Eintrags.",
    ("agreements.csv", "status"): "Stand des Eintrags.",
    ("agreements.csv", "commodities"): "Betroffene Rohstoffe oder Sektoren (mehrere durch ; getrennt).",
    ("agreements.csv", "value_m"): "Der Betrag, wie die Quelle ihn nennt, in Millionen; leer, wenn keiner genannt ist.",
    ("agreements.csv", "value_currency"): "Währung von value_m, wie genannt.",
    ("agreements.csv", "value_usd_m"): "Der Betrag in Millionen US-Dollar.",
    ("agreements.csv", "value_eur_m"): "Der Betrag in Millionen Euro.",
    ("agreements.csv", "fx_basis"): "Wie die andere Währung ermittelt wurde: annual_rate (fx_rates.csv für das Jahr "
                                    "des Datums) oder stated_by_source.",
    ("agreements.csv", "in_totals"): "true, wenn der Betrag in Summen der Rohstoffinvestitionen zählt.",
    ("agreements.csv", "exclusion_reason"): "Warum ein Betrag nicht in Summen zählt: outbound (Geld fließt aus "
                                            "Zentralasien ab) oder wider_scope (keine Rohstoffzahl).",
    ("agreements.csv", "amount_kind"): "Was der Betrag ist: headline (angekündigter Gesamtwert, Projektkosten oder "
                                       "Summe eines Pakets), committed (zugesagte, unterzeichnete Finanzierung oder "
                                       "Investition), non_binding (Interessenbekundung, Zusage oder Absicht; zählt "
                                       "nur auf Wunsch) oder disbursed (ausgezahlt).",
    ("agreements.csv", "follows"): "Kennung des früheren Eintrags, dem dieser folgt oder den er umsetzt (Memorandum → "
                                   "Fahrplan → Projekt → Finanzierung); die Lebenszyklus-Kette.",
    ("agreements.csv", "last_checked"): "Wann der Eintrag zuletzt an seinen Quellen geprüft wurde (ISO JJJJ-MM-TT).",
    ("agreements.csv", "part_of"): "Kennung des Eintrags, zu dem dieser gehört (ein Abkommen im Paket eines Forums); "
                                   "sein Betrag zählt nicht noch einmal, wenn der des übergeordneten zählt.",
    ("agreements.csv", "counterparties"): "Beteiligte Unternehmen und Behörden, volle Namen, durch ; getrennt.",
    ("agreements.csv", "title_en"): "Kurzer Titel auf Englisch.",
    ("agreements.csv", "title_de"): "Kurzer Titel auf Deutsch.",
    ("agreements.csv", "summary_en"): "Zusammenfassung auf Englisch, in eigenen Worten.",
    ("agreements.csv", "summary_de"): "Zusammenfassung auf Deutsch, in eigenen Worten.",
    ("agreements.csv", "source_ids"): "Kennungen aus sources.csv, durch ; getrennt.",
    ("agreements.csv", "notes"): "Widersprüche zwischen Quellen, Vorbehalte, Unsicheres (auf Englisch).",
    ("sources.csv", "id"): "Stabile, eindeutige Kennung.",
    ("sources.csv", "publisher"): "Herausgeber oder Website.",
    ("sources.csv", "outlet"): "Das unabhängige Medium hinter der Seite: Ausgaben und Sprachfassungen eines Mediums "
                               "und Kopien einer Agenturmeldung oder Pressemitteilung teilen es. Zwei Quellen sind "
                               "unabhängig, wenn ihre Medien verschieden sind.",
    ("sources.csv", "title"): "Titel oder, wenn keiner bekannt ist, eine Beschreibung in eigenen Worten (auf Englisch).",
    ("sources.csv", "language"): "Sprache der Quelle (ISO 639-1).",
    ("sources.csv", "published"): "Veröffentlichungsdatum oder das bestbekannte: JJJJ, JJJJ-MM oder JJJJ-MM-TT.",
    ("sources.csv", "url"): "Die Adresse der Seite (http oder https).",
    ("sources.csv", "notes"): "Wofür die Quelle dient, Vorbehalte (auf Englisch).",
    ("countries.csv", "code"): "ISO-3166-1-Alpha-3-Code oder EU.",
    ("countries.csv", "name_en"): "Name auf Englisch.",
    ("countries.csv", "name_de"): "Name auf Deutsch.",
    ("countries.csv", "group"): "central_asia oder partner.",
    ("countries.csv", "partner_type"): "Bei Partnern: country (Land), bloc (die EU) oder institution "
                                       "(Finanzinstitution); leer bei zentralasiatischen Ländern.",
    ("countries.csv", "home"): "Bei einer nationalen Institution (Exportkredit- oder Entwicklungsfinanzierer): der "
                               "Code ihres Landes; sonst leer.",
    ("countries.csv", "capital_en"): "Hauptstadt auf Englisch (für die EU Brüssel; bei einer Institution die Stadt "
                                     "ihres Sitzes).",
    ("countries.csv", "capital_de"): "Hauptstadt auf Deutsch.",
    ("countries.csv", "capital_lat"): "Breitengrad der Hauptstadt, Grad Nord.",
    ("countries.csv", "capital_lon"): "Längengrad der Hauptstadt, Grad Ost (West negativ).",
    ("key_facts.csv", "id"): "Stabile, eindeutige Kennung.",
    ("key_facts.csv", "country"): "Land, um das es geht.",
    ("key_facts.csv", "value"): "Die Zahl.",
    ("key_facts.csv", "qualifier"): "more_than, wenn die Quelle „mehr als“ sagt.",
    ("key_facts.csv", "unit"): "Einheit der Zahl, auf Englisch.",
    ("key_facts.csv", "unit_de"): "Einheit der Zahl, auf Deutsch.",
    ("key_facts.csv", "year"): "Jahr, auf das sich die Zahl bezieht.",
    ("key_facts.csv", "label_en"): "Was die Zahl ist, auf Englisch.",
    ("key_facts.csv", "label_de"): "Was die Zahl ist, auf Deutsch.",
    ("key_facts.csv", "source_ids"): "Kennungen aus sources.csv.",
    ("key_facts.csv", "notes"): "Vorbehalte (auf Englisch).",
    ("fx_rates.csv", "year"): "Jahr des Kurses; ein Betrag wird zum Kurs des Jahres seines Datums umgerechnet.",
    ("fx_rates.csv", "usd_per_eur"): "US-Dollar je Euro.",
    ("fx_rates.csv", "basis"): "Welcher Kurs das ist und woher er stammt (auf Englisch).",
    ("fx_rates.csv", "notes"): "Vorbehalte (auf Englisch).",
    ("changelog.csv", "version"): "Die Ausgabe (die Version aus metadata.csv, als sie erstellt wurde).",
    ("changelog.csv", "date"): "Datum der Ausgabe.",
    ("changelog.csv", "record_id"): "Der hinzugefügte, geänderte oder entfernte Eintrag.",
    ("changelog.csv", "change"): "added (hinzugefügt), changed (geändert) oder removed (entfernt).",
    ("changelog.csv", "fields"): "Die geänderten Spalten, durch ; getrennt.",
    ("metadata.csv", "key"): "Einer von title, version, updated, citation, licence, report_error (optional: die "
                             "Adresse hinter dem Link „Fehler melden“ jedes Eintrags, mailto: oder https:, in der "
                             "{subject} und {body} ausgefüllt werden).",
    ("metadata.csv", "value"): "Sein Wert; updated ist ein ISO-Datum.",
}


def split_list(cell: str) -> list[str]:
    """Split a multi-valued cell into its stripped, non-empty items."""
    return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]

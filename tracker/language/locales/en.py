"""English strings. Every key here exists in de.py too (tests/language/test_i18n.py checks it).

An entry is a string, or a dict of plural forms that tracker.language.i18n.t picks from by count."""

from tracker.dataset.schema import FILES

DATE_LOCALE = "en_001"  # dates in prose are written day first: "3 April 2025"

STRINGS = {
    "language.name": "English",
    "format.money_millions": "{symbol}{number} m",
    "app.title": "Central Asia Critical Raw Materials Partnerships",
    "app.short_title": "CA Raw Materials Partnerships",
    "page.overview": "Overview",
    "page.map": "Partner map",
    "page.timeline": "Timeline",
    "page.investments": "Investments",
    "page.data": "Data & downloads",
    "page.about": "Methodology",
    # sidebar
    "sidebar.language": "Language",
    "sidebar.filters": "Filters",
    "filter.years": "Years",
    "filter.ca": "Central Asian country",
    "filter.partner": "Partner",
    "filter.commodity": "Commodity",
    "filter.instrument": "Instrument",
    "filter.status": "Status",
    "filter.stage": "Stage",
    "filter.search": "Search",
    "filter.search_placeholder": "e.g. tungsten, Cove, Šefčovič",
    "filter.search_help": "Finds records whose titles, summaries (English or German), parties, commodities, notes or ids contain every word; case and accents do not matter. End a word with * to match its beginning (tungst*).",
    "filter.clear_search": "Clear the search",
    "selection.empty_search": "No records match the search “{query}” with these filters.",
    "filter.all": "All",
    "filter.reset": "Reset filters",
    "filter.count": {"one": "{n} of {total} record selected", "other": "{n} of {total} records selected"},
    "filter.present": "Presentation mode",
    # URL notices
    "notice.title": "Parts of the link were ignored or adjusted:",
    "notice.unknown_key": "unknown parameter “{key}”",
    "notice.unknown_code": "unknown {key} code “{value}”",
    "notice.bad_year": "“{value}” is not a year ({key})",
    "notice.year_clamped": "the year {value} ({key}) is outside the data; {used} is used instead",
    "notice.reversed_range": "the year range {value} is reversed",
    "notice.too_long": "the value of “{key}” is too long",
    "notice.bad_language": "unknown language “{value}”",
    # data errors
    "error.data_title": "The dataset could not be loaded, so no figures are shown.",
    "error.data_hint": "Fix the files listed below (or run `python -m tracker.curation.validate_folder`) and reload the page.",
    "error.more": {"one": "… and {n} more problem.", "other": "… and {n} more problems."},
    "error.col_file": "File",
    "error.col_row": "Row",
    "error.col_column": "Column",
    "error.col_value": "Value",
    "error.col_expected": "Expected",
    # selection in words
    "selection.all_years": "all years",
    "selection.all_countries": "all Central Asian countries",
    "selection.all_partners": "all partners",
    "selection.search": "search “{query}”",
    "selection.more": {"one": "{n} filter more", "other": "{n} filters more"},
    "selection.empty": "No agreements match this selection. Widen the filters or reset them.",
    # overview
    "overview.caption": "Who signs what with Central Asia on critical raw materials: {selection}.",
    "overview.agreements": "Agreements",
    "overview.partners": "Partners",
    "overview.ca_countries": "Central Asian countries",
    "overview.by_stage": "How far they got",
    "overview.by_stage_help": "Records of the selection at each stage; choose a stage in the sidebar to see only those.",
    "overview.value_eur": "Stated investment (EUR)",
    "overview.value_usd": "Stated investment (USD)",
    "overview.value_help": "{stated}. Amounts as the sources state them, each of its kind; "
                           "deals inside a package counted once; {excluded} excluded by default.",
    "overview.excluded_none": "no pledges",
    "overview.excluded_some": {"one": "{n} pledge or wider package", "other": "{n} pledges or wider packages"},
    "overview.stated": {"one": "{n} record of {m} states an amount", "other": "{n} of {m} records state an amount"},
    "overview.amounts_note": "{stated}. Amounts are as the sources state them; their kind says how firm each is (headline, "
                             "committed, non-binding, disbursed).",
    "overview.recent": "Most recent agreements",
    "overview.whats_new": "New in release {version} ({date})",
    "overview.whats_new_caption": {"one": "{added} record added, {changed} changed, {removed} removed; newest first.",
                                   "other": "{added} records added, {changed} changed, {removed} removed; newest first."},
    "overview.all_releases": "Every release and what it changed",
    "overview.key_facts": "Key facts",
    "overview.open_data": "All records and downloads",
    # columns
    "col.amount_kind": "Kind of amount",
    "col.follows": "Follows",
    "col.last_checked": "Last checked",
    "col.record": "Record",
    "col.date_iso": "Date (ISO, at its precision)",
    "col.record_help": "Opens the record's own page: its sources, lifecycle and a link to report an error.",
    "col.open": "Open ↗",
    "col.id": "ID",
    "col.date": "Date",
    "col.date_precision": "Date precision",
    "col.period": "Period",
    "col.partner": "Partner",
    "col.ca_countries": "Central Asian countries",
    "col.instrument": "Instrument",
    "col.status": "Status",
    "col.stage": "Stage",
    "col.commodities": "Commodities",
    "col.value": "Stated amount",
    "col.value_m": "Amount (m, as stated)",
    "col.value_currency": "Currency",
    "col.value_eur_m": "EUR m",
    "col.value_usd_m": "USD m",
    "col.fx_basis": "Conversion",
    "col.in_totals": "Counts in totals",
    "col.exclusion_reason": "Left out of totals because",
    "col.part_of": "Part of",
    "col.counterparties": "Counterparties",
    "col.profile": "Profile",
    "col.profile_help": "Opens the profile of the partner with the country (in a new tab, with these filters).",
    "col.title": "Title",
    "col.summary": "Summary",
    "col.sources": "Sources",
    "col.notes": "Notes",
    "col.figure": "Figure",
    "col.fact": "Fact",
    "col.year": "Year",
    "col.publisher": "Publisher",
    "col.language": "Language",
    "col.published": "Published",
    "col.url": "Link",
    "col.source_title": "Source",
    "col.source_id": "Source ID",
    "yes": "yes",
    "no": "no",
    "more_than": "more than {value}",
    "key_facts.rank": "#{number}",
    # data page
    "data.intro": {"one": "{n} record in the selection. Select a row to see all its fields and sources.",
                   "other": "{n} records in the selection. Select a row to see all its fields and sources."},
    "data.rows_shown": {"one": "The table shows the {shown} most recent of {n} record; the downloads hold it.",
                        "other": "The table shows the {shown} most recent of {n} records; the downloads hold all {n}."},
    "data.detail": "Record details",
    "data.pick": "Record",
    "data.download_csv": "Download CSV",
    "data.download_xlsx": "Download Excel",
    "data.download_json": "Download JSON",
    "data.downloads": {"one": "Download exactly this {n} record", "other": "Download exactly these {n} records"},
    "data.field": "Field",
    "data.field_value": "Value",
    "data.sources_of_record": "Sources of this record",
    # export
    "export.sheet_agreements": "Agreements",
    "export.sheet_sources": "Sources",
    "export.sheet_about": "About this export",
    "export.filters": "Filters applied",
    "export.exported": "Exported on",
    "export.dataset": "Dataset version",
    "export.dataset_updated": "Dataset updated",
    "export.records": "Records",
    "export.cite": "How to cite",
    "export.note": "Amounts are as the sources state them; their kind says how firm each is (headline, committed, non-binding, disbursed). See the Methodology page for conversions and "
                   "how totals avoid double counting.",
    "export.file_stem": "ca-partnerships",
    # about
    "about.coverage_title": "What the dataset covers",
    "about.coverage": (
        "Partnerships on critical raw materials between the five Central Asian states and outside partners since "
        "1 January 2022: governments, the EU, companies from a partner country, and finance institutions. Each "
        "record rests on public pages cited with their addresses. Amounts are as the sources state them; the "
        "kind of each amount (headline figure, committed, non-binding, disbursed) says how firm it is."
    ),
    "about.inclusion_title": "What counts as a record",
    "about.inclusion": (
        "**In:** an event from 1 January 2022 on that involves at least one Central Asian country and an outside "
        "partner, where critical raw materials are on the table: intergovernmental memoranda, declarations and "
        "roadmaps; binding agreements; company joint ventures, offtake and supply contracts, acquisitions and "
        "equity stakes; loans, grants, guarantees and letters of interest; funded projects; strategic-project "
        "designations; summits, talks and meetings where the sources put a raw material explicitly on the table. "
        "Commodities are those on "
        "the EU's or the USGS's current critical lists (uranium and copper included), and battery and "
        "renewable-hydrogen value chains where the source ties them to raw materials.\n\n"
        "**Out:** oil, gas and coal deals; gold mining on its own; power projects with no raw-materials link; "
        "trade totals; deals among Central Asian companies only; reports with no named parties.\n\n"
        "**One event, several documents:** each signed document or deal with its own parties or amount is a "
        "record of its own. A forum's package is one record with its total; a deal inside it that a source "
        "describes is another, linked with `part_of` so that its money is not counted twice. A record that "
        "implements an earlier one (memorandum → roadmap → project → financing) names it in `follows`.\n\n"
        "**Partner:** the outside party. A company counts under its home country; a finance institution is a "
        "partner of its own (EBRD, EIB, ADB, World Bank Group, AIIB, national development-finance and "
        "export-credit agencies)."
    ),
    "about.stage_title": "How far each record got",
    "about.stage": (
        "Every record has one stage, shown as a filter, in the tables, downloads and briefing: **talks** "
        "(talks, meetings and summits), **announced** (announced, pledged or presented; "
        "nothing signed yet), **document signed** (a memorandum, declaration, roadmap or agreement that binds no "
        "money), **money committed** (a loan, grant or guarantee signed, an investment, equity stake, joint "
        "venture or supply contract agreed) and **paid out or built** (money paid out, a plant built or "
        "commissioned, an acquisition completed, deliveries begun). The stage follows the verbs the sources "
        "use: an agreement that was \"reached\", a project \"presented\" or money \"pledged\" is not signed or "
        "committed. Validation checks that the stage fits the status and the kind of amount: a disbursed amount "
        "is never on talks, a committed one never on an announcement.\n\n"
        "**Talks and meetings are records only when the sources put a raw material explicitly on the table** "
        "at that meeting. Courtesy calls where a mine or \"rare metals\" get one phrase, business forums across "
        "many sectors, summits and ministerials where raw materials are one item in a list of sectors, and "
        "general memoranda on the environment are not records; a meeting held on critical raw materials counts "
        "even when no single material is named. Where talks produced a signed "
        "document or a deal, the record is that document or deal, and the talks' sources are cited there."
    ),
    "about.curation_title": "How records are curated",
    "about.curation": (
        "Each record cites at least one public page by its address; most cite two or more independent outlets "
        "(two editions of one outlet, or two copies of one press release, count once). Summaries are written in "
        "our own words in English and German; figures, dates and names are as the sources give them. The date is "
        "the event's (signing, meeting), not the report's; where a report gives only a weekday, the day follows "
        "from the report's date, and the notes say so. The date precision says how exact a date is. Where sources "
        "disagree, the record keeps the better-sourced figure and the notes say what the others report. Each "
        "record says when it was last checked against its sources, and every new or changed record is checked "
        "again, by someone who did not write it, before a release."
    ),
    "about.money_title": "Conversion and double counting",
    "about.money": (
        "An amount is kept in the currency the source states. The other currency is converted at the annual "
        "average ECB reference rate of the record's year (table below), unless the source states both. Each "
        "amount has a kind: a headline figure (an announced deal value, project cost or package total), "
        "committed (signed financing or investment), non-binding (a letter of interest, pledge or intention) or "
        "disbursed. Default totals add headline, committed and disbursed amounts and never a non-binding one; "
        "the Investments page lets you choose. Totals add an amount only once: a record whose amount lies inside "
        "another's (`part_of`) is not added when that record counts in the same selection, however far up the "
        "chain it sits, even when a record in the middle is filtered out. Outbound pledges (money leaving Central "
        "Asia) and wider packages that are not raw-materials figures are left out unless you include them."
    ),
    "about.releases_title": "Releases of the dataset",
    "about.no_releases": "No release has been recorded yet.",
    "about.release": "Version {version} ({date}): {added} added, {changed} changed, {removed} removed",
    "about.change": "Change",
    "about.fields": "Fields changed",
    "change.added": "Added",
    "change.changed": "Changed",
    "change.removed": "Removed",
    "about.rates_title": "Exchange rates used",
    "about.dictionary_title": "Data dictionary",
    "about.dictionary_intro": "Generated from the schema that validates the files.",
    "about.sources_title": "Sources",
    "about.open_data_title": "Open data: the whole release",
    "about.open_data": (
        "The whole release, version {version}, as one zip: every CSV file, `datapackage.json` (a Frictionless "
        "Data Package descriptor: each file's columns with their types, allowed values and links between the "
        "files, readable from R, Python or `frictionless validate`), `CITATION.cff` and the README with the "
        "data dictionary. Licence: Creative Commons Attribution 4.0 (CC BY 4.0) for our compilation and "
        "summaries: anyone may reuse, adapt and republish them, commercially too, if they cite the dataset; "
        "it is the licence most open-data releases of this kind use, and it asks for the one thing a tracker "
        "needs, that figures can be traced back. Facts, figures and dates belong to the sources, which every "
        "record names. Cite as: {citation}"
    ),
    "about.download_release": "Download the release (zip)",
    "about.version": "Dataset version {version}, updated {updated}. Cite as: {citation}",
    "about.col_column": "Column",
    "about.col_type": "Type",
    "about.col_required": "Required",
    "about.col_allowed": "Allowed values",
    "about.col_meaning": "Meaning",
    "about.rate": "USD per EUR",
    "about.basis": "Basis",
    # map
    "map.title": "Partner map",
    "map.caption": "Arcs run from each partner's capital (Brussels for the EU) to the Central Asian capitals it has "
                   "agreements with: {selection}.",
    "map.metric": "Shade and width by",
    "map.metric_count": "Number of agreements",
    "map.metric_value": "Stated value",
    "map.agreements": "Agreements",
    "map.value": "Stated value",
    "map.latest": "Latest",
    "map.legend_partners": "Partners (arc colour)",
    "map.legend_width": "Arc width and the shade of Central Asian countries: {metric}. A record that involves "
                        "several countries is shown on each of their arcs.",
    "map.pick_hint": "Click an arc or a country to list its agreements.",
    "map.picked": "Agreements of {what}",
    "map.clear": "Clear the map selection",
    "map.alt": "Map of Central Asia with arcs to its partners: {selection}",
    # timeline
    "timeline.title": "Agreement timeline",
    "timeline.caption": "Each mark is an agreement or meeting at its date: {selection}.",
    "timeline.lanes": "One lane per",
    "timeline.lanes_partner": "Partner",
    "timeline.lanes_ca": "Central Asian country",
    "timeline.how_to_read": "The shape says how far a record got: open for what binds nothing yet (talks, an "
                            "announcement), filled from a signed document on; the instrument is in the hover. "
                            "A mark with a bar and paler colour has a date known only to the month or year; the bar "
                            "spans that month or year. Thick translucent bars: the period a roadmap covers.",
    "timeline.axis_date": "Date",
    "timeline.legend_partner": "Partner",
    "timeline.legend_stage": "Stage",
    "timeline.period": "Period",
    "timeline.figure_title_partner": "Agreements over time by partner, {selection}",
    "timeline.figure_title_ca": "Agreements over time by Central Asian country, {selection}",
    "timeline.grouped": {"one": "{n} record", "other": "{n} records"},
    "timeline.precision_note": "date known to the {precision}",
    "timeline.precision_month": "month only",
    "timeline.precision_year": "year only",
    "hover.date": "Date",
    "hover.partner": "Partner",
    "hover.countries": "Countries",
    "hover.instrument": "Instrument",
    "hover.status": "Status",
    "hover.stage": "Stage",
    "hover.value": "Value",
    "hover.sources": "Sources",
    "hover.records": "Records",
    "hover.total": "Total",
    # investments
    "investments.title": "Investment values",
    "investments.currency": "Currency",
    "investments.include": "Include out-of-scope pledges and packages",
    "investments.include_help": "Outbound pledges (money leaving Central Asia) and wider packages that are not "
                                "raw-materials figures are left out of totals unless you include them here.",
    "investments.caveat": "{stated}; {counted} Amounts are as the sources state them. Records that are part of another (a deal "
                          "inside a forum's package) are not counted twice. {scope}",
    "investments.chart": "Chart",
    "investments.choose_by_partner": "By partner",
    "investments.choose_by_ca": "By country",
    "investments.choose_by_commodity": "By commodity",
    "investments.choose_by_year": "By year",
    "investments.stated": {"one": "{n} selected record of {m} states an amount",
                           "other": "{n} of {m} selected records state an amount"},
    "investments.counted": {"one": "{n} counts toward these totals.", "other": "{n} count toward these totals."},
    "investments.scope_excluded": "Out-of-scope pledges and packages ({k}) are excluded.",
    "investments.scope_included": "Out-of-scope pledges and packages ({k}) are included.",
    "investments.regional_note": "A record involving several countries or commodities appears once, under "
                                 "“several”, so that bars add up to the total.",
    "investments.kinds": "Amounts counted",
    "investments.pick_hint": "Click a bar to open its profile.",
    "investments.kinds_help": "Headline figures are announced deal values or project costs; committed amounts are "
                              "signed financing or investment; non-binding amounts are letters of interest, pledges "
                              "and intentions; disbursed amounts were paid out. Non-binding amounts are left out "
                              "unless you choose them.",
    "investments.counting": "Counted: {kinds}.",
    "investments.counting_non_binding": "Non-binding amounts are included: these totals mix intentions with "
                                        "committed money.",
    "investments.no_kinds": "Choose at least one kind of amount to count.",
    "group.institutions": "Finance institutions",
    "group.other_countries": "Other countries",
    "map.legend_places": "Finance institutions are drawn as a dot at their headquarters; a national agency such as the DFC or JBIC in its country’s colour, the multilateral banks in one colour. Borders and names shown imply no endorsement.",
    "record.missing_title": "Record not found",
    "record.missing": "There is no record with the id “{id}”. It may have been renamed or removed; the methodology page lists what each release changed.",
    "record.last_checked": "last checked against its sources",
    "record.notes_language": "in English",
    "record.amount": "Stated amount: {stated} ({kind})",
    "record.converted": "In the other currency: {value} ({basis})",
    "record.excluded": "Left out of raw-materials totals by default: {reason}",
    "record.sources": "Sources",
    "record.lifecycle": "Lifecycle and related records",
    "record.follows": "Follows",
    "record.followed_by": "Followed by",
    "record.part_of": "Part of",
    "record.parts": "Includes",
    "record.share": "Link to this record",
    "record.report_error": "Report an error in this record",
    "page.record": "Record",
    "chart.source_line": "{selection} · Source: {title}, dataset {version}, as shown on {date}",
    "chart.data_behind": "Data behind this chart",
    "investments.nothing_stated": "None of the selected records states an amount.",
    "investments.by_partner": "Stated value by partner, {selection}, {unit}",
    "investments.by_ca": "Stated value by Central Asian country, {selection}, {unit}",
    "investments.by_commodity": "Stated value by commodity, {selection}, {unit}",
    "investments.by_year": "Stated value by year and partner, {selection}, {unit}",
    "investments.unit": "{currency} m",
    "investments.axis_value": "Stated value ({currency} m)",
    "investments.axis_year": "Year",
    "investments.contributing": "Contributing records (as stated)",
    # briefing
    "briefing.download": "Download briefing (PowerPoint)",
    "briefing.dates": "Prepared {today} · dataset version {version}, updated {updated}",
    "briefing.empty_title": "No agreements in this selection",
    "briefing.by_partner": "Stated value by partner ({unit})",
    "briefing.by_year": "Agreements per year by partner",
    "briefing.by_country": "Agreements by Central Asian country",
    "briefing.money_caveat": "{stated}. Amounts as the sources state them, non-binding ones "
                             "left out; deals inside a package counted once; outbound pledges and wider packages left "
                             "out.",
    "briefing.count_caveat": {"one": "{m} agreement, memorandum, roadmap, deal, talk or meeting in the selection, by "
                                     "the year of its date.",
                              "other": "{m} agreements, memoranda, roadmaps, deals, talks and meetings in the "
                                       "selection, by the year of their date."},
    "briefing.country_caveat": "An agreement that involves several Central Asian countries counts for each of them.",
    "briefing.by_stage": "How far the agreements got",
    "briefing.stage_caveat": "Each record counts once, at the stage it has reached: talks, an announcement, a signed "
                             "document, money committed, or money paid out and projects built.",
    "briefing.table_title": "Most recent agreements",
    "briefing.more_rows": "{n} more in the Excel download of this selection.",
    "briefing.sources_title": "Sources",
    "presentation.exit": "Leave presentation mode",
    # vocabularies
    "several.ca": "Several countries",
    "several.all_ca": "All five Central Asian countries",
    "several.commodity": "Several commodities",
    "instrument.memorandum": "Memorandum of understanding",
    "instrument.agreement": "Intergovernmental agreement",
    "instrument.roadmap": "Roadmap",
    "instrument.joint_venture": "Joint venture",
    "instrument.commercial_agreement": "Commercial agreement",
    "instrument.business_package": "Package of business deals",
    "instrument.declaration_of_intent": "Declaration of intent",
    "instrument.funding_project": "Funding project",
    "instrument.pledge": "Pledge",
    "instrument.talks": "Talks",
    "instrument.summit": "Summit",
    "instrument.meeting": "Meeting",
    "instrument.declaration": "Joint declaration",
    "instrument.offtake": "Offtake or supply contract",
    "instrument.acquisition": "Acquisition or equity stake",
    "instrument.loan": "Loan",
    "instrument.grant": "Grant",
    "instrument.guarantee": "Guarantee",
    "instrument.letter_of_interest": "Letter of interest",
    "instrument.strategic_project": "Strategic-project designation",
    "status.signed": "Signed",
    "status.endorsed": "Endorsed",
    "status.announced": "Announced",
    "status.under_negotiation": "Under negotiation",
    "status.held": "Held",
    "status.in_force": "In force",
    "status.under_way": "Under way",
    "status.completed": "Completed",
    "status.stalled": "Stalled",
    "status.cancelled": "Cancelled",
    "stage.talks": "Talks",
    "stage.announced": "Announced",
    "stage.signed": "Document signed",
    "stage.committed": "Money committed",
    "stage.delivered": "Paid out or built",
    "commodity.critical_raw_materials": "Critical raw materials (general)",
    "commodity.rare_earths": "Rare earths",
    "commodity.tungsten": "Tungsten",
    "commodity.molybdenum": "Molybdenum",
    "commodity.uranium": "Uranium",
    "commodity.lithium": "Lithium",
    "commodity.batteries": "Batteries",
    "commodity.renewable_hydrogen": "Renewable hydrogen",
    "commodity.wind_power": "Wind power",
    "commodity.energy": "Energy",
    "commodity.mining_geology": "Mining and geology",
    "amount_kind.headline": "Headline figure",
    "amount_kind.committed": "Committed",
    "amount_kind.non_binding": "Non-binding",
    "amount_kind.disbursed": "Disbursed",
    "commodity.copper": "Copper",
    "commodity.antimony": "Antimony",
    "commodity.gallium": "Gallium",
    "commodity.germanium": "Germanium",
    "commodity.graphite": "Graphite",
    "commodity.nickel": "Nickel",
    "commodity.cobalt": "Cobalt",
    "commodity.manganese": "Manganese",
    "commodity.chromium": "Chromium",
    "commodity.titanium": "Titanium",
    "commodity.vanadium": "Vanadium",
    "commodity.tin": "Tin",
    "commodity.zinc": "Zinc",
    "commodity.lead": "Lead",
    "commodity.silver": "Silver",
    "commodity.aluminium": "Aluminium",
    "commodity.magnesium": "Magnesium",
    "commodity.silicon": "Silicon",
    "commodity.fluorspar": "Fluorspar",
    "commodity.potash": "Potash",
    "commodity.phosphate": "Phosphate",
    "commodity.boron": "Boron",
    "commodity.tantalum": "Tantalum",
    "commodity.niobium": "Niobium",
    "commodity.beryllium": "Beryllium",
    "commodity.bismuth": "Bismuth",
    "commodity.rhenium": "Rhenium",
    "commodity.platinum_group": "Platinum-group metals",
    "commodity.iodine": "Iodine",
    "precision.day": "exact day",
    "precision.month": "month only",
    "precision.year": "year only",
    "fx_basis.annual_rate": "converted at the year's ECB average",
    "fx_basis.stated_by_source": "both figures stated by the source",
    "exclusion.outbound": "money flows out of Central Asia",
    "exclusion.wider_scope": "not a raw-materials figure",
    # profiles and who works with whom
    "page.country": "Country profile",
    "page.partner": "Partner profile",
    "page.matrix": "Who works with whom",
    "profile.caption": "Within the selection: {selection}.",
    "profile.pair_title": "{partner} and {country}",
    "profile.missing_title": "No such profile",
    "profile.missing": "The link names no Central Asian country or partner of the dataset ({code}). Open a profile from the map, the matrix or a record's page.",
    "profile.empty": "No record of the selection concerns {name}. Widen the filters in the sidebar, or reset them.",
    "profile.records": {"one": "{n} record", "other": "{n} records"},
    "profile.all_records": "Records",
    "profile.sources_count": "Sources cited",
    "profile.commodities_count": "Commodities",
    "profile.stages": "How far they got",
    "profile.amounts": "Stated amounts by kind",
    "profile.amounts_caption": "Each kind's own total of the records in scope, no amount counted twice; the kinds are never added together (a pledge is not committed money).",
    "profile.col_kind": "Amount kind",
    "profile.col_eur": "Total, EUR",
    "profile.col_usd": "Total, USD",
    "profile.col_counted": "Records counted",
    "profile.commodities": "Commodities involved",
    "profile.with_partners": "Partners",
    "profile.with_countries": "Central Asian countries",
    "profile.col_pair": "Pair profile",
    "profile.timeline_title": "Records per year and stage: {name}",
    "profile.axis_records": "Records",
    "profile.chains": "Lifecycle chains",
    "profile.chains_caption": "Records that follow one another, memorandum → roadmap → project → financing.",
    "profile.step": "Step {n}",
    "profile.no_chains": "No record of this profile follows another of its records.",
    "profile.latest": "Latest records",
    "profile.sources": "Most cited sources",
    "profile.col_cited": "Records citing it",
    "profile.all_of": "All of {name}",
    "profile.links": "Profiles:",
    "profile.open": "Profile: {name}",
    "matrix.title": "Who works with whom",
    "matrix.caption": "Partners (rows, grouped as on the map and the timeline) and the Central Asian countries (columns), within the selection: {selection}. Each number opens the pair's profile, each partner its own.",
    "matrix.measure": "Show",
    "matrix.measure_count": "Records",
    "matrix.measure_value": "Stated investment (EUR m)",
    "matrix.stages": "Stages",
    "matrix.col_partner": "Partner",
    "matrix.col_group": "Group",
    "matrix.total": "All five",
    "matrix.count_note": "A record on several countries counts in each of them; the last column counts it once.",
    "matrix.value_note": "Amounts counted as on the Investments page (headline, committed and paid out; pledges and wider packages left out), in millions of euros; a regional record counts in each of its countries, and once in the last column.",
    "matrix.empty": "No record of the selection at these stages.",
}

# The data dictionary (methodology page, data/README.md). The descriptions of the files and their columns
# are the data contract's own text (tracker/dataset/schema.py); other languages translate them here.
STRINGS.update({
    "dictionary.kind.text": "text",
    "dictionary.kind.slug": "id (lower-case, hyphens)",
    "dictionary.kind.slugs": "ids separated by ;",
    "dictionary.kind.code": "code",
    "dictionary.kind.codes": "codes separated by ;",
    "dictionary.kind.date": "date YYYY-MM-DD",
    "dictionary.kind.partial_date": "YYYY, YYYY-MM or YYYY-MM-DD",
    "dictionary.kind.number": "number",
    "dictionary.kind.integer": "whole number",
    "dictionary.kind.bool": "true or false",
    "dictionary.reference.sources": "an id in sources.csv",
    "dictionary.reference.agreements": "an id in agreements.csv",
    "dictionary.reference.ca_countries": "a central_asia code in countries.csv",
    "dictionary.reference.partners": "a partner code in countries.csv",
    "dictionary.reference.countries": "a code in countries.csv",
    "dictionary.range": "{minimum} to {maximum}",
    "dictionary.at_least": "≥ {minimum}",
})
STRINGS.update({f"dictionary.file.{spec.name}": spec.description for spec in FILES})
STRINGS.update({f"dictionary.column.{spec.name}.{column.name}": column.description
                for spec in FILES for column in spec.columns})

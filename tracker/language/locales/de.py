"""Deutsche Texte. Jeder Schlüssel steht auch in en.py (tests/language/test_i18n.py prüft es).

Ein Eintrag ist ein Text oder ein dict von Pluralformen, aus dem tracker.language.i18n.t nach der Anzahl wählt."""

STRINGS = {
    "language.name": "Deutsch",
    "format.money_millions": "{number} Mio. {symbol}",
    "app.title": "Rohstoffpartnerschaften mit Zentralasien",
    "app.short_title": "Rohstoffpartnerschaften Zentralasien",
    "page.overview": "Überblick",
    "page.map": "Partnerkarte",
    "page.timeline": "Zeitleiste",
    "page.investments": "Investitionen",
    "page.data": "Daten & Downloads",
    "page.about": "Methodik",
    # sidebar
    "sidebar.language": "Sprache",
    "sidebar.filters": "Filter",
    "filter.years": "Jahre",
    "filter.ca": "Zentralasiatisches Land",
    "filter.partner": "Partner",
    "filter.commodity": "Rohstoff",
    "filter.instrument": "Instrument",
    "filter.status": "Status",
    "filter.stage": "Stufe",
    "filter.search": "Suche",
    "filter.search_placeholder": "z. B. Wolfram, Cove, Šefčovič",
    "filter.search_help": "Findet Einträge, deren Titel, Zusammenfassungen (Deutsch oder Englisch), Beteiligte, Rohstoffe, Anmerkungen oder Kennungen jedes Wort enthalten; Groß- und Kleinschreibung sowie Akzente spielen keine Rolle. Ein * am Wortende sucht nach dem Wortanfang (Wolfr*).",
    "filter.clear_search": "Suche löschen",
    "selection.empty_search": "Keine Einträge passen zur Suche „{query}“ mit diesen Filtern.",
    "filter.all": "Alle",
    "filter.reset": "Filter zurücksetzen",
    "filter.count": {"one": "{n} von {total} Eintrag ausgewählt", "other": "{n} von {total} Einträgen ausgewählt"},
    "filter.present": "Präsentationsmodus",
    # URL notices
    "notice.title": "Teile des Links wurden ignoriert oder angepasst:",
    "notice.unknown_key": "unbekannter Parameter „{key}“",
    "notice.unknown_code": "unbekannter Code „{value}“ für {key}",
    "notice.bad_year": "„{value}“ ist keine Jahreszahl ({key})",
    "notice.year_clamped": "das Jahr {value} ({key}) liegt außerhalb der Daten; verwendet wird {used}",
    "notice.reversed_range": "der Jahresbereich {value} ist vertauscht",
    "notice.too_long": "der Wert von „{key}“ ist zu lang",
    "notice.bad_language": "unbekannte Sprache „{value}“",
    # data errors
    "error.data_title": "Der Datensatz konnte nicht geladen werden, daher werden keine Zahlen angezeigt.",
    "error.data_hint": "Beheben Sie die unten genannten Probleme (oder führen Sie `python -m tracker.curation.validate_folder` aus) "
                       "und laden Sie die Seite neu.",
    "error.more": {"one": "… und {n} weiteres Problem.", "other": "… und {n} weitere Probleme."},
    "error.col_file": "Datei",
    "error.col_row": "Zeile",
    "error.col_column": "Spalte",
    "error.col_value": "Wert",
    "error.col_expected": "Erwartet",
    # selection in words
    "selection.all_years": "alle Jahre",
    "selection.all_countries": "alle zentralasiatischen Länder",
    "selection.all_partners": "alle Partner",
    "selection.search": "Suche „{query}“",
    "selection.more": {"one": "{n} weiterer Filter", "other": "{n} weitere Filter"},
    "selection.empty": "Keine Abkommen entsprechen dieser Auswahl. Erweitern Sie die Filter oder setzen Sie sie "
                       "zurück.",
    # overview
    "overview.caption": "Wer mit Zentralasien Abkommen zu kritischen Rohstoffen schließt: {selection}.",
    "overview.agreements": "Abkommen",
    "overview.partners": "Partner",
    "overview.ca_countries": "Zentralasiatische Länder",
    "overview.by_stage": "Wie weit sie gediehen sind",
    "overview.by_stage_help": "Einträge der Auswahl auf jeder Stufe; eine Stufe in der Seitenleiste zeigt nur diese.",
    "overview.value_eur": "Genannte Investitionen (EUR)",
    "overview.value_usd": "Genannte Investitionen (USD)",
    "overview.value_help": "{stated}. Beträge wie von den Quellen genannt, jeder mit seiner Art; "
                           "Abkommen innerhalb eines Pakets einmal gezählt; {excluded} standardmäßig ausgeschlossen.",
    "overview.excluded_none": "keine Zusagen",
    "overview.excluded_some": {"one": "{n} Zusage oder umfassenderes Paket",
                               "other": "{n} Zusagen oder umfassendere Pakete"},
    "overview.stated": {"one": "{n} Eintrag von {m} nennt einen Betrag", "other": "{n} von {m} Einträgen nennen einen Betrag"},
    "overview.amounts_note": "{stated}. Beträge wie von den Quellen genannt; ihre Art sagt, wie fest sie sind (Gesamtwert, "
                             "zugesagt, unverbindlich, ausgezahlt).",
    "overview.recent": "Neueste Abkommen",
    "overview.whats_new": "Neu in Ausgabe {version} ({date})",
    "overview.whats_new_caption": {"one": "{added} Eintrag hinzugefügt, {changed} geändert, {removed} entfernt; neueste zuerst.",
                                   "other": "{added} Einträge hinzugefügt, {changed} geändert, {removed} entfernt; neueste zuerst."},
    "overview.all_releases": "Alle Ausgaben und was sie geändert haben",
    "overview.key_facts": "Kennzahlen",
    "overview.open_data": "Alle Einträge und Downloads",
    # columns
    "col.amount_kind": "Art des Betrags",
    "col.follows": "Folgt auf",
    "col.last_checked": "Zuletzt geprüft",
    "col.record": "Eintrag",
    "col.date_iso": "Datum (ISO, in seiner Genauigkeit)",
    "col.record_help": "Öffnet die Seite des Eintrags: Quellen, Lebenszyklus und ein Link, um einen Fehler zu melden.",
    "col.open": "Öffnen ↗",
    "col.id": "ID",
    "col.date": "Datum",
    "col.date_precision": "Genauigkeit des Datums",
    "col.period": "Zeitraum",
    "col.partner": "Partner",
    "col.ca_countries": "Zentralasiatische Länder",
    "col.instrument": "Instrument",
    "col.status": "Status",
    "col.stage": "Stufe",
    "col.commodities": "Rohstoffe",
    "col.value": "Genannter Betrag",
    "col.value_m": "Betrag (Mio., wie genannt)",
    "col.value_currency": "Währung",
    "col.value_eur_m": "Mio. EUR",
    "col.value_usd_m": "Mio. USD",
    "col.fx_basis": "Umrechnung",
    "col.in_totals": "Zählt in Summen",
    "col.exclusion_reason": "Nicht in Summen, weil",
    "col.part_of": "Teil von",
    "col.counterparties": "Beteiligte",
    "col.profile": "Profil",
    "col.profile_help": "Öffnet das Profil des Partners mit dem Land (in einem neuen Tab, mit diesen Filtern).",
    "col.title": "Titel",
    "col.summary": "Zusammenfassung",
    "col.sources": "Quellen",
    "col.notes": "Anmerkungen",
    "col.figure": "Wert",
    "col.fact": "Kennzahl",
    "col.year": "Jahr",
    "col.publisher": "Herausgeber",
    "col.language": "Sprache",
    "col.published": "Veröffentlicht",
    "col.url": "Link",
    "col.source_title": "Quelle",
    "col.source_id": "Quellen-ID",
    "yes": "ja",
    "no": "nein",
    "more_than": "mehr als {value}",
    "key_facts.rank": "Platz {number}",
    # data page
    "data.intro": {"one": "{n} Eintrag in der Auswahl. Wählen Sie eine Zeile, um alle Felder und Quellen zu sehen.",
                   "other": "{n} Einträge in der Auswahl. Wählen Sie eine Zeile, um alle Felder und Quellen zu sehen."},
    "data.rows_shown": {"one": "Die Tabelle zeigt die {shown} neuesten von {n} Eintrag; die Downloads enthalten ihn.",
                        "other": "Die Tabelle zeigt die {shown} neuesten von {n} Einträgen; die Downloads enthalten alle {n}."},
    "data.detail": "Details des Eintrags",
    "data.pick": "Eintrag",
    "data.download_csv": "CSV herunterladen",
    "data.download_xlsx": "Excel herunterladen",
    "data.download_json": "JSON herunterladen",
    "data.downloads": {"one": "Genau diesen {n} Eintrag herunterladen", "other": "Genau diese {n} Einträge herunterladen"},
    "data.field": "Feld",
    "data.field_value": "Wert",
    "data.sources_of_record": "Quellen dieses Eintrags",
    # export
    "export.sheet_agreements": "Abkommen",
    "export.sheet_sources": "Quellen",
    "export.sheet_about": "Über diesen Export",
    "export.filters": "Angewandte Filter",
    "export.exported": "Exportiert am",
    "export.dataset": "Version des Datensatzes",
    "export.dataset_updated": "Datensatz aktualisiert",
    "export.records": "Einträge",
    "export.cite": "Zitiervorschlag",
    "export.note": "Beträge wie von den Quellen genannt; ihre Art sagt, wie fest sie sind (Gesamtwert, zugesagt, unverbindlich, ausgezahlt). Zu Umrechnung und Vermeidung von Doppelzählungen "
                   "siehe die Seite Methodik.",
    "export.file_stem": "za-partnerschaften",
    # about
    "about.coverage_title": "Was der Datensatz abdeckt",
    "about.coverage": (
        "Partnerschaften zu kritischen Rohstoffen zwischen den fünf zentralasiatischen Staaten und Partnern von "
        "außen seit dem 1. Januar 2022: Regierungen, die EU, Unternehmen aus einem Partnerland und "
        "Finanzinstitutionen. Jeder Eintrag stützt sich auf öffentliche Seiten, die mit ihrer Adresse zitiert "
        "sind. Beträge stehen so, wie die Quellen sie nennen; die Art des Betrags (angekündigter Gesamtwert, "
        "zugesagt, unverbindlich, ausgezahlt) sagt, wie fest er ist."
    ),
    "about.inclusion_title": "Was ein Eintrag ist",
    "about.inclusion": (
        "**Aufgenommen:** ein Ereignis ab dem 1. Januar 2022 mit mindestens einem zentralasiatischen Land und "
        "einem Partner von außen, bei dem es um kritische Rohstoffe geht: zwischenstaatliche Memoranden, "
        "Erklärungen und Fahrpläne; verbindliche Abkommen; Gemeinschaftsunternehmen, Abnahme- und Lieferverträge, "
        "Übernahmen und Beteiligungen; Kredite, Zuschüsse, Garantien und Interessenbekundungen; geförderte "
        "Projekte; Einstufungen als strategisches Projekt; Gipfel, Gespräche und Treffen, bei denen die Quellen "
        "ausdrücklich einen Rohstoff auf den Tisch legen. Rohstoffe sind die der aktuellen Listen kritischer Rohstoffe der EU oder des USGS (Uran und "
        "Kupfer eingeschlossen) sowie Wertschöpfungsketten für Batterien und erneuerbaren Wasserstoff, wo die "
        "Quelle sie mit Rohstoffen verbindet.\n\n"
        "**Nicht aufgenommen:** Öl-, Gas- und Kohlegeschäfte; reiner Goldbergbau; Energieprojekte ohne "
        "Rohstoffbezug; Handelssummen; Geschäfte nur zwischen zentralasiatischen Unternehmen; Berichte ohne "
        "benannte Beteiligte.\n\n"
        "**Ein Ereignis, mehrere Dokumente:** Jedes unterzeichnete Dokument oder Geschäft mit eigenen Beteiligten "
        "oder eigenem Betrag ist ein eigener Eintrag. Das Paket eines Forums ist ein Eintrag mit seiner Summe; ein "
        "Geschäft darin, das eine Quelle beschreibt, ein weiterer, mit `part_of` verknüpft, damit sein Geld nicht "
        "doppelt zählt. Ein Eintrag, der einen früheren umsetzt (Memorandum → Fahrplan → Projekt → Finanzierung), "
        "nennt ihn in `follows`.\n\n"
        "**Partner:** die Seite von außen. Ein Unternehmen zählt unter seinem Herkunftsland; eine "
        "Finanzinstitution ist ein eigener Partner (EBRD, EIB, ADB, Weltbankgruppe, AIIB, nationale "
        "Entwicklungs- und Exportfinanzierer)."
    ),
    "about.stage_title": "Wie weit jeder Eintrag gediehen ist",
    "about.stage": (
        "Jeder Eintrag hat eine Stufe, als Filter, in den Tabellen, Downloads und im Briefing: **Gespräche** "
        "(Gespräche, Treffen und Gipfel), **angekündigt** (angekündigt, zugesagt oder "
        "vorgestellt; noch nichts unterzeichnet), **unterzeichnet** (ein Memorandum, eine Erklärung, ein "
        "Fahrplan oder Abkommen, das kein Geld bindet), **Geld verbindlich** (ein Kredit, Zuschuss oder "
        "eine Garantie unterzeichnet, eine Investition, Beteiligung, ein Gemeinschaftsunternehmen oder Liefervertrag "
        "vereinbart) und **ausgezahlt, gebaut** (Geld ausgezahlt, eine Anlage gebaut oder in Betrieb genommen, "
        "eine Übernahme vollzogen, Lieferungen begonnen). Die Stufe folgt den Verben der Quellen: Eine Einigung, "
        "die „erzielt“, ein Projekt, das „vorgestellt“, oder Geld, das „zugesagt“ wurde, ist nicht "
        "unterzeichnet oder verbindlich. Die Prüfung stellt sicher, dass die Stufe zu Status und Betragsart passt: "
        "Ein ausgezahlter Betrag steht nie bei Gesprächen, ein verbindlicher nie bei einer Ankündigung.\n\n"
        "**Gespräche und Treffen sind nur dann Einträge, wenn die Quellen ausdrücklich einen Rohstoff auf den "
        "Tisch legen.** Höflichkeitsbesuche, bei denen ein Bergwerk oder „seltene Metalle“ einen Halbsatz "
        "erhalten, Wirtschaftsforen über viele Branchen, Gipfel und Ministertreffen, bei denen Rohstoffe ein "
        "Punkt in einer Liste von Branchen sind, und allgemeine Umweltmemoranden sind keine Einträge; ein Treffen "
        "über kritische Rohstoffe zählt auch, wenn kein einzelner Rohstoff genannt wird. Wo "
        "Gespräche ein unterzeichnetes Dokument oder ein Geschäft hervorbrachten, ist dieses der Eintrag, und die "
        "Quellen der Gespräche werden dort zitiert."
    ),
    "about.curation_title": "Wie Einträge erfasst werden",
    "about.curation": (
        "Jeder Eintrag zitiert mindestens eine öffentliche Seite mit ihrer Adresse; die meisten zwei oder mehr "
        "unabhängige Medien (zwei Ausgaben eines Mediums oder zwei Kopien einer Pressemitteilung zählen einmal). "
        "Zusammenfassungen sind in eigenen Worten auf Englisch und Deutsch geschrieben; Zahlen, Daten und Namen "
        "stehen so, wie die Quellen sie nennen. Das Datum ist das des Ereignisses (Unterzeichnung, Treffen), nicht "
        "das des Berichts; nennt ein Bericht nur einen Wochentag, ergibt sich der Tag aus dem Datum des Berichts, "
        "und die Anmerkungen sagen das. Die Datumsgenauigkeit sagt, wie genau ein Datum ist. Widersprechen sich "
        "Quellen, behält der Eintrag die besser belegte Zahl, und die Anmerkungen nennen die anderen Angaben. "
        "Jeder Eintrag nennt, wann er zuletzt an seinen Quellen geprüft wurde, und jeder neue oder geänderte "
        "Eintrag wird vor einer Ausgabe von jemandem erneut geprüft, der ihn nicht geschrieben hat."
    ),
    "about.money_title": "Umrechnung und Doppelzählungen",
    "about.money": (
        "Ein Betrag bleibt in der Währung, die die Quelle nennt. Die andere Währung wird zum Jahresdurchschnitt "
        "des EZB-Referenzkurses im Jahr des Eintrags umgerechnet (Tabelle unten), außer die Quelle nennt beide. "
        "Jeder Betrag hat eine Art: angekündigter Gesamtwert (genannter Geschäftswert, Projektkosten oder Summe "
        "eines Pakets), zugesagt (unterzeichnete Finanzierung oder Investition), unverbindlich "
        "(Interessenbekundung, Zusage oder Absicht) oder ausgezahlt. Die voreingestellten Summen addieren "
        "Gesamtwerte, zugesagte und ausgezahlte Beträge, nie einen unverbindlichen; auf der Seite Investitionen "
        "lässt sich das ändern. Jeder Betrag zählt nur einmal: Ein Eintrag, dessen Betrag in dem eines anderen "
        "enthalten ist (`part_of`), zählt nicht, wenn jener in derselben Auswahl zählt, wie weit oben in der "
        "Kette er auch steht, auch wenn ein Eintrag dazwischen herausgefiltert ist. Zusagen, bei denen Geld aus "
        "Zentralasien abfließt, und umfassendere Pakete, die keine Rohstoffzahl sind, bleiben außen vor, sofern "
        "Sie sie nicht einbeziehen."
    ),
    "about.releases_title": "Ausgaben des Datensatzes",
    "about.no_releases": "Noch keine Ausgabe verzeichnet.",
    "about.release": "Version {version} ({date}): {added} hinzugefügt, {changed} geändert, {removed} entfernt",
    "about.change": "Änderung",
    "about.fields": "Geänderte Felder",
    "change.added": "Hinzugefügt",
    "change.changed": "Geändert",
    "change.removed": "Entfernt",
    "about.rates_title": "Verwendete Wechselkurse",
    "about.dictionary_title": "Datenlexikon",
    "about.dictionary_intro": "Aus dem Schema erzeugt, das die Dateien prüft.",
    "about.sources_title": "Quellen",
    "about.open_data_title": "Offene Daten: die ganze Veröffentlichung",
    "about.open_data": (
        "Die ganze Veröffentlichung, Version {version}, als ein Zip: alle CSV-Dateien, `datapackage.json` "
        "(eine Frictionless-Data-Package-Beschreibung: die Spalten jeder Datei mit Typ, erlaubten Werten und "
        "den Verweisen zwischen den Dateien, lesbar aus R, Python oder mit `frictionless validate`), "
        "`CITATION.cff` und die README mit dem Datenwörterbuch. Lizenz: Creative Commons Namensnennung 4.0 "
        "(CC BY 4.0) für unsere Zusammenstellung und Zusammenfassungen: Jede und jeder darf sie weiterverwenden, "
        "bearbeiten und veröffentlichen, auch kommerziell, sofern der Datensatz genannt wird; die meisten "
        "offenen Datensätze dieser Art nutzen sie, und sie verlangt das Eine, was ein Tracker braucht: dass "
        "sich Zahlen zurückverfolgen lassen. Fakten, Zahlen und Daten gehören den Quellen, die jeder Eintrag "
        "nennt. Zitiervorschlag: {citation}"
    ),
    "about.download_release": "Veröffentlichung herunterladen (Zip)",
    "about.version": "Datensatz Version {version}, Stand {updated}. Zitiervorschlag: {citation}",
    "about.col_column": "Spalte",
    "about.col_type": "Typ",
    "about.col_required": "Pflicht",
    "about.col_allowed": "Erlaubte Werte",
    "about.col_meaning": "Bedeutung",
    "about.rate": "USD je EUR",
    "about.basis": "Grundlage",
    # map
    "map.title": "Partnerkarte",
    "map.caption": "Bögen führen von der Hauptstadt jedes Partners (für die EU Brüssel) zu den zentralasiatischen "
                   "Hauptstädten, mit denen er Abkommen hat: {selection}.",
    "map.metric": "Färbung und Breite nach",
    "map.metric_count": "Zahl der Abkommen",
    "map.metric_value": "Genannter Betrag",
    "map.agreements": "Abkommen",
    "map.value": "Genannter Betrag",
    "map.latest": "Zuletzt",
    "map.legend_partners": "Partner (Farbe der Bögen)",
    "map.legend_width": "Breite der Bögen und Färbung der zentralasiatischen Länder: {metric}. Ein Eintrag mit "
                        "mehreren Ländern erscheint auf jedem seiner Bögen.",
    "map.pick_hint": "Klicken Sie auf einen Bogen oder ein Land, um seine Abkommen aufzulisten.",
    "map.picked": "Abkommen: {what}",
    "map.clear": "Kartenauswahl aufheben",
    "map.alt": "Karte Zentralasiens mit Bögen zu seinen Partnern: {selection}",
    # timeline
    "timeline.title": "Zeitleiste der Abkommen",
    "timeline.caption": "Jede Markierung ist ein Abkommen oder Treffen an seinem Datum: {selection}.",
    "timeline.lanes": "Eine Zeile je",
    "timeline.lanes_partner": "Partner",
    "timeline.lanes_ca": "Zentralasiatisches Land",
    "timeline.how_to_read": "Die Form zeigt, wie weit ein Eintrag gediehen ist: offen, solange nichts bindet "
                            "(Gespräche, eine Ankündigung), gefüllt ab einem unterzeichneten Dokument; die Art des "
                            "Eintrags steht im Tooltip. Eine blassere Markierung mit Balken hat ein Datum, das "
                            "nur auf den Monat oder das Jahr bekannt ist; der Balken umfasst diesen Monat oder dieses "
                            "Jahr. Breite durchscheinende Balken: der Zeitraum, den ein Fahrplan abdeckt.",
    "timeline.axis_date": "Datum",
    "timeline.legend_partner": "Partner",
    "timeline.legend_stage": "Stufe",
    "timeline.period": "Zeitraum",
    "timeline.figure_title_partner": "Abkommen im Zeitverlauf nach Partner, {selection}",
    "timeline.figure_title_ca": "Abkommen im Zeitverlauf nach zentralasiatischem Land, {selection}",
    "timeline.grouped": {"one": "{n} Eintrag", "other": "{n} Einträge"},
    "timeline.precision_note": "Datum bekannt: {precision}",
    "timeline.precision_month": "nur Monat",
    "timeline.precision_year": "nur Jahr",
    "hover.date": "Datum",
    "hover.partner": "Partner",
    "hover.countries": "Länder",
    "hover.instrument": "Instrument",
    "hover.status": "Status",
    "hover.stage": "Stufe",
    "hover.value": "Betrag",
    "hover.sources": "Quellen",
    "hover.records": "Einträge",
    "hover.total": "Summe",
    # investments
    "investments.title": "Investitionen",
    "investments.currency": "Währung",
    "investments.include": "Zusagen und Pakete außerhalb des Rahmens einbeziehen",
    "investments.include_help": "Zusagen, bei denen Geld aus Zentralasien abfließt, und umfassendere Pakete, die "
                                "keine Rohstoffzahl sind, bleiben außen vor, sofern Sie sie nicht hier einbeziehen.",
    "investments.caveat": "{stated}; {counted} Beträge wie von den Quellen genannt. Einträge, die Teil eines anderen sind "
                          "(ein Abkommen im Paket eines Forums), werden nicht doppelt gezählt. {scope}",
    "investments.chart": "Diagramm",
    "investments.choose_by_partner": "Nach Partner",
    "investments.choose_by_ca": "Nach Land",
    "investments.choose_by_commodity": "Nach Rohstoff",
    "investments.choose_by_year": "Nach Jahr",
    "investments.stated": {"one": "{n} ausgewählter Eintrag von {m} nennt einen Betrag",
                           "other": "{n} von {m} ausgewählten Einträgen nennen einen Betrag"},
    "investments.counted": {"one": "{n} zählt zu diesen Summen.", "other": "{n} zählen zu diesen Summen."},
    "investments.scope_excluded": "Zusagen und Pakete außerhalb des Rahmens ({k}) sind ausgeschlossen.",
    "investments.scope_included": "Zusagen und Pakete außerhalb des Rahmens ({k}) sind einbezogen.",
    "investments.regional_note": "Ein Eintrag mit mehreren Ländern oder Rohstoffen erscheint einmal unter "
                                 "„mehrere“, damit sich die Balken zur Summe addieren.",
    "investments.kinds": "Gezählte Beträge",
    "investments.pick_hint": "Ein Klick auf einen Balken öffnet sein Profil.",
    "investments.kinds_help": "Angekündigte Gesamtwerte sind genannte Geschäftswerte oder Projektkosten; zugesagte "
                              "Beträge sind unterzeichnete Finanzierungen oder Investitionen; unverbindliche Beträge "
                              "sind Interessenbekundungen, Zusagen und Absichten; ausgezahlte Beträge wurden gezahlt. "
                              "Unverbindliche Beträge zählen nur, wenn Sie sie wählen.",
    "investments.counting": "Gezählt: {kinds}.",
    "investments.counting_non_binding": "Unverbindliche Beträge sind einbezogen: Diese Summen mischen Absichten mit "
                                        "zugesagtem Geld.",
    "investments.no_kinds": "Wählen Sie mindestens eine Art von Betrag.",
    "group.institutions": "Finanzinstitutionen",
    "group.other_countries": "Weitere Länder",
    "map.legend_places": "Finanzinstitutionen erscheinen als Punkt an ihrem Sitz; eine nationale Agentur wie die DFC oder JBIC in der Farbe ihres Landes, die multilateralen Banken in einer Farbe. Die dargestellten Grenzen und Namen bedeuten keine Anerkennung.",
    "record.missing_title": "Eintrag nicht gefunden",
    "record.missing": "Es gibt keinen Eintrag mit der Kennung „{id}“. Er wurde womöglich umbenannt oder entfernt; die Methodikseite zeigt, was jede Ausgabe geändert hat.",
    "record.last_checked": "zuletzt an den Quellen geprüft",
    "record.notes_language": "auf Englisch",
    "record.amount": "Genannter Betrag: {stated} ({kind})",
    "record.converted": "In der anderen Währung: {value} ({basis})",
    "record.excluded": "Standardmäßig nicht in den Rohstoffsummen: {reason}",
    "record.sources": "Quellen",
    "record.lifecycle": "Lebenszyklus und verbundene Einträge",
    "record.follows": "Folgt auf",
    "record.followed_by": "Gefolgt von",
    "record.part_of": "Teil von",
    "record.parts": "Umfasst",
    "record.share": "Link zu diesem Eintrag",
    "record.report_error": "Fehler in diesem Eintrag melden",
    "page.record": "Eintrag",
    "chart.source_line": "{selection} · Quelle: {title}, Datensatz {version}, Stand der Ansicht {date}",
    "chart.data_behind": "Daten hinter diesem Diagramm",
    "investments.nothing_stated": "Keiner der ausgewählten Einträge nennt einen Betrag.",
    "investments.by_partner": "Genannte Beträge nach Partner, {selection}, {unit}",
    "investments.by_ca": "Genannte Beträge nach zentralasiatischem Land, {selection}, {unit}",
    "investments.by_commodity": "Genannte Beträge nach Rohstoff, {selection}, {unit}",
    "investments.by_year": "Genannte Beträge nach Jahr und Partner, {selection}, {unit}",
    "investments.unit": "Mio. {currency}",
    "investments.axis_value": "Genannter Betrag (Mio. {currency})",
    "investments.axis_year": "Jahr",
    "investments.contributing": "Beitragende Einträge (wie genannt)",
    # briefing
    "briefing.download": "Briefing herunterladen (PowerPoint)",
    "briefing.dates": "Erstellt am {today} · Datensatz Version {version}, Stand {updated}",
    "briefing.empty_title": "Keine Abkommen in dieser Auswahl",
    "briefing.by_partner": "Genannte Beträge nach Partner ({unit})",
    "briefing.by_year": "Abkommen pro Jahr nach Partner",
    "briefing.by_country": "Abkommen nach zentralasiatischem Land",
    "briefing.money_caveat": "{stated}. Beträge wie von den "
                             "Quellen genannt, ohne unverbindliche; Abkommen in einem Paket einmal gezählt; abfließende "
                             "Zusagen und umfassendere Pakete nicht enthalten.",
    "briefing.count_caveat": {"one": "{m} Abkommen, Memorandum, Fahrplan, Geschäft, Gespräch oder Treffen in der "
                                     "Auswahl, nach dem Jahr seines Datums.",
                              "other": "{m} Abkommen, Memoranden, Fahrpläne, Geschäfte, Gespräche und Treffen in der "
                                       "Auswahl, nach dem Jahr ihres Datums."},
    "briefing.country_caveat": "Ein Abkommen mit mehreren zentralasiatischen Ländern zählt für jedes von ihnen.",
    "briefing.by_stage": "Wie weit die Abkommen gediehen sind",
    "briefing.stage_caveat": "Jeder Eintrag zählt einmal, auf der Stufe, die er erreicht hat: Gespräche, eine "
                             "Ankündigung, ein unterzeichnetes Dokument, verbindlich zugesagtes Geld oder ausgezahltes "
                             "Geld und gebaute Anlagen.",
    "briefing.table_title": "Neueste Abkommen",
    "briefing.more_rows": {"one": "{n} weiterer im Excel-Download dieser Auswahl.",
                           "other": "{n} weitere im Excel-Download dieser Auswahl."},
    "briefing.sources_title": "Quellen",
    "presentation.exit": "Präsentationsmodus verlassen",
    # vocabularies
    "several.ca": "Mehrere Länder",
    "several.all_ca": "Alle fünf zentralasiatischen Länder",
    "several.commodity": "Mehrere Rohstoffe",
    "instrument.memorandum": "Absichtserklärung (MoU)",
    "instrument.agreement": "Regierungsabkommen",
    "instrument.roadmap": "Fahrplan",
    "instrument.joint_venture": "Joint Venture",
    "instrument.commercial_agreement": "Wirtschaftsabkommen",
    "instrument.business_package": "Paket von Geschäftsabschlüssen",
    "instrument.declaration_of_intent": "Absichtserklärung",
    "instrument.funding_project": "Förderprojekt",
    "instrument.pledge": "Zusage",
    "instrument.talks": "Gespräche",
    "instrument.summit": "Gipfel",
    "instrument.meeting": "Treffen",
    "instrument.declaration": "Gemeinsame Erklärung",
    "instrument.offtake": "Abnahme- oder Liefervertrag",
    "instrument.acquisition": "Übernahme oder Beteiligung",
    "instrument.loan": "Kredit",
    "instrument.grant": "Zuschuss",
    "instrument.guarantee": "Garantie",
    "instrument.letter_of_interest": "Interessenbekundung",
    "instrument.strategic_project": "Einstufung als strategisches Projekt",
    "status.signed": "Unterzeichnet",
    "status.endorsed": "Gebilligt",
    "status.announced": "Angekündigt",
    "status.under_negotiation": "In Verhandlung",
    "status.held": "Stattgefunden",
    "status.in_force": "In Kraft",
    "status.under_way": "In Umsetzung",
    "status.completed": "Abgeschlossen",
    "status.stalled": "Ins Stocken geraten",
    "status.cancelled": "Aufgegeben",
    "stage.talks": "Gespräche",
    "stage.announced": "Angekündigt",
    "stage.signed": "Unterzeichnet",
    "stage.committed": "Geld verbindlich",
    "stage.delivered": "Ausgezahlt, gebaut",
    "commodity.critical_raw_materials": "Kritische Rohstoffe (allgemein)",
    "commodity.rare_earths": "Seltene Erden",
    "commodity.tungsten": "Wolfram",
    "commodity.molybdenum": "Molybdän",
    "commodity.uranium": "Uran",
    "commodity.lithium": "Lithium",
    "commodity.batteries": "Batterien",
    "commodity.renewable_hydrogen": "Erneuerbarer Wasserstoff",
    "commodity.wind_power": "Windkraft",
    "commodity.energy": "Energie",
    "commodity.mining_geology": "Bergbau und Geologie",
    "amount_kind.headline": "Angekündigter Gesamtwert",
    "amount_kind.committed": "Zugesagt",
    "amount_kind.non_binding": "Unverbindlich",
    "amount_kind.disbursed": "Ausgezahlt",
    "commodity.copper": "Kupfer",
    "commodity.antimony": "Antimon",
    "commodity.gallium": "Gallium",
    "commodity.germanium": "Germanium",
    "commodity.graphite": "Graphit",
    "commodity.nickel": "Nickel",
    "commodity.cobalt": "Kobalt",
    "commodity.manganese": "Mangan",
    "commodity.chromium": "Chrom",
    "commodity.titanium": "Titan",
    "commodity.vanadium": "Vanadium",
    "commodity.tin": "Zinn",
    "commodity.zinc": "Zink",
    "commodity.lead": "Blei",
    "commodity.silver": "Silber",
    "commodity.aluminium": "Aluminium",
    "commodity.magnesium": "Magnesium",
    "commodity.silicon": "Silizium",
    "commodity.fluorspar": "Flussspat",
    "commodity.potash": "Kali",
    "commodity.phosphate": "Phosphat",
    "commodity.boron": "Bor",
    "commodity.tantalum": "Tantal",
    "commodity.niobium": "Niob",
    "commodity.beryllium": "Beryllium",
    "commodity.bismuth": "Bismut",
    "commodity.rhenium": "Rhenium",
    "commodity.platinum_group": "Platinmetalle",
    "commodity.iodine": "Iod",
    "precision.day": "tagesgenau",
    "precision.month": "nur Monat",
    "precision.year": "nur Jahr",
    "fx_basis.annual_rate": "zum EZB-Jahresdurchschnitt umgerechnet",
    "fx_basis.stated_by_source": "beide Beträge von der Quelle genannt",
    "exclusion.outbound": "Geld fließt aus Zentralasien ab",
    "exclusion.wider_scope": "keine Rohstoffzahl",
    # data dictionary (methodology page)
    "dictionary.kind.text": "Text",
    "dictionary.kind.slug": "Kennung (Kleinbuchstaben, Bindestriche)",
    "dictionary.kind.slugs": "Kennungen, durch ; getrennt",
    "dictionary.kind.code": "Code",
    "dictionary.kind.codes": "Codes, durch ; getrennt",
    "dictionary.kind.date": "Datum JJJJ-MM-TT",
    "dictionary.kind.partial_date": "JJJJ, JJJJ-MM oder JJJJ-MM-TT",
    "dictionary.kind.number": "Zahl",
    "dictionary.kind.integer": "ganze Zahl",
    "dictionary.kind.bool": "true oder false",
    "dictionary.reference.sources": "eine Kennung aus sources.csv",
    "dictionary.reference.agreements": "eine Kennung aus agreements.csv",
    "dictionary.reference.ca_countries": "ein central_asia-Code aus countries.csv",
    "dictionary.reference.partners": "ein partner-Code aus countries.csv",
    "dictionary.reference.countries": "ein Code aus countries.csv",
    "dictionary.range": "{minimum} bis {maximum}",
    "dictionary.at_least": "≥ {minimum}",
    "dictionary.file.agreements.csv": "Ein Eintrag je Abkommen, Memorandum, Fahrplan, Joint Venture, Geschäft, "
                                      "Förderprojekt, Zusage, Gespräch oder Treffen.",
    "dictionary.file.sources.csv": "Ein Eintrag je Quelle.",
    "dictionary.file.countries.csv": "Zentralasiatische Länder und Partnerländer, mit Hauptstädten für die Karte.",
    "dictionary.file.key_facts.csv": "Kennzahlen zu den zentralasiatischen Ländern aus den Quellen.",
    "dictionary.file.fx_rates.csv": "Wechselkurse für die Umrechnung genannter Beträge, einer je Jahr.",
    "dictionary.file.metadata.csv": "Titel, Version, Stand, Zitiervorschlag und Lizenz des Datensatzes, als "
                                    "Schlüssel-Wert-Zeilen.",
    "dictionary.file.changelog.csv": "Was jede Ausgabe des Datensatzes geändert hat, Eintrag für Eintrag; "
                                     "geschrieben von python -m tracker.curation.changelog.",
    "dictionary.column.agreements.csv.id": "Stabile, eindeutige Kennung aus Kleinbuchstaben und Bindestrichen.",
    "dictionary.column.agreements.csv.date": "Tag der Unterzeichnung, Billigung, Ankündigung oder des Treffens (ISO "
                                             "JJJJ-MM-TT); nicht in der Zukunft.",
    "dictionary.column.agreements.csv.date_precision": "Wie genau das Datum ist; ein monatsgenaues Datum steht auf "
                                                       "dem 01., ein jahresgenaues auf dem 01.01.",
    "dictionary.column.agreements.csv.period_start": "Beginn des Zeitraums, den ein Fahrplan oder Treffen abdeckt.",
    "dictionary.column.agreements.csv.period_end": "Ende dieses Zeitraums.",
    "dictionary.column.agreements.csv.partner": "Der Partner: ISO-3166-1-Alpha-3-Code oder EU.",
    "dictionary.column.agreements.csv.ca_countries": "Beteiligte zentralasiatische Länder (Alpha-3, mehrere durch ; "
                                                     "getrennt).",
    "dictionary.column.agreements.csv.instrument": "Art des Eintrags.",
    "dictionary.column.agreements.csv.status": "Stand des Eintrags.",
    "dictionary.column.agreements.csv.stage": (
        "Wie weit es gediehen ist: talks (Gespräche, Treffen und Gipfel, bei denen ein Rohstoff auf dem Tisch "
        "liegt), announced (angekündigt, zugesagt oder vorgestellt; nichts unterzeichnet), signed (ein "
        "unterzeichnetes Dokument, das kein Geld bindet), committed (Geld oder Lieferungen verbindlich: ein "
        "Kredit, Zuschuss oder eine Garantie, eine Investition, Beteiligung oder ein Liefervertrag unterzeichnet) "
        "oder delivered (Geld ausgezahlt, eine Anlage gebaut, eine Übernahme vollzogen, Lieferungen begonnen)."
    ),
    "dictionary.column.agreements.csv.commodities": "Betroffene Rohstoffe oder Sektoren (mehrere durch ; getrennt).",
    "dictionary.column.agreements.csv.value_m": "Der Betrag, wie die Quelle ihn nennt, in Millionen; leer, wenn "
                                                "keiner genannt ist.",
    "dictionary.column.agreements.csv.value_currency": "Währung von value_m, wie genannt.",
    "dictionary.column.agreements.csv.value_usd_m": "Der Betrag in Millionen US-Dollar.",
    "dictionary.column.agreements.csv.value_eur_m": "Der Betrag in Millionen Euro.",
    "dictionary.column.agreements.csv.fx_basis": "Wie die andere Währung ermittelt wurde: annual_rate (fx_rates.csv "
                                                 "für das Jahr des Datums) oder stated_by_source.",
    "dictionary.column.agreements.csv.in_totals": "true, wenn der Betrag in Summen der Rohstoffinvestitionen zählt.",
    "dictionary.column.agreements.csv.exclusion_reason": "Warum ein Betrag nicht in Summen zählt: outbound (Geld "
                                                         "fließt aus Zentralasien ab) oder wider_scope (keine "
                                                         "Rohstoffzahl).",
    "dictionary.column.agreements.csv.amount_kind": "Was der Betrag ist: headline (angekündigter Gesamtwert, "
                                                    "Projektkosten oder Summe eines Pakets), committed (zugesagte, "
                                                    "unterzeichnete Finanzierung oder Investition), non_binding "
                                                    "(Interessenbekundung, Zusage oder Absicht; zählt nur auf "
                                                    "Wunsch) oder disbursed (ausgezahlt).",
    "dictionary.column.agreements.csv.follows": "Kennung des früheren Eintrags, dem dieser folgt oder den er umsetzt "
                                                "(Memorandum → Fahrplan → Projekt → Finanzierung); die "
                                                "Lebenszyklus-Kette.",
    "dictionary.column.agreements.csv.last_checked": "Wann der Eintrag zuletzt an seinen Quellen geprüft wurde (ISO "
                                                     "JJJJ-MM-TT).",
    "dictionary.column.agreements.csv.part_of": "Kennung des Eintrags, zu dem dieser gehört (ein Abkommen im Paket "
                                                "eines Forums); sein Betrag zählt nicht noch einmal, wenn der des "
                                                "übergeordneten zählt.",
    "dictionary.column.agreements.csv.counterparties": "Beteiligte Unternehmen und Behörden, volle Namen, durch ; "
                                                       "getrennt.",
    "dictionary.column.agreements.csv.title_en": "Kurzer Titel auf Englisch.",
    "dictionary.column.agreements.csv.title_de": "Kurzer Titel auf Deutsch.",
    "dictionary.column.agreements.csv.summary_en": "Zusammenfassung auf Englisch, in eigenen Worten.",
    "dictionary.column.agreements.csv.summary_de": "Zusammenfassung auf Deutsch, in eigenen Worten.",
    "dictionary.column.agreements.csv.title_ru": "Kurztitel auf Russisch.",
    "dictionary.column.agreements.csv.summary_ru": "Zusammenfassung auf Russisch, in eigenen Worten.",
    "dictionary.column.agreements.csv.source_ids": "Kennungen aus sources.csv, durch ; getrennt.",
    "dictionary.column.agreements.csv.notes": "Widersprüche zwischen Quellen, Vorbehalte, Unsicheres (auf Englisch).",
    "dictionary.column.sources.csv.id": "Stabile, eindeutige Kennung.",
    "dictionary.column.sources.csv.publisher": "Herausgeber oder Website.",
    "dictionary.column.sources.csv.outlet": "Das unabhängige Medium hinter der Seite: Ausgaben und Sprachfassungen "
                                            "eines Mediums und Kopien einer Agenturmeldung oder Pressemitteilung "
                                            "teilen es. Zwei Quellen sind unabhängig, wenn ihre Medien verschieden "
                                            "sind.",
    "dictionary.column.sources.csv.title": "Titel oder, wenn keiner bekannt ist, eine Beschreibung in eigenen Worten "
                                           "(auf Englisch).",
    "dictionary.column.sources.csv.language": "Sprache der Quelle (ISO 639-1).",
    "dictionary.column.sources.csv.published": "Veröffentlichungsdatum oder das bestbekannte: JJJJ, JJJJ-MM oder "
                                               "JJJJ-MM-TT.",
    "dictionary.column.sources.csv.url": "Die Adresse der Seite (http oder https).",
    "dictionary.column.sources.csv.notes": "Wofür die Quelle dient, Vorbehalte (auf Englisch).",
    "dictionary.column.countries.csv.code": "ISO-3166-1-Alpha-3-Code oder EU.",
    "dictionary.column.countries.csv.name_en": "Name auf Englisch.",
    "dictionary.column.countries.csv.name_de": "Name auf Deutsch.",
    "dictionary.column.countries.csv.name_ru": "Name auf Russisch.",
    "dictionary.column.countries.csv.group": "central_asia oder partner.",
    "dictionary.column.countries.csv.partner_type": "Bei Partnern: country (Land), bloc (die EU) oder institution "
                                                    "(Finanzinstitution); leer bei zentralasiatischen Ländern.",
    "dictionary.column.countries.csv.home": "Bei einer nationalen Institution (Exportkredit- oder "
                                            "Entwicklungsfinanzierer): der Code ihres Landes; sonst leer.",
    "dictionary.column.countries.csv.capital_en": "Hauptstadt auf Englisch (für die EU Brüssel; bei einer "
                                                  "Institution die Stadt ihres Sitzes).",
    "dictionary.column.countries.csv.capital_de": "Hauptstadt auf Deutsch.",
    "dictionary.column.countries.csv.capital_ru": "Hauptstadt auf Russisch.",
    "dictionary.column.countries.csv.capital_lat": "Breitengrad der Hauptstadt, Grad Nord.",
    "dictionary.column.countries.csv.capital_lon": "Längengrad der Hauptstadt, Grad Ost (West negativ).",
    "dictionary.column.key_facts.csv.id": "Stabile, eindeutige Kennung.",
    "dictionary.column.key_facts.csv.country": "Land, um das es geht.",
    "dictionary.column.key_facts.csv.value": "Die Zahl.",
    "dictionary.column.key_facts.csv.qualifier": "more_than, wenn die Quelle „mehr als“ sagt.",
    "dictionary.column.key_facts.csv.unit": "Einheit der Zahl, auf Englisch.",
    "dictionary.column.key_facts.csv.unit_de": "Einheit der Zahl, auf Deutsch.",
    "dictionary.column.key_facts.csv.unit_ru": "Einheit der Zahl, auf Russisch.",
    "dictionary.column.key_facts.csv.year": "Jahr, auf das sich die Zahl bezieht.",
    "dictionary.column.key_facts.csv.label_en": "Was die Zahl ist, auf Englisch.",
    "dictionary.column.key_facts.csv.label_de": "Was die Zahl ist, auf Deutsch.",
    "dictionary.column.key_facts.csv.label_ru": "Was die Zahl ist, auf Russisch.",
    "dictionary.column.key_facts.csv.source_ids": "Kennungen aus sources.csv.",
    "dictionary.column.key_facts.csv.notes": "Vorbehalte (auf Englisch).",
    "dictionary.column.fx_rates.csv.year": "Jahr des Kurses; ein Betrag wird zum Kurs des Jahres seines Datums "
                                           "umgerechnet.",
    "dictionary.column.fx_rates.csv.usd_per_eur": "US-Dollar je Euro.",
    "dictionary.column.fx_rates.csv.basis": "Welcher Kurs das ist und woher er stammt (auf Englisch).",
    "dictionary.column.fx_rates.csv.notes": "Vorbehalte (auf Englisch).",
    "dictionary.column.changelog.csv.version": "Die Ausgabe (die Version aus metadata.csv, als sie erstellt wurde).",
    "dictionary.column.changelog.csv.date": "Datum der Ausgabe.",
    "dictionary.column.changelog.csv.record_id": "Der hinzugefügte, geänderte oder entfernte Eintrag.",
    "dictionary.column.changelog.csv.change": "added (hinzugefügt), changed (geändert) oder removed (entfernt).",
    "dictionary.column.changelog.csv.fields": "Die geänderten Spalten, durch ; getrennt.",
    "dictionary.column.metadata.csv.key": "Einer von title, version, updated, citation, licence, report_error "
                                          "(optional: die Adresse hinter dem Link „Fehler melden“ jedes Eintrags, "
                                          "mailto: oder https:, in der {subject} und {body} ausgefüllt werden).",
    "dictionary.column.metadata.csv.value": "Sein Wert; updated ist ein ISO-Datum.",
    # Profile und wer mit wem
    "page.country": "Länderprofil",
    "page.partner": "Partnerprofil",
    "page.matrix": "Wer mit wem",
    "profile.caption": "Innerhalb der Auswahl: {selection}.",
    "profile.pair_title": "{partner} und {country}",
    "profile.missing_title": "Kein solches Profil",
    "profile.missing": "Der Link nennt kein zentralasiatisches Land und keinen Partner des Datensatzes ({code}). Öffnen Sie ein Profil über die Karte, die Matrix oder die Seite eines Eintrags.",
    "profile.empty": "Kein Eintrag der Auswahl betrifft {name}. Erweitern Sie die Filter in der Seitenleiste oder setzen Sie sie zurück.",
    "profile.records": {"one": "{n} Eintrag", "other": "{n} Einträge"},
    "profile.all_records": "Einträge",
    "profile.sources_count": "Zitierte Quellen",
    "profile.commodities_count": "Rohstoffe",
    "profile.stages": "Wie weit sie gediehen sind",
    "profile.amounts": "Genannte Beträge nach Art",
    "profile.amounts_caption": "Je Art die eigene Summe der einbezogenen Einträge, kein Betrag doppelt; die Arten werden nie zusammengezählt (eine Zusage ist kein gebundenes Geld).",
    "profile.col_kind": "Art des Betrags",
    "profile.col_eur": "Summe, EUR",
    "profile.col_usd": "Summe, USD",
    "profile.col_counted": "Gezählte Einträge",
    "profile.commodities": "Betroffene Rohstoffe",
    "profile.with_partners": "Partner",
    "profile.with_countries": "Zentralasiatische Länder",
    "profile.col_pair": "Profil des Paars",
    "profile.timeline_title": "Einträge je Jahr und Stufe: {name}",
    "profile.axis_records": "Einträge",
    "profile.chains": "Ketten im Lebenszyklus",
    "profile.chains_caption": "Einträge, die aufeinander folgen: Absichtserklärung → Fahrplan → Projekt → Finanzierung.",
    "profile.step": "Schritt {n}",
    "profile.no_chains": "Kein Eintrag dieses Profils folgt auf einen anderen seiner Einträge.",
    "profile.latest": "Neueste Einträge",
    "profile.sources": "Meistzitierte Quellen",
    "profile.col_cited": "Einträge, die sie zitieren",
    "profile.all_of": "Alles zu {name}",
    "profile.links": "Profile:",
    "profile.open": "Profil: {name}",
    "matrix.title": "Wer mit wem",
    "matrix.caption": "Partner (Zeilen, gruppiert wie auf Karte und Zeitleiste) und die zentralasiatischen Länder (Spalten), innerhalb der Auswahl: {selection}. Jede Zahl öffnet das Profil des Paars, jeder Partner sein eigenes.",
    "matrix.measure": "Zeigen",
    "matrix.measure_count": "Einträge",
    "matrix.measure_value": "Genannte Investitionen (Mio. EUR)",
    "matrix.stages": "Stufen",
    "matrix.col_partner": "Partner",
    "matrix.col_group": "Gruppe",
    "matrix.total": "Alle fünf",
    "matrix.count_note": "Ein Eintrag zu mehreren Ländern zählt bei jedem von ihnen; die letzte Spalte zählt ihn einmal.",
    "matrix.value_note": "Beträge gezählt wie auf der Seite Investitionen (Eckwerte, gebundene und ausgezahlte Beträge; Zusagen und breitere Pakete ausgenommen), in Mio. Euro; ein regionaler Eintrag zählt bei jedem seiner Länder und einmal in der letzten Spalte.",
    "matrix.empty": "Kein Eintrag der Auswahl auf diesen Stufen.",
}

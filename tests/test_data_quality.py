"""The reference dataset as it stands: coverage and sourcing targets, and the corrections a reader
checking it against public reporting would look for. Tied to today's data on purpose."""

from __future__ import annotations

import pandas as pd

from tracker.curation.coverage import coverage
from tracker.dataset.schema import AMOUNT_KINDS, CA_CODES
from tracker.selection.totals import counted_mask


def test_coverage_targets_hold(dataset):
    c = coverage(dataset.agreements, dataset.ca_flags, dataset.sources)
    assert c.records >= 250
    assert all(c.per_country[code] >= 25 for code in CA_CODES), c.per_country
    assert c.partners_with_five >= 15, c.per_partner
    assert c.company_deals >= 30 and c.finance_operations >= 20
    assert c.independent_share >= 0.60
    assert c.with_address == c.records


def test_coverage_counts_equal_plain_pandas(dataset):
    a = dataset.agreements
    c = coverage(a, dataset.ca_flags, dataset.sources)
    assert c.talks == int(a["instrument"].isin(["talks", "meeting", "summit"]).sum())
    assert c.company_deals == int(a["instrument"].isin(["joint_venture", "offtake", "acquisition",
                                                         "commercial_agreement"]).sum())
    assert sum(c.per_stage.values()) == sum(c.per_year.values()) == len(a)
    assert c.per_year[2026] == int((a["date"].dt.year == 2026).sum())
    assert c.partners_with_five == int((a["partner"].value_counts() >= 5).sum())


def test_partners_include_institutions_and_the_main_players(dataset):
    countries = dataset.countries.set_index("code")
    partners = set(dataset.agreements["partner"])
    assert {"EU", "DEU", "FRA", "GBR", "USA", "CHN", "RUS", "JPN", "KOR", "TUR", "IND", "ARE", "EBRD"} <= partners
    institutions = {p for p in partners if countries.at[p, "partner_type"] == "institution"}
    assert {"EBRD", "DFC", "USEXIM"} <= institutions
    assert countries.at["DFC", "home"] == "USA"


def test_every_source_has_an_address_publisher_date_and_language(dataset):
    s = dataset.sources
    for column in ("url", "publisher", "published", "language", "outlet"):
        assert (s[column] != "").all(), column
    assert s["url"].str.match(r"^https?://").all()
    assert s["url"].is_unique


def test_dates_are_the_events_and_years_cover_2022_to_today(dataset):
    a = dataset.agreements
    assert a["date"].min() >= pd.Timestamp("2022-01-01")
    assert (a["last_checked"] >= a["date"]).all()
    assert set(a["year"]) == {2022, 2023, 2024, 2025, 2026}


def removed_by_later(log: pd.DataFrame, version: str) -> set[str]:
    """Records a release after ``version`` removed."""
    later = log[log["version"].map(lambda v: tuple(map(int, v.split("."))) > tuple(map(int, version.split("."))))]
    return set(later.loc[later["change"] == "removed", "record_id"])


def test_the_changelog_records_this_release(dataset):
    log = dataset.changelog
    assert dataset.version in set(log["version"])
    ids = set(dataset.agreements["id"])
    latest = log[log["version"] == dataset.version]
    changes = dict(zip(latest["record_id"], latest["change"], strict=True))
    assert changes["jey-kaz-yellow-cake-kazatomprom-uranium-purchase-2023"] == "added"  # 3.4: a uranium purchase
    assert changes["fra-kaz-katco-south-tortkuduk-operations-start-2024"] == "added"  # a site starts up
    previous = log[log["version"] == "3.3"]
    changes = dict(zip(previous["record_id"], previous["change"], strict=True))
    assert changes["dnk-uzb-flsmidth-almalyk-mof4-agreement-2024"] == "added"  # 3.3: equipment for a copper plant
    assert changes["chn-tjk-talco-cmec-gami-modernisation-2023"] == "changed"  # the visit's day, from a second page
    for version in (dataset.version, "3.3", "3.2"):
        release = log[log["version"] == version]
        removed_now = set(release.loc[release["change"] == "removed", "record_id"])
        assert not removed_now & ids and set(release["record_id"]) - removed_now <= ids | removed_by_later(log, version)
        kept = sorted(set(release["record_id"]) - removed_now - removed_by_later(log, version))
        touched = dataset.agreements.set_index("id").loc[kept, "last_checked"]
        assert (touched >= pd.Timestamp(release["date"].iloc[0])).all()  # each checked again for the release
    release = log[log["version"] == "3.2"]
    assert "can-kaz-ivanhoe-pallas-chu-sarysu-jv-2025" in set(release.loc[release["change"] == "added", "record_id"])
    removed_now = set(release.loc[release["change"] == "removed", "record_id"])
    assert "hun-kaz-orban-tokayev-talks-2023" in removed_now  # "mining of rare metals", one phrase among sectors
    russian = log[log["version"] == "3.1"]  # every record's Russian title and summary
    assert set(russian["fields"]) == {"title_ru;summary_ru"} and len(russian) == 265
    latest = log[log["version"] == "3.0"]
    added = set(latest.loc[latest["change"] == "added", "record_id"])
    assert added and added <= ids | removed_now  # still here, or removed by 3.2
    removed = set(latest.loc[latest["change"] == "removed", "record_id"])
    assert removed and not removed & set(dataset.agreements["id"])
    assert "can-kaz-toronto-business-forum-2023" in removed  # a six-sector forum: no raw material on the table
    earlier = log[log["version"] == "2.0"]
    assert "fra-kaz-wind-jv-2023" in set(earlier.loc[earlier["change"] == "removed", "record_id"])


def test_each_seed_article_is_cited(dataset):
    cited = {s for ids in dataset.agreements["source_ids"] for s in ids}
    cited |= {s for ids in dataset.key_facts["source_ids"] for s in ids}
    assert {f"seed-00{i}" for i in range(5)} <= cited


def test_events_from_the_sources_are_records_with_their_dates(dataset):
    a = dataset.agreements.set_index("id")
    expected = {
        "eu-kaz-mou-2022": ("2022-11-07", "day", "EU"),
        "eu-kaz-roadmap-2023-2024": ("2023-05-19", "day", "EU"),
        "eu-kaz-cooperation-facility-2023": ("2023-05-19", "day", "EU"),  # signed; 22 May is the report
        # Steinmeier's state visit (19–21 Jun 2023), not September; no page gives the forum's own day
        "deu-kaz-business-forum": ("2023-06-01", "month", "DEU"),
        "bgr-ngs-declaration": ("2023-06-20", "day", "DEU"),
        "hsm-creade-rare-earths": ("2023-06-21", "day", "DEU"),
        "chn-kaz-rare-earth-talks-2023": ("2023-09-13", "day", "CHN"),  # Tokayev with two companies
        "fra-kaz-crm-agreement-2023": ("2023-11-01", "day", "FRA"),
        "eu-kaz-roadmap-2025-2026": ("2025-04-04", "day", "EU"),
        "usa-kaz-mou-2025": ("2025-11-06", "day", "USA"),
        "usa-uzb-mou-2024": ("2024-09-16", "day", "USA"),
        "eu-uzb-mou-2024": ("2024-04-05", "day", "EU"),
        "kor-kaz-mou-2024": ("2024-06-12", "day", "KOR"),
        "kor-uzb-agreement-2024": ("2024-06-14", "day", "KOR"),
        "gbr-kaz-mou-2023": ("2023-03-18", "day", "GBR"),
    }
    for record_id, (day, precision, partner) in expected.items():
        row = a.loc[record_id]
        assert row["date"] == pd.Timestamp(day), record_id
        assert row["date_precision"] == precision, record_id
        assert row["partner"] == partner, record_id
    assert a.at["fra-kaz-crm-agreement-2023", "instrument"] == "declaration_of_intent"  # not an agreement
    assert "Lingyi iTech" in a.at["chn-kaz-rare-earth-talks-2023", "counterparties"]
    kinds = set(a["instrument"])
    assert {"memorandum", "roadmap", "joint_venture", "business_package", "commercial_agreement",
            "declaration_of_intent", "funding_project", "talks", "pledge", "summit", "letter_of_interest",
            "acquisition", "strategic_project"} <= kinds


def test_disputed_figures_keep_the_primary_source_and_say_so(dataset):
    a = dataset.agreements.set_index("id")
    forum = a.loc["deu-kaz-business-forum"]
    assert (forum["value_m"], forum["value_currency"]) == (1600.0, "EUR")
    assert "1.7 bn" in forum["notes"]
    hsm = a.loc["hsm-creade-rare-earths"]
    assert hsm["part_of"] == "deu-kaz-business-forum"
    assert "HMS Bergbau" in hsm["notes"] and "Creada" in hsm["notes"]
    pledge = a.loc["uzb-usa-investment-pledge-2025"]
    assert not pledge["in_totals"] and pledge["exclusion_reason"] == "outbound"


def test_key_facts_hold_the_figures_about_kazakhstan(dataset):
    facts = dataset.key_facts.set_index("id")
    assert facts.loc["kaz-eu-crm-supply", "value"] == 16
    assert facts.loc["kaz-ree-occurrences", "value"] == 160
    assert facts.loc["kaz-mining-rank", "value"] == 14


def test_totals_count_the_stated_packages_and_leave_out_what_sits_inside_or_binds_no_one(dataset):
    a = dataset.agreements
    counted = set(a.loc[counted_mask(a), "id"])
    # in: the forum's package and stated project costs; out: the deal inside the forum, the US EXIM letter of
    # interest (non-binding, inside the Cove project's cost), Uzbekistan's outbound pledge, Global Gateway
    assert {"deu-kaz-business-forum", "eu-ebrd-crm-project-2025", "cove-tungsten-2025"} <= counted
    assert not counted & {"hsm-creade-rare-earths", "usexim-kaz-tungsten-loi-2025", "uzb-usa-investment-pledge-2025",
                          "eu-c5-global-gateway-package-2025"}


def test_uzbekistans_outbound_pledge_counts_only_with_what_is_out_of_scope_and_every_kind(dataset):
    a = dataset.agreements
    pledge = (a["id"] == "uzb-usa-investment-pledge-2025").to_numpy()
    assert a.loc[pledge, "value_usd_m"].iloc[0] == 100000 and a.loc[pledge, "partner"].iloc[0] == "USA"
    assert counted_mask(a, True, tuple(AMOUNT_KINDS))[pledge].all()
    assert not counted_mask(a, False, tuple(AMOUNT_KINDS))[pledge].any()
    assert not counted_mask(a, True)[pledge].any()  # non-binding too: out of default totals whatever the scope


def test_release_3_fixes_the_patterns_the_outside_check_found(dataset):
    """Status from the sources' verbs, precision no finer than the pages, titles no stronger than them,
    padding talks gone: each example the check named, as releases 3.0 and 3.2 have it."""
    a = dataset.agreements.set_index("id")
    hms = a.loc["deu-kaz-hms-lithium-agreement-2023"]
    assert (hms["status"], hms["stage"]) == ("announced", "announced")  # "reached", "presented", "pledged"
    for record_id in ("kor-tjk-kigam-geology-mou-2025", "rus-tjk-rosnedra-geology-mou-2022"):
        assert a.at[record_id, "date_precision"] == "month", record_id  # a forum's opening day, "on or before"
    assert a.at["chn-kaz-zhicun-lithium-talks-2024", "date_precision"] == "year"  # "recently"
    cnnc = a.loc["chn-uzb-navoiyuran-cnnc-mou-2023"]
    assert (cnnc["date"], cnnc["date_precision"]) == (pd.Timestamp("2023-10-01"), "month")  # forum of 28 Oct
    # "critical minerals" once, in the press remarks: a talks record in 3.0, and not a record by 3.2's review
    assert "chn-kaz-xi-state-visit-critical-minerals-2024" not in a.index
    assert "being developed" in a.at["wbg-kgz-extractive-dialogue-2025", "summary_en"]
    assert "chn-tjk-zijin-rahmon-talks-2023" not in a.index  # copper came from the company's profile
    assert "gbr-c5-foreign-ministers-london-2026" not in a.index  # rested on previews of the meeting
    stages = a["stage"].value_counts()
    assert set(stages.index) == {"talks", "announced", "signed", "committed", "delivered"}


def test_each_outlet_is_spelled_one_way(dataset):
    """Two spellings of one outlet ("astana-times", "astanatimes") would count its editions as independent."""
    outlets = dataset.sources["outlet"].drop_duplicates()
    folded = outlets.str.replace(r"[^a-z0-9]", "", regex=True)
    assert folded.is_unique, sorted(outlets[folded.duplicated(keep=False)])


def test_a_source_published_before_its_event_is_marked_as_background(dataset):
    """A page can report an event only once it happened: one dated earlier (compared at the coarser of
    the two dates' precisions) is cited for background, and its notes say so."""
    sources = dataset.sources.set_index("id")
    digits = {"day": 10, "month": 7, "year": 4}
    early = []
    for record in dataset.agreements.itertuples():
        event = record.date.strftime("%Y-%m-%d")
        for source_id in record.source_ids:
            published = sources.at[source_id, "published"]
            width = min(len(published), digits[record.date_precision])
            if published[:width] < event[:width] and "background" not in sources.at[source_id, "notes"].lower():
                early.append((record.id, source_id))
    assert not early

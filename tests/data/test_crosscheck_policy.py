"""Cross-checks of the policy group's bundled tables against the project's reference extracts.

Tables: digital_indicators, policy_timeline. Every WDI and EGDI figure that also appears in
``shared/reference/*.csv`` must equal it: the EGDI values exactly, the WDI values after rounding
ours to 6 decimals, because the reference extract rounds WDI values to 6 decimals (our table keeps
the full precision of the World Bank file). The "teaching facts" pin the figures lessons 08 and 09
rely on. Tests that read ``../shared`` are skipped without it; the others run everywhere.
"""

from __future__ import annotations

import re
import tomllib

import pandas as pd
import pytest

import kzdata
from kzdata.metadata import data_dir, read_sources

WDI_FILE = "wdi_kazakhstan_selected_1990_2025.csv"
WDI_META_FILE = "wdi_kazakhstan_selected_indicator_metadata.csv"
EGDI_FILE = "un_egdi_kazakhstan_and_peers_2010_2022.csv"
# reference EGDI column -> our indicator_id
EGDI_MAP = {
    "egdi": "egdi_index",
    "egdi_rank": "egdi_rank",
    "epart_index": "e_participation_index",
    "online_service_index": "egdi_online_service_index",
    "human_capital_index": "egdi_human_capital_index",
    "telecom_infrastructure_index": "egdi_telecom_infrastructure_index",
}
VERIFICATION = {"verified", "reported", "unverified"}


@pytest.fixture(scope="module")
def digital() -> pd.DataFrame:
    return kzdata.load("digital_indicators")


@pytest.fixture(scope="module")
def timeline() -> pd.DataFrame:
    return kzdata.load("policy_timeline")


@pytest.fixture(scope="module")
def registry() -> dict:
    """The merged sources registry, plus this group's draft fragment while it still exists."""
    entries = {key: {"type": s.type} for key, s in read_sources().items()}
    fragment = data_dir() / "_sources_policy.toml"
    if fragment.exists():
        with open(fragment, "rb") as handle:
            entries.update(tomllib.load(handle))
    return entries


def _one(frame: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    rows = frame[mask]
    assert len(rows) == 1, f"expected one row for {where}, found {len(rows)}"
    return rows.iloc[0]


# --- cross-checks against shared/reference ------------------------------------------------------


def test_wdi_values_equal_the_reference(digital, reference):
    ours = digital[digital["source_id"] == "wdi_kaz_2026_04_08"]
    ref = reference(WDI_FILE)
    ref = ref[ref["indicator_code"].isin(set(ours["source_code"])) & ref["value"].notna()]
    merged = ours.merge(
        ref, left_on=["source_code", "year"], right_on=["indicator_code", "year"],
        how="outer", indicator=True, suffixes=("", "_ref"),
    )
    missing = merged[merged["_merge"] != "both"][["source_code", "indicator_code", "year"]]
    assert missing.empty, f"years in one table but not the other:\n{missing}"
    assert len(merged) > 150
    diff = merged[merged["value"].round(6) != merged["value_ref"]]
    assert diff.empty, diff[["source_code", "year", "value", "value_ref"]]


def test_wdi_series_come_from_the_organisations_the_metadata_names(digital, reference):
    meta = reference(WDI_META_FILE).set_index("indicator_code")["source_organization"]
    wdi = digital[digital["source_id"] == "wdi_kaz_2026_04_08"]
    for code, note in wdi.groupby("source_code")["note"].first().items():
        organisation = meta[code]
        expected = "ITU" if code.startswith("IT.") else "IMF"
        assert expected in organisation and expected in note, (code, organisation, note)


def test_egdi_values_equal_the_reference(digital, reference):
    ref = reference(EGDI_FILE)
    surveyed = digital[digital["series_type"] == "survey_index"]
    compared = 0
    for _, row in ref.iterrows():
        for column, indicator_id in EGDI_MAP.items():
            ours = _one(surveyed, country_iso3=row["iso3"], year=row["survey_year"],
                        indicator_id=indicator_id)
            assert ours["value"] == row[column], (row["iso3"], row["survey_year"], column)
            compared += 1
    # every survey row of ours is in the reference, and nothing else
    assert compared == len(surveyed) == len(ref) * len(EGDI_MAP)


def test_egdi_2022_rows_cite_the_third_party_copy(digital, reference, registry):
    ref = reference(EGDI_FILE)
    third_party = set(ref.loc[ref["source_repo"] != "UNU-EGOV/datasets", "survey_year"])
    assert third_party == {2022}
    rows = digital[(digital["year"] == 2022) & digital["indicator_id"].isin(EGDI_MAP.values())]
    assert set(rows["source_id"]) == {"pluralitybook_egov_data_2022"}
    assert registry["pluralitybook_egov_data_2022"]["type"] == "secondary"


# --- teaching facts: digital_indicators ---------------------------------------------------------


def test_ict_service_exports_855_million_in_2024(digital, reference):
    ours = _one(digital, indicator_id="ict_service_exports_usd", year=2024)
    assert ours["source_code"] == "BX.GSR.CCIS.CD" and ours["unit"] == "current US$"
    assert round(ours["value"] / 1e6, 1) == 855.3
    ref = reference(WDI_FILE)
    ref_value = _one(ref, indicator_code="BX.GSR.CCIS.CD", year=2024)["value"]
    assert round(ref_value / 1e6, 1) == 855.3
    # data-sources.md B9 also quotes 2023 and 2022
    exports = digital[digital["indicator_id"] == "ict_service_exports_usd"]
    exports = exports.set_index("year")["value"]
    assert round(exports[2023] / 1e6, 2) == 721.96
    assert round(exports[2022] / 1e6, 1) == 477.2


def test_internet_users_31_6_in_2010_and_93_4_in_2024(digital):
    assert _one(digital, indicator_id="internet_users_pct_population", year=2010)["value"] == 31.6
    value_2024 = _one(digital, indicator_id="internet_users_pct_population", year=2024)["value"]
    assert round(value_2024, 1) == 93.4


def test_kazakhstan_egdi_rank_46_in_2010_and_28_in_2022(digital):
    ranks = digital[(digital["country_iso3"] == "KAZ") & (digital["indicator_id"] == "egdi_rank")]
    by_year = ranks.set_index("year")["value"]
    assert by_year[2010] == 46 and by_year[2022] == 28
    # secondary reports only: 2008, 2020 and 2024, with the index value left empty
    assert {2008: 81, 2020: 29, 2024: 24} == {y: by_year[y] for y in (2008, 2020, 2024)}
    secondary = digital[digital["series_type"] == "secondary_report"]
    secondary_ranks = secondary.loc[secondary["indicator_id"] == "egdi_rank", "year"]
    assert set(secondary_ranks) == {2008, 2020, 2024}
    index_rows = secondary[secondary["indicator_id"] == "egdi_index"]
    assert set(index_rows["year"]) == {2008, 2020, 2024} and index_rows["value"].isna().all()


def test_secondary_rows_cite_secondary_sources(digital, registry):
    for source_id in set(digital.loc[digital["series_type"] == "secondary_report", "source_id"]):
        assert registry[source_id]["type"] == "secondary", source_id


# --- teaching facts: policy_timeline ------------------------------------------------------------


def test_every_event_has_a_valid_verification(timeline):
    assert set(timeline["verification"]) <= VERIFICATION
    assert timeline["verification"].notna().all()
    assert (timeline["verified"] == (timeline["verification"] == "verified")).all()
    assert timeline["event_id"].is_unique


def test_dates_are_iso_with_matching_precision(timeline):
    pattern = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
    for _, row in timeline.iterrows():
        if row["date_precision"] == "unknown":
            assert pd.isna(row["date"]), row["event_id"]
        else:
            assert re.fullmatch(pattern[row["date_precision"]], row["date"]), row["event_id"]


def test_verified_rows_rest_on_a_primary_source_or_the_research_notes(timeline, registry):
    for _, row in timeline[timeline["verified"]].iterrows():
        primary = registry[row["source_id"]]["type"] == "primary"
        noted = isinstance(row["note"], str) and "research notes" in row["note"]
        assert primary or noted, row["event_id"]


def test_al_farabium_is_not_verified(timeline):
    row = _one(timeline, event_id="al_farabium_supercomputer")
    assert row["verification"] == "unverified" and not row["verified"]
    assert "Al-Farabium" in row["title"]


def test_both_93_and_95_universities_are_kept(timeline):
    rows = timeline[timeline["unit"] == "universities"].set_index("value")
    assert {93.0, 95.0} <= set(rows.index)
    assert rows.loc[93.0, "date"] < rows.loc[95.0, "date"]


def test_ai_concept_targets_and_the_draft_disagree(timeline, shared_dir):
    final = _one(timeline, event_id="ai_concept_target_people_trained_ai")
    draft = _one(timeline, event_id="ai_concept_draft_course_completions")
    assert (final["value"], final["value_year"], final["value_type"]) == (5_000_000, 2029, "target")
    assert (draft["value"], draft["value_year"], draft["value_type"]) == (80_000, 2029, "target")
    notes = (shared_dir / "research" / "curriculum-anchors.md").read_text(encoding="utf-8")
    assert "training 5 million people in AI skills" in notes
    assert "**≥ 80,000**" in notes


def test_it_exports_target_is_not_a_statistic(timeline):
    target = _one(timeline, event_id="it_services_export_target_2026")
    forecast = _one(timeline, event_id="it_services_exports_forecast_2025")
    assert (target["value"], target["value_year"], target["value_type"]) == (1e9, 2026, "target")
    assert (forecast["value"], forecast["value_year"]) == (1e9, 2025)
    assert forecast["value_type"] == "forecast"
    assert _one(timeline, event_id="ai_concept_target_it_exports")["value"] == 5e9


def test_legal_acts_match_the_research_notes(timeline, shared_dir):
    notes = (shared_dir / "research" / "curriculum-anchors.md").read_text(encoding="utf-8")
    expected = {
        "council_ai_development_created": "No. 881 of 19 May 2025",
        "digital_transformation_concept_2023_2029": "No. 269 of 28 March 2023",
        "enbek_programme": "No. 746 of 13 Nov",
        "social_code_adopted": "No. 224-VII",
        "ai_concept_approved": "No. 592 of 24 July 2024",
        "digital_kazakhstan_programme": "No. 827 of 12 Dec 2017",
    }
    for event_id, in_notes in expected.items():
        assert in_notes in notes, in_notes
        number = re.search(r"No\. (\S+)", in_notes).group(1)
        assert f"No. {number}" in _one(timeline, event_id=event_id)["legal_act"], event_id
    for event_id in ("ai_concept_approved", "digital_kazakhstan_programme"):
        assert _one(timeline, event_id=event_id)["verification"] == "unverified"


def test_every_source_id_is_defined(digital, timeline, registry):
    used = set(digital["source_id"]) | set(timeline["source_id"])
    assert used <= set(registry), sorted(used - set(registry))


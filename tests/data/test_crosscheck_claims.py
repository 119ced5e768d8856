"""Cross-checks and teaching facts for the claims group: claims, exposure_estimates, genz_surveys.

The cross-checks compare bundled figures with the project's reference extracts (``../shared``)
and are skipped where those are absent. The teaching-fact tests pin what the lessons rely on
(statuses, the seed claim, the bases of survey percentages) and need only the bundled tables.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd
import pytest

import kzdata

DATA_DIR = Path(kzdata.__file__).resolve().parent / "data"
STATUSES = {"confirmed", "source found", "unverified", "contradicted"}
LESSONS = {f"{n:02d}" for n in range(11)}


def _indexed(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    assert frame[column].is_unique, f"{column} has duplicates"
    return frame.set_index(column)


def _load(name: str) -> pd.DataFrame:
    """Read a bundled table with the dtypes its sidecar declares."""
    with open(DATA_DIR / f"{name}.toml", "rb") as handle:
        meta = tomllib.load(handle)
    dtypes = {column: spec["dtype"] for column, spec in meta["columns"].items()}
    return pd.read_csv(
        DATA_DIR / f"{name}.csv", dtype=dtypes, keep_default_na=False, na_values=[""]
    )


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return _indexed(_load("claims"), "claim_id")


@pytest.fixture(scope="module")
def exposure() -> pd.DataFrame:
    return _indexed(_load("exposure_estimates"), "estimate_id")


@pytest.fixture(scope="module")
def surveys() -> pd.DataFrame:
    return _load("genz_surveys")


# --------------------------------------------------------------------------------------------
# Cross-checks against ../shared/reference
# --------------------------------------------------------------------------------------------


def test_bop_ict_exports_2024_matches_wdi(claims, reference):
    wdi = reference("wdi_kazakhstan_selected_1990_2025.csv")
    row = wdi[(wdi["indicator_code"] == "BX.GSR.CCIS.CD") & (wdi["year"] == 2024)]
    assert len(row) == 1
    # The ledger stores million US$ with one decimal, as the research notes quote it.
    assert claims.loc["bop_ict_exports_2024", "value"] == round(row["value"].iloc[0] / 1e6, 1)
    assert claims.loc["bop_ict_exports_2024", "unit"] == "million US$"
    assert claims.loc["bop_ict_exports_2024", "source_id"] == "wdi_kaz_2026_04_08"


def test_it_export_forecast_is_above_the_bop_statistic(claims, reference):
    """Teaching fact: the '$1 billion' is a forecast; the BoP figure for 2024 is lower."""
    wdi = reference("wdi_kazakhstan_selected_1990_2025.csv")
    bop_2024 = wdi.query("indicator_code == 'BX.GSR.CCIS.CD' and year == 2024")["value"].iloc[0]
    forecast = claims.loc["deputy_pm_it_exports_forecast_2025"]
    assert forecast["claim_kind"] == "forecast"
    assert forecast["value"] * 1e6 > bop_2024
    assert claims.loc["seed_it_exports_1bn_2025", "status"] == "source found"


def test_employed_2024_matches_bns_reference(claims, reference):
    ref = reference("bns_kazakhstan_employment_headlines_2021_2025.csv")
    employed = ref.query("period == '2024' and indicator == 'employed_total'")["value"]
    assert len(employed) == 1
    row = claims.loc["bns_employed_2024"]
    assert row["value"] == employed.iloc[0]
    assert row["source_id"] == "bns_pub_341240"
    assert row["status"] == "confirmed"


def test_employed_2025q4_matches_bns_reference(claims, reference):
    ref = reference("bns_kazakhstan_employment_headlines_2021_2025.csv")
    employed = ref.query("period == '2025Q4' and indicator == 'employed_total'")["value"]
    assert claims.loc["bns_employed_2025q4", "value"] == employed.iloc[0]
    assert claims.loc["bns_employed_2025q4", "source_type"] == "secondary"


def test_one_million_jobs_is_not_13_percent_of_employment(claims, reference):
    """Lesson 01: one million is about 10.8% of the employed, so '13% of tasks' is not '13% of jobs'."""
    ref = reference("bns_kazakhstan_employment_headlines_2021_2025.csv")
    employed = ref.query("period == '2025Q4' and indicator == 'employed_total'")["value"].iloc[0]
    share = 100 * claims.loc["seed_jobs_1m", "value"] / employed
    assert round(share, 1) == 10.8
    assert round(share) != claims.loc["seed_tasks_13pct", "value"]
    assert "10.8%" in claims.loc["seed_jobs_1m", "evidence"]


def test_ministry_2_2_million_is_about_a_quarter_of_employment(claims, reference):
    ref = reference("bns_kazakhstan_employment_headlines_2021_2025.csv")
    employed = ref.query("period == '2025Q4' and indicator == 'employed_total'")["value"].iloc[0]
    share = 100 * claims.loc["mintrud_2_2m_jobs", "value"] / employed
    assert round(share, 1) == 23.7
    assert claims.loc["mintrud_25pct_jobs", "value_qualifier"] == "about"
    assert abs(share - claims.loc["mintrud_25pct_jobs", "value"]) < 2


def test_frey_osborne_scope_matches_reference_table(exposure, reference):
    table = reference("frey_osborne_computerisation_probability_soc2010.csv")
    row = exposure.loc["frey_osborne_us_high_risk"]
    assert row["scope_count"] == len(table) == table["soc2010_code"].nunique()
    assert row["method"] == "occupation-level"


def test_ilo_clerical_is_the_most_exposed_group_in_the_reference_scores(exposure, reference):
    """The ILO rows single out clerical work; the WP140 scores agree for 2023 and 2025."""
    scores = reference("ilo_wp140_genai_exposure_isco08_4digit.csv")
    for year in (2023, 2025):
        means = scores.groupby("isco08_major_group")[f"mean_score_{year}"].mean()
        assert means.idxmax() == 4, year
    clerical = exposure[exposure["subgroup"].str.contains("major group 4", regex=False)]
    assert set(clerical["unit_of_analysis"]) == {"tasks"}
    assert clerical["value"].sum() <= 100


def test_manual_work_is_least_exposed_in_the_reference_scores(claims, reference):
    """The seed claim '< 2% in construction, machine operation, transport' fits the ILO ranking."""
    scores = reference("ilo_wp140_genai_exposure_isco08_4digit.csv")
    means = scores.groupby("isco08_major_group")["mean_score_2025"].mean()
    lowest_three = set(means.nsmallest(3).index)
    assert lowest_three & {7, 8, 9}, means
    assert means[4] > max(means[7], means[8], means[9])
    assert claims.loc["seed_manual_lt2pct", "value_qualifier"] == "less than"


# --------------------------------------------------------------------------------------------
# Teaching facts: claims
# --------------------------------------------------------------------------------------------


def test_every_status_is_one_of_four_and_all_four_are_used(claims, exposure):
    assert set(claims["status"]) == STATUSES
    assert set(exposure["status"]) <= STATUSES


def test_seed_claim_is_present_with_status_source_found(claims):
    seed = claims.loc["seed_tasks_13pct"]
    assert seed["value"] == 13
    assert seed["unit_of_analysis"] == "tasks"
    assert seed["status"] == "source found"
    assert seed["source_id"] == "astanatimes_2025_11_13"
    assert "01" in seed["lesson"].split(";")


def test_al_farabium_is_unverified_and_has_no_number(claims):
    row = claims.loc["al_farabium_supercomputer"]
    assert row["status"] == "unverified"
    assert pd.isna(row["value"])
    assert claims.loc["alem_cloud_2_exaflops", "status"] == "confirmed"


def test_both_93_and_95_universities_are_kept(claims):
    universities = claims[claims["unit"] == "universities"]
    assert {93.0, 95.0} <= set(universities["value"])
    assert universities["source_id"].nunique() >= 2


def test_gen_z_seed_claims_keep_their_verdicts(claims):
    assert claims.loc["seed_genz_forbes_37pct", "status"] == "unverified"
    assert claims.loc["seed_genz_nypost_42pct", "status"] == "confirmed"


def test_oecd_47_percent_is_contradicted_by_frey_osborne_us_figure(claims, exposure):
    oecd = claims.loc["crtr_first_report_oecd_47pct"]
    frey = exposure.loc["frey_osborne_us_high_risk"]
    assert oecd["status"] == "contradicted"
    assert oecd["value"] == frey["value"]
    assert frey["geography"] == "United States"
    oecd_task_based = exposure[exposure["study"].str.contains("OECD")]
    assert oecd_task_based.query("status != 'unverified'")["value"].max() < oecd["value"]


def test_ledger_rows_are_complete(claims):
    for column in ("claim_text", "unit", "unit_of_analysis", "claimed_by", "evidence", "source_id"):
        assert claims[column].notna().all(), column
    for lessons in claims["lesson"]:
        assert set(lessons.split(";")) <= LESSONS, lessons


# --------------------------------------------------------------------------------------------
# Teaching facts: exposure estimates
# --------------------------------------------------------------------------------------------


def test_workforce_development_center_automation_shares_add_to_100(exposure):
    rows = exposure.loc[
        ["kz_wdc_automation_unlikely", "kz_wdc_automation_moderate", "kz_wdc_automation_high"]
    ]
    assert round(rows["value"].sum(), 1) == 100.0
    assert set(rows["unit_of_analysis"]) == {"workers"}
    assert rows["count"].notna().all()


def test_arntz_country_range_stays_unverified(exposure):
    assert exposure.loc["arntz_korea", "status"] == "unverified"
    assert exposure.loc["arntz_austria", "status"] == "unverified"
    assert exposure.loc["arntz_oecd21_average", "value"] == 9


def test_ministry_figure_equals_ilo_global_figure(exposure):
    """The Ministry's 25% is numerically the ILO's global 25%: lesson 05 asks why."""
    ministry = exposure.loc["kz_mintrud_2025_moderate_high"]
    ilo = exposure.loc["ilo2025_global_exposed"]
    assert ministry["value"] == ilo["value"]
    assert ministry["unit_of_analysis"] == "jobs" and ilo["unit_of_analysis"] == "workers"
    assert ministry["method"] == "statement without published method"


# --------------------------------------------------------------------------------------------
# Teaching facts: Gen Z surveys
# --------------------------------------------------------------------------------------------


def test_every_survey_percentage_has_a_base(surveys):
    with_value = surveys[surveys["value_pct"].notna()]
    assert len(with_value) == len(surveys)
    assert with_value["base"].str.strip().str.len().gt(0).all()


def test_37_percent_has_more_than_one_base(surveys):
    rb = surveys[surveys["survey_id"] == "resumebuilder_2025_05"]
    thirty_seven = rb[rb["value_pct"] == 37]
    assert thirty_seven["base"].nunique() >= 2
    for note in thirty_seven["note"]:
        assert "of those" in note and "of degree holders" in note and "of graduates" in note


def test_resume_builder_42_is_30_plus_11_up_to_rounding(surveys):
    rb = surveys[(surveys["survey_id"] == "resumebuilder_2025_05") & (surveys["subgroup"] == "all")]
    total = rb[rb["statistic"].str.startswith("work in or pursue")]["value_pct"].item()
    current = rb[rb["statistic"].str.startswith("currently")]["value_pct"].item()
    planning = rb[rb["statistic"].str.startswith("plan to")]["value_pct"].item()
    assert total == 42
    assert abs(total - (current + planning)) <= 1
    assert set(rb["sample_size"]) == {1434}


def test_enrolment_changes_are_not_presented_as_survey_results(surveys):
    wsj = surveys[surveys["survey_id"] == "wsj_2024_toolbelt_generation"]
    assert len(wsj) == 3
    assert set(wsj["data_kind"]) == {"enrolment change"}
    assert wsj["sample_size"].isna().all()
    assert set(surveys["data_kind"]) == {"survey", "enrolment change"}


def test_kaziss_school_leaver_choices_add_to_100(surveys):
    kaziss = surveys[surveys["survey_id"] == "kaziss_2024_school_leavers"]
    assert set(kaziss["country"]) == {"Kazakhstan"}
    assert kaziss["value_pct"].sum() == 100
    assert kaziss.set_index("statistic")["value_pct"].idxmax() == "prefer university"

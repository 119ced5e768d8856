"""Cross-checks of unemployment_by_region, wages and education against the reference extracts.

The bundled tables were compiled from the publishers' files and pages; the reference extracts in
``shared/reference`` were prepared separately. Where the two overlap, the numbers must be equal.
The "teaching facts" tests pin the figures the lessons quote (data-sources.md, section C).
"""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest

import kzdata
from kzdata.metadata import data_dir


def _sources() -> dict[str, dict]:
    """Every source entry: the merged sources.toml plus any fragment not merged yet."""
    entries: dict[str, dict] = {}
    for path in sorted(data_dir().glob("_sources_*.toml")) + [data_dir() / "sources.toml"]:
        if path.exists():
            with open(path, "rb") as handle:
                entries.update(tomllib.load(handle))
    return entries


def _academic_year(long_form: str) -> str:
    """'2020-2021' -> '2020-21'."""
    start, end = long_form.split("-")
    return f"{start}-{end[2:]}"


# ---------------------------------------------------------------- unemployment_by_region


@pytest.fixture(scope="module")
def unemployment() -> pd.DataFrame:
    return kzdata.load("unemployment_by_region")


@pytest.fixture(scope="module")
def unemployment_ref(reference) -> pd.DataFrame:
    return reference("bns_kazakhstan_unemployment_rate_by_region_2001_2022.csv")


def test_unemployment_rows_and_values_match_reference(unemployment, unemployment_ref):
    ours = unemployment.set_index(["region", "year"])["unemployment_rate_pct"]
    ref = unemployment_ref.set_index(["region", "year"])["unemployment_rate_pct"]
    assert sorted(ours.index) == sorted(ref.index)
    joined = pd.concat({"ours": ours, "ref": ref}, axis=1)
    unrounded = unemployment.set_index(["region", "year"])["flag"].fillna("").str.contains(
        "unrounded_in_source"
    )
    # The reference extract rounded the unrounded 2007-2008 workbook values to 3 decimals.
    exact = joined[~unrounded.reindex(joined.index)]
    assert (exact["ours"] == exact["ref"]).all(), exact[exact["ours"] != exact["ref"]]
    rounded = joined[unrounded.reindex(joined.index)]
    assert len(rounded) == 34
    assert (rounded["ours"].round(3) == rounded["ref"]).all()


def test_unemployment_notes_match_reference_flags(unemployment, unemployment_ref):
    merged = unemployment.merge(unemployment_ref, on=["region", "year"], suffixes=("", "_ref"))
    ref_flag = merged["flag_ref"].fillna("")
    ours = merged["flag"].fillna("")
    assert (ref_flag.str.contains("region_note_3") == ours.str.contains("bns_note_3")).all()
    assert (ref_flag.str.contains("ICLS19") == ours.str.contains("bns_note_2")).all()


def test_national_unemployment_2022_is_4_9_from_bns(unemployment):
    row = unemployment[(unemployment["region_id"] == "republic_of_kazakhstan") & (unemployment["year"] == 2022)]
    assert row["unemployment_rate_pct"].tolist() == [4.9]
    source = _sources()[row["source_id"].item()]
    assert source["type"] == "primary" and "Bureau of National Statistics" in source["publisher"]


def test_new_2022_regions_have_2022_only_and_south_kazakhstan_ends_before_split(unemployment):
    years = unemployment.groupby("region_id")["year"].agg(lambda s: sorted(s.tolist()))
    for region_id in ("abai_region", "zhetisu_region", "ulytau_region"):
        assert years[region_id] == [2022]
        note = unemployment.loc[unemployment["region_id"] == region_id, "region_note"].item()
        assert "created in 2022" in note
    assert max(years["south_kazakhstan_region"]) < 2010
    assert min(years["turkestan_region"]) == min(years["shymkent_city"]) == 2010


def test_estimates_and_definitions_follow_the_workbook_notes(unemployment):
    estimated = unemployment[unemployment["estimated"]]
    assert set(estimated["region_id"]) == {"turkestan_region", "shymkent_city"}
    assert sorted(set(estimated["year"])) == list(range(2010, 2018))
    assert ((unemployment["year"] >= 2015) == (unemployment["definition"] == "ICLS-19")).all()


# ---------------------------------------------------------------- wages

INDICATORS = {  # reference indicator -> (measure, estimate)
    "average_monthly_nominal_wage": ("average_monthly_nominal", False),
    "median_monthly_wage": ("median_monthly", False),
    "median_monthly_wage_estimate": ("median_monthly", True),
    "minimum_monthly_wage_from_1_january": ("minimum_monthly", False),
}


@pytest.fixture(scope="module")
def wages() -> pd.DataFrame:
    return kzdata.load("wages")


def test_national_wage_series_matches_reference(wages, reference):
    ref = reference("bns_kazakhstan_wages_2018_2025.csv")
    ref["measure"] = ref["indicator"].map(lambda i: INDICATORS[i][0])
    ref["estimate"] = ref["indicator"].map(lambda i: INDICATORS[i][1])
    ours = wages[wages["table_part"] == "national_series"]
    keys = ["frequency", "period", "measure", "sex"]
    assert len(ours) == len(ref)
    merged = ours.merge(ref, on=keys, how="outer", suffixes=("", "_ref"), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"][keys]
    assert (merged["wage_kzt"].astype("int64") == merged["value_kzt"]).all()
    assert (merged["estimate"].astype(bool) == merged["estimate_ref"]).all()
    urls = {key: entry["url"] for key, entry in _sources().items()}
    assert (merged["source_id"].map(urls) == merged["source_url"]).all()


def test_wages_by_occupation_and_region_match_reference_without_spurious_row(wages, reference):
    ref = reference("bns_kazakhstan_wages_by_occupation_and_region_2022.csv")
    spurious = ref["flag"].fillna("").str.contains("DO_NOT_USE")
    assert set(ref.loc[spurious, "region"]) == {"South Kazakhstan Region"}
    ref = ref[~spurious].copy()
    ref["region"] = ref["region"].replace({"The Republic Of Kazakhstan": "Republic of Kazakhstan"})
    ref["occupation_group"] = ref["occupation_group"].replace({"all_staff": "all"})
    ours = wages[wages["table_part"] == "by_occupation_region"]
    keys = ["region", "occupation_group"]
    merged = ours.merge(ref, on=keys, how="outer", suffixes=("", "_ref"), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"][keys]
    assert (merged["wage_kzt"].astype("int64") == merged["avg_monthly_nominal_wage_kzt"]).all()
    suspect_ref = merged["flag_ref"].fillna("").str.startswith("suspect")
    suspect_ours = merged["flag"].fillna("").str.startswith("suspect")
    assert (suspect_ref == suspect_ours).all() and suspect_ours.sum() == 2


def test_no_south_kazakhstan_wage_row_in_2022(wages):
    in_2022 = wages[wages["year"] == 2022]
    assert not in_2022["region"].str.contains("South Kazakhstan").any()
    assert "south_kazakhstan_region" not in set(in_2022["region_id"])
    assert in_2022.loc[in_2022["table_part"] == "by_occupation_region", "region_id"].nunique() == 21


def test_occupation_table_all_staff_equals_official_2022_average(wages):
    national = wages[(wages["region_id"] == "republic_of_kazakhstan") & (wages["year"] == 2022)]
    occupation_all = national[
        (national["table_part"] == "by_occupation_region") & (national["occupation_group"] == "all")
    ]["wage_kzt"].item()
    official = national[
        (national["table_part"] == "national_series")
        & (national["measure"] == "average_monthly_nominal")
        & (national["sex"] == "total")
    ]["wage_kzt"].item()
    assert occupation_all == official == 309_697


def test_trades_earn_more_than_clerical_staff_nationally_2022(wages):
    national = wages[
        (wages["table_part"] == "by_occupation_region") & (wages["region_id"] == "republic_of_kazakhstan")
    ].set_index("occupation_group")["wage_kzt"]
    assert national["isco7_craft_trades"] == 342_446
    assert national["isco8_plant_machine_operators"] == 337_969
    assert national["isco4_clerical_support"] == 250_105
    assert national["isco7_craft_trades"] > national["isco8_plant_machine_operators"] > national["isco4_clerical_support"]


def test_medians_estimates_are_marked_and_below_the_average(wages):
    series = wages[wages["table_part"] == "national_series"]
    medians = series[series["measure"] == "median_monthly"]
    assert (medians["estimate"] == (medians["frequency"] == "quarterly")).all()
    averages = series[(series["measure"] == "average_monthly_nominal") & (series["sex"] == "total")]
    both = medians.merge(averages, on="period", suffixes=("_median", "_average"))
    assert len(both) == len(medians)
    assert (both["wage_kzt_median"] < both["wage_kzt_average"]).all()


# ---------------------------------------------------------------- education

TVET_METRICS = {  # reference metric -> bundled metric
    "students_total": "students",
    "admitted": "admitted",
    "graduates": "graduates",
    "students_female": "students_female",
    "students_state_order": "students_state_funded",
    "organisations_independent": "organisations",
    "organisations_branches": "organisation_branches",
    "graduates_previous_year": "graduates_previous_year",
    "graduates_previous_year_employed": "graduates_previous_year_employed",
    "colleges": "colleges",
    "college_students_total": "college_students",
}


def _bundled_tvet_metric(ref_metric: str, academic_year: str) -> str:
    # The 2024-25 publication reports the graduates of the year before (see the row notes).
    if academic_year == "2024-25" and ref_metric.startswith("graduates"):
        return ref_metric.replace("graduates", "graduates_previous_year")
    if ref_metric.startswith("college_first_year_") and ref_metric != "college_first_year_students":
        return ref_metric.replace("college_first_year_", "college_first_year_students_")
    return TVET_METRICS.get(ref_metric, ref_metric)


@pytest.fixture(scope="module")
def education() -> pd.DataFrame:
    return kzdata.load("education")


def test_tvet_figures_match_reference(education, reference):
    ref = reference("bns_kazakhstan_tvet_students_2020_2025.csv")
    ref["academic_year"] = ref["academic_year"].map(_academic_year)
    ref["metric"] = [_bundled_tvet_metric(m, y) for m, y in zip(ref["metric"], ref["academic_year"])]
    ref["scope"] = ref["scope"].map(lambda s: "colleges_only" if s.startswith("colleges only") else "all_tvet_organisations")
    ref["source_type"] = ref["source_type"].map(lambda t: "secondary" if "citing" in t else "primary")
    ours = education[education["level"] == "tvet"]
    keys = ["academic_year", "metric", "scope"]
    merged = ref.merge(ours, on=keys, how="left", suffixes=("_ref", ""), indicator=True)
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"][keys]
    assert len(merged) == len(ref)  # one bundled row per reference row
    assert (merged["value"] == merged["value_ref"]).all()
    assert (merged["source_type"] == merged["source_type_ref"]).all()


def test_higher_education_figures_match_reference(education, reference):
    ref = reference("bns_kazakhstan_higher_education_students_2017_2022.csv")
    official = education[(education["level"] == "higher") & (education["source_type"] == "primary")]
    for column, metric in (
        ("students_total", "students"),
        ("students_from_kazakhstan", "students_from_kazakhstan"),
        ("higher_education_organisations", "organisations"),
    ):
        ours = dict(zip(official.loc[official["metric"] == metric, "year_start"].astype(int),
                        official.loc[official["metric"] == metric, "value"]))
        theirs = dict(zip(ref["academic_year_start"].astype(int), ref[column].astype(float)))
        assert ours == theirs, column


def test_tvet_students_grew_from_477_5k_to_562k(education):
    totals = education[
        (education["level"] == "tvet")
        & (education["metric"] == "students")
        & (education["scope"] == "all_tvet_organisations")
    ].set_index("academic_year")["value"]
    assert round(totals["2020-21"] / 1000, 1) == 477.5
    assert totals["2025-26"] == 562_000
    assert totals.is_monotonic_increasing


def test_state_funded_share_rose_from_60_1_to_70_6(education):
    shares = education[
        (education["metric"] == "state_funded_share") & (education["scope"] == "all_tvet_organisations")
    ].set_index("academic_year")["value"]
    assert shares["2022-23"] == 60.1
    assert shares["2025-26"] == 70.6
    assert shares.is_monotonic_increasing
    entrants = education[education["metric"] == "state_funded_share_of_admitted"]
    assert entrants["value"].tolist() == [73.0] and (entrants["source_type"] == "secondary").all()


def test_colleges_only_rows_never_carry_an_all_scope(education):
    college_rows = education[
        education["metric"].str.startswith("college")
        | (education["source_id"] == "kazpravda_2026_01_08_colleges_2025_26")
    ]
    assert len(college_rows) == 10
    assert (college_rows["scope"] == "colleges_only").all()
    assert not college_rows["scope"].str.startswith("all").any()
    # and no colleges-only row uses a metric name of the all-TVET totals
    assert not set(college_rows["metric"]) & set(
        education.loc[education["scope"] == "all_tvet_organisations", "metric"]
    )


def test_official_tvet_total_for_2023_24_stays_missing(education, reference):
    ref = reference("bns_kazakhstan_tvet_students_2020_2025.csv")
    assert not ((ref["academic_year"] == "2023-2024") & (ref["metric"] == "students_total")).any()
    year = education[(education["level"] == "tvet") & (education["academic_year"] == "2023-24")]
    assert not ((year["scope"] == "all_tvet_organisations") | (year["source_type"] == "primary")).any()
    reported = year[year["metric"] == "students"]
    assert reported["value"].tolist() == [548_000]
    assert reported["scope"].tolist() == ["scope_not_verified"]
    assert reported["source_type"].tolist() == ["secondary"]


def test_higher_education_release_figures_of_2022_23(education):
    rows = education[
        (education["level"] == "higher")
        & (education["academic_year"] == "2022-23")
        & (education["source_id"] == "bns_higher_education_2022_12_15")
    ].set_index("metric")["value"]
    assert round(rows["students"] / 1000, 1) == 578.2
    assert rows["organisations"] == 116
    assert rows["students_female_share"] == 53.4
    assert rows["admitted"] == 163_500
    assert rows["admitted_from_tvet_share"] == 20.2
    secondary = education[
        (education["level"] == "higher") & (education["academic_year"] == "2022-23")
        & (education["metric"] == "students") & (education["source_type"] == "secondary")
    ]
    assert secondary["value"].tolist() == [572_200]  # the disagreeing report is kept

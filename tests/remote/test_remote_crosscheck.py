"""Every remote dataset, loaded from the real pinned files, matches ../shared/reference.

These tests read the original files from a mirror (``real_data``) and compare the parsed tables
with the project's reference extracts (``reference``, from tests/conftest.py). Both fixtures skip
when the shared folder is not there.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import kzdata
from kzdata import remote
from kzdata.crosswalk import soc_to_isco

REMOTE = sorted(remote.remote_datasets())


def normalise_spaces(series: pd.Series) -> pd.Series:
    return series.astype(str).str.split().str.join(" ")


@pytest.mark.parametrize("name", REMOTE)
def test_every_remote_dataset_loads_as_declared(real_data, name):
    frame = real_data(name)
    meta = kzdata.info(name)
    assert list(frame.columns) == meta.column_names
    assert {c: str(t) for c, t in frame.dtypes.items()} == meta.dtypes
    assert len(frame) == meta.rows
    assert frame.attrs["tier"] == "remote" and frame.attrs["name"] == name
    assert frame["source_id"].notna().all()
    assert not frame.duplicated().any()


def test_a_second_load_is_served_from_memory_and_is_a_copy(real_data):
    first = real_data("frey_osborne")
    first.loc[0, "occupation"] = "changed by a student"
    assert real_data("frey_osborne").loc[0, "occupation"] != "changed by a student"


def test_filters_work_on_remote_datasets(real_data):
    national = real_data("bns_unemployment_by_region", region="Republic of Kazakhstan", frequency="annual")
    assert national.set_index("year").loc[2022, "unemployment_rate_pct"] == 4.9


def test_list_datasets_marks_remote_datasets_with_their_rows():
    table = kzdata.list_datasets().set_index("name")
    for name in REMOTE:
        assert table.loc[name, "tier"] == "remote"
        assert table.loc[name, "rows"] == kzdata.info(name).rows


# --- ILO ---------------------------------------------------------------------------------------


def test_ilo_occupations_equal_the_reference(real_data, reference):
    ours = real_data("ilo_genai_occupations")
    ref = reference("ilo_wp140_genai_exposure_isco08_4digit.csv")
    assert len(ours) == len(ref) == 427
    ref = ref.assign(isco08_4d=ref["isco08_4d"].astype(str).str.zfill(4),
                     isco08_major_group=ref["isco08_major_group"].astype(str))
    for column in ref.columns:
        if column == "occupation_title":
            assert normalise_spaces(ours[column]).tolist() == normalise_spaces(ref[column]).tolist()
        else:
            assert ours[column].astype(ref[column].dtype).tolist() == ref[column].tolist(), column


def test_ilo_major_group_summary_is_reproduced(real_data, reference):
    occupations = real_data("ilo_genai_occupations")
    ref = reference("ilo_wp140_genai_exposure_by_isco_major_group_DERIVED.csv")
    grouped = occupations.groupby("isco08_major_group")
    ours = pd.DataFrame({
        "n_occupations": grouped.size(),
        "unweighted_mean_of_occupation_scores_2025": grouped["mean_score_2025"].mean().round(3),
        "unweighted_mean_of_occupation_scores_2023": grouped["mean_score_2023"].mean().round(3),
    })
    counts = pd.crosstab(occupations["isco08_major_group"], occupations["exposure_category_2025"])
    names = {"Not Exposed": "n_occ_not_exposed", "Minimal Exposure": "n_occ_minimal_exposure",
             **{f"Exposed: Gradient {g}": f"n_occ_gradient_{g}" for g in range(1, 5)}}
    ours = ours.join(counts.rename(columns=names))
    ref = ref.set_index(ref["isco08_major_group"].astype(str))
    for column in ours.columns:
        assert ours[column].tolist() == ref[column].tolist(), column


def test_ilo_task_scores_reproduce_the_occupation_means(real_data):
    tasks = real_data("ilo_genai_task_scores")
    occupations = real_data("ilo_genai_occupations").set_index("isco08_4d")
    assert len(tasks) == occupations["n_tasks"].sum() == 3266
    grouped = tasks.groupby("isco08_4d")
    for year in (2025, 2023):
        mean = grouped[f"score_{year}"].mean().reindex(occupations.index)
        sd = grouped[f"score_{year}"].std().reindex(occupations.index).fillna(0)
        assert (mean - occupations[f"mean_score_{year}"]).abs().max() <= 0.005 + 1e-9
        assert (sd - occupations[f"sd_score_{year}"]).abs().max() <= 0.005 + 1e-9
    assert (tasks["score_2025_method"].value_counts().to_dict()) == {"predicted": 3220, "reconciled": 46}


# --- US occupation scores ------------------------------------------------------------------------


def test_frey_osborne_equals_the_reference(real_data, reference):
    ours = real_data("frey_osborne")
    ref = reference("frey_osborne_computerisation_probability_soc2010.csv")
    pd.testing.assert_frame_equal(
        ours[ref.columns].astype({"rank": "int64", "training_label": "float64",
                                  "soc2010_code": object, "occupation": object}),
        ref.astype({"soc2010_code": object, "occupation": object}),
    )


def test_aioe_equals_the_reference(real_data, reference):
    ours = real_data("aioe")
    ref = reference("felten_raj_seamans_aioe_soc2010.csv")
    assert ours["soc2010_code"].tolist() == ref["soc2010_code"].tolist()
    assert ours["occupation_title"].tolist() == ref["occupation_title"].tolist()
    assert np.array_equal(ours["aioe"].to_numpy(), ref["aioe"].to_numpy())
    assert np.array_equal(ours["aioe_language_modeling"].to_numpy(), ref["aioe_language_modeling"].to_numpy())


def test_crosswalk_pairs_equal_the_reference(real_data, reference):
    ours = real_data("soc_isco_crosswalk")
    ref = reference("crosswalk_soc2010_to_isco08_ibs.csv")
    ref_pairs = set(zip(ref["soc2010_code"], ref["isco08_4d"].astype(str).str.zfill(4)))
    assert set(zip(ours["soc2010_code"], ours["isco08_4d"])) == ref_pairs
    assert len(ours) == 1131


def test_gpts_are_gpts_matches_the_figures_in_the_research_notes(real_data):
    # research/curriculum-anchors.md 2.5: correlation of human and GPT-4 beta 0.876; mean beta
    # 0.303 (human) and 0.345 (GPT-4); 923 occupations.
    frame = real_data("gpts_are_gpts")
    assert len(frame) == 923
    assert round(frame["human_beta"].corr(frame["gpt4_beta"]), 3) == 0.876
    assert round(frame["human_beta"].mean(), 3) == 0.303 and round(frame["gpt4_beta"].mean(), 3) == 0.345


def test_bls_detailed_employment_adds_up_to_the_published_total(real_data, real_mirror):
    frame = real_data("bls_oes_2021")
    raw = pd.read_csv(real_mirror / "national_May2021_dl.csv", dtype=str, encoding="utf-8-sig")
    total = int(raw.loc[raw["O_GROUP"] == "total", "TOT_EMP"].str.replace(",", "").item())
    assert total == 140_886_310
    assert frame["employed_persons"].sum() == 140_885_570  # the caveat's figure
    assert abs(frame["employed_persons"].sum() - total) / total < 1e-5


def test_frey_osborne_maps_to_isco_except_18_aggregate_codes(real_data):
    scores = real_data("frey_osborne")
    result = soc_to_isco(scores, score_column="probability_computerisation")
    assert len(result.unmapped) == 18
    assert set(result.unmapped["reason"]) == {"not in the SOC 2010 -> ISCO-08 crosswalk"}
    assert result.table["isco08_4d"].str.fullmatch(r"\d{4}").all()
    assert result.table["probability_computerisation"].between(0, 1).all()


def test_employment_weighting_with_bls_reports_codes_without_weights(real_data):
    scores = real_data("frey_osborne")
    weights = real_data("bls_oes_2021").rename(columns={"soc2018_code": "soc2010_code"})
    result = soc_to_isco(scores, score_column="probability_computerisation", how="employment_weighted",
                         weights=weights)
    reasons = result.unmapped["reason"].value_counts()
    assert reasons["not in the SOC 2010 -> ISCO-08 crosswalk"] == 18
    assert reasons["no weight for this SOC code"] > 0
    assert result.table["total_weight"].sum() <= weights["employed_persons"].sum()
    assert "employment-weighted mean" in result.rule


# --- World Bank ----------------------------------------------------------------------------------


def test_wdi_values_equal_the_reference(real_data, reference):
    ours = real_data("wdi_kazakhstan").set_index(["indicator_code", "year"])
    ref = reference("wdi_kazakhstan_selected_1990_2025.csv")
    joined = ref.join(ours, on=["indicator_code", "year"], suffixes=("", "_ours"))
    assert joined["value_ours"].notna().all()
    # the reference keeps six decimals
    assert np.allclose(joined["value_ours"].to_numpy(), joined["value"].to_numpy(), rtol=1e-12, atol=5.1e-7)
    assert (joined["indicator_name"] == joined["indicator_name_ours"]).all()


def test_wdi_indicator_metadata_equals_the_reference(real_data, reference):
    ours = real_data("wdi_kazakhstan_indicators").set_index("indicator_code")
    ref = reference("wdi_kazakhstan_selected_indicator_metadata.csv").set_index("indicator_code")
    joined = ref.join(ours, suffixes=("", "_ours"))
    for column in ("indicator_name", "source_organization", "definition"):
        assert (joined[column] == joined[f"{column}_ours"]).all(), column
    organisations = real_data("wdi_kazakhstan").drop_duplicates("indicator_code").set_index("indicator_code")
    assert (organisations["source_organization"] == ours.loc[organisations.index, "source_organization"]).all()


# --- BNS -----------------------------------------------------------------------------------------


def test_bns_decent_work_equals_the_reference_and_adds_three_indicators(real_data, reference):
    ours = real_data("bns_decent_work")
    ref = reference("bns_kazakhstan_decent_work_indicators_2001_2020.csv")
    key = ["indicator_id", "breakdown", "year"]
    joined = ref.merge(ours, on=key, how="left", suffixes=("", "_ours"), validate="one_to_one")
    assert joined["value_ours"].notna().all()
    assert (joined["value"] == joined["value_ours"]).all()
    for column in ("indicator", "unit", "source_row_label_ru", "flag"):
        assert (joined[column].fillna("") == joined[f"{column}_ours"].fillna("")).all(), column
    extra = set(ours["indicator_id"]) - set(ref["indicator_id"])
    assert extra == {"child_labour_share_15_17", "hazardous_child_work_share", "pension_recipients_share"}
    assert len(ours) == len(ref) + ours["indicator_id"].isin(extra).sum()


def test_bns_unemployment_equals_the_reference(real_data, reference):
    ours = real_data("bns_unemployment_by_region", frequency="annual")
    ref = reference("bns_kazakhstan_unemployment_rate_by_region_2001_2022.csv")
    joined = ref.merge(ours, on=["region", "year"], how="outer", suffixes=("", "_ours"), indicator=True)
    assert (joined["_merge"] == "both").all()
    # the reference rounds the source's unrounded values (2005-2009) to three decimals
    assert (joined["unemployment_rate_pct_ours"].round(3) == joined["unemployment_rate_pct"]).all()
    assert (joined["flag"].fillna("") == joined["flag_ours"].fillna("")).all()


def test_bns_unemployment_has_the_2023_quarters(real_data):
    frame = real_data("bns_unemployment_by_region", region="Republic of Kazakhstan", year=2023)
    assert frame["frequency"].unique().tolist() == ["quarterly"]
    assert frame["quarter"].tolist() == [1, 2, 3, 4]


def test_bns_wages_equal_the_reference(real_data, reference):
    ours = real_data("bns_wages_by_occupation_region_2022")
    ref = reference("bns_kazakhstan_wages_by_occupation_and_region_2022.csv")
    assert ours["region"].tolist() == ref["region"].tolist()
    assert ours["occupation_group"].tolist() == ref["occupation_group"].tolist()
    assert ours["avg_monthly_nominal_wage_kzt"].tolist() == ref["avg_monthly_nominal_wage_kzt"].tolist()
    assert ours["year"].tolist() == ref["year"].tolist()
    assert ours["flag"].fillna("").tolist() == ref["flag"].fillna("").tolist()


# --- UN EGDI -------------------------------------------------------------------------------------


def test_un_egdi_equals_the_reference(real_data, reference):
    ours = real_data("un_egdi")
    ref = reference("un_egdi_kazakhstan_and_peers_2010_2022.csv")
    ref = ref[ref["survey_year"] <= 2018]  # 2022 comes from another repository
    joined = ref.merge(ours, on=["survey_year", "iso3"], how="left", suffixes=("", "_ours"))
    assert len(joined) == 45 and joined["egdi_ours"].notna().all()
    assert (joined["egdi_rank"] == joined["egdi_rank_ours"]).all()
    assert (joined["country"] == joined["country_ours"]).all()
    for column in ("egdi", "epart_index", "online_service_index", "human_capital_index",
                   "telecom_infrastructure_index"):
        assert np.allclose(joined[column], joined[f"{column}_ours"].astype(float), rtol=0, atol=1e-12), column
    assert ours.groupby("survey_year").size().to_dict() == {2010: 192, 2012: 193, 2014: 193, 2016: 193, 2018: 193}

"""Lesson 07 (trades in Kazakhstan): the figures its prose states are what the data give.

nbval compares the stored outputs with a fresh run; these tests pin the numbers that the
Markdown cells repeat in words (so a change in the data cannot leave the prose behind), and the
facts about scopes, missing years and flags that the lesson's argument rests on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course
from kzdata.exercises import ex07, lesson07
from kzdata.exposure import major_group_means

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("07")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = " ".join(
    " ".join("".join(c["source"]).split()) for c in NOTEBOOK["cells"] if c["cell_type"] == "markdown"
)


@pytest.fixture(scope="module")
def education() -> pd.DataFrame:
    return kzdata.load("education")


@pytest.fixture(scope="module")
def tvet(education) -> pd.Series:
    rows = education[(education["level"] == "tvet") & (education["metric"] == "students")
                     & (education["scope"] == "all_tvet_organisations")]
    return rows.set_index("academic_year")["value"]


@pytest.fixture(scope="module")
def wide() -> pd.DataFrame:
    wages = kzdata.load("wages")
    w22 = wages[(wages["table_part"] == "by_occupation_region") & wages["flag"].isna()
                & (wages["region"] != "Republic of Kazakhstan")]
    groups = {"isco4_clerical_support": "clerical", "isco7_craft_trades": "craft",
              "isco8_plant_machine_operators": "operators"}
    w22 = w22[w22["occupation_group"].isin(list(groups))]
    return (w22.pivot(index="region", columns="occupation_group", values="wage_kzt")
            .rename(columns=groups).astype("float64"))


def test_one_scope_series_has_no_official_2023_24(tvet, education):
    assert list(tvet.index) == ["2020-21", "2021-22", "2022-23", "2024-25", "2025-26"]
    assert tvet["2020-21"] == 477_539 and tvet["2025-26"] == 562_000
    growth = 100 * (tvet["2025-26"] / tvet["2020-21"] - 1)
    assert round(growth, 1) == 17.7 and "grew by 17.7%" in PROSE
    assert lesson07.q1.evaluate(growth).status == "correct"
    other = education[(education["academic_year"] == "2023-24") & (education["metric"] == "students")]
    assert set(other["scope"]) == {"scope_not_verified"} and set(other["source_type"]) == {"secondary"}
    assert "548 thousand" in PROSE


def test_colleges_only_is_a_different_scope(education):
    in_2025 = education[education["academic_year"] == "2025-26"].set_index("metric")
    colleges = in_2025.loc["college_students", "value"]
    assert in_2025.loc["college_students", "scope"] == "colleges_only"
    assert colleges == 355_200 and in_2025.loc["students", "value"] == 562_000
    assert 562_000 - colleges == 206_800 and "206,800 students" in PROSE
    assert round(100 * colleges / 562_000, 1) == 63.2
    wrong = 100 * (colleges / 477_539 - 1)
    assert lesson07.q1.evaluate(wrong).status == "incorrect"
    first = in_2025.loc["college_first_year_students_engineering_manufacturing_construction", "value"]
    assert round(100 * first / in_2025.loc["college_first_year_students", "value"], 1) == 38.2
    assert "38.2% of first-year college students" in PROSE


def test_missing_year_figures(tvet, education):
    filled = tvet.reindex(["2020-21", "2021-22", "2022-23", "2023-24", "2024-25", "2025-26"]).interpolate()
    assert filled["2023-24"] == 541_454.5 and "541,454.5" in PROSE
    bns = education[(education["academic_year"] == "2024-25")
                    & (education["scope"] == "all_tvet_organisations")].set_index("metric")["value"]
    assert round(bns["students"] / (1 + bns["students_change_pct"] / 100)) == 548_228
    assert "548,228" in PROSE


def test_state_funded_places(education):
    rows = education[(education["scope"] == "all_tvet_organisations")
                     & education["metric"].isin(["students", "students_state_funded", "state_funded_share"])]
    wide = rows.pivot(index="academic_year", columns="metric", values="value").dropna()
    assert wide["state_funded_share"].tolist() == [60.1, 68.4, 70.6]
    assert list(wide.index) == ["2022-23", "2024-25", "2025-26"]
    other = wide["students"] - wide["students_state_funded"]
    assert round((wide.loc["2025-26", "students_state_funded"] - wide.loc["2022-23", "students_state_funded"]) / 1000) == 81
    assert round((other["2022-23"] - other["2025-26"]) / 1000) == 45
    assert "rose by about 81 thousand" in PROSE and "fell by about 45 thousand" in PROSE
    assert "60.1% in 2022-23" in PROSE


def test_university_figures(education, tvet):
    higher = education[(education["level"] == "higher") & (education["metric"] == "students")]
    uni = higher[higher["source_type"] == "primary"].set_index("academic_year")["value"]
    assert round(100 * (uni["2022-23"] / uni["2017-18"] - 1), 1) == 16.5 and "16.5%" in PROSE
    assert uni.idxmax() == "2019-20" and uni.max() == 604_345 and "604,345" in PROSE
    second = higher[(higher["academic_year"] == "2022-23") & (higher["source_type"] == "secondary")]
    assert uni["2022-23"] - second["value"].item() == 6_037 and "6,037" in PROSE
    share = (100 * tvet / (tvet + uni)).dropna().round(1)
    assert share.tolist() == [45.3, 46.2, 47.6] and "2.3 percentage points" in PROSE
    news = higher.loc[higher["academic_year"] == "2024-25", "value"].item()
    assert news == 624_500 and round(100 * tvet["2024-25"] / (tvet["2024-25"] + news), 1) == 47.1


def test_wage_ratios(wide):
    wages = kzdata.load("wages")
    national = wages[(wages["table_part"] == "by_occupation_region")
                     & (wages["region"] == "Republic of Kazakhstan")].set_index("occupation_group")["wage_kzt"]
    assert round(national["isco7_craft_trades"] / national["isco4_clerical_support"], 2) == 1.37
    assert round(national["isco8_plant_machine_operators"] / national["isco4_clerical_support"], 2) == 1.35
    flagged = wages[wages["flag"].notna()]
    assert not flagged["occupation_group"].isin(["isco4_clerical_support", "isco7_craft_trades",
                                                 "isco8_plant_machine_operators"]).any()
    ratio = wide["craft"] / wide["clerical"]
    assert len(ratio) == 20 and (ratio > 1).sum() == 18
    assert set(ratio[ratio < 1].index) == {"Astana city", "Almaty city"}
    assert ratio.idxmin() == "Astana city"
    above = ratio[ratio > 1]
    assert above.idxmin() == "Akmola Region" and round(above.min(), 2) == 1.04
    assert ratio.idxmax() == "Mangystau Region" and round(ratio.max(), 2) == 2.69
    assert "18 of 20 regions" in PROSE and "2.69 times in Mangystau" in PROSE
    ops = wide["operators"] / wide["clerical"]
    assert ops.idxmax() == ex07.q4.expected
    assert lesson07.q4.evaluate(100 * ops["Almaty city"]).status == "correct"
    assert ex07.q3.evaluate(ratio).status == "correct"


def test_youth_and_neet():
    headlines = kzdata.load("employment_headlines")
    neet = headlines[headlines["indicator"] == "neet_share"]
    assert neet["age_band"].isna().all() and neet["value"].tolist() == [7.1, 5.8]
    youth = headlines[headlines["age_band"].isin(["15-34"])].set_index("period")["value"]
    assert youth["2023Q4"] == 3.4 and youth["2025Q4"] == 3.1
    decent = kzdata.load("bns_decent_work")
    series = decent[(decent["indicator_id"] == "neet_share_15_28") & (decent["breakdown"] == "Total")]
    series = series.set_index("year")["value"].round(1)
    assert series[2001] == 18.6 and series[2020] == 7.1
    assert "18.6% in 2001 to 7.1% in 2020" in PROSE


def test_exposure_by_major_group():
    means = major_group_means(kzdata.load("ilo_genai_occupations")).set_index("isco08_major_group")
    scores = means["mean_score_2025"].round(3)
    assert scores.idxmax() == "4" and scores["4"] == 0.536
    assert scores["7"] == 0.166 and scores["8"] == 0.198
    assert set(scores.sort_values().index[:4]) == {"9", "6", "7", "8"}
    assert "0.536" in PROSE and "0.166" in PROSE and "0.198" in PROSE


def test_kaziss_figures():
    kz = kzdata.load("genz_surveys")
    kz = kz[kz["country"] == "Kazakhstan"]
    assert kz["value_pct"].tolist() == [24, 58, 18] and set(kz["source_type"]) == {"secondary"}
    assert round(58 / 24, 1) == 2.4 and "2.4 times as many" in PROSE

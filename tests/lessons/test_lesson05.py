"""Lesson 05 (exposure in Kazakhstan): the figures its prose, checks and key points state are
what the data give.

nbval compares the stored outputs with a fresh run, but not the numbers written in Markdown, in
the check prompts of ``kzdata/exercises/lesson05.py`` or in the manifest's key points. These
tests recompute each of them from the data and check that the text still says it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course, exposure, scenarios
from kzdata.exercises import lesson05

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("05")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = " ".join(" ".join("".join(c["source"]) for c in NOTEBOOK["cells"]
                          if c["cell_type"] == "markdown").split())
PROMPTS = " ".join(" ".join(q.prompt + " " + " ".join(q.diagnostics.values())
                            for q in lesson05.QUESTIONS).split())
KEY_POINTS = " ".join(LESSON.key_points)
EXPOSED = [label for label in exposure.ILO_2025_LABELS if label.startswith("Exposed")]


def _estimate(occupations: pd.DataFrame, jobs: pd.DataFrame, column: str = "category",
              employment: str = "employed_thousands") -> pd.DataFrame:
    shares = exposure.category_shares_by_major_group(occupations, category_column=column)
    allocated = exposure.allocate_employment(shares, jobs, category_column=column,
                                             employment_column=employment)
    return exposure.employment_shares(allocated, category_column=column,
                                      employment_column=employment)


@pytest.fixture(scope="module")
def occupations() -> pd.DataFrame:
    occ = kzdata.load("ilo_genai_occupations")
    occ["category"] = pd.Categorical(occ["exposure_category_2025"],
                                     categories=exposure.ILO_2025_LABELS, ordered=True)
    occ["category_2023"] = pd.Categorical(
        occ["exposure_category_2023"].replace(exposure.ILO_2023_SOURCE_SPELLING),
        categories=exposure.ILO_2023_LABELS, ordered=True)
    return occ


@pytest.fixture(scope="module")
def jobs() -> pd.DataFrame:
    return kzdata.load("employment_by_occupation", year=2013)


def _exposed(result: pd.DataFrame, column: str = "category") -> float:
    return float(result.loc[result[column].isin(EXPOSED), "share_pct"].sum())


def _top(result: pd.DataFrame, column: str = "category") -> float:
    return float(result.loc[result[column] == "Exposed: Gradient 4", "share_pct"].sum())


def test_headline_and_by_sex(occupations, jobs):
    total = _estimate(occupations, jobs[jobs["sex"] == "total"])
    women = _estimate(occupations, jobs[jobs["sex"] == "female"])
    men = _estimate(occupations, jobs[jobs["sex"] == "male"])
    assert f"{_exposed(total):.1f}" == "19.8"
    assert f"{_top(total):.1f}" == "2.1"
    assert f"{total['employed_thousands'].sum():,.1f}" == "8,533.0"
    exposed_people = total.loc[total["category"].isin(EXPOSED), "employed_thousands"].sum()
    assert f"{exposed_people:,.0f}" == "1,687"
    assert (f"{_exposed(women):.1f}", f"{_exposed(men):.1f}") == ("24.7", "15.1")
    assert (f"{_top(women):.1f}", f"{_top(men):.1f}") == ("2.9", "1.3")
    for text in ("19.8%", "1,687 thousand", "2.1% in Gradient 4", "24.7%", "15.1%",
                 "2.9% and 1.3%"):
        assert text in PROSE, text
    assert "19.8%" in PROMPTS
    assert "19.8%" in KEY_POINTS and "24.7%" in KEY_POINTS and "15.1%" in KEY_POINTS


def test_clerks(occupations, jobs):
    shares = exposure.category_shares_by_major_group(occupations, category_column="category")
    clerks = shares[shares["isco08_major_group"] == "4"]
    assert int(clerks["n_occupations"].sum()) == 29
    assert int(clerks.loc[clerks["category"] == "Exposed: Gradient 4", "n_occupations"].item()) == 8
    assert sorted(clerks.loc[clerks["n_occupations"] > 0, "category"].astype(str)) == sorted(
        ["Minimal Exposure", *EXPOSED])  # "five categories" in lesson05.q1
    allocated = exposure.allocate_employment(shares, jobs[jobs["sex"] == "total"],
                                             category_column="category")
    top = allocated[(allocated["isco08_major_group"] == "4")
                    & (allocated["category"] == "Exposed: Gradient 4")]
    assert f"{top['employed_thousands'].item():.1f}" == "91.5"
    exposed_share = clerks.loc[clerks["category"].isin(EXPOSED), "share_pct"].sum()
    assert f"{exposed_share:.1f}" == "96.6"
    farmers = shares[shares["isco08_major_group"] == "6"]
    assert farmers.loc[farmers["category"].isin(EXPOSED), "n_occupations"].sum() == 0
    for text in ("8 of the 29 clerical occupations", "27.6%", "91.5 thousand", "96.6%",
                 "241.8 of 331.6", "863.7 of 1,365.0"):
        assert text in PROSE, text
    assert "331.6 thousand" in PROMPTS and "29 clerical occupations" in PROMPTS


def test_cut_offs(occupations, jobs):
    total = jobs[jobs["sex"] == "total"]
    found = []
    for cut in (0.55, 0.60, 0.65):
        classified = exposure.classify_ilo_2025(occupations, gradient_from_mean_score=(0.40, 0.50, cut))
        found.append(f"{_top(_estimate(classified, total, 'category_2025_kzdata'), 'category_2025_kzdata'):.2f}")
    assert found == ["5.47", "2.08", "0.27"]
    assert "from 2.08% to 5.47% or to 0.27%" in PROSE
    recomputed = exposure.classify_ilo_2025(occupations)
    assert int((recomputed["category_2025_kzdata"].astype(str)
                != occupations["exposure_category_2025"]).sum()) == 3


def test_agriculture_and_women(occupations, jobs):
    agriculture = kzdata.load("employment_by_sector", sector_scheme="three_sector", sex="total",
                              sector="agriculture")
    value = agriculture.set_index(["series", "year"])["share_pct"]
    assert (f"{value['official', 2013]:.1f}", f"{value['official', 2014]:.1f}",
            f"{value['official', 2020]:.1f}", f"{value['modelled', 2024]:.1f}") == (
        "24.2", "18.9", "13.5", "11.6")
    for text in ("24.2% in 2013 to 13.5% in 2020", "11.6% in 2024", "24.2% to 18.9%"):
        assert text in PROSE, text
    assert "24.2% in 2013 to 13.5% in 2020" in PROMPTS and "11.6% in 2024" in PROMPTS
    assert "24.2% in 2013 to 13.5% in 2020" in KEY_POINTS
    women = kzdata.load("occupation_gender_shares", sex="female", year=[2013, 2020])
    clerks = women[women["isco08_major_group"] == "4"].set_index("year")["share_pct"]
    assert (f"{clerks[2013]:.1f}", f"{clerks[2020]:.1f}") == ("72.9", "63.0")
    assert "72.9% of clerks in 2013 and 63.0% in 2020" in PROSE
    total = jobs[jobs["sex"] == "total"]
    what_if = total.merge(women[women["year"] == 2020][["isco08_major_group", "share_pct"]],
                          on="isco08_major_group")
    found = []
    for part in (what_if["share_pct"] / 100, 1 - what_if["share_pct"] / 100):
        jobs_what_if = what_if.assign(employed_thousands=what_if["employed_thousands"] * part)
        found.append(f"{_exposed(_estimate(occupations, jobs_what_if)):.1f}")
    assert found == ["23.8", "15.9"]
    assert "23.8% of women and 15.9% of men, instead of 24.7% and 15.1%" in PROSE


def test_automation_and_augmentation(occupations, jobs):
    shares = {sex: _estimate(occupations, jobs[jobs["sex"] == sex], "category_2023")
              .set_index("category_2023")["share_pct"] for sex in ("total", "female", "male")}
    assert f"{shares['total']['Augmentation Potential']:.1f}" == "14.4"
    assert [f"{shares[s]['Automation Potential']:.1f}" for s in ("total", "female", "male")] == [
        "3.1", "4.3", "1.9"]
    assert "14.4% of employed people" in PROSE and "3.1% with automation potential" in PROSE
    assert "(4.3% of women, 1.9% of men)" in PROSE


def test_national_comparison():
    claims = kzdata.load("claims").set_index("claim_id")["value"]
    assert f"{100 * claims['mintrud_gt1m_genai'] / claims['bns_employed_2025q4']:.1f}" == "10.8"
    assert f"{claims['bns_employed_2025q4'] / 1000:,.1f}" == "9,278.9"
    assert int(claims["mintrud_423_groups"]) == 423
    estimates = kzdata.load("exposure_estimates").set_index("estimate_id")
    assert estimates.loc["kz_mintrud_2025_moderate_high", "value"] == 25.0
    assert estimates.loc["ilo2025_global_exposed", "value"] == 25.0
    assert estimates.loc["kz_mintrud_2025_moderate_high", "method"] == "statement without published method"
    assert "9,278.9 thousand" in PROSE and "423 occupation groups" in PROSE
    assert "between 10.8% and 25%" in PROSE


def test_scenarios(occupations, jobs):
    groups = exposure.major_group_means(occupations, score_columns=["mean_score_2025"]).merge(
        jobs[jobs["sex"] == "total"][["isco08_major_group", "employed_thousands"]],
        on="isco08_major_group")
    wage = kzdata.load("wages", table_part="national_series", measure="average_monthly_nominal",
                       frequency="annual", year=2022, sex="total")["wage_kzt"].item()
    assert wage == 309_697
    found = []
    for w in (wage, wage / 2):
        run = scenarios.adoption_scenario(groups, wage_kzt_per_month=w,
                                          technology_cost_kzt_per_month=200_000,
                                          occupation_column="isco08_major_group",
                                          start_year=2025, years=15)
        last = scenarios.scenario_totals(run).set_index("year").loc[2040]
        found.append((f"{100 * last['jobs_affected_share']:.1f}",
                      f"{100 * last['tasks_changed_share']:.1f}"))
    assert found == [("59.9", "7.7"), ("43.0", "5.5")]
    assert "59.9% of jobs" in PROSE and "7.7% of all work" in PROSE
    assert "43.0% and 5.5%" in PROSE
    assert "59.9% of jobs" in PROMPTS and "7.7% of all work" in PROMPTS


def test_exercise_05_expected_numbers_are_what_the_data_give():
    """ex05 states two expected numbers as constants (so importing it needs no data); pin them."""
    from kzdata.exercises import ex05

    assert round(ex05._exposed_with(exposed_from_score=0.45), 2) == ex05.q3.expected
    assert round(ex05._exposed_with(), 1) == 19.8
    assert round(ex05._jobs_affected_2040(100_000), 2) == ex05.q6.expected
    assert round(ex05._jobs_affected_2040(200_000), 1) == 59.9
    top = ex05._shares_by_sex("Exposed: Gradient 4").round(1).to_dict()
    assert top == {"female": 2.9, "male": 1.3, "total": 2.1}

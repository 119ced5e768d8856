"""Lesson 10 (capstone): the figures its prose, checks, key points and reference capstone state
are what the data give, and the exercise's starting code runs for every group and method.

nbval compares the stored outputs of the lesson with a fresh run, but not the numbers written in
Markdown (the worked example and its model brief), in the check prompts, in the manifest's key
points or in the reference capstone of ``kzdata/exercises/ex10.py`` (professionals), nor the
starting code that the exercise gives in Markdown code blocks. These tests do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course, exposure
from kzdata.crosswalk import soc_to_isco
from kzdata.exercises import ex10, lesson10

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("10")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = " ".join(" ".join("".join(c["source"]) for c in NOTEBOOK["cells"]
                          if c["cell_type"] == "markdown").split())
PROMPTS = " ".join(" ".join(q.prompt + " " + " ".join(q.options.values())
                            for q in lesson10.QUESTIONS).split())
KEY_POINTS = " ".join(LESSON.key_points)
EXERCISE = json.loads((ROOT / ex10.NOTEBOOK).read_text(encoding="utf-8"))
EXPOSED = [label for label in exposure.ILO_2025_LABELS if label.startswith("Exposed")]


@pytest.fixture(scope="module")
def occupations() -> pd.DataFrame:
    occ = kzdata.load("ilo_genai_occupations")
    occ["category"] = pd.Categorical(occ["exposure_category_2025"],
                                     categories=exposure.ILO_2025_LABELS, ordered=True)
    return occ


@pytest.fixture(scope="module")
def jobs() -> pd.DataFrame:
    return kzdata.load("employment_by_occupation", year=2013)


def _group(occupations: pd.DataFrame, jobs: pd.DataFrame, group: str) -> pd.DataFrame:
    shares = exposure.category_shares_by_major_group(occupations, category_column="category")
    mine = jobs[jobs["isco08_major_group"] == group]
    allocated = exposure.allocate_employment(shares, mine, category_column="category")
    table = allocated[allocated["sex"] == "total"][["category", "employed_thousands"]]
    return table.assign(share_pct=100 * table["employed_thousands"] / table["employed_thousands"].sum())


def _sum(table: pd.DataFrame, labels: list[str], column: str) -> float:
    return float(table.loc[table["category"].isin(labels), column].sum())


def test_the_worked_example_figures(occupations, jobs):
    clerks = jobs[jobs["isco08_major_group"] == "4"].set_index("sex")["employed_thousands"]
    assert (clerks["total"], clerks["female"]) == (331.6, 241.8)
    women_pct = 100 * clerks["female"] / clerks["total"]
    table = _group(occupations, jobs, "4")
    exposed_pct = _sum(table, EXPOSED, "share_pct")
    top = ["Exposed: Gradient 4"]
    figures = {
        "331.6": clerks["total"], "241.8": clerks["female"], "72.9%": women_pct,
        "96.6%": exposed_pct, "320.2": _sum(table, EXPOSED, "employed_thousands"),
        "27.6%": _sum(table, top, "share_pct"), "91.5": _sum(table, top, "employed_thousands"),
        "233.5": clerks["female"] * exposed_pct / 100,
    }
    for text, value in figures.items():
        number = float(text.rstrip("%").replace(",", ""))
        assert round(value, 1) == number, (text, value)
        assert text in PROSE, text
    for text in ("96.6%", "331.6 thousand", "27.6%"):
        assert text in KEY_POINTS
    assert "96.6%" in PROMPTS
    clerical = occupations[occupations["isco08_major_group"] == "4"]
    assert len(clerical) == 29 and int(clerical["category"].isin(EXPOSED).sum()) == 28
    assert "28 of the 29 clerical occupations" in PROSE


def test_the_cut_off_and_the_second_method(occupations):
    shares = []
    for cut in (0.55, 0.60, 0.65):
        classified = exposure.classify_ilo_2025(occupations, gradient_from_mean_score=(0.40, 0.50, cut))
        clerical = classified[classified["isco08_major_group"] == "4"]
        shares.append(round(100 * (clerical["category_2025_kzdata"] == "Exposed: Gradient 4").mean(), 1))
    assert shares == [55.2, 27.6, 6.9]
    assert "55.2% or to 6.9%" in PROSE
    fo = soc_to_isco(kzdata.load("frey_osborne"), score_column="probability_computerisation").table
    clerical = fo[fo["isco08_4d"].str.startswith("4")]
    above = clerical["probability_computerisation"] > 0.7
    assert (len(clerical), int(above.sum()), round(100 * above.mean(), 1)) == (28, 23, 82.1)
    assert "82.1%" in PROSE


def test_the_published_claims_are_quoted_with_their_status():
    claims = kzdata.load("claims").set_index("claim_id")
    for claim_id, value in [("seed_office_admin_45pct", 45.0), ("wdc_group_administrative_48pct", 48.0)]:
        row = claims.loc[claim_id]
        assert row["value"] == value and row["status"] == "source found"
    assert "up to 45%" in PROSE and "*source found*" in PROSE


def test_the_reference_capstone_figures(occupations, jobs):
    professionals = jobs[jobs["isco08_major_group"] == "2"].set_index("sex")["employed_thousands"]
    table = _group(occupations, jobs, "2")
    exposed = _sum(table, EXPOSED, "share_pct")
    top = _sum(table, ["Exposed: Gradient 4"], "share_pct")
    assert professionals["total"] == 1365.0
    assert round(exposed, 1) == 42.4 and round(top, 1) == 2.2
    assert round(_sum(table, EXPOSED, "employed_thousands")) == 579
    assert round(_sum(table, ["Exposed: Gradient 4"], "employed_thousands")) == 30
    assert round(professionals["female"] / professionals["total"], 1) == 0.6  # "six in ten"
    assert int((occupations["isco08_major_group"] == "2").sum()) == 92
    education = kzdata.load("employment_by_sector", sector="education", year=2024)
    assert education.loc[education["source_id"] == "bns_pub_341240", "share_pct"].item() == 13.0
    brief = ex10.q8.reference.code
    for text in ("1,365.0 thousand", "42.4%", "about 579 thousand", "2.2% (about", "30 thousand",
                 "92 occupations", "13.0%", "six in ten"):
        assert text in " ".join(brief.split()), text
    ledger = ex10.q6.reference.code
    assert '"value": 42.4' in ledger and '"value": 2.2' in ledger and '"value": 13.0' in ledger


def _toolbox_blocks() -> dict[str, str]:
    """The exercise's starting code, from the Markdown code blocks of its toolbox cells."""
    text = "\n".join("".join(c["source"]) for c in EXERCISE["cells"] if c["cell_type"] == "markdown")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    estimates = [b for b in blocks if "headline_pct" in b]
    charts = [b for b in blocks if b.lstrip().startswith("chart = ")]
    assert len(estimates) == 4 and len(charts) == 4
    return dict(zip(["ilo", "frey_osborne", "scenario", "sector"], zip(estimates, charts)))


@pytest.mark.parametrize("method", ["ilo", "frey_osborne", "scenario", "sector"])
def test_the_exercise_starting_code_runs_and_passes_the_checks(method):
    estimate, chart = _toolbox_blocks()[method]
    chart = chart.replace('title="..."', 'title="A title"')
    focuses = [["2411", "2412", "3311", "4312"]] if method == "sector" else list("12356789")
    for focus in focuses:
        namespace: dict = {}
        exec(ex10.SETUP, namespace)  # noqa: S102 - the project's own answer key
        namespace["focus"] = focus
        exec(estimate, namespace)  # noqa: S102
        exec(chart, namespace)  # noqa: S102
        assert ex10.q4.evaluate(namespace["headline_pct"]).status == "correct", (method, focus)
        assert ex10.q7.evaluate(namespace["chart"]).status == "correct", (method, focus)


def test_the_capstone_lists_agree():
    assert set(lesson10.METHODS) == {"ilo_2025_gradients", "frey_osborne_crosswalk", "adoption_scenario"}
    assert lesson10.STATUSES[-1] == "our calculation"
    assert set(lesson10.STATUSES[:-1]) == set(kzdata.load("claims")["status"].unique())
    for name in lesson10.METHODS:
        assert name in PROSE or name in " ".join("".join(c["source"]) for c in EXERCISE["cells"])

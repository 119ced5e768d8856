"""Lesson 03 (occupations vs tasks): the figures its prose and checks state are what the data give.

nbval compares the stored outputs with a fresh run; these tests pin what nbval cannot see: the
numbers written in Markdown cells and in the prompts of the lesson's checks, the statuses the
prose gives the published figures, and the seeded simulation.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

import kzdata
from kzdata import course
from kzdata.exercises import lesson03
from kzdata.exposure import share_above_threshold
from kzdata.simulate import compare_levels, simulate_workers

ROOT = Path(__file__).resolve().parents[2]
LESSON = course.lesson("03")
NOTEBOOK = json.loads((ROOT / LESSON.notebook).read_text(encoding="utf-8"))
PROSE = "\n".join("".join(c["source"]) for c in NOTEBOOK["cells"] if c["cell_type"] == "markdown")
needs_mirror = pytest.mark.skipif(
    not os.environ.get("KZDATA_MIRROR"),
    reason="frey_osborne and bls_oes_2021 are remote; set KZDATA_MIRROR to run this",
)
PROBABILITY = "probability_computerisation"


@pytest.fixture(scope="module")
def tables():
    fo = kzdata.load("frey_osborne")
    bls = kzdata.load("bls_oes_2021")
    weights = bls[["soc2018_code", "employed_persons"]]
    matched = fo.merge(weights, left_on="soc2010_code", right_on="soc2018_code", how="inner")
    return fo, bls, matched


def _share(matched: pd.DataFrame, threshold: float) -> float:
    result = share_above_threshold(matched, score_column=PROBABILITY,
                                   employment_column="employed_persons",
                                   threshold_probability=threshold)
    return round(result["share_pct"].item(), 1)


@needs_mirror
def test_the_join_figures_stated_in_the_prose(tables):
    fo, bls, matched = tables
    unmatched = bls[~bls["soc2018_code"].isin(fo["soc2010_code"])]
    lost, total = unmatched["employed_persons"].sum(), bls["employed_persons"].sum()
    assert (len(fo), len(matched), len(fo) - len(matched), len(unmatched)) == (702, 605, 97, 226)
    assert (round(lost / 1e6, 1), round(total / 1e6, 1), round(100 * lost / total, 1)) == (35.2, 140.9, 25.0)
    assert "97 of the 702 scored occupations" in PROSE and "35.2 million people (25.0%" in PROSE
    top = unmatched.nlargest(5, "employed_persons")["occupation_title"].tolist()
    assert "Registered Nurses" in top and "Fast Food and Counter Workers" in top


@needs_mirror
def test_the_headline_and_the_threshold_figures(tables):
    _, _, matched = tables
    shares = {t: _share(matched, t) for t in (0.5, 0.7, 0.9)}
    assert shares == {0.5: 64.4, 0.7: 49.4, 0.9: 31.1}
    assert "gives **49.4%**" in PROSE
    assert "64.4% at a threshold of\n0.5, 49.4% at 0.7 and 31.1% at 0.9" in PROSE
    assert "64.4%" in lesson03.q3.prompt and "31.1%" in lesson03.q3.prompt
    # the curve falls slowly below 0.5 and fast above 0.6, as the prose says
    assert _share(matched, 0.1) - _share(matched, 0.5) < _share(matched, 0.6) - _share(matched, 0.9)


@needs_mirror
def test_the_check_on_occupations_vs_workers(tables):
    fo, _, _ = tables
    share = 100 * (fo[PROBABILITY] > 0.7).mean()
    assert round(share, 1) == 45.0
    assert lesson03.q2.check(share).status == "correct"


def test_the_simulated_clerks_give_the_figures_the_prose_states():
    tasks = pd.DataFrame({"occupation": "clerk A (made up)",
                          "task_score": [0.95, 0.90, 0.85, 0.80, 0.55, 0.20]})
    tasks_b = tasks.assign(occupation="clerk B (made up)")
    tasks_b.loc[2, "task_score"] = 0.55
    assert (round(tasks["task_score"].mean(), 2), round(tasks_b["task_score"].mean(), 2)) == (0.71, 0.66)
    both = simulate_workers(pd.concat([tasks, tasks_b]), occupation_column="occupation",
                            score_column="task_score", workers_per_occupation=1000, seed=1)
    shares = {name: compare_levels(group, occupation_column="occupation")["share_above_pct"]
              .round(1).tolist() for name, group in both.groupby("occupation")}
    assert shares == {"clerk A (made up)": [100.0, 55.5], "clerk B (made up)": [0.0, 35.8]}
    alone = simulate_workers(tasks, occupation_column="occupation", score_column="task_score",
                             workers_per_occupation=1000, seed=1)
    assert compare_levels(alone, occupation_column="occupation")["share_above_pct"].round(1).tolist() == [100.0, 55.5]
    assert "from 100% to\n55.5%; for made-up clerk B, it raises it from 0% to 35.8%" in PROSE
    assert "55.5%" in lesson03.q4.prompt and "0.71" in lesson03.q4.options["b"]


def test_the_published_figures_and_their_statuses():
    rows = kzdata.load("exposure_estimates").set_index("estimate_id")
    expected = {"frey_osborne_us_high_risk": (47.0, "confirmed"),
                "arntz_oecd21_average": (9.0, "source found"),
                "nedelkoska_quintini_high_risk": (14.0, "source found"),
                "nedelkoska_quintini_significant_change": (32.0, "source found"),
                "arntz_korea": (6.0, "unverified"), "arntz_austria": (12.0, "unverified")}
    for estimate, (value, status) in expected.items():
        assert (rows.loc[estimate, "value"], rows.loc[estimate, "status"]) == (value, status)
    assert "**unverified**" in PROSE and "**source found**" in PROSE and "**confirmed**" in PROSE


@pytest.mark.parametrize("name", LESSON.datasets)
def test_every_dataset_of_the_lesson_is_cited_in_its_sources(name):
    start = next(i for i, c in enumerate(NOTEBOOK["cells"]) if "".join(c["source"]).startswith("## Sources"))
    after = ["".join(c["source"]) for c in NOTEBOOK["cells"][start:] if c["cell_type"] == "code"]
    assert f'kzdata.cite("{name}")' in after

"""Tests of kzdata.simulate: synthetic workers within occupations."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from kzdata import simulate
from kzdata.modelling import ModelInputError

TASKS = pd.DataFrame({
    "isco08_4d": ["4110"] * 4 + ["9112"] * 3 + ["2611"],
    "score_2025": [0.95, 0.9, 0.8, 0.2, 0.1, 0.3, 0.5, 0.6],
})


def test_simulate_workers_reproducible_and_labelled():
    first = simulate.simulate_workers(TASKS, workers_per_occupation=50, seed=11)
    pd.testing.assert_frame_equal(first, simulate.simulate_workers(
        TASKS, workers_per_occupation=50, seed=11))
    other = simulate.simulate_workers(TASKS, workers_per_occupation=50, seed=12)
    assert not np.allclose(first["synthetic_worker_score"], other["synthetic_worker_score"])
    assert len(first) == 150
    assert first["synthetic"].all() and first.attrs["synthetic"] is True
    assert "synthetic" in first.attrs["note"].lower()
    assert first.attrs["assumptions"]["seed"] == 11
    assert [c for c in first.columns if "worker" in c] == ["synthetic_worker_id",
                                                          "synthetic_worker_score"]


def test_worker_scores_stay_within_their_tasks():
    workers = simulate.simulate_workers(TASKS, workers_per_occupation=400, seed=1)
    by_occ = workers.groupby("isco08_4d")
    lowest = TASKS.groupby("isco08_4d")["score_2025"].min()
    highest = TASKS.groupby("isco08_4d")["score_2025"].max()
    assert (by_occ["synthetic_worker_score"].min() >= lowest - 1e-12).all()
    assert (by_occ["synthetic_worker_score"].max() <= highest + 1e-12).all()
    # hand-computed occupation means
    means = by_occ["occupation_score"].first()
    assert means.to_dict() == pytest.approx({"2611": 0.6, "4110": 0.7125, "9112": 0.3})
    # a one-task occupation: every worker does that task
    assert (workers.loc[workers["isco08_4d"] == "2611", "synthetic_worker_score"] == 0.6).all()
    # symmetric mixes: workers average out to the occupation's mean
    assert by_occ["synthetic_worker_score"].mean()["4110"] == pytest.approx(0.7125, abs=0.02)


def test_concentration_controls_spread():
    alike = simulate.simulate_workers(TASKS, task_mix_concentration=1e6, seed=5)
    assert np.allclose(alike["synthetic_worker_score"], alike["occupation_score"], atol=1e-3)
    specialised = simulate.simulate_workers(TASKS, task_mix_concentration=0.2, seed=5)
    spread = simulate.simulate_workers(TASKS, task_mix_concentration=2.0, seed=5)
    clerks = lambda w: w.loc[w["isco08_4d"] == "4110", "synthetic_worker_score"].std()  # noqa: E731
    assert clerks(specialised) > clerks(spread)


def test_compare_levels_hand_computed():
    workers = pd.DataFrame({
        "isco08_4d": ["a", "a", "a", "a", "b", "b"],
        "occupation_score": [0.75, 0.75, 0.75, 0.75, 0.5, 0.5],
        "synthetic_worker_score": [0.9, 0.8, 0.6, 0.7, 0.4, 0.72],
    })
    out = simulate.compare_levels(workers, threshold_probability=0.7)
    shares = out.set_index("level")["share_above"]
    assert shares[simulate.LEVELS[0]] == pytest.approx(4 / 6)
    assert shares[simulate.LEVELS[1]] == pytest.approx(3 / 6)   # 0.7 itself is not above
    assert out["synthetic"].all() and out.attrs["synthetic"] is True
    # employment weights: a = 30 thousand over 4 workers, b = 90 thousand over 2 workers
    employment = pd.DataFrame({"isco08_4d": ["a", "b"], "employed_thousands": [30.0, 90.0]})
    weighted = simulate.compare_levels(workers, employment=employment).set_index("level")
    assert weighted.loc[simulate.LEVELS[0], "share_above"] == pytest.approx(30 / 120)
    assert weighted.loc[simulate.LEVELS[1], "share_above"] == pytest.approx((15 + 45) / 120)
    # thresholds at 0 and 1
    edges = simulate.compare_levels(workers, threshold_probability=[0, 1])
    assert edges["share_above"].tolist() == pytest.approx([1, 1, 0, 0])


def test_task_heterogeneity_lowers_the_headline_for_a_high_risk_occupation():
    """Frey-Osborne counts every clerk as high risk; with task mixes, many are not."""
    workers = simulate.simulate_workers(TASKS[TASKS["isco08_4d"] == "4110"],
                                        workers_per_occupation=2000, seed=2016)
    out = simulate.compare_levels(workers).set_index("level")["share_above"]
    assert out[simulate.LEVELS[0]] == 1.0
    assert 0.4 < out[simulate.LEVELS[1]] < 0.8


def test_simulate_bad_input():
    with pytest.raises(ModelInputError, match=re.escape(
            "seed must be a whole number; got None. Pass seed=1 (any integer) so the synthetic "
            "workers can be reproduced.")):
        simulate.simulate_workers(TASKS, seed=None)
    with pytest.raises(TypeError):
        simulate.simulate_workers(TASKS)                      # seed is required
    with pytest.raises(ModelInputError, match="workers_per_occupation must be a whole number"):
        simulate.simulate_workers(TASKS, workers_per_occupation=0, seed=1)
    with pytest.raises(ModelInputError, match="task_mix_concentration must be greater than 0"):
        simulate.simulate_workers(TASKS, task_mix_concentration=0, seed=1)
    with pytest.raises(ModelInputError, match="tasks has no scored tasks in 'score_2025'"):
        simulate.simulate_workers(TASKS.iloc[:0], seed=1)
    with pytest.raises(ModelInputError, match="column 'score_2025' must hold scores from 0 to 1"):
        simulate.simulate_workers(TASKS.assign(score_2025=TASKS["score_2025"] * 100), seed=1)
    workers = simulate.simulate_workers(TASKS, workers_per_occupation=3, seed=1)
    with pytest.raises(ModelInputError, match=re.escape(
            "employment has no row for occupation(s) ['2611', '9112']")):
        simulate.compare_levels(workers, employment=pd.DataFrame(
            {"isco08_4d": ["4110"], "employed_thousands": [1.0]}))
    with pytest.raises(ModelInputError, match="threshold_probability must be between 0 and 1"):
        simulate.compare_levels(workers, threshold_probability=70)
    with pytest.raises(ModelInputError, match="workers has no column 'synthetic_worker_score'"):
        simulate.compare_levels(workers.drop(columns="synthetic_worker_score"))

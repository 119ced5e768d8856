"""Synthetic workers within occupations, for the task-heterogeneity lesson.

Frey and Osborne (2013) gave each *occupation* one probability of automation and counted every
worker in an occupation above 0.7 as "high risk". Arntz, Gregory and Zierahn (2016) looked at
the tasks each *worker* reports: people with the same job title do different mixes of tasks, and
many in "high-risk" occupations spend much of their time on tasks that are hard to automate, so
far fewer jobs end up above 0.7 (9% across OECD countries instead of 47% in the US).

:func:`simulate_workers` makes that visible with made-up people: each synthetic worker spends
their time on a random mix of the occupation's tasks (shares drawn from a Dirichlet
distribution), and their own score is the time-weighted mean of the task scores. Everything here
is synthetic: generated in code with a seed, with ``synthetic`` columns and attrs that say so.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from kzdata.modelling import (
    ModelInputError,
    check_between,
    check_columns,
    check_counts,
    check_integer,
    check_positive,
    check_unit_interval,
    model_attrs,
)

__all__ = ["simulate_workers", "compare_levels"]

LEVELS = ("occupation level (Frey and Osborne style)", "job level (Arntz et al. style)")


def simulate_workers(
    tasks: pd.DataFrame,
    *,
    occupation_column: str = "isco08_4d",
    score_column: str = "score_2025",
    workers_per_occupation: int = 200,
    task_mix_concentration: float = 1.0,
    seed: int,
) -> pd.DataFrame:
    """Simulate synthetic workers, each doing a random mix of their occupation's tasks.

    Parameters
    ----------
    tasks : DataFrame
        One row per task, with ``occupation_column`` and ``score_column`` (0-1: how
        automatable or exposed the task is). Tasks with a missing score are left out.
    workers_per_occupation : int
        Synthetic workers per occupation.
    task_mix_concentration : float
        How alike workers' task mixes are (the Dirichlet concentration, > 0). Large values:
        everyone spends about equal time on every task, so every worker's score is close to the
        occupation's mean. Small values (0.2): workers specialise in a few tasks.
    seed : int
        Seed of numpy's random generator; the same seed gives the same workers.

    Returns
    -------
    DataFrame
        One row per synthetic worker: ``occupation_column``, ``synthetic_worker_id``,
        ``occupation_score`` (mean task score: every worker gets this under the occupation-level
        view), ``synthetic_worker_score`` (time-weighted mean over the worker's own mix) and
        ``synthetic`` (True).

    Examples
    --------
    >>> tasks = pd.DataFrame({"isco08_4d": ["4110"] * 4, "score_2025": [0.95, 0.9, 0.8, 0.2]})
    >>> workers = simulate_workers(tasks, workers_per_occupation=1000, seed=3)
    >>> round(float(workers["occupation_score"].iloc[0]), 4), bool(workers["synthetic"].all())
    (0.7125, True)
    >>> compare_levels(workers)[["level", "share_above"]].round(2)
                                           level  share_above
    0  occupation level (Frey and Osborne style)         1.00
    1             job level (Arntz et al. style)         0.61
    """
    frame = check_columns(tasks, [occupation_column, score_column], name="tasks",
                          numeric=[score_column])
    scored = frame[[occupation_column, score_column]].dropna(subset=[score_column])
    check_unit_interval(scored[score_column], score_column)
    if scored.empty:
        raise ModelInputError(f"tasks has no scored tasks in {score_column!r}; there is nothing "
                              f"to simulate. Check the table and the score_column.")
    n = check_integer(workers_per_occupation, name="workers_per_occupation", minimum=1)
    alpha = check_positive(task_mix_concentration, name="task_mix_concentration")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise ModelInputError(f"seed must be a whole number; got {seed!r}. Pass seed=1 (any "
                              f"integer) so the synthetic workers can be reproduced.")
    rng = np.random.default_rng(seed)
    parts = []
    for occupation, group in scored.groupby(occupation_column, sort=True):
        scores = group[score_column].to_numpy(dtype=float)
        mix = (rng.dirichlet(np.full(len(scores), alpha), size=n)   # time shares per worker
               if len(scores) > 1 else np.ones((n, 1)))
        parts.append(pd.DataFrame({
            occupation_column: occupation,
            "synthetic_worker_id": np.arange(1, n + 1),
            "occupation_score": scores.mean(),
            "synthetic_worker_score": np.clip(mix @ scores, 0.0, 1.0),
        }))
    result = pd.concat(parts, ignore_index=True)
    result["synthetic"] = True
    result.attrs = model_attrs(
        method="synthetic workers: time shares over the occupation's tasks drawn from a "
               "symmetric Dirichlet distribution; worker score = time-weighted mean task score",
        assumptions={"workers_per_occupation": n, "task_mix_concentration": alpha,
                     "seed": seed, "score_column": score_column},
        synthetic=True,
    )
    return result


def compare_levels(
    workers: pd.DataFrame,
    *,
    threshold_probability: float | Sequence[float] = 0.7,
    occupation_column: str = "isco08_4d",
    employment: pd.DataFrame | None = None,
    employment_column: str = "employed_thousands",
) -> pd.DataFrame:
    """Share of synthetic workers above the threshold, occupation level vs job level.

    Occupation level counts a worker as above the threshold when their *occupation's* score is
    strictly above it (Frey and Osborne); job level when their *own* score is (Arntz et al.).
    With ``employment`` (one row per occupation) each occupation counts by its employment,
    shared equally among its synthetic workers; otherwise every synthetic worker counts once.

    How far, and which way, the headline moves depends on where occupations sit: workers in an
    occupation just above the threshold who specialise in its hard-to-automate tasks drop below
    it; in an occupation below the threshold, a few specialists can rise above it if some of its
    tasks score above the threshold.

    Returns long rows ``level``, ``threshold_probability``, ``share_above``,
    ``share_above_pct`` and ``synthetic`` (True).
    """
    frame = check_columns(workers, [occupation_column, "occupation_score",
                                    "synthetic_worker_score"], name="workers")
    thresholds = [check_between(t, name="threshold_probability", low=0, high=1)
                  for t in np.atleast_1d(np.asarray(threshold_probability, dtype=object))]
    if not thresholds:
        raise ModelInputError("threshold_probability is empty. Pass a number such as 0.7.")
    if employment is None:
        weights = pd.Series(1.0, index=frame.index)
    else:
        jobs = check_columns(employment, [occupation_column, employment_column],
                             name="employment", numeric=[employment_column])
        check_counts(jobs[employment_column], employment_column)
        if jobs[occupation_column].duplicated().any():
            raise ModelInputError(f"employment must have one row per occupation; "
                                  f"{occupation_column!r} has duplicates. Aggregate it first.")
        per_occ = jobs.set_index(occupation_column)[employment_column]
        missing = sorted(set(frame[occupation_column]) - set(per_occ.index))
        if missing:
            raise ModelInputError(f"employment has no row for occupation(s) {missing[:5]}; "
                                  f"add them or drop those workers.")
        counts = frame.groupby(occupation_column)[occupation_column].transform("size")
        weights = frame[occupation_column].map(per_occ).astype(float) / counts
    total = float(weights.sum())
    rows = []
    for t in thresholds:
        for level, column in zip(LEVELS, ("occupation_score", "synthetic_worker_score")):
            share = float(weights[frame[column] > t].sum()) / total if total > 0 else np.nan
            rows.append((level, t, share, share * 100, True))
    result = pd.DataFrame(rows, columns=["level", "threshold_probability", "share_above",
                                         "share_above_pct", "synthetic"])
    result.attrs = model_attrs(
        method="share of synthetic workers whose occupation score (occupation level) or own "
               "score (job level) is strictly above the threshold",
        assumptions={"weighted_by": employment_column if employment is not None else None,
                     **dict(workers.attrs.get("assumptions", {}))},
        synthetic=True,
    )
    return result

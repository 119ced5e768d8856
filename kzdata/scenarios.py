"""Adoption scenarios over time, and a toy task model after Acemoglu and Restrepo.

These are teaching models, not forecasts: every number they return follows from the
assumptions passed in, which each result echoes in its columns and in ``attrs["assumptions"]``.

Adoption (:func:`adoption_scenario`), for each occupation and year::

    economic viability = r / (1 + r), r = wage / technology cost      (0-1; 0.5 at parity)
    diffusion          = 1 / (1 + exp(-speed_per_year * (t - midpoint_years)))   (an S-curve)
    adoption share     = economic viability * diffusion       (share of employers using it)
    tasks changed      = exposure share * technical feasibility * adoption share
    jobs affected      = employment * adoption share, for occupations with exposed tasks

"Jobs affected" counts people whose work includes at least one changed task; "tasks changed"
is the share of the occupation's work that changes. They are different quantities and are
never added or converted into each other: an affected job is not a lost job. Low wages relative
to the technology's cost lower economic viability, so adoption is slower and lower where labour
is cheap (the Kazakh Ministry of Labour's own argument in 2025).
"""

from __future__ import annotations

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

__all__ = ["adoption_scenario", "scenario_totals", "task_model", "illustrative_sectors"]

_ADOPTION_METHOD = (
    "toy adoption model: exposure x technical feasibility x economic viability "
    "(wage / technology cost) x logistic diffusion"
)


def adoption_scenario(
    occupations: pd.DataFrame,
    *,
    technology_cost_kzt_per_month: float,
    wage_kzt_per_month: float | None = None,
    wage_column: str | None = None,
    exposure_column: str = "mean_score_2025",
    employment_column: str = "employed_thousands",
    occupation_column: str = "isco08_4d",
    technical_feasibility_share: float = 0.5,
    speed_per_year: float = 0.6,
    midpoint_years: float = 8.0,
    technology_cost_change_pct_per_year: float = 0.0,
    start_year: int = 2025,
    years: int = 15,
    n_draws: int = 0,
    uncertainty_pct: float = 25.0,
    band_probability: float = 0.9,
    seed: int | None = None,
) -> pd.DataFrame:
    """Adoption of an automation technology over time, one row per occupation and year.

    Parameters
    ----------
    occupations : DataFrame
        One row per occupation (or major group: set ``occupation_column``) with
        ``exposure_column`` (the share of the work exposed, 0-1; by default the ILO 2025 mean
        task score), ``employment_column`` and, if ``wage_column`` is used, wages.
    technology_cost_kzt_per_month : float
        Monthly cost of the technology that would do one worker's exposed tasks, in tenge.
    wage_kzt_per_month, wage_column
        One wage for every occupation, or the column holding each occupation's wage in tenge
        per month. Give exactly one.
    technical_feasibility_share : float
        Share (0-1) of exposed tasks that the technology can actually do.
    speed_per_year, midpoint_years : float
        Steepness of the S-curve and the year (counted from ``start_year``) at which half of
        the economically viable adoption has happened.
    technology_cost_change_pct_per_year : float
        Yearly change in the technology's cost, in percent (-10 means 10% cheaper each year).
    start_year, years : int
        First year and number of years after it (``years + 1`` rows per occupation).
    n_draws, uncertainty_pct, band_probability, seed
        With ``n_draws > 0``, the model is re-run with feasibility, speed and technology cost
        each multiplied by a seeded uniform draw within +/- ``uncertainty_pct`` percent; the
        ``*_low`` and ``*_high`` columns hold the central ``band_probability`` range of the
        draws. The central columns are always the run with the values given.

    Returns
    -------
    DataFrame
        ``year``, the occupation, its employment, wage, ``technology_cost_kzt_per_month``,
        ``economic_viability_share``, ``diffusion_share``, ``adoption_share``,
        ``tasks_changed_share`` and ``jobs_affected_thousands`` (``jobs_affected`` if the
        employment column is not in thousands), plus band columns when ``n_draws > 0``.

    Examples
    --------
    >>> occ = pd.DataFrame({"isco08_4d": ["4110"], "mean_score_2025": [0.6],
    ...                     "employed_thousands": [100.0]})
    >>> run = adoption_scenario(occ, wage_kzt_per_month=300_000,
    ...     technology_cost_kzt_per_month=100_000, speed_per_year=1.0, midpoint_years=0, years=0)
    >>> row = run.iloc[0]
    >>> [round(float(row[c]), 6) for c in ("economic_viability_share", "diffusion_share",
    ...                          "adoption_share", "tasks_changed_share",
    ...                          "jobs_affected_thousands")]
    [0.75, 0.5, 0.375, 0.1125, 37.5]
    """
    frame = check_columns(occupations, [occupation_column, exposure_column, employment_column,
                                        wage_column], name="occupations",
                          numeric=[exposure_column, employment_column, wage_column])
    if (wage_column is None) == (wage_kzt_per_month is None):
        raise ModelInputError(
            "give exactly one of wage_kzt_per_month (one wage for all occupations) or "
            f"wage_column (a column of wages); got wage_kzt_per_month={wage_kzt_per_month!r}, "
            f"wage_column={wage_column!r}."
        )
    check_unit_interval(frame[exposure_column], exposure_column)
    if frame[exposure_column].isna().any():
        raise ModelInputError(f"column {exposure_column!r} has missing values; drop or fill "
                              f"them first.")
    check_counts(frame[employment_column], employment_column)
    if wage_column is not None:
        check_counts(frame[wage_column], wage_column)
        wages = frame[wage_column].to_numpy(dtype=float)
    else:
        wages = np.full(len(frame), check_positive(wage_kzt_per_month, name="wage_kzt_per_month",
                                                   allow_zero=True))
    cost0 = check_positive(technology_cost_kzt_per_month, name="technology_cost_kzt_per_month")
    feasibility = check_between(technical_feasibility_share, name="technical_feasibility_share",
                                low=0, high=1)
    speed = check_positive(speed_per_year, name="speed_per_year")
    midpoint = check_between(midpoint_years, name="midpoint_years", low=-100, high=100)
    change = check_between(technology_cost_change_pct_per_year,
                           name="technology_cost_change_pct_per_year", low=-99, high=1000)
    start = check_integer(start_year, name="start_year", minimum=1900)
    horizon = check_integer(years, name="years", minimum=0)
    draws = check_integer(n_draws, name="n_draws", minimum=0)

    t = np.arange(horizon + 1, dtype=float)
    exposure = frame[exposure_column].to_numpy(dtype=float)
    employed = frame[employment_column].to_numpy(dtype=float)

    def run(feas: float, spd: float, cost_factor: float) -> tuple[np.ndarray, ...]:
        cost = cost0 * cost_factor * (1 + change / 100) ** t           # (years,)
        ratio = wages[:, None] / cost[None, :]                          # (occ, years)
        viability = ratio / (1 + ratio)
        diffusion = 1 / (1 + np.exp(-spd * (t - midpoint)))
        adoption = viability * diffusion[None, :]
        tasks = exposure[:, None] * feas * adoption
        jobs = employed[:, None] * adoption * ((exposure * feas) > 0)[:, None]
        return cost, viability, np.broadcast_to(diffusion, adoption.shape), adoption, tasks, jobs

    cost, viability, diffusion, adoption, tasks, jobs = run(feasibility, speed, 1.0)
    jobs_name = ("jobs_affected_thousands" if employment_column.endswith("_thousands")
                 else "jobs_affected")
    n_occ = len(frame)
    result = pd.DataFrame({
        "year": np.tile(start + t.astype(int), n_occ),
        occupation_column: np.repeat(frame[occupation_column].to_numpy(), horizon + 1),
        employment_column: np.repeat(employed, horizon + 1),
        "wage_kzt_per_month": np.repeat(wages, horizon + 1),
        "technology_cost_kzt_per_month": np.tile(cost, n_occ),
        "technical_feasibility_share": feasibility,
        "speed_per_year": speed,
        "economic_viability_share": viability.ravel(),
        "diffusion_share": diffusion.ravel(),
        "adoption_share": adoption.ravel(),
        "tasks_changed_share": tasks.ravel(),
        jobs_name: jobs.ravel(),
    })
    if draws:
        u = check_between(uncertainty_pct, name="uncertainty_pct", low=0, high=99) / 100
        band = check_between(band_probability, name="band_probability", low=0, high=1)
        if seed is None:
            raise ModelInputError("n_draws > 0 needs a seed so the bands can be reproduced; "
                                  "pass seed=1 (any integer).")
        rng = np.random.default_rng(seed)
        factors = rng.uniform(1 - u, 1 + u, size=(draws, 3))
        runs = [run(min(1.0, feasibility * f), speed * s, c) for f, s, c in factors]
        q = [(1 - band) / 2, (1 + band) / 2]
        for name, k in (("tasks_changed_share", 4), (jobs_name, 5)):
            stacked = np.stack([r[k] for r in runs])
            low, high = np.quantile(stacked, q, axis=0)
            result[f"{name}_low"], result[f"{name}_high"] = low.ravel(), high.ravel()
    result.attrs = model_attrs(
        method=_ADOPTION_METHOD,
        assumptions={"technology_cost_kzt_per_month": cost0,
                     "wage_kzt_per_month": wage_kzt_per_month, "wage_column": wage_column,
                     "technical_feasibility_share": feasibility, "speed_per_year": speed,
                     "midpoint_years": midpoint,
                     "technology_cost_change_pct_per_year": change, "start_year": start,
                     "years": horizon, "n_draws": draws, "uncertainty_pct": uncertainty_pct,
                     "band_probability": band_probability, "seed": seed,
                     "exposure_column": exposure_column},
    )
    return result


def scenario_totals(scenario: pd.DataFrame, *, employment_column: str = "employed_thousands"
                    ) -> pd.DataFrame:
    """Sum an :func:`adoption_scenario` result over occupations, one row per year.

    ``jobs_affected_*`` is summed; ``tasks_changed_share`` is the employment-weighted mean
    share of work changed. Band columns are summed or averaged the same way (an approximation:
    the bands of a sum are not the sum of bands). The two measures stay in separate columns.

    >>> occ = pd.DataFrame({"isco08_4d": ["1111", "9112"], "mean_score_2025": [0.6, 0.2],
    ...                     "employed_thousands": [100.0, 300.0]})
    >>> run = adoption_scenario(occ, wage_kzt_per_month=100_000,
    ...     technology_cost_kzt_per_month=100_000, technical_feasibility_share=1.0, years=0,
    ...     midpoint_years=0)
    >>> scenario_totals(run)[["year", "jobs_affected_thousands", "tasks_changed_share"]]
       year  jobs_affected_thousands  tasks_changed_share
    0  2025                    100.0               0.075
    """
    jobs_name = ("jobs_affected_thousands" if employment_column.endswith("_thousands")
                 else "jobs_affected")
    frame = check_columns(scenario, ["year", employment_column, "tasks_changed_share",
                                     jobs_name], name="scenario")
    weights = frame[employment_column]
    out = frame.assign(_w=weights)
    sums = [c for c in frame.columns if c.startswith(jobs_name)] + [employment_column]
    means = [c for c in frame.columns if c.startswith("tasks_changed_share")]
    for column in means:
        out[column] = frame[column] * weights
    grouped = out.groupby("year", sort=True)[sums + means + ["_w"]].sum()
    for column in means:
        grouped[column] = grouped[column] / grouped["_w"].where(grouped["_w"] > 0)
    result = grouped.drop(columns="_w").reset_index()
    result["jobs_affected_share"] = result[jobs_name] / result[employment_column].where(
        result[employment_column] > 0)
    result.attrs = model_attrs(method=_ADOPTION_METHOD + "; summed over occupations",
                               assumptions=dict(scenario.attrs.get("assumptions", {})))
    return result


def task_model(sectors: pd.DataFrame, *, elasticity_between_sectors: float = 1.0) -> pd.DataFrame:
    """A teaching toy of Acemoglu and Restrepo's (2019) task framework, for any sectors.

    Each sector ``j`` has a share of the economy's value added ``s_j``, and a share ``G_j`` of
    its tasks done by labour, so labour demand (the wage bill) is ``W = Y * sum_j s_j * G_j``.
    In one step:

    - **displacement**: automation moves ``automated_share`` of labour's tasks to machines,
      ``G_j`` falls by ``automated_share * G_j``;
    - **reinstatement**: new tasks for labour add ``new_task_share`` of all tasks, ``G_j``
      rises by that much (capped at 1);
    - **productivity**: sector output rises by ``automated_share * G_j * cost_saving_share``
      (the automated tasks become cheaper), and so does the economy's (``Y``);
    - **composition**: with ``elasticity_between_sectors`` other than 1, value added moves
      towards (above 1) or away from (below 1) the sectors whose productivity grew.

    ``sectors`` columns: ``sector``, ``value_added_share`` (summing to 1),
    ``labour_task_share``, ``automated_share``, ``new_task_share``, ``cost_saving_share``
    (all 0-1). Returns long rows ``sector`` (each sector and "whole economy"), ``effect``
    (productivity, composition, displacement, reinstatement, total) and
    ``labour_demand_change_pct`` (percent of the initial wage bill; sectors add up to the whole
    economy), with ``labour_task_share_before`` and ``_after``. It is a toy: no prices of
    capital, no wages, one step.

    >>> sectors = pd.DataFrame({"sector": ["A"], "value_added_share": [1.0],
    ...     "labour_task_share": [0.5], "automated_share": [0.2], "new_task_share": [0.0],
    ...     "cost_saving_share": [0.5]})
    >>> out = task_model(sectors)
    >>> out[out.sector == "whole economy"][["effect", "labour_demand_change_pct"]].round(2)
              effect  labour_demand_change_pct
    5   productivity                       5.0
    6    composition                       0.0
    7   displacement                     -21.0
    8  reinstatement                       0.0
    9          total                     -16.0
    """
    required = ["sector", "value_added_share", "labour_task_share", "automated_share",
                "new_task_share", "cost_saving_share"]
    frame = check_columns(sectors, required, name="sectors", numeric=required[1:])
    if frame.empty:
        raise ModelInputError("sectors has no rows. Pass at least one sector, for example "
                              "kzdata.scenarios.illustrative_sectors().")
    for column in required[1:]:
        check_unit_interval(frame[column], column)
        if frame[column].isna().any():
            raise ModelInputError(f"column {column!r} of sectors has missing values; fill them.")
    if abs(frame["value_added_share"].sum() - 1) > 1e-6:
        raise ModelInputError(
            f"value_added_share must add up to 1 across sectors; it adds up to "
            f"{frame['value_added_share'].sum():g}. Divide each by their total."
        )
    sigma = check_positive(elasticity_between_sectors, name="elasticity_between_sectors")
    s = frame["value_added_share"].to_numpy(float)
    g = frame["labour_task_share"].to_numpy(float)
    a = frame["automated_share"].to_numpy(float)
    n = frame["new_task_share"].to_numpy(float)
    gain = a * g * frame["cost_saving_share"].to_numpy(float)          # sector productivity
    weights = s * (1 + gain) ** (sigma - 1)
    s_new = weights / weights.sum()
    y_new = (float(np.prod((1 + gain) ** s)) if sigma == 1
             else float(np.sum(s * (1 + gain) ** (sigma - 1)) ** (1 / (sigma - 1))))
    displaced = -a * g
    g_new = np.minimum(1.0, g + displaced + n)
    reinstated = g_new - (g + displaced)
    w0 = float(np.sum(s * g))
    effects = {
        "productivity": (y_new - 1) * s * g,
        "composition": y_new * (s_new - s) * g,
        "displacement": y_new * s_new * displaced,
        "reinstatement": y_new * s_new * reinstated,
    }
    effects["total"] = sum(effects.values())
    rows = []
    names = list(frame["sector"].astype(str)) + ["whole economy"]
    for i, name in enumerate(names):
        before = g[i] if i < len(g) else w0
        after = g_new[i] if i < len(g) else float(np.sum(s_new * g_new))
        for effect, values in effects.items():
            value = values[i] if i < len(g) else values.sum()
            rows.append((name, effect, 100 * value / w0 if w0 > 0 else np.nan, before, after))
    result = pd.DataFrame(rows, columns=["sector", "effect", "labour_demand_change_pct",
                                         "labour_task_share_before", "labour_task_share_after"])
    result.attrs = model_attrs(
        method="teaching toy after Acemoglu and Restrepo (2019), J. Econ. Perspectives "
               "33(2): wage-bill change split into productivity, composition, displacement "
               "and reinstatement effects",
        assumptions={"elasticity_between_sectors": sigma,
                     "sectors": frame[required].to_dict("records")},
    )
    return result


def illustrative_sectors() -> pd.DataFrame:
    """Two made-up sectors for :func:`task_model` (illustrative numbers, not data).

    >>> illustrative_sectors()["sector"].tolist()
    ['manufacturing (illustrative)', 'services (illustrative)']
    """
    frame = pd.DataFrame({
        "sector": ["manufacturing (illustrative)", "services (illustrative)"],
        "value_added_share": [0.4, 0.6],
        "labour_task_share": [0.5, 0.7],
        "automated_share": [0.10, 0.03],
        "new_task_share": [0.02, 0.03],
        "cost_saving_share": [0.3, 0.3],
    })
    frame.attrs = model_attrs(method="illustrative parameters chosen by kzdata for teaching",
                              assumptions={}, synthetic=True)
    return frame

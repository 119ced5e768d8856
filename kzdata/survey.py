"""Survey literacy helpers: margin of error, simulated samples, "X% of the Y%" counts.

Pure functions. Shares are written 0-1 in parameters named ``share`` and 0-100 in parameters
named ``*_pct``. Simulated samples are synthetic: generated in code with a seed, and labelled so
in a ``synthetic`` column and in ``attrs``.

A margin of error describes *sampling* error of a random sample only. It says nothing about an
opt-in online panel, a leading question or a sponsor's interest: a survey of 1,400 people can
have a small margin of error and still be wrong.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist

import numpy as np
import pandas as pd

from kzdata.modelling import (
    ModelInputError,
    check_between,
    check_integer,
    model_attrs,
)

__all__ = [
    "margin_of_error",
    "margin_of_error_table",
    "simulate_samples",
    "per_1000_respondents",
]

_MOE_METHOD = (
    "normal approximation for a simple random sample: z * sqrt(share * (1 - share) / n), "
    "times sqrt((N - n) / (N - 1)) when the population size N is given"
)


def _z(confidence_level: float) -> float:
    level = check_between(confidence_level, name="confidence_level", low=0, high=1)
    if not 0 < level < 1:
        raise ModelInputError(
            f"confidence_level must be strictly between 0 and 1; got {confidence_level!r}. "
            f"Use 0.95 for a 95% confidence level."
        )
    return NormalDist().inv_cdf(0.5 + level / 2)


def margin_of_error(
    *,
    share: float,
    sample_size: int,
    confidence_level: float = 0.95,
    population_size: int | None = None,
) -> float:
    """Margin of error (as a share, 0-1) of a proportion from a simple random sample.

    Parameters
    ----------
    share : float
        The observed share, 0-1 (42% is 0.42). Use 0.5 for the largest, "worst case" margin.
    sample_size : int
        Number of respondents, at least 1.
    confidence_level : float
        Strictly between 0 and 1; 0.95 by default.
    population_size : int, optional
        If given, applies the finite population correction (it must be >= ``sample_size``).

    Returns
    -------
    float
        Half the width of the confidence interval, as a share: 0.026 means +/- 2.6 points.

    Examples
    --------
    >>> round(margin_of_error(share=0.42, sample_size=1434), 4)
    0.0255
    >>> round(margin_of_error(share=0.5, sample_size=1000, confidence_level=0.9), 4)
    0.026
    """
    p = check_between(share, name="share", low=0, high=1)
    n = check_integer(sample_size, name="sample_size", minimum=1)
    z = _z(confidence_level)
    moe = z * math.sqrt(p * (1 - p) / n)
    if population_size is not None:
        big_n = check_integer(population_size, name="population_size", minimum=1)
        if big_n < n:
            raise ModelInputError(
                f"population_size ({big_n}) is smaller than sample_size ({n}): a sample cannot "
                f"be larger than its population. Check both numbers."
            )
        moe *= math.sqrt((big_n - n) / (big_n - 1)) if big_n > 1 else 0.0
    return moe


def margin_of_error_table(
    *, share: float, sample_sizes: Sequence[int], confidence_level: float = 0.95
) -> pd.DataFrame:
    """Margin of error for several sample sizes, one row each (for a chart of MoE against n).

    Columns: ``sample_size``, ``share``, ``confidence_level``, ``margin_of_error`` (0-1),
    ``margin_of_error_pct_points``, ``low_share`` and ``high_share`` (the interval, clipped to
    0-1).

    >>> table = margin_of_error_table(share=0.5, sample_sizes=[100, 400, 1600])
    >>> table["margin_of_error_pct_points"].round(1).tolist()
    [9.8, 4.9, 2.4]
    """
    sizes = list(sample_sizes) if not isinstance(sample_sizes, (str, bytes)) else None
    if not sizes:
        raise ModelInputError(
            f"sample_sizes must be a non-empty list of whole numbers; got {sample_sizes!r}. "
            f"For example [100, 400, 1600]."
        )
    rows = []
    for n in sizes:
        moe = margin_of_error(share=share, sample_size=n, confidence_level=confidence_level)
        rows.append((int(n), float(share), float(confidence_level), moe, moe * 100,
                     max(0.0, share - moe), min(1.0, share + moe)))
    result = pd.DataFrame(rows, columns=["sample_size", "share", "confidence_level",
                                         "margin_of_error", "margin_of_error_pct_points",
                                         "low_share", "high_share"])
    result.attrs = model_attrs(method=_MOE_METHOD, assumptions={
        "share": share, "confidence_level": confidence_level,
        "sampling": "simple random sample (not valid for opt-in panels)"})
    return result


def simulate_samples(
    *,
    population_share: float,
    sample_size: int,
    n_samples: int = 1000,
    confidence_level: float = 0.95,
    seed: int,
) -> pd.DataFrame:
    """Draw many synthetic samples from a population whose true share is known.

    Each sample is a simple random sample of ``sample_size`` people from a very large
    population in which ``population_share`` (0-1) have the trait. The spread of
    ``sample_share`` across samples is sampling error; ``covers_population_share`` says whether
    the sample's own 95% (or ``confidence_level``) interval contains the truth, which happens in
    about that share of samples.

    Returns one row per sample: ``sample_id``, ``sample_size``, ``population_share``,
    ``sample_share``, ``margin_of_error``, ``covers_population_share``, ``synthetic`` (True).

    >>> samples = simulate_samples(population_share=0.42, sample_size=1400, n_samples=500, seed=1)
    >>> len(samples), bool(samples["synthetic"].all()), samples.attrs["synthetic"]
    (500, True, True)
    >>> round(float(samples["sample_share"].mean()), 2)
    0.42
    """
    p = check_between(population_share, name="population_share", low=0, high=1)
    n = check_integer(sample_size, name="sample_size", minimum=1)
    draws = check_integer(n_samples, name="n_samples", minimum=1)
    z = _z(confidence_level)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise ModelInputError(
            f"seed must be a whole number; got {seed!r}. Pass seed=1 (any integer) so the "
            f"samples can be reproduced."
        )
    rng = np.random.default_rng(seed)
    shares = rng.binomial(n, p, size=draws) / n
    moe = z * np.sqrt(shares * (1 - shares) / n)
    result = pd.DataFrame({
        "sample_id": np.arange(1, draws + 1),
        "sample_size": n,
        "population_share": p,
        "sample_share": shares,
        "margin_of_error": moe,
        "covers_population_share": np.abs(shares - p) <= moe + 1e-12,
        "synthetic": True,
    })
    result.attrs = model_attrs(
        method="simple random samples drawn with numpy's default_rng(seed).binomial; "
               "interval from the normal approximation",
        assumptions={"population_share": p, "sample_size": n, "n_samples": draws,
                     "confidence_level": confidence_level, "seed": seed},
        synthetic=True,
    )
    return result


def per_1000_respondents(
    *,
    group_share_pct: float,
    subgroup_share_pct: float,
    group_label: str = "in the group",
    subgroup_label: str = "in the subgroup",
    respondents: int = 1000,
) -> pd.DataFrame:
    """Turn "X% of the Y% who ..." into counts out of ``respondents`` (1,000 by default).

    ``group_share_pct`` (Y) is a share of all respondents; ``subgroup_share_pct`` (X) is a share
    *of the group*, not of everyone. The result has three rows (everyone, the group, the
    subgroup) with ``respondents`` (a count, possibly fractional), ``share_of_all_pct`` and
    ``share_of_previous_pct``. "37% of the 42% in trades hold a degree" is 155 of 1,000
    respondents (15.5%), not 370. Note that it says nothing about the share of *graduates* who
    are in trades: that needs the number of graduates, which such statements rarely give.

    >>> table = per_1000_respondents(group_share_pct=42, subgroup_share_pct=37,
    ...     group_label="in or pursuing a trade", subgroup_label="...and hold a bachelor's degree")
    >>> table[["description", "respondents", "share_of_all_pct"]]
                          description  respondents  share_of_all_pct
    0                 all respondents       1000.0            100.00
    1          in or pursuing a trade        420.0             42.00
    2  ...and hold a bachelor's degree        155.4             15.54
    """
    y = check_between(group_share_pct, name="group_share_pct", low=0, high=100,
                      hint="Percentages are written 0-100 here: 42% is 42.")
    x = check_between(subgroup_share_pct, name="subgroup_share_pct", low=0, high=100,
                      hint="Percentages are written 0-100 here: 37% is 37.")
    total = check_integer(respondents, name="respondents", minimum=1)
    group = total * y / 100
    subgroup = group * x / 100
    result = pd.DataFrame({
        "description": ["all respondents", str(group_label), str(subgroup_label)],
        "respondents": [float(total), group, subgroup],
        "share_of_all_pct": [100.0, y, y * x / 100],
        "share_of_previous_pct": [100.0, y, x],
    })
    result.attrs = model_attrs(
        method="nested percentages: subgroup = respondents * Y/100 * X/100",
        assumptions={"group_share_pct": y, "subgroup_share_pct": x, "respondents": total},
    )
    return result

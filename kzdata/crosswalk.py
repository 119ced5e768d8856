"""Map scores of US SOC 2010 occupations to ISCO-08 4-digit occupations, with a stated rule.

Frey-Osborne probabilities and the Felten-Raj-Seamans AIOE score US occupations (SOC 2010).
Kazakhstan, the ILO and most of the world use ISCO-08. The IBS crosswalk (remote dataset
``soc_isco_crosswalk``) links the two, many-to-many: one SOC occupation can map to several
ISCO-08 codes and one ISCO-08 code can receive several SOC occupations. Moving a score across
therefore needs a rule, and :func:`soc_to_isco` states the one it used:

* ``how="mean"``: an ISCO-08 code gets the simple mean of the scores of the SOC occupations
  mapped to it (a SOC occupation mapped to several ISCO-08 codes counts fully in each);
* ``how="employment_weighted"``: the mean weighted by employment (for example US BLS OEWS);
  a SOC occupation mapped to *k* ISCO-08 codes gives each of them 1/*k* of its employment,
  because the crosswalk does not say how its workers split.

What could not be mapped (a code not in the crosswalk, a missing score, no weight) is
reported in ``.unmapped`` with the reason, never dropped in silence.

>>> import pandas as pd
>>> crosswalk = pd.DataFrame({"soc2010_code": ["11-1011", "11-1011", "11-1021"],
...                           "isco08_4d": ["1112", "1120", "1120"]})
>>> scores = pd.DataFrame({"soc2010_code": ["11-1011", "11-1021", "99-9999"],
...                        "risk": [0.2, 0.6, 0.5]})
>>> result = soc_to_isco(scores, score_column="risk", crosswalk=crosswalk)
>>> result.table
  isco08_4d  risk  n_soc_codes         soc_codes
0      1112   0.2            1           11-1011
1      1120   0.4            2  11-1011, 11-1021
>>> result.unmapped
  soc2010_code                                           reason
0      99-9999  not in the SOC 2010 -> ISCO-08 crosswalk
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kzdata.errors import KzdataError, close_matches

__all__ = ["CrosswalkError", "CrosswalkResult", "soc_to_isco", "HOW"]

HOW = ("mean", "employment_weighted")
_SOC = r"\d{2}-\d{4}"


class CrosswalkError(KzdataError, ValueError):
    """Input to the crosswalk helper that it cannot use (the message says what to change)."""


@dataclass(frozen=True)
class CrosswalkResult:
    """The result of :func:`soc_to_isco`.

    Attributes
    ----------
    table
        One row per ISCO-08 4-digit code: ``isco08_4d``, the aggregated score (named like the
        input score column), ``n_soc_codes``, ``soc_codes`` (which SOC codes it came from) and,
        for employment weighting, ``total_weight`` (the employment it represents after splitting).
    unmapped
        One row per SOC code that did not contribute: the code and the reason.
    rule
        A sentence stating the aggregation rule and the counts, for a chart caption or a report.
    """

    table: pd.DataFrame
    unmapped: pd.DataFrame
    rule: str

    def __repr__(self) -> str:
        return (
            f"CrosswalkResult: {len(self.table)} ISCO-08 codes, {len(self.unmapped)} SOC codes "
            f"not mapped.\nRule: {self.rule}"
        )

    def _repr_markdown_(self) -> str:
        return (
            f"**SOC 2010 → ISCO-08:** {len(self.table)} ISCO-08 codes; "
            f"{len(self.unmapped)} SOC codes not mapped (see `.unmapped`).\n\n*Rule:* {self.rule}"
        )


def _fail(message: str) -> CrosswalkError:
    return CrosswalkError(message)


def _need_column(frame: pd.DataFrame, column: str, what: str, parameter: str) -> None:
    if not isinstance(column, str):
        raise _fail(f"{parameter} must be a column name (text), not {type(column).__name__} {column!r}.")
    if column not in frame.columns:
        suggestions = close_matches(column, [str(c) for c in frame.columns])
        hint = f" Did you mean {' or '.join(map(repr, suggestions))}?" if suggestions else ""
        raise _fail(
            f"{what} has no column {column!r} ({parameter}).{hint} "
            f"Its columns are: {', '.join(map(str, frame.columns))}."
        )


def _codes(series: pd.Series) -> pd.Series:
    return series.astype("string").str.strip()


def _load_crosswalk(crosswalk: pd.DataFrame | None) -> pd.DataFrame:
    if crosswalk is None:
        import kzdata

        crosswalk = kzdata.load("soc_isco_crosswalk")
    if not isinstance(crosswalk, pd.DataFrame):
        raise _fail(f"crosswalk must be a DataFrame, not {type(crosswalk).__name__}.")
    for column in ("soc2010_code", "isco08_4d"):
        _need_column(crosswalk, column, "The crosswalk", "crosswalk")
    pairs = pd.DataFrame(
        {"soc": _codes(crosswalk["soc2010_code"]), "isco": _codes(crosswalk["isco08_4d"])}
    ).dropna().drop_duplicates()
    return pairs


def _weights(weights: object, soc_column: str, weight_column: str) -> pd.Series:
    """Return weights as a float Series indexed by SOC code, checked."""
    if isinstance(weights, pd.Series):
        series = pd.Series(weights.to_numpy(), index=_codes(pd.Series(weights.index)), name="weight")
    elif isinstance(weights, pd.DataFrame):
        _need_column(weights, soc_column, "weights", "soc_column")
        _need_column(weights, weight_column, "weights", "weight_column")
        series = pd.Series(
            weights[weight_column].to_numpy(), index=_codes(weights[soc_column]), name="weight"
        )
    else:
        raise _fail(
            "weights must be a DataFrame with the SOC code and weight columns, or a Series of "
            f"weights indexed by SOC code, not {type(weights).__name__}."
        )
    if not (pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)):
        raise _fail(f"weights must be numbers (employment counts); they are {series.dtype}.")
    series = series.astype("float64")
    if np.isinf(series.to_numpy()).any():
        raise _fail("weights include infinite values.")
    negative = series[series < 0]
    if len(negative):
        raise _fail(
            f"weights must not be negative; {len(negative)} are, for example "
            f"{', '.join(f'{c} ({v:g})' for c, v in list(negative.items())[:3])}."
        )
    duplicated = series.index[series.index.duplicated()]
    if len(duplicated):
        raise _fail(
            f"weights give more than one value for SOC codes {list(dict.fromkeys(duplicated))[:5]}; "
            "add them up first (weights.groupby(code)[weight].sum())."
        )
    return series.dropna()


def soc_to_isco(
    scores: pd.DataFrame,
    *,
    score_column: str,
    soc_column: str = "soc2010_code",
    how: str = "mean",
    weights: pd.DataFrame | pd.Series | None = None,
    weight_column: str = "employed_persons",
    crosswalk: pd.DataFrame | None = None,
) -> CrosswalkResult:
    """Aggregate scores of SOC 2010 occupations to ISCO-08 4-digit occupations.

    Parameters
    ----------
    scores
        One row per SOC 2010 occupation, e.g. ``kzdata.load("frey_osborne")``.
    score_column
        The column to aggregate (numbers), e.g. ``"probability_computerisation"``.
    soc_column
        The column with SOC 2010 codes written ``11-1011``.
    how
        ``"mean"`` (simple mean) or ``"employment_weighted"`` (needs ``weights``).
    weights
        For ``"employment_weighted"``: a DataFrame with ``soc_column`` and ``weight_column``,
        or a Series of weights indexed by SOC code. Weights must not be negative. SOC codes
        without a weight are reported as unmapped. Note that BLS OEWS May 2021
        (``bls_oes_2021``) uses the 2018 SOC: most codes are the same as in 2010, those that
        changed have no weight.
    weight_column
        The weight column in a ``weights`` DataFrame.
    crosswalk
        The crosswalk to use, with columns ``soc2010_code`` and ``isco08_4d``. By default the
        IBS crosswalk, ``kzdata.load("soc_isco_crosswalk")``.

    Returns
    -------
    CrosswalkResult
        ``.table`` (one row per ISCO-08 code), ``.unmapped`` (SOC codes left out, with the
        reason) and ``.rule`` (the rule in one paragraph).

    Raises
    ------
    CrosswalkError
        A missing column, a score column that is not numeric, an unknown ``how``, weights
        missing (or given when not used), negative or duplicated, or a SOC code twice in
        ``scores``.
    """
    if not isinstance(scores, pd.DataFrame):
        raise _fail(f"scores must be a pandas DataFrame, not {type(scores).__name__}.")
    if how not in HOW:
        suggestions = close_matches(str(how), HOW)
        hint = f" Did you mean {suggestions[0]!r}?" if suggestions else ""
        raise _fail(f"how={how!r} is not a rule kzdata knows.{hint} Use one of: {', '.join(map(repr, HOW))}.")
    _need_column(scores, soc_column, "scores", "soc_column")
    _need_column(scores, score_column, "scores", "score_column")
    values = scores[score_column]
    if not pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        raise _fail(f"score_column {score_column!r} must hold numbers; it is {values.dtype}.")
    weighted = how == "employment_weighted"
    if weighted and weights is None:
        raise _fail("how='employment_weighted' needs weights=... (for example US employment by SOC code).")
    if not weighted and weights is not None:
        raise _fail("weights are used only with how='employment_weighted'; remove them or change how.")
    frame = pd.DataFrame({"soc": _codes(scores[soc_column]), "score": values.astype("float64")})
    if np.isinf(frame["score"].to_numpy()).any():
        raise _fail(f"score_column {score_column!r} includes infinite values.")
    duplicated = frame["soc"].dropna()[frame["soc"].dropna().duplicated()]
    if len(duplicated):
        raise _fail(
            f"scores has more than one row for SOC codes {list(dict.fromkeys(duplicated))[:5]}; "
            f"aggregate them first (for example scores.groupby({soc_column!r})[{score_column!r}].mean())."
        )
    pairs = _load_crosswalk(crosswalk)
    weight = _weights(weights, soc_column, weight_column) if weighted else None

    reason = pd.Series(pd.NA, index=frame.index, dtype="string")
    well_formed = frame["soc"].fillna("").str.fullmatch(_SOC)
    reason[~well_formed] = "not a 6-digit SOC code written like 11-1011"
    reason[reason.isna() & frame["score"].isna()] = "score is missing"
    reason[reason.isna() & ~frame["soc"].isin(pairs["soc"])] = "not in the SOC 2010 -> ISCO-08 crosswalk"
    if weighted:
        reason[reason.isna() & ~frame["soc"].isin(weight.index)] = "no weight for this SOC code"
    unmapped = pd.DataFrame({soc_column: frame["soc"], "reason": reason})[reason.notna()]
    unmapped = unmapped.reset_index(drop=True)

    used = frame[reason.isna()]
    linked = used.merge(pairs, on="soc", how="inner")
    grouped = linked.groupby("isco", sort=True)
    soc_codes = grouped["soc"].agg(lambda s: ", ".join(sorted(s)))
    if weighted:
        fan_out = pairs.groupby("soc")["isco"].nunique()
        linked["weight"] = linked["soc"].map(weight) / linked["soc"].map(fan_out)
        linked["weighted_score"] = linked["weight"] * linked["score"]
        sums = linked.groupby("isco", sort=True)[["weight", "weighted_score"]].sum()
        score = (sums["weighted_score"] / sums["weight"]).where(sums["weight"] > 0)
        table = pd.DataFrame(
            {
                "isco08_4d": sums.index,
                score_column: score.to_numpy(),
                "n_soc_codes": grouped.size().to_numpy(),
                "soc_codes": soc_codes.to_numpy(),
                "total_weight": sums["weight"].to_numpy(),
            }
        )
    else:
        table = pd.DataFrame(
            {
                "isco08_4d": soc_codes.index,
                score_column: grouped["score"].mean().to_numpy(),
                "n_soc_codes": grouped.size().to_numpy(),
                "soc_codes": soc_codes.to_numpy(),
            }
        )
    table = table.astype({"isco08_4d": "string", "n_soc_codes": "int64", "soc_codes": "string"})
    counts = (
        f"{len(used)} of {len(frame)} SOC codes were mapped to {len(table)} ISCO-08 codes; "
        f"{len(unmapped)} were not (see .unmapped)."
    )
    if weighted:
        rule = (
            f"Each ISCO-08 4-digit occupation gets the employment-weighted mean of "
            f"'{score_column}' over the SOC 2010 occupations the crosswalk maps to it, weighted "
            f"by '{weight_column}'. A SOC occupation mapped to k ISCO-08 codes gives each of "
            "them 1/k of its weight, because the crosswalk does not say how its workers split; "
            f"SOC codes without a weight are left out. {counts}"
        )
    else:
        rule = (
            f"Each ISCO-08 4-digit occupation gets the simple (unweighted) mean of "
            f"'{score_column}' over the SOC 2010 occupations the crosswalk maps to it; a SOC "
            "occupation mapped to several ISCO-08 codes counts fully in each, and a small US "
            f"occupation counts as much as a large one. {counts}"
        )
    return CrosswalkResult(table=table, unmapped=unmapped, rule=rule)

"""Shared validation and labelling helpers for kzdata's models.

The models (:mod:`kzdata.exposure`, :mod:`kzdata.scenarios`, :mod:`kzdata.survey`,
:mod:`kzdata.simulate`) are pure functions. They check every input with the helpers here and
raise :class:`ModelInputError` (a ``ValueError``) whose message says what was wrong, what was
given and what to do. They label every result with :func:`model_attrs`, so a model output is
never mistaken for published data.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from numbers import Integral, Real
from typing import Any

import pandas as pd

from kzdata.errors import KzdataError, first_missing_column

__all__ = [
    "ModelInputError",
    "plain",
    "check_between",
    "check_positive",
    "check_integer",
    "check_columns",
    "check_frame",
    "check_unit_interval",
    "check_counts",
    "check_increasing",
    "isco_major_group",
    "model_attrs",
]

COMPUTED_BY = "computed by kzdata"


class ModelInputError(KzdataError, ValueError):
    """A model was given a value outside its allowed range, or a table without needed columns."""


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise ModelInputError(
            f"{name} must be a number; got {plain(value)!r} ({type(value).__name__}). "
            f"Pass a plain number such as 0.5."
        )
    number = float(value)
    if math.isnan(number):
        raise ModelInputError(f"{name} must be a number; got NaN. Pass a real value.")
    return number


def plain(value: object) -> object:
    """Return numpy scalars as plain Python values, so messages show 0.5, not np.float64(0.5)."""
    item = getattr(value, "item", None)
    return item() if callable(item) and getattr(value, "ndim", 1) == 0 else value


def check_between(
    value: object, *, name: str, low: float, high: float, hint: str = ""
) -> float:
    """Return ``value`` as a float if ``low <= value <= high``, else raise.

    >>> check_between(0.7, name="threshold_probability", low=0, high=1)
    0.7
    >>> check_between(70, name="threshold_probability", low=0, high=1)
    Traceback (most recent call last):
    ...
    kzdata.modelling.ModelInputError: threshold_probability must be between 0 and 1; got 70. \
A share is written 0-1: 70% is 0.7.
    """
    number = _number(value, name)
    if not low <= number <= high:
        default_hint = "A share is written 0-1: 70% is 0.7." if (low, high) == (0, 1) else (
            f"Pass a value from {low:g} to {high:g}."
        )
        raise ModelInputError(
            f"{name} must be between {low:g} and {high:g}; got {plain(value)!r}. "
            f"{hint or default_hint}"
        )
    return number


def check_positive(value: object, *, name: str, allow_zero: bool = False) -> float:
    """Return ``value`` as a float if it is positive (or zero, when allowed), else raise.

    >>> check_positive(250_000, name="wage_kzt_per_month")
    250000.0
    >>> check_positive(0, name="speed_per_year")
    Traceback (most recent call last):
    ...
    kzdata.modelling.ModelInputError: speed_per_year must be greater than 0; got 0. \
Pass a positive number.
    """
    number = _number(value, name)
    if math.isinf(number) or number < 0 or (number == 0 and not allow_zero):
        bound = "0 or more" if allow_zero else "greater than 0"
        raise ModelInputError(
            f"{name} must be {bound}; got {plain(value)!r}. Pass a positive number."
        )
    return number


def check_integer(value: object, *, name: str, minimum: int = 1) -> int:
    """Return ``value`` as an int if it is a whole number ``>= minimum``, else raise.

    >>> check_integer(1000, name="sample_size")
    1000
    >>> check_integer(2.5, name="sample_size")
    Traceback (most recent call last):
    ...
    kzdata.modelling.ModelInputError: sample_size must be a whole number of at least 1; \
got 2.5. Pass an integer such as 1000.
    """
    if isinstance(value, bool) or not isinstance(value, Integral) or int(value) < minimum:
        raise ModelInputError(
            f"{name} must be a whole number of at least {minimum}; got {plain(value)!r}. "
            f"Pass an integer such as {max(minimum, 1000)}."
        )
    return int(value)


def check_frame(data: object, *, name: str = "data") -> pd.DataFrame:
    """Raise unless ``data`` is a pandas DataFrame."""
    if not isinstance(data, pd.DataFrame):
        raise ModelInputError(
            f"{name} must be a pandas DataFrame; got {type(data).__name__}. "
            f"Load a table first, for example with kzdata.load(...)."
        )
    return data


def check_columns(
    data: object,
    columns: Iterable[str | None],
    *,
    name: str = "data",
    numeric: Iterable[str | None] = (),
) -> pd.DataFrame:
    """Raise unless ``data`` is a DataFrame holding every column in ``columns``.

    Columns listed in ``numeric`` must also hold numbers (missing values are allowed here;
    each model says how it treats them). ``None`` entries (an optional column not used) are
    skipped in both lists.

    >>> frame = pd.DataFrame({"isco08_4d": [4110], "mean_score_2025": [0.6]})
    >>> check_columns(frame, ["isco08_4d", "mean_score"], name="occupations")
    Traceback (most recent call last):
    ...
    kzdata.modelling.ModelInputError: occupations has no column 'mean_score'. Did you mean \
'mean_score_2025'? Its columns are: isco08_4d, mean_score_2025. Pass the right name with the \
matching *_column= parameter.
    """
    frame = check_frame(data, name=name)
    problem = first_missing_column(columns, frame.columns)
    if problem:
        raise ModelInputError(
            f"{name} has {problem}. Pass the right name with the matching *_column= parameter."
        )
    for column in numeric if len(frame) else ():
        if column is None:
            continue
        if not pd.api.types.is_numeric_dtype(frame[column]) or pd.api.types.is_bool_dtype(
            frame[column]
        ):
            raise ModelInputError(
                f"column {column!r} of {name} must hold numbers; it holds "
                f"{frame[column].dtype}. Convert it with pd.to_numeric(...) first."
            )
    return frame


def model_attrs(
    *, method: str, assumptions: Mapping[str, Any], synthetic: bool = False, source: str = ""
) -> dict[str, Any]:
    """Return the ``attrs`` every model result carries.

    >>> attrs = model_attrs(method="toy", assumptions={"seed": 1}, synthetic=True)
    >>> attrs["computed_by"], attrs["synthetic"]
    ('computed by kzdata', True)
    """
    attrs: dict[str, Any] = {
        "computed_by": COMPUTED_BY,
        "method": method,
        "assumptions": dict(assumptions),
        "synthetic": bool(synthetic),
    }
    if source:
        attrs["source"] = source
    if synthetic:
        attrs["note"] = (
            "Synthetic: generated in code with a seed; not observed data."
            if "seed" in assumptions
            else "Synthetic: numbers chosen for teaching, not observed data."
        )
    else:
        attrs["note"] = "Model output computed by kzdata; not a published statistic."
    return attrs


def check_unit_interval(values: pd.Series, name: str) -> None:
    """Raise unless every non-missing value lies in [0, 1]."""
    bad = values[(values < 0) | (values > 1)]
    if len(bad):
        raise ModelInputError(
            f"column {name!r} must hold scores from 0 to 1; found {plain(bad.iloc[0])!r} "
            f"({len(bad)} value(s) outside). If the scores are percentages, divide them by 100."
        )


def check_counts(values: pd.Series, name: str) -> None:
    """Raise if a column of counts (employment, weights) has missing or negative values."""
    if values.isna().any():
        raise ModelInputError(
            f"column {name!r} has {int(values.isna().sum())} missing value(s). Drop those rows "
            f"(df.dropna(subset=[{name!r}])) or fill them before computing shares."
        )
    if (values < 0).any():
        raise ModelInputError(
            f"column {name!r} must not be negative; found {plain(values[values < 0].iloc[0])!r}. "
            f"Employment counts people: check the column."
        )


def _as_list(values: object, name: str) -> list[object]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise ModelInputError(f"{name} must be a list of numbers; got {values!r}.")
    return list(values)


def check_increasing(values: Sequence[float], name: str, *, length: int) -> list[float]:
    """Return ``length`` cut-offs in [0, 1] if they never decrease, else raise."""
    cuts = [check_between(v, name=name, low=0, high=1) for v in _as_list(values, name)]
    if len(cuts) != length or any(a > b for a, b in zip(cuts, cuts[1:])):
        raise ModelInputError(
            f"{name} must be {length} increasing scores from 0 to 1; "
            f"got {[plain(v) for v in values]!r}. "
            f"For example (0.40, 0.50, 0.60)."
        )
    return cuts


def isco_major_group(codes: pd.Series) -> pd.Series:
    """Return the ISCO-08 major group ("0"-"9", as text) of 4-digit codes given as numbers or text.

    >>> isco_major_group(pd.Series([4110, "0110", 110])).tolist()
    ['4', '0', '0']
    """
    text = codes.astype("string").str.strip().str.replace(r"\.0$", "", regex=True)
    if text.isna().any() or not text.str.fullmatch(r"\d{1,4}").all():
        bad = codes[text.isna() | ~text.str.fullmatch(r"\d{1,4}").fillna(False)].iloc[0]
        raise ModelInputError(
            f"occupation codes must be ISCO-08 4-digit codes such as 4110; got {plain(bad)!r}. "
            f"Check the occupation_column."
        )
    return text.str.zfill(4).str[0]

"""Encoding helpers shared by the chart builders: field types, tooltips, order, shapes."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from ._common import (
    ChartInputError,
    axis_label,
    join_words,
)


STAR = ("M0,-1L0.22,-0.31L0.95,-0.31L0.36,0.12L0.59,0.81L0,0.38L-0.59,0.81L-0.36,0.12"
         "L-0.95,-0.31L-0.22,-0.31Z")
HEXAGON = "M0,-1L0.87,-0.5L0.87,0.5L0,1L-0.87,0.5L-0.87,-0.5Z"
#: Point shapes, most distinct first (two are SVG paths: a star and a hexagon).
SHAPES = ("circle", "square", "triangle-up", "diamond", "cross", "triangle-down", STAR,
           "triangle-right", HEXAGON, "triangle-left")


def _kind(frame: pd.DataFrame, column: str) -> str:
    series = frame[column]
    if pd.api.types.is_bool_dtype(series.dtype):
        return "N"
    if pd.api.types.is_numeric_dtype(series.dtype):
        return "Q"
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return "T"
    return "N"


def _x_encoding(frame: pd.DataFrame, x: str, title: str) -> alt.X:
    kind = _kind(frame, x)
    if kind == "Q" and x.startswith("year"):
        return alt.X(f"{x}:Q", title=title, axis=alt.Axis(format="d", tickMinStep=1),
                     scale=alt.Scale(zero=False, nice=False))
    if kind == "Q":
        return alt.X(f"{x}:Q", title=title, scale=alt.Scale(zero=False))
    return alt.X(f"{x}:{kind}", title=title)


def _tooltip(frame: pd.DataFrame, *columns: str | None, value: str | None = None,
             value_format: str = ",.1f") -> list[alt.Tooltip]:
    tips: list[alt.Tooltip] = []
    for column in dict.fromkeys(c for c in columns if c):
        if column == value:
            tips.append(alt.Tooltip(f"{column}:Q", title=axis_label(column), format=value_format))
        else:
            kind = _kind(frame, column)
            fmt_ = "d" if kind == "Q" and column.startswith("year") else None
            tip = alt.Tooltip(f"{column}:{kind}", title=axis_label(column))
            if fmt_:
                tip = alt.Tooltip(f"{column}:{kind}", title=axis_label(column), format=fmt_)
            tips.append(tip)
    return tips


def _ordered(series: pd.Series) -> list[Any]:
    return list(dict.fromkeys(series.dropna().tolist()))


def _single_value_per(table: pd.DataFrame, keys: list[str], value: str) -> None:
    dupes = table.duplicated(subset=keys, keep=False)
    if dupes.any():
        example = table.loc[dupes, keys].iloc[0].tolist()
        raise ChartInputError(
            f"Several rows have {join_words([f'{k} = {v!r}' for k, v in zip(keys, example)])}, "
            f"so the bar for {value!r} would add them up silently. Filter the table to one row "
            f"per bar first, or aggregate it, e.g. df.groupby({keys!r}, as_index=False)[{value!r}].sum()."
        )

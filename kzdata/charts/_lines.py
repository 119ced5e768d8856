"""Line charts: a time series by group, and the three-sector shares of employment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import altair as alt
import pandas as pd

from ._common import (
    DASHES,
    AnyChart,
    ChartInputError,
    axis_label,
    check_columns,
    color_scale,
    finish,
    fmt,
    fmt_x,
    join_words,
    lower_first,
    plain,
    resolve_caption,
    resolve_data,
)
from ._encode import _ordered, _tooltip, _x_encoding
from ._theme import TEXT_GREY

__all__ = ["line_chart", "sector_shares_chart"]


def line_chart(
    data: pd.DataFrame | str,
    *,
    y: str,
    x: str = "year",
    color: str | None = None,
    dash: str | None = None,
    title: str,
    subtitle: str | None = None,
    description: str | None = None,
    source: str | None = None,
    filters: dict[str, Any] | None = None,
    x_title: str | None = None,
    y_title: str | None = None,
    value_format: str = ",.1f",
    annotations: Mapping[float, str] | None = None,
    color_domain: Sequence[Any] | None = None,
    dash_domain: Sequence[Any] | None = None,
    width: int = 520,
    height: int = 300,
) -> AnyChart:
    """Draw a time series, one line per group, with points that show values on hover.

    Parameters
    ----------
    data
        A tidy table (one row per point) or a dataset name such as ``"unemployment_by_region"``.
    y, x
        Columns for the value and the time axis (``x`` defaults to ``"year"``).
    color
        Column whose values get one line colour each (Okabe-Ito colours).
    dash
        Column that sets the line style: the first value is solid, the next dashed, dotted.
        Use it for official vs modelled series, so colour is not the only cue.
    title, subtitle
        The chart's title (required) and an optional line under it.
    description
        Text for screen readers; a summary of the data is written for you when omitted.
    source
        Where the numbers come from. Defaults to the dataset's metadata.
    filters
        Row filters when ``data`` is a dataset name, as in ``kzdata.load(name, **filters)``.
    annotations
        ``{x_value: "label"}``: a vertical rule with a label at each ``x_value``, for example
        ``{2014: "2014: change of method"}``.
    color_domain, dash_domain
        Fix the order of groups (and so their colours or line styles).

    Returns
    -------
    altair.LayerChart or altair.Chart
        Not displayed: show it by leaving it as the last line of a cell.

    Examples
    --------
    >>> chart = line_chart("unemployment_by_region", y="unemployment_rate_pct",
    ...                    filters={"region": "Republic of Kazakhstan"},
    ...                    title="Unemployment in Kazakhstan")
    >>> chart.to_dict()["description"][:40]
    'Line chart of unemployment rate (%) by y'
    """
    frame, name = resolve_data(data, filters)
    check_columns(frame, x, y, color, dash)
    caption = resolve_caption(source, frame, name)
    table = plain(frame, [x, y, color, dash]).dropna(subset=[x, y])
    if table.empty:
        raise ChartInputError(f"Column {y!r} has no values to draw.")
    x_label = x_title or axis_label(x)
    y_label = y_title or axis_label(y)
    encodings: dict[str, Any] = {
        "x": _x_encoding(table, x, x_label),
        "y": alt.Y(f"{y}:Q", title=y_label),
        "tooltip": _tooltip(table, color, dash, x, y, value=y, value_format=value_format),
    }
    if color:
        domain = list(color_domain) if color_domain is not None else _ordered(table[color])
        encodings["color"] = alt.Color(f"{color}:N", title=axis_label(color), scale=color_scale(domain),
                                       sort=domain)
    if dash:
        domain = list(dash_domain) if dash_domain is not None else _ordered(table[dash])
        encodings["strokeDash"] = alt.StrokeDash(
            f"{dash}:N", title=axis_label(dash), sort=domain,
            scale=alt.Scale(domain=domain, range=[DASHES[i % len(DASHES)] for i in range(len(domain))]),
            legend=alt.Legend(symbolType="stroke", symbolStrokeWidth=2.5, symbolSize=500,
                              symbolStrokeColor="#333333"),
        )
        if not color:
            encodings["shape"] = alt.Shape(f"{dash}:N", title=axis_label(dash))
    lines = alt.Chart(table).mark_line(point=alt.OverlayMarkDef(size=22, filled=True)).encode(**encodings)
    chart: AnyChart = lines.properties(width=width, height=height)
    if annotations:
        notes = pd.DataFrame({x: list(annotations), "label": list(annotations.values())})
        base = alt.Chart(notes)
        rules = base.mark_rule(color=TEXT_GREY, strokeDash=[4, 4]).encode(
            x=alt.X(f"{x}:Q"), tooltip=[alt.Tooltip("label:N", title="Note")]
        )
        labels = base.mark_text(align="left", baseline="bottom", dx=3, dy=-3, color=TEXT_GREY).encode(
            x=alt.X(f"{x}:Q"), y=alt.value(0), text="label:N",
            tooltip=[alt.Tooltip("label:N", title="Note")],
        )
        chart = alt.layer(lines, rules, labels).properties(width=width, height=height)
    if description is None:
        description = _describe_lines(table, x=x, y=y, color=color, dash=dash,
                                      x_label=x_label, y_label=y_label, annotations=annotations,
                                      color_domain=color_domain)
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=name, builder="line_chart")


def _describe_lines(table: pd.DataFrame, *, x: str, y: str, color: str | None, dash: str | None,
                    x_label: str, y_label: str, annotations: Mapping[float, str] | None,
                    color_domain: Sequence[Any] | None = None) -> str:
    groups = [c for c in (color, dash) if c]
    parts = [f"Line chart of {lower_first(y_label)} by {lower_first(x_label)}, "
             f"from {fmt_x(table[x].min(), x)} to {fmt_x(table[x].max(), x)}."]
    if color:
        present = set(table[color])
        groups_in_order = ([g for g in color_domain if g in present] if color_domain is not None
                           else _ordered(table[color]))
        parts.append(f"One line per {lower_first(axis_label(color))}: {join_words(groups_in_order)}.")
    if dash:
        styles = ["solid", "dashed", "dotted", "dash-dot"]
        kinds = _ordered(table[dash])
        parts.append("Line style shows " + lower_first(axis_label(dash)) + ": " + join_words(
            [f"{styles[i % 4]} = {k}" for i, k in enumerate(kinds)]) + ".")
    summaries = []
    if color and color_domain is not None:
        rank = {g: i for i, g in enumerate(color_domain)}
        table = table.iloc[table[color].map(rank).argsort(kind="stable")]
    grouped = table.groupby(groups, sort=False) if groups else [((), table)]
    for key, part in grouped:
        part = part.sort_values(x)
        first, last = part.iloc[0], part.iloc[-1]
        label = ", ".join(str(k) for k in (key if isinstance(key, tuple) else (key,)))
        prefix = f"{label}: " if label else ""
        summaries.append(f"{prefix}{fmt(first[y])} in {fmt_x(first[x], x)}, "
                         f"{fmt(last[y])} in {fmt_x(last[x], x)}")
    shown = summaries[:8]
    parts.append("First and last values: " + "; ".join(shown)
                 + (f"; and {len(summaries) - 8} more lines." if len(summaries) > 8 else "."))
    if annotations:
        parts.append("Marked: " + "; ".join(str(v) for v in annotations.values()) + ".")
    return " ".join(parts)


def sector_shares_chart(
    *,
    sex: Literal["total", "female", "male"] = "total",
    series: Sequence[str] = ("official", "modelled"),
    break_year: int | None = 2014,
    title: str | None = None,
    description: str | None = None,
) -> AnyChart:
    """Draw the three-sector shares of employment: official BNS (solid) vs modelled ILO (dashed).

    A ready-made chart for lesson 02, built with :func:`line_chart` from the dataset
    ``employment_by_sector``. The 2014 break in the official series is marked by a rule.

    Parameters
    ----------
    sex
        ``"total"`` (official and modelled), or ``"female"`` / ``"male"`` (modelled only).
    series
        Which series to draw: ``"official"``, ``"modelled"`` or both.
    break_year
        Year to mark with a rule; ``None`` for no rule.

    Examples
    --------
    >>> spec = sector_shares_chart().to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['line', 'rule', 'text']
    """
    frame, name = resolve_data("employment_by_sector", {"sector_scheme": "three_sector", "sex": sex})
    wanted = [s for s in series if s in set(frame["series"])]
    if not wanted:
        raise ChartInputError(
            f"series={list(series)!r}: for sex={sex!r} the table has only "
            f"{join_words(_ordered(frame['series']))}. Women's and men's shares exist only in "
            f"the modelled series."
        )
    frame = frame[frame["series"].isin(wanted)]
    notes = {break_year: f"{break_year}: break in the official series"} if break_year else None
    who = {"total": "all employed people", "female": "employed women", "male": "employed men"}[sex]
    chart = line_chart(
        frame, y="share_pct", x="year", color="sector_label", dash="series", dash_domain=wanted,
        title=title or f"Where people work: share of {who} by sector",
        subtitle="Solid line: official BNS figures. Dashed line: ILO modelled estimates (World Bank)."
        if len(wanted) == 2 else None,
        description=description, y_title="Share of employed people (%)", x_title="Year",
        annotations=notes,
    )
    meta = {**chart.usermeta["kzdata"], "builder": "sector_shares_chart"}
    return chart.properties(usermeta={"kzdata": meta})

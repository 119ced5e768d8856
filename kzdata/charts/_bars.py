"""Bar charts: one bar per category (sorted, labelled), and bars split by a group."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import altair as alt
import pandas as pd

from ._common import (
    AnyChart,
    ChartInputError,
    axis_label,
    category_axis,
    check_columns,
    check_text,
    color_scale,
    finish,
    fmt,
    join_words,
    lower_first,
    plain,
    resolve_caption,
    resolve_data,
)
from ._encode import _ordered, _single_value_per, _tooltip
from ._theme import OKABE_ITO

__all__ = ["bar_chart", "grouped_bar_chart"]


def bar_chart(
    data: pd.DataFrame | str,
    *,
    category: str,
    value: str,
    title: str,
    subtitle: str | None = None,
    description: str | None = None,
    source: str | None = None,
    filters: dict[str, Any] | None = None,
    sort: Literal["descending", "ascending"] | Sequence[Any] | None = "descending",
    highlight: Sequence[Any] | None = None,
    highlight_label: str = "highlighted",
    category_title: str | None = None,
    value_title: str | None = None,
    value_format: str = ",.1f",
    width: int = 460,
) -> AnyChart:
    """Draw one horizontal bar per category, sorted, with the value written at the end of each bar.

    Parameters
    ----------
    data
        A table with one row per category, or a dataset name with ``filters=``.
    category, value
        The label column and the number column.
    sort
        ``"descending"`` (largest on top), ``"ascending"``, ``None`` (table order) or a list of
        categories in the order to show.
    highlight, highlight_label
        Categories to draw in a second colour, with ``highlight_label`` written after their
        value (so colour is not the only cue) and named in the description, e.g. the group a
        lesson is about.
    Other parameters
        As in :func:`line_chart`.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"sector": ["Trade", "Farming"], "share_pct": [16.0, 12.5]})
    >>> chart = bar_chart(table, category="sector", value="share_pct", title="Where people work",
    ...                   source="BNS (2025)")
    >>> chart.to_dict()["layer"][0]["mark"]["type"]
    'bar'
    """
    frame, name = resolve_data(data, filters)
    check_columns(frame, category, value)
    caption = resolve_caption(source, frame, name)
    table = plain(frame, [category, value]).dropna(subset=[category, value])
    _single_value_per(table, [category], value)
    cat_label = category_title or axis_label(category)
    val_label = value_title or axis_label(value)
    if sort == "descending":
        order = table.sort_values(value, ascending=False)[category].tolist()
    elif sort == "ascending":
        order = table.sort_values(value, ascending=True)[category].tolist()
    elif sort is None:
        order = table[category].tolist()
    else:
        order = [s for s in sort if s in set(table[category])]
    highlighted = [h for h in (highlight or []) if h in set(table[category])]
    if highlight is not None and not highlighted:
        raise ChartInputError(
            f"highlight={list(highlight)!r} names no category of the chart; the categories are: "
            f"{join_words(order, limit=12)}."
        )
    y = alt.Y(f"{category}:N", sort=order, axis=category_axis(cat_label))
    tooltip = _tooltip(table, category, value, value=value, value_format=value_format)
    text = alt.Text(f"{value}:Q", format=value_format)
    if highlighted:
        marker = check_text(highlight_label, "highlight_label")
        table["highlighted"] = table[category].isin(highlighted).map({True: marker, False: "other"})
        colour = alt.Color("highlighted:N", legend=None,
                           scale=alt.Scale(domain=["other", marker],
                                           range=[OKABE_ITO[1], OKABE_ITO[5]]))
        # the highlight is also written next to the bar: colour is never the only cue
        text = alt.Text("value_label:N")
    else:
        colour = alt.value(OKABE_ITO[4])
    base = alt.Chart(table).encode(y=y, tooltip=tooltip)
    bars = base.mark_bar().encode(x=alt.X(f"{value}:Q", title=val_label), color=colour)
    labels = base.mark_text(align="left", dx=4, color="#222222").encode(
        x=alt.X(f"{value}:Q"), text=text)
    if highlighted:
        labels = labels.transform_calculate(
            value_label=f"format(datum[{value!r}], {value_format!r})"
                        f" + (datum.highlighted == {marker!r} ? '  ({marker})' : '')")
    chart = alt.layer(bars, labels).properties(width=width, height=alt.Step(24))
    if description is None:
        ranked = table.set_index(category).loc[order, value]
        items = [f"{k} {fmt(v)}" for k, v in ranked.items()]
        description = (
            f"Bar chart of {lower_first(val_label)} for {len(order)} categories of {lower_first(cat_label)}, "
            f"{'largest first' if sort == 'descending' else 'in the order given'}: "
            f"{join_words(items, limit=12)}."
        )
        if highlighted:
            description += f" Marked '{highlight_label}': {join_words(highlighted)}."
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=name, builder="bar_chart")


def grouped_bar_chart(
    data: pd.DataFrame | str,
    *,
    category: str,
    value: str,
    group: str,
    title: str,
    stacked: bool = False,
    subtitle: str | None = None,
    description: str | None = None,
    source: str | None = None,
    filters: dict[str, Any] | None = None,
    group_domain: Sequence[Any] | None = None,
    category_order: Sequence[Any] | None = None,
    category_title: str | None = None,
    value_title: str | None = None,
    value_format: str = ",.1f",
    width: int = 460,
) -> AnyChart:
    """Draw bars for each category split by a group (e.g. occupation by sex), side by side or stacked.

    Parameters
    ----------
    category, value, group
        Label column (one row of bars each), number column, and the column that splits each
        category (one colour per group, Okabe-Ito).
    stacked
        ``False``: bars side by side (compare groups). ``True``: one stacked bar per category
        (compare totals, or shares that add up to 100).
    group_domain
        Order of the groups (and so their colours), e.g. ``["female", "male"]``.
    category_order
        Order of the categories from top to bottom; by default the order in the table.
    Other parameters
        As in :func:`line_chart`.

    Examples
    --------
    >>> chart = grouped_bar_chart("employment_by_occupation", category="isco08_major_group_label",
    ...     value="employed_thousands", group="sex",
    ...     filters={"year": 2013, "sex": ["female", "male"], "isco08_major_group": list("123456789")},
    ...     title="Employment by occupation and sex, 2013")
    >>> chart.to_dict()["layer"][0]["encoding"]["yOffset"]["field"]
    'sex'
    """
    frame, name = resolve_data(data, filters)
    check_columns(frame, category, value, group)
    caption = resolve_caption(source, frame, name)
    table = plain(frame, [category, group, value]).dropna(subset=[category, group, value])
    _single_value_per(table, [category, group], value)
    groups = list(group_domain) if group_domain is not None else _ordered(table[group])
    order = list(category_order) if category_order is not None else _ordered(table[category])
    cat_label = category_title or axis_label(category)
    val_label = value_title or axis_label(value)
    colour = alt.Color(f"{group}:N", title=axis_label(group), scale=color_scale(groups), sort=groups)
    tooltip = _tooltip(table, category, group, value, value=value, value_format=value_format)
    y = alt.Y(f"{category}:N", sort=order, axis=category_axis(cat_label))
    if stacked:
        table["group_order"] = table[group].map({g: i for i, g in enumerate(groups)})
        base = alt.Chart(table).encode(y=y, tooltip=tooltip, order=alt.Order("group_order:Q"))
        bars = base.mark_bar(stroke="white", strokeWidth=1).encode(
            x=alt.X(f"sum({value}):Q", title=val_label, stack="zero"), color=colour)
        labels = base.mark_text(align="right", dx=-4, color="black").encode(
            x=alt.X(f"sum({value}):Q", stack="zero"), detail=f"{group}:N",
            text=alt.Text(f"sum({value}):Q", format=value_format))
        chart = alt.layer(bars, labels).properties(width=width, height=alt.Step(26))
    else:
        base = alt.Chart(table).encode(y=y, tooltip=tooltip)
        y_offset = alt.YOffset(f"{group}:N", sort=groups)
        bars = base.mark_bar().encode(x=alt.X(f"{value}:Q", title=val_label), color=colour,
                                      yOffset=y_offset)
        labels = base.mark_text(align="left", dx=3, fontSize=10, color="#222222").encode(
            x=alt.X(f"{value}:Q"), yOffset=y_offset,
            text=alt.Text(f"{value}:Q", format=value_format))
        chart = alt.layer(bars, labels).properties(
            width=width, height=alt.Step(max(12, 10 * len(groups)), **{"for": "position"}))
    if description is None:
        totals = []
        for cat in order[:10]:
            rows = table[table[category] == cat]
            values = ", ".join(f"{g} {fmt(v)}" for g, v in zip(rows[group], rows[value]))
            totals.append(f"{cat} ({values})")
        description = (
            f"{'Stacked' if stacked else 'Grouped'} bar chart of {lower_first(val_label)} by "
            f"{lower_first(cat_label)}, split by {lower_first(axis_label(group))} "
            f"({join_words(groups)}). " + "; ".join(totals)
            + (f"; and {len(order) - 10} more categories." if len(order) > 10 else ".")
        )
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=name, builder="grouped_bar_chart")

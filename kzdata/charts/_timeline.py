"""Policy timeline: dated events, one row each; shape = kind, filled = verified."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from ._common import (
    AnyChart,
    ChartInputError,
    check_columns,
    finish,
    join_words,
    plain,
    resolve_caption,
    resolve_data,
)
from ._encode import SHAPES
from ._theme import OKABE_ITO, TEXT_GREY

__all__ = ["timeline_chart"]


def _iso_start(text: object) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    if len(text) == 4 and text.isdigit():
        return f"{text}-01-01"
    if len(text) == 7:
        return f"{text}-01"
    return text[:10]


def _iso_end(text: object) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    if len(text) == 4 and text.isdigit():
        return f"{text}-12-31"
    if len(text) == 7:
        return f"{text}-28"
    return text[:10]


def timeline_chart(
    data: pd.DataFrame | str = "policy_timeline",
    *,
    date: str = "date",
    end_date: str | None = "end_date",
    label: str = "title",
    kind: str = "kind",
    status: str = "verification",
    filled_status: str = "verified",
    title: str = "Digital and AI policy in Kazakhstan: a timeline",
    subtitle: str | None = None,
    description: str | None = None,
    source: str | None = None,
    filters: dict[str, Any] | None = None,
    width: int = 460,
) -> AnyChart:
    """Draw dated events, one row each in date order: shape = kind, filled = verified.

    Each event is a point at its date (a line to its end date for a period, e.g. a programme).
    Its kind (law, programme, target ...) sets the shape. A filled point means the status is
    ``filled_status`` ("verified"); a hollow point means reported or unverified, and the status
    is also written next to the point, so the difference never rests on fill alone. Events
    without a date are left out and counted in the description.

    Parameters
    ----------
    data
        The policy timeline (default) or any table with the named columns.
    date, end_date
        Start date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` text) and optional end date.
    label, kind, status
        Columns for the event's title, its kind and its verification status.

    Examples
    --------
    >>> spec = timeline_chart(filters={"kind": ["law", "strategy"]}).to_dict()
    >>> [layer["mark"]["type"] for layer in spec["layer"]]
    ['rule', 'point', 'point', 'text']
    """
    frame, name = resolve_data(data, filters)
    check_columns(frame, date, end_date, label, kind, status)
    caption = resolve_caption(source, frame, name)
    table = plain(frame, [label, date, end_date, kind, status])
    table["start"] = table[date].map(_iso_start)
    table["end"] = table[end_date].map(_iso_end) if end_date else None
    undated = int(table["start"].isna().sum())
    table = table.dropna(subset=["start"]).sort_values("start", kind="stable").reset_index(drop=True)
    if table.empty:
        raise ChartInputError("None of the events has a date, so there is no timeline to draw.")
    table["date_given"] = table[date].astype("object")
    table = table.drop(columns=[c for c in (date, end_date) if c], errors="ignore")
    table["status_text"] = " " + table[status].astype("object").fillna("status unknown")
    table["is_filled"] = table[status].astype("object") == filled_status
    order = table[label].tolist()
    kinds = list(dict.fromkeys(table[kind].tolist()))
    if len(kinds) > len(SHAPES):
        raise ChartInputError(
            f"The timeline has {len(kinds)} kinds of event, more than the {len(SHAPES)} shapes "
            f"that can be told apart. Filter it, e.g. filters={{'kind': {kinds[:3]!r}}}."
        )
    y = alt.Y(f"{label}:N", sort=order, title=None, axis=alt.Axis(labelLimit=330, labelFontSize=11))
    x_scale = alt.Scale(padding=12)
    tooltip = [alt.Tooltip(f"{label}:N", title="Event"),
               alt.Tooltip("date_given:N", title="Date"),
               alt.Tooltip(f"{kind}:N", title="Kind"),
               alt.Tooltip(f"{status}:N", title="Status")]
    base = alt.Chart(table).encode(y=y, tooltip=tooltip)
    periods = base.transform_filter("isValid(datum.end)").mark_rule(
        color=OKABE_ITO[4], strokeWidth=3, opacity=0.5
    ).encode(x=alt.X("start:T", title="Date", scale=x_scale), x2="end:T")
    shape = alt.Shape(f"{kind}:N", title="Kind of event", sort=kinds,
                      scale=alt.Scale(domain=kinds, range=list(SHAPES[: len(kinds)])),
                      legend=alt.Legend(columns=2, symbolSize=90, symbolStrokeWidth=2))
    x = alt.X("start:T", title="Date", scale=x_scale)
    hollow = base.mark_point(size=90, strokeWidth=2, filled=False, color=OKABE_ITO[4],
                             opacity=1).encode(x=x, shape=shape)
    filled = base.transform_filter("datum.is_filled").mark_point(
        size=90, filled=True, color=OKABE_ITO[4], opacity=1).encode(x=x, shape=shape)
    texts = base.mark_text(align="left", dx=9, fontSize=10, color=TEXT_GREY).encode(
        x=alt.X("start:T"), text="status_text:N")
    chart = alt.layer(periods, hollow, filled, texts).properties(width=width, height=alt.Step(20))
    if subtitle is None:
        subtitle = (f"Filled marks: {filled_status}. Hollow marks: not {filled_status} (the label "
                    f"says reported or unverified). Lines show periods.")
    if description is None:
        counts = table[status].value_counts()
        first, last = table.iloc[0], table.iloc[-1]
        description = (
            f"Timeline of {len(table)} event{'s' if len(table) != 1 else ''} from {first['date_given']} to {last['date_given']}, "
            f"one row each in date order. Shape shows the kind of event "
            f"({join_words(kinds, limit=10)}). Filled points are {filled_status}; hollow points "
            f"are not, and each point is labelled with its status: "
            + join_words([f"{k} {int(v)}" for k, v in counts.items()]) + "."
            + (f" {undated} event{'s' if undated != 1 else ''} without a date "
               f"{'are' if undated != 1 else 'is'} not shown." if undated else "")
            + f" First: {first[label]}. Last: {last[label]}."
        )
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=name, builder="timeline_chart")

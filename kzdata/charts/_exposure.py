"""Exposure: occupations by the mean and spread of their task scores, with boundaries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from ._common import (
    AnyChart,
    ChartInputError,
    check_columns,
    color_scale,
    finish,
    fmt,
    join_words,
    plain,
    resolve_caption,
    resolve_data,
)
from ._encode import SHAPES
from ._theme import TEXT_GREY

__all__ = ["exposure_scatter", "ilo_2025_boundaries"]


def ilo_2025_boundaries(
    *,
    minimal_from_score: float = 0.40,
    exposed_from_score: float = 0.50,
    gradient_from_mean_score: Sequence[float] = (0.40, 0.50, 0.60),
    sd_max: float = 0.30,
) -> pd.DataFrame:
    """Line segments that separate the ILO 2025 exposure categories in the mean-SD plane.

    Takes the same cut-offs as :func:`kzdata.exposure.classify_ilo_2025` (pass the same
    values to both), and returns one row per segment: ``x, y, x2, y2, label`` with ``x`` the
    mean and ``y`` the SD of task scores. Two diagonals (mean + SD equal to a cut-off) separate
    "Not Exposed", "Minimal Exposure" and "Exposed"; vertical segments at the gradient cut-offs
    split the exposed area into Gradients 1-4.

    >>> ilo_2025_boundaries()[["x", "y", "x2", "y2"]].round(2).values.tolist()[0]
    [0.1, 0.3, 0.4, 0.0]
    """
    rows = []
    for cut, label in ((minimal_from_score, f"mean + SD = {fmt(minimal_from_score, 2)}"),
                       (exposed_from_score, f"mean + SD = {fmt(exposed_from_score, 2)}")):
        start_x = max(0.0, cut - sd_max)
        rows.append((start_x, cut - start_x, cut, 0.0, label))
    for cut in gradient_from_mean_score:
        low = max(0.0, exposed_from_score - cut)
        if low < sd_max:
            rows.append((cut, low, cut, sd_max, f"mean = {fmt(cut, 2)}"))
    return pd.DataFrame(rows, columns=["x", "y", "x2", "y2", "label"])


def exposure_scatter(
    data: pd.DataFrame | str,
    *,
    mean: str = "mean_score_2025",
    sd: str = "sd_score_2025",
    category: str | None = None,
    category_order: Sequence[Any] | None = None,
    label: str = "occupation_title",
    boundaries: pd.DataFrame | None = None,
    title: str,
    subtitle: str | None = None,
    description: str | None = None,
    source: str | None = None,
    filters: dict[str, Any] | None = None,
    width: int = 480,
    height: int = 360,
) -> AnyChart:
    """Plot occupations by the mean (x) and spread (y, SD) of their task exposure scores.

    Parameters
    ----------
    data
        One row per occupation, e.g. the ILO 2025 scores, after
        :func:`kzdata.exposure.classify_ilo_2025` if you want categories.
    mean, sd
        Columns with the mean and the standard deviation of the 0-1 task scores.
    category
        Column with each occupation's category (colour **and** shape, so colour is never the
        only cue). ``category_order`` fixes the order, lowest exposure first; an ordered
        categorical column gives it by itself.
    label
        Column named in the tooltip (the occupation's title).
    boundaries
        Segments to draw as grey rules, with columns ``x, y, x2, y2, label``; see
        :func:`ilo_2025_boundaries`.

    Examples
    --------
    >>> import pandas as pd
    >>> occ = pd.DataFrame({"occupation_title": ["Clerk", "Cook"], "mean_score_2025": [0.6, 0.2],
    ...                     "sd_score_2025": [0.05, 0.1]})
    >>> chart = exposure_scatter(occ, boundaries=ilo_2025_boundaries(), title="Exposure",
    ...                          source="ILO (2025), Working Paper 140")
    >>> [layer["mark"]["type"] for layer in chart.to_dict()["layer"]]
    ['rule', 'point']
    """
    frame, name = resolve_data(data, filters)
    check_columns(frame, mean, sd, category, label)
    caption = resolve_caption(source, frame, name)
    table = plain(frame, [label, mean, sd, category], digits=3).dropna(subset=[mean, sd])
    if table.empty:
        raise ChartInputError(f"No occupation has both {mean!r} and {sd!r}; nothing to draw.")
    mean_label, sd_label = "Mean task score (0-1)", "Spread of task scores (SD)"
    y_max = max(0.3, float(np.ceil(table[sd].max() * 20) / 20))
    if boundaries is not None and len(boundaries):
        y_max = max(y_max, float(boundaries[["y", "y2"]].max().max()))
    tooltip = [alt.Tooltip(f"{label}:N", title="Occupation"),
               alt.Tooltip(f"{mean}:Q", title="Mean score", format=".2f"),
               alt.Tooltip(f"{sd}:Q", title="SD of scores", format=".2f")]
    encodings: dict[str, Any] = {
        "x": alt.X(f"{mean}:Q", title=mean_label, scale=alt.Scale(domain=[0, 1])),
        "y": alt.Y(f"{sd}:Q", title=sd_label, scale=alt.Scale(domain=[0, y_max], clamp=True)),
    }
    order: list[Any] = []
    if category:
        column = frame[category]
        if category_order is not None:
            order = list(category_order)
        elif isinstance(column.dtype, pd.CategoricalDtype):
            order = [c for c in column.cat.categories]
        else:
            order = list(dict.fromkeys(column.dropna().tolist()))
        table[category] = table[category].astype("object")
        encodings["color"] = alt.Color(f"{category}:N", title="Category", scale=color_scale(order),
                                       sort=order)
        encodings["shape"] = alt.Shape(f"{category}:N", title="Category", sort=order,
                                       scale=alt.Scale(domain=order, range=list(SHAPES[: len(order)])))
        tooltip.append(alt.Tooltip(f"{category}:N", title="Category"))
    encodings["tooltip"] = tooltip
    points = alt.Chart(table).mark_point(filled=True, size=45, opacity=0.8).encode(**encodings)
    layers: list[alt.Chart] = []
    if boundaries is not None:
        check_columns(boundaries, "x", "y", "x2", "y2", "label")
        rules = alt.Chart(plain(boundaries, ["x", "y", "x2", "y2", "label"])).mark_rule(
            color=TEXT_GREY, strokeDash=[5, 3], strokeWidth=1.5
        ).encode(x="x:Q", y="y:Q", x2="x2:Q", y2="y2:Q",
                 tooltip=[alt.Tooltip("label:N", title="Boundary")])
        layers.append(rules)
    chart = alt.layer(*layers, points).properties(width=width, height=height)
    if description is None:
        parts = [f"Scatter plot of {len(table)} occupations: {mean_label[:1].lower() + mean_label[1:]} "
                 f"across, {sd_label[:1].lower() + sd_label[1:]} up. Means range from {fmt(table[mean].min(), 2)} to "
                 f"{fmt(table[mean].max(), 2)}."]
        if category:
            counts = table[category].value_counts()
            parts.append("Occupations per category: " + join_words(
                [f"{c} {int(counts.get(c, 0))}" for c in order], limit=10) + ".")
        if boundaries is not None and len(boundaries):
            parts.append("Dashed lines mark the category boundaries: "
                         + join_words(list(dict.fromkeys(boundaries["label"])), limit=10) + ".")
        top = table.sort_values(mean, ascending=False).head(3)
        parts.append("Highest means: " + join_words(
            [f"{r[label]} ({fmt(r[mean], 2)})" for _, r in top.iterrows()]) + ".")
        description = " ".join(parts)
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=name, builder="exposure_scatter")

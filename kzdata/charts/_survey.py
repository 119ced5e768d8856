"""Survey literacy: a histogram of simulated sample shares; 1,000 respondents as a grid."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import altair as alt
import numpy as np
import pandas as pd

from ._common import (
    AnyChart,
    ChartInputError,
    check_columns,
    check_text,
    color_scale,
    finish,
    fmt,
    resolve_caption,
)
from ._theme import OKABE_ITO

__all__ = ["sample_histogram", "counts_per_1000"]


def _bin_edges(values: np.ndarray, bins: int, low: float, high: float) -> np.ndarray:
    """Edges of ``bins`` equal bars from ``low`` to ``high``.

    Sample shares take only the values k / n (n people), so bars of any width would hold
    3 or 4 of those values in turn and the histogram would zigzag. When the values sit on
    such a grid, each bar is made a whole number of grid steps wide, centred on the grid.
    """
    grid = np.unique(np.round(values, 9))
    if len(grid) > 2:
        step = float(np.min(np.diff(grid)))
        steps = (grid - grid[0]) / step
        if step > 0 and np.allclose(steps, np.round(steps), atol=1e-6):
            width = max(1, round((high - low) / bins / step)) * step
            start = grid[0] - step / 2
            start -= np.ceil((start - low) / width) * width
            return np.arange(start, high + width, width)
    return np.linspace(low, high, bins + 1)


def sample_histogram(
    samples: pd.DataFrame,
    *,
    true_share_pct: float,
    share: str = "sample_share",
    margin_of_error_pct: float | None = None,
    bins: int = 30,
    title: str = "What many samples of the same survey would say",
    subtitle: str | None = None,
    description: str | None = None,
    source: str | None = None,
    width: int = 480,
    height: int = 260,
) -> AnyChart:
    """Histogram of the shares found by many simulated samples, with the true share marked.

    The samples are counted into ``bins`` bars *before* charting, so the chart stays small
    however many samples there are.

    Parameters
    ----------
    samples
        One row per sample, e.g. :func:`kzdata.survey.simulate_samples`.
    true_share_pct
        The population's true share in percent (42 for 42%): a solid black rule.
    share
        Column with each sample's share. Shares written 0-1 are turned into percent.
    margin_of_error_pct
        If given, dashed rules at true share +/- this many percentage points, and the band
        between them shaded.
    bins
        Number of bars.

    Examples
    --------
    >>> import pandas as pd
    >>> samples = pd.DataFrame({"sample_share": [0.40, 0.41, 0.42, 0.42, 0.44]})
    >>> chart = sample_histogram(samples, true_share_pct=42, margin_of_error_pct=2.6,
    ...                          source="Simulated samples (synthetic)")
    >>> [layer["mark"]["type"] for layer in chart.to_dict()["layer"]]
    ['rect', 'bar', 'rule', 'text']
    """
    if not isinstance(samples, pd.DataFrame):
        samples = pd.DataFrame({share: pd.Series(samples, dtype="float64")})
    check_columns(samples, share)
    caption = resolve_caption(source, samples, None)
    values = pd.to_numeric(samples[share], errors="coerce").dropna().to_numpy(dtype=float)
    if values.size == 0:
        raise ChartInputError(f"Column {share!r} has no numbers to count.")
    if values.max() <= 1.0 and true_share_pct > 1.0:
        values = values * 100
    if not isinstance(bins, int) or isinstance(bins, bool) or not 1 <= bins <= 200:
        raise ChartInputError(f"bins must be a whole number from 1 to 200; got {bins!r}.")
    low = min(values.min(), true_share_pct - (margin_of_error_pct or 0))
    high = max(values.max(), true_share_pct + (margin_of_error_pct or 0))
    pad = max((high - low) * 0.05, 0.5)
    counts, edges = np.histogram(values, bins=_bin_edges(values, bins, low - pad, high + pad))
    table = pd.DataFrame({"share_from_pct": edges[:-1].round(3), "share_to_pct": edges[1:].round(3),
                          "samples": counts})
    x_title = "Share found in the sample (%)"
    bars = alt.Chart(table).mark_bar(color=OKABE_ITO[1], stroke="white", strokeWidth=0.5).encode(
        x=alt.X("share_from_pct:Q", title=x_title, scale=alt.Scale(zero=False)),
        x2="share_to_pct:Q",
        y=alt.Y("samples:Q", title="Number of samples"),
        y2=alt.datum(0),
        tooltip=[alt.Tooltip("share_from_pct:Q", title="From (%)", format=".1f"),
                 alt.Tooltip("share_to_pct:Q", title="To (%)", format=".1f"),
                 alt.Tooltip("samples:Q", title="Samples")],
    )
    marks = [{"share_pct": round(float(true_share_pct), 3), "what": "true share",
              "label": f"true share {fmt(true_share_pct)}%"}]
    layers: list[alt.Chart] = []
    if margin_of_error_pct is not None:
        moe = float(margin_of_error_pct)
        if not moe >= 0:
            raise ChartInputError(f"margin_of_error_pct must be 0 or more; got {margin_of_error_pct!r}.")
        band = pd.DataFrame({"low_pct": [round(true_share_pct - moe, 3)],
                             "high_pct": [round(true_share_pct + moe, 3)],
                             "label": [f"true share +/- {fmt(moe)} points (margin of error)"]})
        layers.append(alt.Chart(band).mark_rect(color=OKABE_ITO[0], opacity=0.18).encode(
            x="low_pct:Q", x2="high_pct:Q", tooltip=[alt.Tooltip("label:N", title="Band")]))
        for sign, word in ((-1, "lower"), (1, "upper")):
            marks.append({"share_pct": round(true_share_pct + sign * moe, 3),
                          "what": "margin of error",
                          "label": f"{word} end of margin of error ({fmt(true_share_pct + sign * moe)}%)"})
    rules_data = pd.DataFrame(marks)
    rules = alt.Chart(rules_data).mark_rule(strokeWidth=2).encode(
        x="share_pct:Q",
        color=alt.Color("what:N", title=None,
                        scale=alt.Scale(domain=["true share", "margin of error"],
                                        range=["#000000", OKABE_ITO[5]])),
        strokeDash=alt.StrokeDash("what:N", title=None,
                                  scale=alt.Scale(domain=["true share", "margin of error"],
                                                  range=[[1, 0], [6, 4]])),
        tooltip=[alt.Tooltip("label:N", title="Line")],
    )
    text = alt.Chart(rules_data.iloc[:1]).mark_text(align="left", dx=4, dy=-4, baseline="bottom",
                                                    fontWeight="bold").encode(
        x="share_pct:Q", y=alt.value(0), text="label:N", tooltip=[alt.Tooltip("label:N", title="Line")])
    chart = alt.layer(*layers, bars, rules, text).properties(width=width, height=height)
    if description is None:
        parts = [f"Histogram of the shares found by {len(values):,} simulated samples, from "
                 f"{fmt(values.min())}% to {fmt(values.max())}%. The true share, "
                 f"{fmt(true_share_pct)}%, is marked by a solid line."]
        if margin_of_error_pct is not None:
            inside = float(np.mean(np.abs(values - true_share_pct) <= margin_of_error_pct + 1e-9))
            parts.append(f"Dashed lines mark the margin of error, +/- {fmt(margin_of_error_pct)} "
                         f"points; {fmt(inside * 100)}% of the samples fall inside it.")
        description = " ".join(parts)
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=None, builder="sample_histogram")


def _largest_remainder(values: Sequence[float], total: int) -> list[int]:
    floors = [int(np.floor(v)) for v in values]
    short = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: values[i] - floors[i], reverse=True)
    for i in order[: max(short, 0)]:
        floors[i] += 1
    return floors


def counts_per_1000(
    parts: pd.DataFrame | Mapping[str, float],
    *,
    title: str,
    source: str,
    labels: Sequence[str] | None = None,
    subtitle: str | None = None,
    description: str | None = None,
    columns: int = 40,
    total: int = 1000,
) -> AnyChart:
    """Show "a share of a share" as a grid of 1,000 squares, one per respondent.

    Parameters
    ----------
    parts
        Either the table from :func:`kzdata.survey.per_1000_respondents` (rows: all
        respondents, the group, the subgroup), or a mapping ``{label: count}`` of parts that do
        not overlap (counts out of ``total``; what is left is drawn as "everyone else").
    title, source
        Title, and where the percentages come from (required: these are someone's figures).
    labels
        For the survey table: names for the three parts (subgroup, rest of the group, everyone
        else). By default they are made from the table's descriptions.
    columns
        Squares per row (40 x 25 = 1,000).

    Counts are rounded to whole respondents (largest remainder, so they add up to ``total``).

    Examples
    --------
    >>> chart = counts_per_1000({"in trades and with a degree": 155.4,
    ...                          "in trades, no degree": 264.6}, title="Of 1,000 young people",
    ...                         source="Resume Builder (2025) survey")
    >>> [layer["mark"]["type"] for layer in chart.to_dict()["layer"]]
    ['rect', 'rule', 'rule', 'text']
    """
    if isinstance(total, bool) or not isinstance(total, int) or not 10 <= total <= 5000:
        raise ChartInputError(f"total must be a whole number from 10 to 5000; got {total!r}.")
    caption = resolve_caption(check_text(source, "source"), pd.DataFrame(), None)
    if isinstance(parts, pd.DataFrame):
        check_columns(parts, "description", "respondents")
        if len(parts) != 3:
            raise ChartInputError(
                "The survey table must have three rows (all respondents, the group, the "
                "subgroup), as made by kzdata.survey.per_1000_respondents()."
            )
        everyone, group, sub = (float(v) for v in parts["respondents"])
        scale = total / everyone if everyone else 1.0
        names = list(parts["description"].astype(str))
        tail = names[2][3:].strip() if names[2].startswith("...") else ""
        default = [f"{names[1]} {tail}" if tail else names[2], f"others {names[1]}",
                   "everyone else"]
        chosen = list(labels) if labels is not None else default
        if len(chosen) != 3:
            raise ChartInputError(f"labels needs three names; got {len(chosen)}.")
        pieces = {chosen[0]: sub * scale, chosen[1]: (group - sub) * scale, chosen[2]: (everyone - group) * scale}
    elif isinstance(parts, Mapping) and parts:
        pieces = {str(k): float(v) for k, v in parts.items()}
        if any(v < 0 for v in pieces.values()) or sum(pieces.values()) > total + 1e-9:
            raise ChartInputError(
                f"The counts must be 0 or more and add up to at most {total}; got {pieces!r}. "
                f"For nested percentages use kzdata.survey.per_1000_respondents() first."
            )
        rest = total - sum(pieces.values())
        if rest > 1e-9:
            pieces["everyone else"] = rest
    else:
        raise ChartInputError(
            "parts must be the table from kzdata.survey.per_1000_respondents() or a mapping "
            "like {'in trades': 420}."
        )
    if len(pieces) > 8:
        raise ChartInputError(f"A grid can show at most 8 parts (one colour each); got {len(pieces)}.")
    names = list(pieces)
    counts = _largest_remainder(list(pieces.values()), total)
    legend = [f"{n}: {c:,} of {total:,}" for n, c in zip(names, counts)]
    rows = int(np.ceil(total / columns))
    cell = 12
    # One rectangle per run of squares in a row (at most rows x parts of them), and white grid
    # lines over them: the picture shows 1,000 squares while the spec and the SVG stay small.
    runs = []
    first = 0
    for label, count in zip(legend, counts):
        index = first
        while index < first + count:
            row, col = divmod(index, columns)
            length = min(columns - col, first + count - index)
            runs.append({"part": label, "count": count, "row": row, "x": col, "x2": col + length,
                         "y": row, "y2": row + 1})
            index += length
        first += count
    blocks = pd.DataFrame(runs)
    longest = blocks.loc[blocks.assign(n=blocks["x2"] - blocks["x"]).groupby("part", sort=False)["n"].idxmax()]
    longest = longest[(longest["x2"] - longest["x"]) >= 3].assign(mid=lambda d: (d["x"] + d["x2"]) / 2,
                                                                   ymid=lambda d: d["y"] + 0.5)
    x_scale = alt.Scale(domain=[0, columns], nice=False, zero=True)
    y_scale = alt.Scale(domain=[0, rows], nice=False, reverse=True)
    tooltip = [alt.Tooltip("part:N", title="Respondents")]
    rects = alt.Chart(blocks).mark_rect().encode(
        x=alt.X("x:Q", axis=None, scale=x_scale), x2="x2:Q",
        y=alt.Y("y:Q", axis=None, scale=y_scale), y2="y2:Q",
        color=alt.Color("part:N", title=None, scale=color_scale(legend), sort=legend,
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=600,
                                          symbolType="square")),
        tooltip=tooltip,
    )
    grid_note = [alt.Tooltip("note:N", title="Grid")]
    verticals = alt.Chart(alt.sequence(0, columns + 1, as_="x")).transform_calculate(
        note=f"'one square = one of {total:,} respondents'").mark_rule(
        color="white", strokeWidth=2).encode(x=alt.X("x:Q", scale=x_scale),
                                             y=alt.datum(0), y2=alt.datum(rows), tooltip=grid_note)
    horizontals = alt.Chart(alt.sequence(0, rows + 1, as_="y")).transform_calculate(
        note=f"'one square = one of {total:,} respondents'").mark_rule(
        color="white", strokeWidth=2).encode(y=alt.Y("y:Q", scale=y_scale),
                                             x=alt.datum(0), x2=alt.datum(columns), tooltip=grid_note)
    numbers = alt.Chart(longest).mark_text(fontWeight="bold", fontSize=11, color="black").encode(
        x=alt.X("mid:Q", scale=x_scale), y=alt.Y("ymid:Q", scale=y_scale), text="count:Q",
        tooltip=tooltip)
    chart = alt.layer(rects, verticals, horizontals, numbers).properties(
        width=columns * cell, height=rows * cell)
    if description is None:
        description = (
            f"A grid of {total:,} marks, one per respondent, {columns} to a row. "
            + "; ".join(f"{n}: {c:,} of {total:,} ({fmt(c / total * 100)}%)" for n, c in zip(names, counts))
            + ". Each part is a block of squares in its own colour, labelled with its count."
        )
    return finish(chart, title=title, subtitle=subtitle, description=description,
                  caption=caption, dataset=None, builder="counts_per_1000")

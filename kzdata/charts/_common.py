"""Shared pieces of the chart builders: input checks, captions, labels and the finishing step.

Every builder ends with :func:`finish`, which sets the title, the source caption (as the last
subtitle line), the screen-reader ``description`` and a ``usermeta["kzdata"]`` record that
:func:`kzdata.charts.describe` and the tests read back.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import altair as alt
import pandas as pd

from kzdata.errors import KzdataError, first_missing_column

from ._theme import OKABE_ITO

__all__ = [
    "ChartInputError",
    "AnyChart",
    "resolve_data",
    "resolve_caption",
    "source_caption",
    "check_columns",
    "check_text",
    "plain",
    "axis_label",
    "lower_first",
    "category_axis",
    "fmt",
    "fmt_x",
    "join_words",
    "color_scale",
    "finish",
    "DASHES",
]

AnyChart = alt.Chart | alt.LayerChart
#: strokeDash patterns: solid, dashed, dotted, dash-dot. Official data is solid.
DASHES: tuple[list[int], ...] = ([1, 0], [7, 4], [2, 3], [8, 3, 2, 3])
_CAPTION_WIDTH = 95


class ChartInputError(KzdataError, ValueError):
    """A chart builder was given data or options it cannot draw; the message says what to do."""


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------
def resolve_data(data: object, filters: dict[str, Any] | None = None) -> tuple[pd.DataFrame, str | None]:
    """Return ``(frame, dataset_name)`` for a DataFrame or a dataset name."""
    if isinstance(data, str):
        import kzdata

        frame = kzdata.load(data, **(filters or {}))
        return frame, frame.attrs.get("name", data)
    if filters:
        raise ChartInputError(
            "filters= works only with a dataset name, like line_chart('wages', filters={...}). "
            "For a DataFrame, filter it first: df[df['year'] == 2022]."
        )
    if isinstance(data, pd.DataFrame):
        if data.empty:
            raise ChartInputError(
                "The table has no rows, so there is nothing to draw. Check your filters."
            )
        name = data.attrs.get("name")
        return data, name if isinstance(name, str) else None
    raise ChartInputError(
        f"A chart needs a pandas DataFrame or a dataset name such as 'wages'; got "
        f"{type(data).__name__}. Load a table first, e.g. kzdata.load('wages')."
    )


def check_columns(frame: pd.DataFrame, *columns: str | None) -> None:
    """Raise a helpful error unless every named column is in ``frame``."""
    problem = first_missing_column(columns, frame.columns)
    if problem:
        raise ChartInputError(f"The table has {problem}.")


def check_text(value: object, what: str) -> str:
    """Return ``value`` stripped, or raise unless it is non-empty text."""
    if not isinstance(value, str) or not value.strip():
        raise ChartInputError(
            f"{what} must be non-empty text; got {value!r}. Every chart needs a {what}."
        )
    return value.strip()


def plain(frame: pd.DataFrame, columns: Iterable[str | None], *, digits: int = 3) -> pd.DataFrame:
    """Keep only ``columns`` (no duplicates), round floats: small specs, no stray fields."""
    keep: list[str] = []
    for column in columns:
        if column is not None and column not in keep:
            keep.append(column)
    out = frame.loc[:, keep].copy()
    for column in keep:
        if pd.api.types.is_float_dtype(out[column].dtype):
            out[column] = out[column].round(digits)
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Captions
# --------------------------------------------------------------------------------------------
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,9})[),]")


def _short_publisher(publisher: str) -> str:
    """'Bureau of National Statistics of Kazakhstan (BNS), Agency ...' -> 'BNS'."""
    match = _ACRONYM.search(publisher)
    if match:
        return match.group(1)
    return re.split(r"\s*[(,;]", publisher.strip())[0] or publisher.strip()


def source_caption(name: str, frame: pd.DataFrame | None = None, *, max_sources: int = 4) -> str:
    """Build the "Source: ..." caption of a dataset from its metadata.

    Publishers are shortened to their acronym (BNS, ILO) and given with the year of the
    publication where it is known. When ``frame`` has a ``source_id`` column, only the sources
    of the rows being drawn are named.

    Parameters
    ----------
    name
        A dataset name, as in ``kzdata.list_datasets()``.
    frame
        The rows being charted (optional).
    max_sources
        Name at most this many publishers; the rest are counted ("and 3 more").

    Returns
    -------
    str
        For example ``"Source: BNS; World Bank (2026). Compiled by kzdata (table
        employment_by_sector); full list: kzdata.cite('employment_by_sector')."``

    Examples
    --------
    >>> source_caption("occupation_gender_shares")
    "Source: BNS. Compiled by kzdata (table occupation_gender_shares); full list: kzdata.cite('occupation_gender_shares')."
    """
    from kzdata import catalog

    meta = catalog.info(name)
    labels: list[str] = []
    sources = catalog.sources_of(meta.name)
    if frame is not None and "source_id" in frame.columns and len(sources):
        used = set(frame["source_id"].dropna().astype(str))
        sources = [s for s in sources if s.source_id in used] or sources
    for source in sources:
        year = source.date[:4] if source.date[:4].isdigit() else ""
        label = _short_publisher(source.publisher) + (f" ({year})" if year else "")
        if label not in labels:
            labels.append(label)
    # a publisher with a dated and an undated entry: keep only the dated one
    labels = [lab for lab in labels if not any(o.startswith(lab + " (") for o in labels)]
    if not labels:
        for publisher in meta.publishers:
            label = _short_publisher(publisher)
            if label not in labels:
                labels.append(label)
    shown = labels[:max_sources]
    more = f" and {len(labels) - max_sources} more" if len(labels) > max_sources else ""
    how = (
        f"Compiled by kzdata (table {meta.name})"
        if meta.tier == "bundled"
        else f"Loaded by kzdata (dataset {meta.name})"
    )
    return f"Source: {'; '.join(shown)}{more}. {how}; full list: kzdata.cite('{meta.name}')."


def resolve_caption(source: object, frame: pd.DataFrame, name: str | None) -> str:
    """Return the caption: explicit ``source=`` text, else from the metadata or model attrs."""
    if source is not None:
        text = check_text(source, "source")
        return text if text.lower().startswith("source") else f"Source: {text}"
    if name:
        return source_caption(name, frame)
    attrs = frame.attrs
    if attrs.get("computed_by"):
        seed = (attrs.get("assumptions") or {}).get("seed")
        if attrs.get("source"):
            origin = str(attrs["source"])
        elif attrs.get("synthetic"):
            origin = "simulated by kzdata" + (f" with seed {seed}" if seed is not None else "")
        else:
            origin = "computed by kzdata: " + str(attrs.get("method", "a model"))
        note = attrs.get("note", "Model output computed by kzdata.")
        return f"Source: {origin}. {note}"
    raise ChartInputError(
        "Say where the numbers come from: pass source='...' (for example "
        "source='BNS (2025), labour force survey'), or pass a dataset name instead of a table. "
        "Every course chart shows its source."
    )


# --------------------------------------------------------------------------------------------
# Labels and text
# --------------------------------------------------------------------------------------------
_SUFFIXES = (
    ("_pct", "(%)"),
    ("_pp", "(percentage points)"),
    ("_thousands", "(thousands)"),
    ("_millions", "(millions)"),
    ("_kzt", "(KZT)"),
    ("_usd", "(USD)"),
    ("_per_1000", "(per 1,000)"),
    ("_years", "(years)"),
)


_NAMES = {
    "isco08_major_group_label": "Occupation group (ISCO-08)",
    "isco08_major_group": "ISCO-08 major group",
    "occupation_title": "Occupation",
    "sector_label": "Sector",
    "sex": "Sex",
    "series": "Series",
    "region": "Region",
    "year": "Year",
    "period": "Period",
}


def axis_label(column: str) -> str:
    """Turn a column name into a plain-English axis title.

    >>> axis_label("unemployment_rate_pct")
    'Unemployment rate (%)'
    >>> axis_label("employed_thousands")
    'Employed (thousands)'
    >>> axis_label("isco08_major_group_label")
    'Occupation group (ISCO-08)'
    """
    if column in _NAMES:
        return _NAMES[column]
    unit = ""
    stem = column
    for suffix, text in _SUFFIXES:
        if stem.endswith(suffix):
            stem, unit = stem[: -len(suffix)], text
            break
    words = stem.replace("_", " ").strip()
    words = words[:1].upper() + words[1:]
    return f"{words} {unit}".strip()


def lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym ('SD', 'ISCO-08').

    >>> lower_first("Sector"), lower_first("ISCO-08 major group")
    ('sector', 'ISCO-08 major group')
    """
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def fmt_x(value: object, column: str) -> str:
    """Format a value of the x axis: years without a thousands separator."""
    if "year" in column and not isinstance(value, bool):
        try:
            return str(int(float(value)))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return str(value)
    return fmt(value)


def category_axis(title: str) -> alt.Axis:
    """A y axis for category labels, with its title written above the labels (never across)."""
    return alt.Axis(labelLimit=300, title=title, titleAngle=0, titleAlign="right",
                    titleAnchor="start", titleBaseline="bottom", titleX=-6, titleY=-6,
                    titleFontWeight="bold")


def fmt(value: object, digits: int = 1) -> str:
    """Format a number for descriptions: thousands separators, trailing zeros dropped."""
    if isinstance(value, bool) or value is None:
        return str(value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return "no value"
    if number.is_integer() and abs(number) >= 1:
        return f"{int(number):,}"
    if abs(number) < 1:  # scores and shares: keep three significant digits (0.166, not 0.2)
        return f"{number:.3g}"
    text = f"{number:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def join_words(items: Sequence[object], limit: int = 8) -> str:
    """'a, b and c'; lists longer than ``limit`` end with 'and N more'."""
    words = [str(i) for i in items]
    if len(words) > limit:
        return ", ".join(words[:limit]) + f" and {len(words) - limit} more"
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def color_scale(domain: Sequence[object] | None = None) -> alt.Scale:
    """An Okabe-Ito colour scale, with a fixed domain when one is given."""
    if domain is not None:
        domain = [d.item() if hasattr(d, "item") else d for d in domain]
        return alt.Scale(domain=list(domain), range=list(OKABE_ITO[: max(len(domain), 1)]))
    return alt.Scale(range=list(OKABE_ITO))


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, width=_CAPTION_WIDTH, break_on_hyphens=False) or [text]


def finish(
    chart: AnyChart,
    *,
    title: object,
    description: object,
    caption: str,
    subtitle: object = None,
    dataset: str | None = None,
    builder: str,
) -> AnyChart:
    """Set title, caption, description and ``usermeta`` on a built chart."""
    title_text = check_text(title, "title")
    description_text = check_text(description, "description")
    lines: list[str] = []
    if subtitle is not None:
        lines += _wrap(check_text(subtitle, "subtitle"))
    lines += _wrap(caption)
    return chart.properties(
        title=alt.TitleParams(text=title_text, subtitle=lines),
        description=description_text,
        usermeta={
            "kzdata": {
                "builder": builder,
                "dataset": dataset,
                "caption": caption,
                "description": description_text,
            }
        },
    )

"""Charts for the course: accessible Altair charts with their source, and a way to show them.

Start every lesson with::

    import kzdata.charts as kc
    kc.setup()          # chooses how charts are shown here, and switches on the course theme

Then build a chart and leave it as the last line of a cell::

    chart = kc.sector_shares_chart()
    chart
    print(kc.describe(chart))     # the same chart in words (also read by screen readers)

Every builder returns an Altair chart that is not yet displayed (change it with
``.properties(...)`` or layer it), with a title, a description for screen readers, tooltips,
colour-blind-safe colours (Okabe-Ito) and a caption naming the source. The data are reduced to
what the chart needs before charting, so notebooks stay small.

Builders: :func:`line_chart`, :func:`sector_shares_chart`, :func:`bar_chart`,
:func:`grouped_bar_chart`, :func:`exposure_scatter` (with :func:`ilo_2025_boundaries`),
:func:`sample_histogram`, :func:`timeline_chart`, :func:`counts_per_1000`.
Showing and saving: :func:`setup`, :func:`save`, :func:`describe`, :func:`caption`,
:func:`use_course_theme`, :func:`concat`. See ``kzdata.charts._render`` for how ``setup()`` decides.
"""

from __future__ import annotations

from typing import Any

import altair as alt

from ._bars import bar_chart, grouped_bar_chart
from ._common import ChartInputError, source_caption
from ._exposure import exposure_scatter, ilo_2025_boundaries
from ._lines import line_chart, sector_shares_chart
from ._render import ENV_VAR, MODES, ChartMode, active_mode, decide_mode, setup
from ._save import ChartFileExistsError, save
from ._survey import counts_per_1000, sample_histogram
from ._theme import (
    OKABE_ITO,
    SEQUENTIAL_SCHEME,
    SEQUENTIAL_SCHEME_ALT,
    THEME_NAME,
    course_theme,
    use_course_theme,
)
from ._timeline import timeline_chart

__all__ = [
    # showing charts
    "setup",
    "decide_mode",
    "active_mode",
    "ChartMode",
    "MODES",
    "ENV_VAR",
    "use_course_theme",
    "course_theme",
    "THEME_NAME",
    "OKABE_ITO",
    "SEQUENTIAL_SCHEME",
    "SEQUENTIAL_SCHEME_ALT",
    # builders
    "line_chart",
    "sector_shares_chart",
    "bar_chart",
    "grouped_bar_chart",
    "exposure_scatter",
    "ilo_2025_boundaries",
    "sample_histogram",
    "timeline_chart",
    "counts_per_1000",
    # helpers
    "describe",
    "caption",
    "concat",
    "source_caption",
    "save",
    "ChartInputError",
    "ChartFileExistsError",
]


def _kzdata_meta(chart: Any) -> dict[str, Any]:
    usermeta = getattr(chart, "usermeta", alt.Undefined)
    if isinstance(usermeta, dict):
        return dict(usermeta.get("kzdata", {}))
    return {}


def describe(chart: alt.TopLevelMixin) -> str:
    """Return the chart's description: the text a screen reader reads, to print beside it.

    Works for any Altair chart with a ``description``; course charts always have one.

    >>> import pandas as pd
    >>> chart = bar_chart(pd.DataFrame({"group": ["a", "b"], "share_pct": [60.0, 40.0]}),
    ...                   category="group", value="share_pct", title="Shares", source="Example")
    >>> describe(chart)
    'Bar chart of share (%) for 2 categories of group, largest first: a 60 and b 40.'
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise ChartInputError(
            f"describe() needs an Altair chart; got {type(chart).__name__}."
        )
    text = getattr(chart, "description", alt.Undefined)
    if isinstance(text, str) and text.strip():
        return text
    return str(_kzdata_meta(chart).get("description", "")) or (
        "This chart has no description. Course charts always have one: add it with "
        "chart.properties(description='...')."
    )


def concat(*charts: alt.TopLevelMixin, direction: str = "vertical") -> alt.TopLevelMixin:
    """Put course charts one above the other (or side by side), keeping every caption.

    Each chart keeps its own title and caption; the combined chart's description joins
    theirs, so :func:`describe` still reads the whole picture.

    >>> import pandas as pd
    >>> one = bar_chart(pd.DataFrame({"g": ["a"], "share_pct": [1.0]}), category="g",
    ...                 value="share_pct", title="One", source="x")
    >>> both = concat(one, one)
    >>> describe(both)[:28]
    'Chart 1: Bar chart of share '
    """
    if direction not in ("vertical", "horizontal"):
        raise ChartInputError(f"direction must be 'vertical' or 'horizontal'; got {direction!r}.")
    if not charts:
        raise ChartInputError("concat() needs at least one chart.")
    parts, texts, captions = [], [], []
    for chart in charts:
        if not isinstance(chart, alt.TopLevelMixin):
            raise ChartInputError(f"concat() takes Altair charts; got {type(chart).__name__}.")
        texts.append(describe(chart))
        if caption(chart):
            captions.append(caption(chart))
        part = chart.copy(deep=True)
        part.usermeta = alt.Undefined
        parts.append(part)
    joined = " ".join(f"Chart {i + 1}: {t}" for i, t in enumerate(texts)) if len(texts) > 1 else texts[0]
    combined = alt.vconcat(*parts) if direction == "vertical" else alt.hconcat(*parts)
    # each chart keeps its own colours, shapes, line styles and legends
    combined = combined.resolve_scale(color="independent", shape="independent",
                                      strokeDash="independent", fill="independent")
    return combined.properties(
        description=joined,
        usermeta={"kzdata": {"builder": "concat", "dataset": None,
                             "caption": " | ".join(dict.fromkeys(captions)), "description": joined}},
    )


def caption(chart: alt.TopLevelMixin) -> str:
    """Return the chart's source caption ("Source: ..."), or an empty string if it has none.

    >>> import pandas as pd
    >>> chart = bar_chart(pd.DataFrame({"group": ["a"], "share_pct": [60.0]}),
    ...                   category="group", value="share_pct", title="Shares", source="BNS (2025)")
    >>> caption(chart)
    'Source: BNS (2025)'
    """
    return str(_kzdata_meta(chart).get("caption", ""))

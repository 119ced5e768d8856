"""The course's chart theme and colours.

The theme is *registered* with Altair when ``kzdata.charts`` is imported, but it is *enabled* only
by an explicit call: :func:`kzdata.charts.setup` (the first cell of every lesson) or
:func:`use_course_theme`. Importing never changes how your other charts look.
"""

from __future__ import annotations

from typing import Any

import altair as alt

__all__ = [
    "OKABE_ITO",
    "SEQUENTIAL_SCHEME",
    "SEQUENTIAL_SCHEME_ALT",
    "THEME_NAME",
    "TEXT_GREY",
    "course_theme",
    "use_course_theme",
]

#: Okabe-Ito colours, safe for the common kinds of colour blindness. Order matters: the first
#: colours are the most distinct, so charts with few groups use them first.
OKABE_ITO: tuple[str, ...] = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#000000",  # black
)
#: Sequential colour scheme for ordered values (low to high).
SEQUENTIAL_SCHEME = "viridis"
#: Second sequential scheme, for heat maps (readable in greyscale too).
SEQUENTIAL_SCHEME_ALT = "cividis"
#: Name of the theme in Altair's registry.
THEME_NAME = "kzdata"
#: Grey for captions and notes (4.6:1 contrast on white, passes WCAG AA for text).
TEXT_GREY = "#595959"

_FONT = "Helvetica Neue, Arial, Liberation Sans, sans-serif"


def course_theme() -> alt.theme.ThemeConfig:
    """Return the course theme's configuration (a plain dictionary Altair understands).

    Larger fonts than Altair's default, a left-aligned title with a grey subtitle for the
    source caption, Okabe-Ito colours for groups and viridis / cividis for ordered values.

    >>> config = course_theme()["config"]
    >>> config["range"]["category"][:3]
    ['#E69F00', '#56B4E9', '#009E73']
    """
    config: dict[str, Any] = {
        "font": _FONT,
        "view": {"continuousWidth": 480, "continuousHeight": 300, "stroke": None},
        "title": {
            "anchor": "start",
            "fontSize": 16,
            "fontWeight": "bold",
            "subtitleFontSize": 12,
            "subtitleColor": TEXT_GREY,
            "subtitlePadding": 4,
            "offset": 12,
        },
        "axis": {
            "labelFontSize": 12,
            "titleFontSize": 13,
            "titleFontWeight": "normal",
            "gridColor": "#e6e6e6",
            "domainColor": "#888888",
            "tickColor": "#888888",
            "labelLimit": 260,
        },
        "legend": {
            "labelFontSize": 12,
            "titleFontSize": 12,
            "labelLimit": 260,
            "orient": "bottom",
            "direction": "vertical",
        },
        "header": {"labelFontSize": 12, "titleFontSize": 13},
        "range": {
            "category": list(OKABE_ITO),
            "ordinal": {"scheme": SEQUENTIAL_SCHEME},
            "ramp": {"scheme": SEQUENTIAL_SCHEME},
            "heatmap": {"scheme": SEQUENTIAL_SCHEME_ALT},
        },
        "line": {"strokeWidth": 2.5},
        "point": {"size": 60, "filled": True},
        "bar": {"color": OKABE_ITO[4]},
        "text": {"fontSize": 12},
    }
    return alt.theme.ThemeConfig({"config": config})  # type: ignore[typeddict-item]


# Registered, not enabled: importing kzdata.charts changes nothing until setup() is called.
alt.theme.register(THEME_NAME, enable=False)(course_theme)


def use_course_theme() -> str:
    """Switch on the course theme for every chart drawn after this call.

    :func:`kzdata.charts.setup` calls this for you. To go back to Altair's look, run
    ``alt.theme.enable("default")``.

    Returns
    -------
    str
        The theme's name, ``"kzdata"``.
    """
    alt.theme.enable(THEME_NAME)
    return THEME_NAME

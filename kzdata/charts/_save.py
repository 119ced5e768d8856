"""Saving a chart to a file that opens anywhere, without internet."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import altair as alt

from kzdata.errors import KzdataError

from ._common import ChartInputError

__all__ = ["save", "SUFFIXES", "ChartFileExistsError"]

#: File types :func:`save` writes, by suffix.
SUFFIXES = {
    ".html": "a web page with the chart and everything it needs inside (opens offline)",
    ".svg": "a vector picture (sharp at any size; for reports and printing)",
    ".png": "a picture (for slides and documents)",
}


class ChartFileExistsError(KzdataError, FileExistsError):
    """:func:`save` would replace a file that already exists."""


def save(chart: alt.TopLevelMixin, path: str | os.PathLike[str], *, overwrite: bool = False,
         scale: float = 2.0) -> Path:
    """Save a chart to ``.html``, ``.svg`` or ``.png``; every file opens without internet.

    Parameters
    ----------
    chart
        Any Altair chart, for example one made by ``kzdata.charts.line_chart(...)``.
    path
        File to write. The suffix chooses the type: ``.html`` (interactive web page with the
        chart's JavaScript inside, about 1 MB), ``.svg`` or ``.png``.
    overwrite
        An existing file is never replaced unless this is ``True``, so your work is not lost.
    scale
        Size factor for ``.png`` (2 gives sharp pictures on slides).

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ChartFileExistsError
        The file exists and ``overwrite`` is False.
    ChartInputError
        Unknown suffix, missing folder, or not a chart.
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise ChartInputError(
            f"save() needs an Altair chart as its first argument; got {type(chart).__name__}."
        )
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        kinds = "; ".join(f"{s}: {what}" for s, what in SUFFIXES.items())
        raise ChartInputError(
            f"Cannot save a chart as {target.name!r}: the file name must end in .html, .svg or "
            f".png ({kinds})."
        )
    if not target.parent.is_dir():
        raise ChartInputError(
            f"The folder {str(target.parent)!r} does not exist. Create it first, or save in the "
            f"current folder, e.g. save(chart, {target.name!r})."
        )
    if target.exists() and not overwrite:
        raise ChartFileExistsError(
            f"{str(target)!r} already exists, and save() never replaces a file unless you say "
            f"so. Use another name, or save(chart, {str(path)!r}, overwrite=True)."
        )
    handle, temp_name = tempfile.mkstemp(suffix=suffix, prefix=".kzdata-chart-", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        if suffix == ".html":
            chart.save(temp, format="html", inline=True)
        elif suffix == ".svg":
            chart.save(temp, format="svg")
        else:
            chart.save(temp, format="png", scale_factor=scale)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target

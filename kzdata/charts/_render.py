"""Choosing how charts are shown: ``setup()`` picks an Altair renderer for where the notebook runs.

Altair 6's default renderer loads its JavaScript from a CDN and shows an error without internet,
and its "mimetype" output is not rendered by JupyterLab 4.6. So every lesson's first cell calls
:func:`setup`, which picks one of four modes:

============  ====================================  ==========================================
mode          Altair renderer                       when "auto" picks it
============  ====================================  ==========================================
offline       ``jupyter`` with ``offline=True``     a kernel started by a Jupyter server
              (anywidget; JavaScript bundled by     (JupyterLab, Notebook 7, JupyterHub,
              vl-convert; interactive; no network)  Binder): ``JPY_SESSION_NAME`` is set
static        SVG pictures made by vl-convert       no kernel (a script); or a kernel started
              (no network; no tooltips)             by a tool (nbclient, nbval, nbconvert),
                                                    which sets no ``JPY_SESSION_NAME``
interactive   ``html``: JavaScript from the CDN     Google Colab (never otherwise: it needs
              (needs internet)                      the network)
lite          ``html``, as interactive              JupyterLite (``sys.platform ==
                                                    "emscripten"``): no vl-convert there
============  ====================================  ==========================================

The environment variable ``KZDATA_CHART_MODE`` (one of the modes) overrides everything,
including an explicit ``setup("...")``: test runners export ``KZDATA_CHART_MODE=static`` so that
executed notebooks store small SVG outputs (the offline renderer would store about 0.9 MB of
widget state per chart). No connectivity check is ever made.
"""

from __future__ import annotations

import html
import importlib.util
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import altair as alt

from ._common import ChartInputError
from ._theme import use_course_theme

__all__ = ["ChartMode", "MODES", "ENV_VAR", "decide_mode", "setup", "active_mode"]

Mode = Literal["interactive", "offline", "static", "lite"]
MODES: tuple[str, ...] = ("auto", "interactive", "offline", "static", "lite")
ENV_VAR = "KZDATA_CHART_MODE"
_ALIASES = {"svg": "static", "html": "interactive", "jupyter": "offline", "jupyterlite": "lite"}
_SVG_RENDERER = "kzdata_svg"
_EMBED_OPTIONS: dict[str, Any] = {
    "renderer": "svg",  # Vega writes ARIA labels (the chart's description) only in SVG output
    "actions": {"export": True, "source": False, "compiled": False, "editor": False},
}
_WHAT = {
    "offline": "interactive charts that work without internet (Altair 'jupyter' renderer, offline)",
    "interactive": "interactive charts that load their JavaScript from the internet (Altair 'html' renderer)",
    "static": "static SVG pictures (no tooltips)",
    "lite": "interactive charts for JupyterLite (Altair 'html' renderer; needs internet)",
}


@dataclass(frozen=True)
class ChartMode:
    """The outcome of :func:`decide_mode`: the mode, the Altair renderer, and why."""

    mode: Mode
    renderer: str
    reason: str

    @property
    def message(self) -> str:
        """The one line :func:`setup` prints."""
        return (
            f"kzdata charts: {_WHAT[self.mode]}, because {self.reason}. To change: "
            f"kzdata.charts.setup('offline' | 'static' | 'interactive'), or set {ENV_VAR}."
        )


def _in_kernel() -> bool:
    """True inside an IPython *kernel* (a notebook), False in a script or a terminal IPython."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:  # pragma: no cover - IPython half-imported
        return False
    return shell is not None and getattr(shell, "kernel", None) is not None


def _installed(*modules: str) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


def _normalise(requested: object, where: str) -> str:
    if not isinstance(requested, str):
        raise ChartInputError(
            f"{where} must be one of {', '.join(repr(m) for m in MODES)}; got {requested!r}."
        )
    key = requested.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in MODES:
        raise ChartInputError(
            f"{where} must be one of {', '.join(repr(m) for m in MODES)}; got {requested!r}. "
            f"Use 'auto' to let kzdata choose."
        )
    return key


def decide_mode(
    requested: str = "auto",
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    in_kernel: bool | None = None,
    colab: bool | None = None,
    has_offline_deps: bool | None = None,
    has_vl_convert: bool | None = None,
) -> ChartMode:
    """Decide which chart mode to use, without changing anything.

    Every probe of the environment can be passed in (the tests do), otherwise it is read from
    this process: ``environ`` (``os.environ``), ``platform`` (``sys.platform``), ``in_kernel``
    (an IPython kernel is running), ``colab`` (Google Colab), ``has_offline_deps`` (anywidget
    and vl-convert installed), ``has_vl_convert``. Nothing touches the network.

    >>> decide_mode("auto", environ={}, platform="linux", in_kernel=False).mode
    'static'
    >>> decide_mode("auto", environ={"JPY_SESSION_NAME": "/home/me/01.ipynb"}, platform="linux",
    ...             in_kernel=True, colab=False, has_offline_deps=True, has_vl_convert=True).mode
    'offline'
    >>> decide_mode("offline", environ={"KZDATA_CHART_MODE": "static"}, platform="linux",
    ...             in_kernel=True, has_vl_convert=True).reason
    'the environment variable KZDATA_CHART_MODE is set to static'
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    mode = _normalise(requested, "mode")
    reason = f"you asked for mode '{mode}'"
    forced = env.get(ENV_VAR, "").strip()
    if forced:
        try:
            mode = _normalise(forced, ENV_VAR)
            reason = f"the environment variable {ENV_VAR} is set to {forced}"
        except ChartInputError:
            reason = f"{ENV_VAR}={forced!r} is not a mode (ignored); you asked for mode '{mode}'"
    if mode == "auto":
        if platform == "emscripten":
            mode, reason = "lite", "this is JupyterLite (Python in the browser)"
        elif not (_in_kernel() if in_kernel is None else in_kernel):
            mode, reason = "static", "no notebook kernel is running (a script or a terminal)"
        elif ("google.colab" in sys.modules) if colab is None else colab:
            mode, reason = "interactive", "this is Google Colab, which is online"
        elif env.get("JPY_SESSION_NAME"):
            mode, reason = "offline", "a Jupyter server (JupyterLab) started this kernel"
        else:
            mode, reason = "static", (
                "this kernel was not started by JupyterLab (a tool such as nbclient, nbval or "
                "nbconvert runs the notebook, or an unknown front end)"
            )
    vl_ok = _installed("vl_convert") if has_vl_convert is None else has_vl_convert
    if mode == "offline" and platform == "emscripten":
        mode, reason = "lite", reason + "; offline charts need vl-convert, which JupyterLite lacks"
    elif mode == "offline" and not (
        _installed("anywidget", "vl_convert") if has_offline_deps is None else has_offline_deps
    ):
        fallback = "static" if vl_ok else "interactive"
        mode, reason = fallback, reason + (
            "; offline charts need the packages anywidget and vl-convert-python "
            "(pip install anywidget vl-convert-python)"
        )
    if mode == "static" and not vl_ok:
        fallback = "lite" if platform == "emscripten" else "interactive"
        mode, reason = fallback, reason + (
            "; static pictures need vl-convert-python (pip install vl-convert-python)"
        )
    renderer = {"offline": "jupyter", "static": _SVG_RENDERER, "interactive": "html",
                "lite": "html"}[mode]
    return ChartMode(mode=mode, renderer=renderer, reason=reason)  # type: ignore[arg-type]


def _title_of(spec: Mapping[str, Any]) -> str:
    title = spec.get("title", "")
    if isinstance(title, Mapping):
        title = title.get("text", "")
    if isinstance(title, list):
        title = " ".join(str(t) for t in title)
    return str(title)


def _accessible_svg_renderer(spec: dict, **metadata: Any) -> dict[str, str]:
    """Altair's SVG renderer, plus the chart's title and description inside the SVG.

    vl-convert's SVG has per-axis ARIA labels but not the chart's description, so it is added
    as ``<title>``/``<desc>`` and an ``aria-label``; a ``text/plain`` fallback names the chart
    for front ends that cannot show SVG.
    """
    from altair.vegalite.v6.display import svg_renderer

    bundle = svg_renderer(spec, **metadata)
    if isinstance(bundle, tuple):  # pragma: no cover - (data, metadata) form
        bundle = bundle[0]
    bundle = dict(bundle)
    svg = bundle.get("image/svg+xml", "")
    title = _title_of(spec)
    description = str(spec.get("description", ""))
    if isinstance(svg, str) and svg.startswith("<svg"):
        close = svg.index(">")
        label = html.escape(f"{title}. {description}".strip(". "), quote=True)
        svg = (
            svg[:close] + f' role="img" aria-label="{label}"' + svg[close:close + 1]
            + f"<title>{html.escape(title)}</title><desc>{html.escape(description)}</desc>"
            + svg[close + 1:]
        )
        bundle["image/svg+xml"] = svg
    bundle["text/plain"] = f"[Chart] {title}. {description}".strip()
    return bundle


_current: ChartMode | None = None


def setup(mode: str = "auto", *, theme: bool = True, quiet: bool = False) -> None:
    """Make charts show in this notebook, and switch on the course theme.

    Call it once, in the first cell of a lesson: ``import kzdata.charts as kc; kc.setup()``.
    It prints one line saying which way of showing charts it chose and why.

    Parameters
    ----------
    mode
        ``"auto"`` (default) chooses for you; or ``"offline"`` (interactive, no internet
        needed; JupyterLab), ``"static"`` (SVG pictures: for printing and stored outputs),
        ``"interactive"`` (loads from the internet: Colab, VS Code, classic Notebook) or
        ``"lite"`` (JupyterLite). The environment variable ``KZDATA_CHART_MODE`` overrides it.
    theme
        Also switch on the course theme (fonts, colour-blind-safe colours). Default True.
    quiet
        Do not print the one-line message.

    See the module documentation of ``kzdata.charts`` for the full decision table.
    """
    global _current
    choice = decide_mode(mode)
    if choice.mode == "offline":
        alt.JupyterChart.enable_offline(True)  # builds the bundle now, not at the first chart
        alt.renderers.enable("jupyter", offline=True, embed_options=dict(_EMBED_OPTIONS))
    elif choice.mode == "static":
        if _SVG_RENDERER not in alt.renderers.names():
            alt.renderers.register(_SVG_RENDERER, _accessible_svg_renderer)
        alt.renderers.enable(_SVG_RENDERER)
    else:
        alt.renderers.enable("html", embed_options=dict(_EMBED_OPTIONS))
    if theme:
        use_course_theme()
    _current = choice
    if not quiet:
        print(choice.message)


def active_mode() -> ChartMode | None:
    """Return the mode chosen by the last :func:`setup` call (``None`` before the first)."""
    return _current

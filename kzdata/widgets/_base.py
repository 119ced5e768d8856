"""The explorer machinery: controls described as data, a compute function, and two displays.

An :class:`Explorer` holds *no* model logic. It keeps the current control values, calls the
explorer's ``compute`` function (which calls kzdata's models and chart builders) whenever a
value changes, and stores the result in :attr:`Explorer.chart`, :attr:`Explorer.state` and
:attr:`Explorer.summary`. Everything works without a browser, a kernel, or even ipywidgets:

* ``explorer.set(sample_size=400)`` recomputes (tests and scripts);
* ``explorer.controls["sample_size"].value = 400`` does the same through the ipywidgets
  control (callbacks run synchronously even without a kernel);
* showing the explorer in a live notebook shows the controls, the chart and the summary;
  where no widget front end exists (a script, a notebook executed by nbclient/nbval, static
  chart mode) it shows the chart for the current settings and a note instead.

ipywidgets is imported only when the controls are first needed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

import altair as alt

from kzdata.errors import KzdataError

__all__ = ["Control", "Result", "Explorer", "ExplorerInputError", "widget_front_end"]


class ExplorerInputError(KzdataError, ValueError):
    """An explorer was given a control name or value it does not have."""


@dataclass(frozen=True)
class Control:
    """One control of an explorer, described as data (the ipywidget is made from it later).

    ``kind`` is ``"int"`` or ``"float"`` (a slider from ``minimum`` to ``maximum``),
    ``"dropdown"``, ``"toggle"`` (buttons side by side) or ``"multi"`` (pick several).
    ``options`` are ``(label, value)`` pairs. ``visible`` decides, from all current values,
    whether the control is shown (e.g. only in one view).
    """

    name: str
    kind: Literal["int", "float", "dropdown", "toggle", "multi"]
    label: str
    value: Any
    options: Sequence[tuple[str, Any]] = ()
    minimum: float | None = None
    maximum: float | None = None
    step: float | None = None
    readout_format: str | None = None
    help: str = ""
    visible: Callable[[Mapping[str, Any]], bool] | None = None
    width: str = "36em"

    def check(self, value: Any) -> Any:
        """Return ``value`` if this control can hold it, else raise a helpful error."""
        if self.kind in ("int", "float"):
            low = float(self.minimum if self.minimum is not None else float("-inf"))
            high = float(self.maximum if self.maximum is not None else float("inf"))
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ExplorerInputError(
                    f"{self.name} must be a number from {low:g} to {high:g}; got {value!r}."
                )
            if not low <= value <= high:
                raise ExplorerInputError(
                    f"{self.name} must be from {low:g} to {high:g}; got {value!r}."
                )
            return int(value) if self.kind == "int" else float(value)
        allowed = [v for _, v in self.options]
        if self.kind == "multi":
            values = tuple(value) if isinstance(value, (list, tuple, set)) else (value,)
            bad = [v for v in values if v not in allowed]
            if bad or not values:
                raise ExplorerInputError(
                    f"{self.name} must be one or more of {allowed!r}; got {value!r}."
                )
            return values
        if value not in allowed:
            raise ExplorerInputError(f"{self.name} must be one of {allowed!r}; got {value!r}.")
        return value


class Result(NamedTuple):
    """What an explorer's compute function returns."""

    chart: alt.TopLevelMixin
    summary: str
    state: dict[str, Any]


def widget_front_end() -> bool:
    """True where ipywidgets controls can be shown and used: a live notebook front end.

    False in a script, in a notebook executed by a tool (nbclient, nbval: chart mode
    "static"), in static chart mode, or when ipywidgets is not installed.
    """
    import importlib.util
    import os

    from kzdata.charts import ENV_VAR, active_mode, decide_mode

    if importlib.util.find_spec("ipywidgets") is None:
        return False
    # The environment variable overrides everything, as it does for setup() itself.
    mode = decide_mode("auto") if os.environ.get(ENV_VAR) else (active_mode() or decide_mode("auto"))
    return mode.mode in ("offline", "interactive", "lite")


@dataclass
class Explorer:
    """Controls + a compute function + the chart, summary and state they produce.

    Made by the factory functions of :mod:`kzdata.widgets`; see the module documentation.

    Attributes
    ----------
    chart
        The chart for the current settings (an Altair chart, not displayed).
    state
        The current settings and the key numbers behind the chart.
    summary
        The current numbers in a sentence or two of plain text.
    """

    title: str
    intro: str
    control_specs: Sequence[Control]
    compute: Callable[[dict[str, Any]], Result]
    values: dict[str, Any] = field(default_factory=dict)
    chart: alt.TopLevelMixin | None = None
    summary: str = ""
    state: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    _widgets: dict[str, Any] | None = field(default=None, repr=False)
    _box: Any = field(default=None, repr=False)
    _syncing: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        specs = {c.name: c for c in self.control_specs}
        self.values = {name: spec.check(spec.value) for name, spec in specs.items()}
        self._specs = specs
        # the first run must work: a failure here is a bug or bad data, so it is raised
        result = self.compute(dict(self.values))
        self.chart, self.summary = result.chart, result.summary
        self.state = {**self.values, **result.state}

    # -- computing ---------------------------------------------------------------------------
    def update(self) -> None:
        """Recompute chart, summary and state from the current values."""
        try:
            result = self.compute(dict(self.values))
        except KzdataError as exc:  # a model refused the settings: say so, keep the last chart
            self.error = str(exc)
            self.state = {**self.state, **self.values, "error": self.error}
        else:
            self.error = ""
            self.chart, self.summary = result.chart, result.summary
            self.state = {**self.values, **result.state}
        self._refresh_view()

    def set(self, **values: Any) -> Explorer:
        """Change one or more settings and recompute; returns the explorer.

        >>> from kzdata.widgets import survey_sampler
        >>> sampler = survey_sampler()
        >>> sampler.set(sample_size=400).state["sample_size"]
        400
        """
        unknown = [k for k in values if k not in self._specs]
        if unknown:
            raise ExplorerInputError(
                f"This explorer has no control {unknown[0]!r}. Its controls are: "
                f"{', '.join(self._specs)}."
            )
        for name, value in values.items():
            self.values[name] = self._specs[name].check(value)
        self._sync_widgets()
        self.update()
        return self

    # -- widgets (built lazily) --------------------------------------------------------------
    @property
    def controls(self) -> dict[str, Any]:
        """The ipywidgets controls by name (made on first use). Setting ``.value`` recomputes."""
        if self._widgets is None:
            self._widgets = {name: _make_widget(spec) for name, spec in self._specs.items()}
            for name, widget in self._widgets.items():
                widget.value = _to_widget_value(self._specs[name], self.values[name])
                widget.observe(self._on_widget_change, names="value")
            self._apply_visibility()
        return self._widgets

    def _on_widget_change(self, change: Mapping[str, Any]) -> None:
        if self._syncing:
            return
        owner = change["owner"]
        name = next(n for n, w in (self._widgets or {}).items() if w is owner)
        value = change["new"]
        self.values[name] = self._specs[name].check(tuple(value) if isinstance(value, list) else value)
        self._apply_visibility()
        self.update()

    def _sync_widgets(self) -> None:
        if self._widgets is None:
            return
        self._syncing = True
        try:
            for name, widget in self._widgets.items():
                widget.value = _to_widget_value(self._specs[name], self.values[name])
        finally:
            self._syncing = False
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        for name, widget in (self._widgets or {}).items():
            rule = self._specs[name].visible
            shown = rule is None or rule(self.values)
            widget.layout.display = None if shown else "none"

    @property
    def widget(self) -> Any:
        """The whole explorer as one ipywidgets box: title, controls, chart, summary."""
        if self._box is None:
            import ipywidgets as w

            self._status = w.HTML()
            self._view = _ChartView()
            header = w.HTML(f"<b>{html.escape(self.title)}</b><br>{html.escape(self.intro)}")
            controls = w.VBox(list(self.controls.values()))
            self._box = w.VBox([header, controls, self._view.widget, self._status])
            self._refresh_view()
        return self._box

    def _refresh_view(self) -> None:
        if self._box is None:
            return
        if self.chart is not None:
            self._view.show(self.chart)
        text = html.escape(self.summary).replace("\n", "<br>")
        if self.error:
            text = (f"<b>Problem:</b> {html.escape(self.error)}<br>"
                    f"The chart still shows the last settings that worked.")
        self._status.value = f"<div style='max-width:60em; line-height:1.45'>{text}</div>"

    # -- display -----------------------------------------------------------------------------
    def note(self) -> str:
        """The note shown with the static chart where no widget front end exists."""
        settings = "; ".join(f"{self._specs[n].label} {_show(v, self._specs[n])}"
                             for n, v in self.values.items()
                             if self._specs[n].visible is None or self._specs[n].visible(self.values))
        return (f"{self.title}: the controls need a live notebook (JupyterLab with kzdata.charts."
                f"setup()). Shown here for these settings: {settings.rstrip('.')}. "
                f"{self.summary}").strip()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        if widget_front_end():
            display(self.widget)
            return
        if self.chart is not None:
            display(self.chart)
        display(_Note(self.note()))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.title!r}: {self.summary}>"


class _Note:
    """Plain text that shows as a paragraph in notebooks and as text elsewhere."""

    def __init__(self, text: str) -> None:
        self.text = text

    def _repr_markdown_(self) -> str:
        # Escape what Markdown (and JupyterLab's maths) would interpret: *, _, $ and backticks.
        text = self.text
        for character in ("\\", "*", "_", "$", "`"):
            text = text.replace(character, "\\" + character)
        return "*" + text + "*"

    def __repr__(self) -> str:
        return self.text


class _ChartView:
    """Shows a changing chart inside the explorer's box.

    In offline chart mode a single ``alt.JupyterChart`` widget is kept and its chart replaced
    (no flicker, no resending of the bundled JavaScript); in other modes an Output widget
    shows each new chart with the active renderer.
    """

    def __init__(self) -> None:
        import ipywidgets as w

        from kzdata.charts import active_mode, decide_mode

        self.mode = (active_mode() or decide_mode("auto")).mode
        self._jchart: Any = None
        if self.mode == "offline":
            alt.JupyterChart.enable_offline(True)
            self.widget = w.Box()
        else:
            self.widget = w.Output()

    def show(self, chart: alt.TopLevelMixin) -> None:
        if self.mode == "offline":
            if self._jchart is None:
                self._jchart = alt.JupyterChart(chart, embed_options={"renderer": "svg"})
                self.widget.children = (self._jchart,)
            else:
                self._jchart.chart = chart
            return
        from IPython.display import clear_output, display

        with self.widget:
            clear_output(wait=True)
            display(chart)


def _make_widget(spec: Control) -> Any:
    import ipywidgets as w

    style = {"description_width": "initial"}
    layout = w.Layout(width=spec.width, max_width="100%")
    common = {"description": spec.label, "style": style, "layout": layout,
              "tooltip": spec.help or None}
    if spec.kind == "int":
        return w.IntSlider(min=int(spec.minimum or 0), max=int(spec.maximum or 0),
                           step=int(spec.step or 1), continuous_update=False, **common)
    if spec.kind == "float":
        return w.FloatSlider(min=spec.minimum, max=spec.maximum, step=spec.step or 0.01,
                             readout_format=spec.readout_format or ".2f",
                             continuous_update=False, **common)
    if spec.kind == "dropdown":
        return w.Dropdown(options=list(spec.options), **common)
    if spec.kind == "toggle":
        return w.ToggleButtons(options=list(spec.options), description=spec.label, style=style)
    return w.SelectMultiple(options=list(spec.options), rows=min(8, len(spec.options)), **common)


def _to_widget_value(spec: Control, value: Any) -> Any:
    return tuple(value) if spec.kind == "multi" else value


def _show(value: Any, spec: Control) -> str:
    labels = {v: label for label, v in spec.options}
    if spec.kind == "multi":
        return ", ".join(str(labels.get(v, v)) for v in value)
    if spec.options:
        return str(labels.get(value, value))
    if spec.kind == "int":
        yearly = "year" in f"{spec.name} {spec.label}".lower()
        return str(value) if yearly else f"{value:,}"
    return f"{value:,.{2 if abs(value) < 10 else 0}f}"

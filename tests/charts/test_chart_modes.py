"""``kzdata.charts.setup()``: which renderer it picks where, what it prints, and no network.

Every environment is simulated by passing the probes to ``decide_mode`` (or by monkeypatching
them for ``setup``); nothing here starts a browser or opens a connection.
"""

from __future__ import annotations

import socket

import altair as alt
import pandas as pd
import pytest
from chart_spec_helpers import restore_altair_state  # noqa: F401 (autouse fixture)

import kzdata.charts as kc
from kzdata.charts import decide_mode

LAB = {"JPY_SESSION_NAME": "/home/student/lessons/01-reading-the-headline.ipynb",
       "JPY_PARENT_PID": "4242"}
NBCLIENT = {"JPY_PARENT_PID": "4242"}  # jupyter_client sets this for every kernel it starts
ALL_DEPS = {"has_offline_deps": True, "has_vl_convert": True, "colab": False}


# (requested, environment variables, platform, in a kernel, extra probes) -> mode
TABLE = [
    pytest.param("auto", LAB, "linux", True, ALL_DEPS, "offline", id="jupyterlab-kernel"),
    pytest.param("auto", NBCLIENT, "linux", True, ALL_DEPS, "static", id="nbclient-or-nbval"),
    pytest.param("auto", {}, "linux", False, ALL_DEPS, "static", id="script-no-kernel"),
    pytest.param("auto", {}, "emscripten", True, ALL_DEPS, "lite", id="jupyterlite"),
    pytest.param("auto", {}, "linux", True, {**ALL_DEPS, "colab": True}, "interactive", id="colab"),
    pytest.param("auto", {**LAB, "KZDATA_CHART_MODE": "static"}, "linux", True, ALL_DEPS, "static",
                 id="env-forces-static-in-lab"),
    pytest.param("offline", {"KZDATA_CHART_MODE": "static"}, "linux", True, ALL_DEPS, "static",
                 id="env-beats-explicit-mode"),
    pytest.param("auto", {**NBCLIENT, "KZDATA_CHART_MODE": "interactive"}, "linux", True, ALL_DEPS,
                 "interactive", id="env-forces-interactive"),
    pytest.param("auto", {**LAB, "KZDATA_CHART_MODE": "nonsense"}, "linux", True, ALL_DEPS,
                 "offline", id="bad-env-value-ignored"),
    pytest.param("interactive", {}, "linux", False, ALL_DEPS, "interactive", id="explicit-interactive"),
    pytest.param("svg", {}, "linux", True, ALL_DEPS, "static", id="alias-svg"),
    pytest.param("offline", {}, "emscripten", True, ALL_DEPS, "lite", id="offline-impossible-in-lite"),
    pytest.param("auto", LAB, "linux", True, {**ALL_DEPS, "has_offline_deps": False}, "static",
                 id="lab-without-anywidget"),
    pytest.param("static", {}, "linux", False, {**ALL_DEPS, "has_vl_convert": False},
                 "interactive", id="static-without-vl-convert"),
    pytest.param("auto", LAB, "linux", True,
                 {**ALL_DEPS, "has_offline_deps": False, "has_vl_convert": False}, "interactive",
                 id="lab-without-any-extra"),
]


@pytest.mark.parametrize(("requested", "env", "platform", "kernel", "probes", "expected"), TABLE)
def test_decision_table(requested, env, platform, kernel, probes, expected):
    choice = decide_mode(requested, environ=env, platform=platform, in_kernel=kernel, **probes)
    assert choice.mode == expected
    assert choice.renderer == {"offline": "jupyter", "static": "kzdata_svg", "interactive": "html",
                               "lite": "html"}[expected]
    assert choice.reason


def test_message_is_one_line_saying_what_why_and_how_to_change():
    choice = decide_mode("auto", environ=NBCLIENT, platform="linux", in_kernel=True, **ALL_DEPS)
    message = choice.message
    assert "\n" not in message
    assert "static SVG" in message
    assert "nbclient" in message  # why
    assert "setup('offline'" in message and "KZDATA_CHART_MODE" in message  # how to change


def test_missing_package_is_named_with_the_install_command():
    choice = decide_mode("offline", environ={}, platform="linux", in_kernel=True,
                         has_offline_deps=False, has_vl_convert=True)
    assert "pip install anywidget vl-convert-python" in choice.reason


def test_unknown_mode_is_refused_with_the_list():
    with pytest.raises(kc.ChartInputError, match="'auto', 'interactive', 'offline'"):
        decide_mode("vega")


def test_this_test_process_has_no_kernel_so_auto_is_static():
    assert decide_mode("auto", environ={}).mode == "static"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("kzdata.charts tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_setup_static_enables_svg_renderer_and_theme_and_prints_one_line(capsys, monkeypatch,
                                                                          no_network):
    monkeypatch.setenv("KZDATA_CHART_MODE", "static")
    assert kc.setup() is None
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and out.startswith("kzdata charts: static SVG")
    assert alt.renderers.active == "kzdata_svg"
    assert alt.theme.active == "kzdata"
    assert kc.active_mode().mode == "static"


def test_static_renderer_puts_title_and_description_inside_the_svg(monkeypatch, no_network):
    monkeypatch.setenv("KZDATA_CHART_MODE", "static")
    kc.setup(quiet=True)
    chart = kc.bar_chart(pd.DataFrame({"group": ["a", "b"], "share_pct": [6.0, 4.0]}),
                         category="group", value="share_pct", title="Shares <by> group",
                         source="Example")
    bundle = alt.renderers.get()(chart.to_dict())
    svg = bundle["image/svg+xml"]
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "<title>Shares &lt;by&gt; group</title>" in svg
    assert "<desc>Bar chart of share (%)" in svg
    assert bundle["text/plain"].startswith("[Chart] Shares <by> group. Bar chart")


def test_setup_interactive_uses_html_with_svg_embedding(monkeypatch, capsys, no_network):
    kc.setup("interactive")
    assert alt.renderers.active == "html"
    assert alt.renderers.options["embed_options"]["renderer"] == "svg"
    assert "from the internet" in capsys.readouterr().out


def test_setup_offline_uses_the_jupyter_renderer_offline(monkeypatch, capsys, no_network):
    monkeypatch.delenv("KZDATA_CHART_MODE", raising=False)  # the test command sets it to static
    alt.theme.enable("default")  # theme=False leaves the theme as it was: start from default
    kc.setup("offline", theme=False)
    assert alt.renderers.active == "jupyter"
    assert alt.renderers.options["offline"] is True
    assert alt.JupyterChart._is_offline
    assert alt.theme.active != "kzdata"
    assert "work without internet" in capsys.readouterr().out


def test_setup_quiet_prints_nothing(capsys):
    kc.setup("static", quiet=True)
    assert capsys.readouterr().out == ""

"""Helpers for the chart tests: read Altair chart specs, and put Altair's global state back.

(Not a ``conftest.py``: with ``--doctest-modules`` pytest imports every ``conftest.py`` as a
module named ``conftest``, and two of them in different folders collide.)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import altair as alt
import pytest

from kzdata.charts import OKABE_ITO
from kzdata.charts._theme import TEXT_GREY

#: Colours a course chart may use: Okabe-Ito, plus greys and white for text, rules and hollow marks.
ALLOWED_COLOURS = {c.lower() for c in OKABE_ITO} | {TEXT_GREY.lower(), "#222222", "#333333",
                                                  "white", "black", "#ffffff"}


@pytest.fixture(autouse=True)
def restore_altair_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """setup() changes Altair's renderer and theme: put them back, and hide KZDATA_CHART_MODE.

    Import it into a test module to use it there (it is autouse).
    """
    import kzdata.charts._render as render

    monkeypatch.delenv("KZDATA_CHART_MODE", raising=False)
    renderer, options = alt.renderers.active, dict(alt.renderers.options)
    theme = alt.theme.active
    current = render._current
    yield
    alt.renderers.enable(renderer, **options)
    alt.theme.enable(theme)
    render._current = current


def units(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every unit spec (one with a mark) inside a chart spec: layers and concatenations."""
    if "mark" in spec:
        yield spec
    for key in ("layer", "vconcat", "hconcat", "concat"):
        for part in spec.get(key, []):
            yield from units(part)


def marks(spec: dict[str, Any]) -> list[str]:
    """Mark types, in order."""
    out = []
    for unit in units(spec):
        mark = unit["mark"]
        out.append(mark if isinstance(mark, str) else mark["type"])
    return out


def encoding_channels(spec: dict[str, Any]) -> set[str]:
    """Every encoding channel used anywhere in the chart (a unit inherits its layer's)."""
    channels = set(spec.get("encoding", {}))
    for key in ("layer", "vconcat", "hconcat", "concat"):
        for part in spec.get(key, []):
            channels |= encoding_channels(part)
    return channels


def spec_size(chart: alt.TopLevelMixin) -> int:
    return len(json.dumps(chart.to_dict()))


def tooltips_everywhere(spec: dict[str, Any]) -> bool:
    """True if every mark in the chart has a tooltip."""
    for unit in units(spec):
        mark = unit["mark"] if isinstance(unit["mark"], dict) else {}
        if "tooltip" not in unit.get("encoding", {}) and not mark.get("tooltip"):
            return False
    return True


def colours_used(spec: Any) -> set[str]:
    """Every colour written in the spec: scale ranges of colour channels and mark colours."""
    found: set[str] = set()

    def walk(node: Any, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("color", "fill", "stroke") and isinstance(v, str) and not v.startswith("datum"):
                    found.add(v.lower())
                if k in ("color", "fill", "stroke") and isinstance(v, dict):
                    scale = v.get("scale", {})
                    if isinstance(scale.get("range"), list):
                        found.update(str(c).lower() for c in scale["range"])
                    if "value" in v and isinstance(v["value"], str):
                        found.add(v["value"].lower())
                    condition = v.get("condition")
                    branches = [condition] if isinstance(condition, dict) else list(condition or [])
                    for branch in branches:
                        if isinstance(branch.get("value"), str):
                            found.add(branch["value"].lower())
                if k not in ("datasets", "data", "config"):
                    walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)

    walk(spec)
    return found

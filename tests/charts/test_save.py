"""``kzdata.charts.save``: self-contained files that open offline, and students' files never lost."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from chart_spec_helpers import restore_altair_state  # noqa: F401 (autouse fixture)

import kzdata.charts as kc


@pytest.fixture(scope="module")
def chart():
    table = pd.DataFrame({"group": ["a", "b"], "share_pct": [60.0, 40.0]})
    return kc.bar_chart(table, category="group", value="share_pct", title="Shares", source="Example")


def test_html_is_self_contained_with_no_cdn(tmp_path, chart):
    path = kc.save(chart, tmp_path / "chart.html")
    text = path.read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in text and "unpkg.com" not in text
    assert not re.search(r"<script[^>]+src=[\"']https?://", text)
    assert "vegaEmbed" in text or "vega-embed" in text
    assert len(text) > 100_000  # the JavaScript is inside the file


def test_svg_and_png_are_written(tmp_path, chart):
    svg = kc.save(chart, tmp_path / "chart.svg")
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    png = kc.save(chart, tmp_path / "chart.png", scale=1)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_existing_file_is_never_replaced_without_overwrite(tmp_path, chart):
    path = tmp_path / "my_work.svg"
    path.write_text("my own drawing")
    with pytest.raises(kc.ChartFileExistsError, match="overwrite=True"):
        kc.save(chart, path)
    assert path.read_text() == "my own drawing"
    kc.save(chart, path, overwrite=True)
    assert path.read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_no_temporary_file_is_left_behind(tmp_path, chart):
    kc.save(chart, tmp_path / "chart.svg")
    assert [p.name for p in tmp_path.iterdir()] == ["chart.svg"]


@pytest.mark.parametrize("name", ["chart.pdf", "chart.jpg", "chart", "chart.json"])
def test_unknown_suffix_is_refused_with_the_choices(tmp_path, chart, name):
    with pytest.raises(kc.ChartInputError, match=r"\.html, \.svg or \.png"):
        kc.save(chart, tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_and_non_charts_are_refused(tmp_path, chart):
    with pytest.raises(kc.ChartInputError, match="does not exist"):
        kc.save(chart, tmp_path / "no_such_folder" / "chart.svg")
    with pytest.raises(kc.ChartInputError, match="needs an Altair chart"):
        kc.save("chart", tmp_path / "chart.svg")  # type: ignore[arg-type]

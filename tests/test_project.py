"""Promises the README makes about the project itself."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def quickstart_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.DOTALL).group(1)
    return [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]


def test_quickstart_has_exactly_two_commands_and_they_exist_in_the_makefile():
    commands = quickstart_commands()
    assert commands == ["make lab", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    for command in commands:
        target = command.split()[1]
        assert re.search(rf"^{target}:", makefile, re.MULTILINE)


def test_ci_runs_the_readme_test_command_and_nothing_else():
    lines = [
        line for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[-1] == "exec make test"
    assert all(l.startswith(("set ", "cd ")) for l in lines[:-1])


def test_binder_pins_every_dependency_and_opens_the_start_page():
    pins = [
        l for l in (ROOT / "binder" / "requirements.txt").read_text().splitlines()
        if l.strip() and not l.startswith("#")
    ]
    assert pins and all("==" in l for l in pins)
    pinned = {l.split("==")[0].lower().replace("_", "-") for l in pins}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["course"]
    names = {re.split(r"[<>=\[ ]", d)[0].lower().replace("_", "-") for d in wanted}
    assert names <= pinned, sorted(names - pinned)
    readme = (ROOT / "README.md").read_text()
    assert "urlpath=lab/tree/lessons/00-start-here.ipynb" in readme


def test_package_ships_its_data_and_type_marker():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    package_data = config["tool"]["setuptools"]["package-data"]["kzdata"]
    assert {"py.typed", "data/*.csv", "data/*.toml"} <= set(package_data)
    assert (ROOT / "kzdata" / "py.typed").exists()

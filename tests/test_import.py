"""`import kzdata` stays light: no Altair, no ipywidgets, no network library."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("altair", "ipywidgets", "pooch", "requests", "urllib3", "httpx", "openpyxl", "vl_convert")


def modules_after(statement: str) -> set[str]:
    code = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_import_kzdata_pulls_in_no_heavy_or_network_module():
    loaded = modules_after("import kzdata")
    assert not [m for m in HEAVY if m in loaded]


def test_loading_a_bundled_dataset_pulls_in_no_network_module():
    loaded = modules_after("import kzdata; kzdata.load('wages'); kzdata.info('wages')")
    assert not [m for m in HEAVY if m in loaded]


def test_facade_exports_exactly_what_it_documents():
    import kzdata

    assert set(kzdata.__all__) >= {"load", "list_datasets", "info", "cite"}
    assert all(hasattr(kzdata, name) for name in kzdata.__all__)

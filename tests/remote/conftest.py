"""Fixtures for the remote-data tests.

No test here may touch the network: every test runs with ``KZDATA_OFFLINE=1``, an empty
``KZDATA_HOME`` of its own, no ``KZDATA_MIRROR`` unless it asks for one, and Python sockets that
refuse to connect. Tests of the download path replace ``pooch.retrieve`` with a fake.

Tests that read the real original files ask for ``real_data``: it points ``KZDATA_MIRROR`` at
the mirror the test command exported (``tools/prepare_mirror.py``), or at
``../shared/kzdata-mirror``, and is skipped when neither exists.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from types import MappingProxyType

import pytest

from kzdata import remote
from remote_builders import REPO_ROOT, NetworkBlocked, sha256

# Read before any fixture changes the environment.
_EXPORTED_MIRROR = os.environ.get("KZDATA_MIRROR", "").strip()


def _refuse(*args, **kwargs):
    raise NetworkBlocked("a test tried to use the network")


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """A fresh cache, no mirror, downloads off and sockets that refuse to connect."""
    monkeypatch.setenv("KZDATA_HOME", str(tmp_path / "kzdata-home"))
    monkeypatch.delenv("KZDATA_MIRROR", raising=False)
    monkeypatch.setenv("KZDATA_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    remote.clear_memory()
    yield tmp_path
    remote.clear_memory()


SHARED_MIRROR = Path(os.environ.get("KZDATA_SHARED", REPO_ROOT.parent / "shared")) / "kzdata-mirror"


@pytest.fixture(scope="session")
def real_mirror() -> Path:
    """The mirror the test command exported, else ../shared/kzdata-mirror; skip without one."""
    for candidate in ([Path(_EXPORTED_MIRROR)] if _EXPORTED_MIRROR else []) + [SHARED_MIRROR]:
        if candidate.is_dir():
            return candidate
    pytest.skip(
        "no mirror of the remote files: run the README's test command (it prepares one) or set "
        "KZDATA_MIRROR"
    )


@pytest.fixture(scope="session")
def real_home(tmp_path_factory) -> Path:
    """One cache per test worker for the real files, so each is copied and parsed once."""
    return tmp_path_factory.mktemp("real-kzdata-home")


@pytest.fixture
def real_data(monkeypatch, real_mirror, real_home):
    """Point kzdata at the real mirror (and a shared cache); return kzdata.load."""
    import kzdata

    monkeypatch.setenv("KZDATA_MIRROR", str(real_mirror))
    monkeypatch.setenv("KZDATA_HOME", str(real_home))
    return kzdata.load


@pytest.fixture
def fake_registry(monkeypatch):
    """Replace files.toml by entries for the given local files: ``fake_registry({name: path})``."""

    def install(paths: dict[str, Path], urls: dict[str, str] | None = None) -> dict[str, remote.RemoteFile]:
        entries = {
            name: remote.RemoteFile(
                name=name,
                url=(urls or {}).get(name, f"https://example.org/pinned/{name}"),
                sha256=sha256(path),
                bytes=Path(path).stat().st_size,
                publisher="Test publisher",
                content="Invented test file",
                licence="CC0",
            )
            for name, path in paths.items()
        }
        monkeypatch.setattr(remote, "files", lambda: MappingProxyType(entries))
        return entries

    return install

"""The distribution is published as ``finparse-text`` and imported as ``finparse``.

The name ``finparse`` on PyPI belongs to an unrelated project, so the wheel
built from this repository must carry the name ``finparse-text`` in its
metadata while holding the ``finparse`` package. Building a wheel takes a
few seconds, so the build is in the ``slow`` tier (CI runs it).
"""

from __future__ import annotations

import email.parser
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DISTRIBUTION = "finparse-text"


def test_the_project_declares_the_distribution_name() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'name = "{DISTRIBUTION}"' in text.split("[project.optional-dependencies]")[0]


@pytest.mark.slow
def test_the_built_wheel_is_named_finparse_text(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    wheels = list(tmp_path.glob("*.whl"))
    assert [w.name.split("-")[0] for w in wheels] == ["finparse_text"]
    with zipfile.ZipFile(wheels[0]) as wheel:
        names = wheel.namelist()
        metadata_path = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(wheel.read(metadata_path).decode("utf-8"))
    assert metadata["Name"] == DISTRIBUTION
    assert "finparse/__init__.py" in names  # imported as finparse
    assert not any(n.startswith("finparse_text/") for n in names)

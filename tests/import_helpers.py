"""Shared by the import tests: a one-commune project around an imported catalogue."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import PLACES, write_project

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def project_with(tmp: Path, catalogue: Path, codes: list[str]) -> Path:
    places = PLACES.replace('posted: ["1.001193", "1.000656"]', f"posted: {json.dumps(codes)}")
    return write_project(tmp / "project", places, catalogue=None,
                         extra={f"procedures/{catalogue.name}": catalogue.read_bytes()})

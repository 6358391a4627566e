"""Helpers for the transfer tests: sample feeds and a snapshot of the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jdih_desktop.store.models import Document

FEEDS = Path(__file__).resolve().parents[1] / "data" / "jdihn"


def catalogue_snapshot() -> list[tuple]:
    """Every document row as a tuple, in id order: equal snapshots mean nothing changed."""
    return [tuple(d.values()) for d in Document.select().order_by(Document.id).dicts()]


def canonical_records() -> list[dict[str, str]]:
    return json.loads((FEEDS / "feed_canonical.json").read_text(encoding="utf-8"))


def feed_record(n: int, **over: str) -> dict[str, str]:
    """A valid JDIHN record number ``n`` (a PKPU), with fields overridden."""
    rec = {"idData": f"9{n:06d}", "judul": f"Keputusan KPU Kota Singkawang nomor {n}",
           "jenis": "Keputusan KPU Kota", "singkatanJenis": "KEP", "noPeraturan": str(n),
           "tahun_pengundangan": "2022", "tanggal_pengundangan": "-",
           "tanggal_penetapan": "2022-03-01", "subjek": "PEMILU", "status": "Berlaku",
           "bahasa": "Indonesia", "teuBadan": "Singkawang. Komisi Pemilihan Umum Kota",
           "tempatTerbit": "Singkawang", "operasi": "4", "display": "1"}
    rec.update(over)
    return rec


@pytest.fixture
def write_feed(tmp_path):
    def write(records, name: str = "feed.json", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        text = records if isinstance(records, str) else json.dumps(records, ensure_ascii=False)
        path.write_bytes(text.encode(encoding))
        return path
    return write

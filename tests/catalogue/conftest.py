"""Fixtures of the catalogue tests: the catalogue service and a few real documents."""

from __future__ import annotations

import datetime as dt

import pytest

from jdih_desktop.services.catalogue import CatalogueService, DocumentData


def peraturan(**kw: object) -> DocumentData:
    base = dict(doc_type="peraturan", jenis="Peraturan Komisi Pemilihan Umum",
                singkatan_jenis="PKPU", nomor="4", tahun=2021,
                judul="Perubahan atas PKPU 8/2019 tentang Tata Kerja KPU",
                teu_badan="Komisi Pemilihan Umum", tempat_penetapan="Jakarta",
                tanggal_penetapan=dt.date(2021, 2, 1), tanggal_pengundangan=dt.date(2021, 2, 3),
                subjek="pemilu, tata kerja")
    base.update(kw)
    return DocumentData(**base)


@pytest.fixture
def catalogue(services) -> CatalogueService:
    return services.catalogue

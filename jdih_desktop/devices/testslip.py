"""The test slip printed from the command line and the Devices dialog.

It exercises everything a loan slip uses: styles, alignment, key/value rows, Indonesian text
with accents, dashes and quotes (to prove the code page handling), a QR code, a Code128
barcode, signature lines and the cut.
"""

from __future__ import annotations

import datetime as dt

from jdih_desktop.datefmt import format_datetime_id
from jdih_desktop.devices.base import (
    Barcode,
    KeyValue,
    QrCode,
    Receipt,
    Separator,
    SignatureLines,
    Text,
)


def tanggal(when: dt.datetime) -> str:
    """Indonesian long date: 'Selasa, 24 November 2026 09.00'."""
    return format_datetime_id(when, with_weekday=True)


def build_test_slip(office_name: str, unit: str, spec: str, now: dt.datetime,
              paper_width_mm: int = 80) -> Receipt:
    """A receipt that shows at a glance whether the printer prints everything right."""
    code = f"UJI{now:%Y%m%d%H%M%S}"
    return Receipt(title="Uji cetak JDIH Desktop").add(
        Text(office_name, bold=True, align="center"),
        Text(unit, align="center"),
        Separator("="),
        Text("UJI CETAK", bold=True, double=True, align="center"),
        Text(tanggal(now), align="center"),
        Separator(),
        KeyValue("Printer", spec),
        KeyValue("Lebar kertas", f"{paper_width_mm} mm"),
        KeyValue("Kode uji", code, bold=True),
        Text("Ejaan: “Peraturan KPU” – pasal 1—3; café, naïve, señor, Müller.", align="left"),
        Text("Teks rata kanan", align="right"),
        QrCode(f"JDIH-UJI:{code}"),
        Barcode(code),
        SignatureLines("Petugas", "Penerima", "", ""),
        Text("Jika semua baris terbaca jelas, printer siap dipakai.", align="center"),
    )

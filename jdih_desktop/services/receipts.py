"""Paper slips as ``devices.base.Receipt`` descriptions, independent of any printer.

The generic pieces (office header, Indonesian dates, identity masking, document labels, short
titles) are public so the return slip and other printouts look the same as the loan receipt.
Printed text sticks to plain ASCII punctuation: cheap receipt printers render typographic dashes
and bullets as garbage, so masked numbers use ``*`` on paper.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jdih_desktop import datefmt
from jdih_desktop.config import AppConfig
from jdih_desktop.datefmt import format_datetime_id
from jdih_desktop.devices.base import (
    Feed,
    KeyValue,
    QrCode,
    Receipt,
    ReceiptItem,
    Separator,
    SignatureLines,
    Text,
)
from jdih_desktop.services import citations
from jdih_desktop.services.visits import mask_id
from jdih_desktop.store import enums

LOAN_RECEIPT_TITLE = "BUKTI PEMINJAMAN"
READ_ON_SITE = "Baca di tempat"
PRINT_MASK = "*"

def format_date_id(day: dt.date, with_weekday: bool = True) -> str:
    """``Senin, 30 November 2026``: a slip's due date carries its weekday unless told not to."""
    return datefmt.format_date_id(day, with_weekday)


def print_mask(number: str | None, id_type: str = "nik") -> str:
    """The identity number as it may appear on paper (``6172********0001``)."""
    return mask_id(number, id_type, mask=PRINT_MASK)


def short_title(title: str, limit: int = 60) -> str:
    """A title cut on a word boundary with ``...`` so it fits two receipt lines."""
    words = " ".join((title or "").split())
    if len(words) <= limit:
        return words
    cut = words[: limit - 3].rsplit(" ", 1)[0] or words[: limit - 3]
    return cut.rstrip(" ,;:") + "..."


#: ``Peraturan: PKPU No. 4 Tahun 2021`` (one home: services/citations.py)
document_label = citations.labelled


def office_header(config: AppConfig, title: str) -> list[ReceiptItem]:
    """Office name, unit and address, then the slip's title: the top of every printout."""
    office = config.office
    items: list[ReceiptItem] = [Text(office.name.upper(), bold=True, align="center")]
    if office.unit:
        items.append(Text(office.unit, align="center"))
    if office.address:
        items.append(Text(office.address, align="center"))
    if office.phone:
        items.append(Text(f"Telp. {office.phone}", align="center"))
    items += [Separator("="), Text(title, bold=True, double=True, align="center"), Separator("=")]
    return items


@dataclass(frozen=True)
class ReceiptLine:
    """One document on a slip."""

    label: str  # document_label(...)
    title: str
    barcode: str


@dataclass(frozen=True)
class LoanReceiptData:
    """What the loan receipt prints; built by ``LoanService`` from the stored loan."""

    receipt_number: str
    loaned_at: dt.datetime
    visitor_name: str
    visitor_id_type: str
    visitor_id_number: str | None
    visitor_institution: str
    items: tuple[ReceiptLine, ...]
    due_date: dt.date | None
    officer_name: str
    reprint: int = 0  # 0: first print; n: the n-th reprint


def build_loan_receipt(config: AppConfig, data: LoanReceiptData) -> Receipt:
    """The bukti peminjaman of SOP box 6, with a QR code holding the receipt number."""
    r = Receipt(title=LOAN_RECEIPT_TITLE)
    r.add(*office_header(config, LOAN_RECEIPT_TITLE))
    r.add(KeyValue("No. bukti", data.receipt_number, bold=True),
          KeyValue("Tanggal", format_datetime_id(data.loaned_at)))
    if data.reprint:
        r.add(Text(f"CETAK ULANG ke-{data.reprint}", align="center"))
    r.add(Separator(),
          KeyValue("Peminjam", data.visitor_name))
    id_label = "NIK" if data.visitor_id_type == "nik" else \
        enums.ID_TYPES.get(data.visitor_id_type, "Identitas")
    if data.visitor_id_number:
        r.add(KeyValue(id_label, print_mask(data.visitor_id_number, data.visitor_id_type)))
    if data.visitor_institution:
        r.add(KeyValue("Instansi", data.visitor_institution))
    r.add(Separator(), Text(f"Dokumen ({len(data.items)}):", bold=True))
    for i, item in enumerate(data.items, 1):
        r.add(Text(f"{i}. {item.label}"),
              Text(short_title(item.title, 80)),  # at most two lines of an 80 mm slip
              KeyValue("Barcode", item.barcode))
    r.add(Separator())
    if data.due_date is None:
        r.add(Text(READ_ON_SITE.upper(), bold=True, align="center"),
              Text("Dokumen tidak boleh dibawa keluar ruangan.", align="center"))
    else:
        r.add(KeyValue("Jatuh tempo", format_date_id(data.due_date), bold=True))
    r.add(KeyValue("Petugas", data.officer_name), Feed(1),
          QrCode(data.receipt_number, size=6, align="center"),
          Text(data.receipt_number, align="center"), Feed(1),
          SignatureLines("Petugas", "Peminjam", data.officer_name, data.visitor_name),
          Feed(1),
          Text("Simpan bukti ini dan tunjukkan saat", align="center"),
          Text("mengembalikan dokumen.", align="center"))
    return r

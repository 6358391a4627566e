"""Every number the desk hands out, in one place: copy barcodes, loan receipts, return slips.

- Copy barcodes: ``JDIH`` + 7 digits (``JDIH0000123``) from the counter ``copy_barcode``;
  Code128 on labels, typed by a keyboard-wedge scanner.
- Loan receipts: ``PJ-<year>-<6 digits>`` from the counter ``loan:<year>``; the receipt's QR
  code holds this number.
- Return slips: ``KB-<year>-<6 digits>`` from the counter ``return:<year>``.

Numbers are taken inside the caller's transaction (``store.counters.next_value``): two desks
never get the same number, and a rolled-back loan or return leaves no gap.
"""

from __future__ import annotations

import re

from jdih_desktop.store.counters import next_value

COPY_BARCODE_COUNTER = "copy_barcode"
COPY_BARCODE_PREFIX = "JDIH"
COPY_BARCODE_DIGITS = 7

BARCODE_RE = re.compile(r"^JDIH\d{7}$")
RECEIPT_RE = re.compile(r"^PJ-(\d{4})-(\d{6})$")
SLIP_RE = re.compile(r"^KB-(\d{4})-(\d{6})$")


def format_barcode(sequence: int) -> str:
    """The copy barcode for a sequence number."""
    return f"{COPY_BARCODE_PREFIX}{sequence:0{COPY_BARCODE_DIGITS}d}"


def next_copy_barcode() -> str:
    return format_barcode(next_value(COPY_BARCODE_COUNTER))


def next_receipt_number(year: int) -> str:
    return f"PJ-{year}-{next_value(f'loan:{year}'):06d}"


def next_slip_number(year: int) -> str:
    return f"KB-{year}-{next_value(f'return:{year}'):06d}"


# Renewal slips (issue 15): ``PP-<year>-<6 digits>`` from the counter ``renewal:<year>``.
RENEWAL_RE = re.compile(r"^PP-(\d{4})-(\d{6})$")


def next_renewal_number(year: int) -> str:
    return f"PP-{year}-{next_value(f'renewal:{year}'):06d}"

"""Sequential numbers: no gaps after a rollback, one sequence per counter and year."""

from __future__ import annotations

import pytest

from jdih_desktop.services.numbering import (
    BARCODE_RE,
    RECEIPT_RE,
    SLIP_RE,
    next_copy_barcode,
    next_receipt_number,
    next_slip_number,
)


def test_numbers_follow_their_formats_and_sequences(ctx):
    assert [next_receipt_number(2026) for _ in range(2)] == ["PJ-2026-000001", "PJ-2026-000002"]
    assert next_receipt_number(2027) == "PJ-2027-000001"  # a new year starts again
    assert next_slip_number(2026) == "KB-2026-000001"
    barcode = next_copy_barcode()
    assert barcode == "JDIH0000001"
    assert BARCODE_RE.match(barcode) and RECEIPT_RE.match("PJ-2026-000001")
    assert SLIP_RE.match("KB-2026-000001") and not SLIP_RE.match("PJ-2026-000001")


def test_a_rolled_back_loan_gives_its_number_back(ctx):
    # GIVEN a receipt number taken inside a transaction that fails
    with pytest.raises(RuntimeError), ctx.db.atomic():
        assert next_receipt_number(2026) == "PJ-2026-000001"
        raise RuntimeError("printer-independent failure while saving the loan")
    # WHEN the next loan is saved THEN it gets the same number: no gap in the sequence
    with ctx.db.atomic():
        assert next_receipt_number(2026) == "PJ-2026-000001"

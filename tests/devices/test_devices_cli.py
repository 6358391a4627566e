"""``jdih-desktop devices ...`` end to end (in process), against the loopback printer and the
SANE test device."""

from __future__ import annotations

import ctypes.util
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from jdih_desktop.cli import main
from tests.support.escpos import decode
from tests.support.loopback import LoopbackPrinter


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), "devices", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list(capsys, data_dir: Path, qapp) -> None:
    code, out, _ = run(capsys, data_dir, "list")
    assert code == 0
    assert "pemindai\tsimulated\t" in out and "printer\tsimulated\t" in out
    if ctypes.util.find_library("sane"):
        assert "pemindai\tsane:test:0\t" in out


def test_test_print_to_the_loopback_printer(capsys, data_dir: Path) -> None:
    with LoopbackPrinter() as lp:
        code, out, _ = run(capsys, data_dir, "test-print", "--printer", lp.spec)
        d = decode(lp.wait_job())
    assert code == 0 and "Struk uji terkirim" in out
    # THEN the slip has the office name, the date, Indonesian text, a QR, a barcode and a cut
    assert "Komisi Pemilihan Umum Kota Singkawang" in d.text
    assert d.style_of("UJI CETAK").double
    assert any(m in d.text for m in ("Januari", "Februari", "Maret", "April", "Mei", "Juni",
                                     "Juli", "Agustus", "September", "Oktober", "November",
                                     "Desember"))
    words = " ".join(d.lines)  # the sentence wraps over lines
    assert '"Peraturan KPU" - pasal 1-3; cafe, naive, senor, Muller.' in words
    assert len(d.qr_codes) == 1 and d.qr_codes[0].startswith("JDIH-UJI:UJI")
    assert d.barcodes[0][0] == "CODE128"
    assert d.cuts == 1


@pytest.mark.parametrize("spec", ["printer-biasa", "network:host:abc", "usb:1"])
def test_bad_spec_is_one_line_and_exit_2(capsys, data_dir: Path, spec: str) -> None:
    code, out, err = run(capsys, data_dir, "test-print", "--printer", spec)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "tidak valid" in err


def test_unreachable_printer_exit_1(capsys, data_dir: Path) -> None:
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    code, _, err = run(capsys, data_dir, "test-print", "--printer", f"network:127.0.0.1:{port}")
    assert code == 1 and "Coba lagi" in err


def test_test_print_to_pdf(capsys, data_dir: Path, tmp_path: Path, qapp) -> None:
    target = tmp_path / "uji.pdf"
    code, _out, _ = run(capsys, data_dir, "test-print", "--printer", f"pdf:{target}")
    assert code == 0
    text = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "UJI CETAK" in text and "Kota Singkawang" in text and "Müller" in text


def test_test_scan_simulated_feeder(capsys, data_dir: Path, tmp_path: Path) -> None:
    out_png = tmp_path / "hasil.png"
    code, out, _ = run(capsys, data_dir, "test-scan", "--scanner", "simulated", "--out",
                       str(out_png), "--dpi", "60", "--source", "feeder")
    assert code == 0 and "Dipindai 3 halaman" in out
    assert out_png.exists() and (tmp_path / "hasil-3.png").exists()


@pytest.mark.sane
def test_test_scan_sane(capsys, data_dir: Path, tmp_path: Path) -> None:
    if not ctypes.util.find_library("sane"):
        pytest.skip("libsane1 is not installed")
    out_png = tmp_path / "sane.png"
    code, _out, _ = run(capsys, data_dir, "test-scan", "--scanner", "sane:test:0", "--out",
                       str(out_png), "--dpi", "100")
    assert code == 0
    with Image.open(out_png) as img:
        assert abs(img.width - 827) <= 2 and abs(img.height - 1169) <= 2


def test_test_scan_bad_spec(capsys, data_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, data_dir, "test-scan", "--scanner", "twain:1", "--out",
                       str(tmp_path / "x.png"))
    assert code == 2 and err.count("\n") == 1

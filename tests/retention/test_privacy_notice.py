"""The privacy notice says what the retention run does, and consents name its version."""

from __future__ import annotations

from jdih_desktop.config import PRIVACY_NOTICE_VERSION, load_config
from jdih_desktop.ui.wizard.visit_book import privacy_notice_html


def test_the_notice_names_what_the_retention_run_removes_and_keeps():
    text = privacy_notice_html("KPU Kota Singkawang", 5, PRIVACY_NOTICE_VERSION)
    assert f"versi {PRIVACY_NOTICE_VERSION}" in text
    assert "5 tahun sejak kunjungan terakhir Anda" in text
    for removed in ("nama", "nomor identitas", "instansi", "alamat", "telepon", "e-mail",
                    "tanda tangan", "pindaian kartu identitas", "foto"):
        assert removed in text
    assert "belum Anda kembalikan" in text  # open loans are kept
    assert "dihapus atau dianonimkan" not in text  # the vaguer 2026-01 wording
    # AND the identity-card scans' own, shorter period is said
    assert "Pindaian kartu identitas dihapus 30 hari setelah kunjungan" in text
    assert "Pindaian kartu identitas dihapus 14 hari setelah kunjungan" in privacy_notice_html(
        "KPU Kota Singkawang", 5, PRIVACY_NOTICE_VERSION, id_scan_days=14)


def test_an_older_notice_version_in_config_ini_gives_way_to_the_text_shown(tmp_path):
    # GIVEN a config.ini written by Pengaturan before the notice changed
    (tmp_path / "config.ini").write_text(
        "[visit_book]\nprivacy_notice_version = 2026-01\nretention_years = 3\n",
        encoding="utf-8")
    cfg = load_config(tmp_path)
    # THEN consents are recorded against the notice actually shown; other values stay
    assert cfg.visit_book.privacy_notice_version == PRIVACY_NOTICE_VERSION == "2026-12"
    assert cfg.visit_book.retention_years == 3
    # AND a newer version set by the office is kept
    (tmp_path / "config.ini").write_text("[visit_book]\nprivacy_notice_version = 2027-01\n",
                                         encoding="utf-8")
    assert load_config(tmp_path).visit_book.privacy_notice_version == "2027-01"

"""First-run setup of a real data folder, and Pengaturan → Kantor.

``FirstRunWizard(config, services, printer_worker, scanner_worker, leading_pages=[...])``:
pages given in ``leading_pages`` come first (the accounts work will put "create the
administrator" there), then the office's identity, the devices, the loan rules and the
holidays. Finishing writes ``[app] setup_done = yes`` with the rest of config.ini.
"""

from __future__ import annotations

from pathlib import Path

from jdih_desktop.ui.setup.office import OfficeDialog, OfficeForm
from jdih_desktop.ui.setup.wizard import FirstRunWizard


def default_logo_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "resources" / "logo_jdih.png"


__all__ = ["FirstRunWizard", "OfficeDialog", "OfficeForm", "default_logo_path"]

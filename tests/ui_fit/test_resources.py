"""Icons, the application icon and the office logo come through Qt resources (jdih.qrc),
compiled into the committed ``ui/resources_rc.py``; the module must match its sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon

from jdih_desktop.ui import resources_rc  # noqa: F401  registers :/jdih/…
from jdih_desktop.ui.widgets import style

RES = Path(__file__).resolve().parents[2] / "jdih_desktop" / "resources"


def _entries() -> list[tuple[str, Path]]:
    root = ET.parse(RES / "jdih.qrc").getroot()
    out = []
    for res in root.iter("qresource"):
        prefix = res.get("prefix", "/").rstrip("/")
        for f in res.iter("file"):
            out.append((f":{prefix}/{f.get('alias') or f.text}", RES / f.text))
    return out


def test_compiled_resources_match_their_sources(qapp):
    # GIVEN every file the .qrc lists THEN the compiled module serves exactly its bytes (a
    # changed icon without `make resources` fails here)
    entries = _entries()
    assert len(entries) >= 20
    for path, source in entries:
        f = QFile(path)
        assert f.open(QIODevice.OpenModeFlag.ReadOnly), path
        assert bytes(f.readAll().data()) == source.read_bytes(), f"{path} is stale"
        f.close()
    # AND every icon on disk is listed (none forgotten)
    listed = {s.name for _, s in entries}
    assert {p.name for p in (RES / "icons").glob("*.svg")} <= listed


def test_icons_render_and_the_licence_ships(qapp):
    for name in ("user-plus", "books", "arrow-back-up", "chart-bar", "printer"):
        icon = style.icon(name)
        assert not icon.isNull() and not icon.pixmap(24, 24).isNull(), name
    assert not style.app_icon().pixmap(256, 256).isNull()
    assert style.logo(64).height() == 64
    licence = (RES / "icons" / "LICENSE-tabler-icons.txt").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert QIcon(":/jdih/icons/does-not-exist.svg").pixmap(24, 24).isNull()


def test_installer_icon_is_a_multi_size_ico():
    from PIL import Image

    with Image.open(RES / "app.ico") as ico:
        sizes = ico.info.get("sizes")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(sizes)

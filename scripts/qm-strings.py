#!/usr/bin/env python3
"""List the source strings of a compiled Qt translation (.qm), grouped by context.

PySide6's wheels ship lupdate and lrelease but not lconvert, so Qt's own source strings cannot
be turned back into a .ts with Qt's tools. This reads the documented .qm layout (a magic number,
then tagged blocks; the messages block holds per message its context, source text, comment and
translation) and prints what ``jdih_desktop/i18n/qtbase_id.ts`` must translate:

    .venv/bin/python scripts/qm-strings.py \
        .venv/lib/python3.11/site-packages/PySide6/Qt/translations/qtbase_de.qm QFileDialog ...

Run it when PySide6 is upgraded and add new strings of the dialogs' contexts to qtbase_id.ts.
"""

from __future__ import annotations

import struct
import sys

MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
               0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
MESSAGES = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8


def read(path: str) -> list[dict[str, object]]:
    """Every message of the file: {"ctx", "src", "cmt", "tr": [translations]}."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:16] != MAGIC:
        raise ValueError(f"{path} is not a Qt .qm file")
    pos, blocks = 16, {}
    while pos < len(data):
        tag = data[pos]
        length = struct.unpack(">I", data[pos + 1:pos + 5])[0]
        blocks[tag] = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    raw, p, out, cur = blocks.get(MESSAGES, b""), 0, [], {}
    while p < len(raw):
        tag = raw[p]
        p += 1
        if tag == END:
            out.append(cur)
            cur = {}
            continue
        if tag == OBSOLETE1:
            p += 4
            continue
        length = struct.unpack(">I", raw[p:p + 4])[0]
        p += 4
        value = None if length == 0xFFFFFFFF else raw[p:p + length]
        p += 0 if value is None else length
        if tag == TRANSLATION:
            cur.setdefault("tr", []).append(value.decode("utf-16-be") if value else "")
        elif tag == SOURCE:
            cur["src"] = (value or b"").decode("utf-8")
        elif tag == CONTEXT:
            cur["ctx"] = (value or b"").decode("utf-8")
        elif tag == COMMENT:
            cur["cmt"] = (value or b"").decode("utf-8")
        else:  # 2, 4 (UTF-16 source/context of very old files): skipped
            pass
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    wanted = set(argv[1:])
    for m in sorted(read(argv[0]), key=lambda m: (str(m.get("ctx")), str(m.get("src")))):
        if not wanted or m.get("ctx") in wanted:
            print(f"{m.get('ctx')}\t{m.get('src')!r}\t{m.get('cmt', '')!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Writing files so that a crash, a full disk or a bad target never leaves half a file.

One place for every layer (commands, the reports window, config): the bytes go to a hidden
temporary file beside the target, which then replaces the target in one step; whatever goes
wrong, the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once; raises OSError with nothing left behind."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

"""A loopback TCP receipt printer for tests (127.0.0.1, a free port), like a JetDirect 9100.

    with LoopbackPrinter() as lp:
        printer = build_printer(lp.spec, DevicesConfig())
        printer.print_receipt(receipt)
        data = lp.wait_job()           # the bytes of the first job
        assert "Tanda Terima" in decode(data).text

Behaviours (``mode``):
- ``"ok"``:    reads every job to the end (one job per connection);
- ``"stall"``: reads ``stall_after`` bytes, then stops reading but keeps the connection open,
  like a printer whose buffer is full because the paper ran out;
- ``"drop"``:  reads ``stall_after`` bytes, then resets the connection (cable pulled).
The receive buffer is kept small so a stalled printer fills it quickly. ``greeting`` bytes are
sent as soon as a connection opens (a printer with automatic status back).
"""

from __future__ import annotations

import socket
import struct
import threading
import time


class LoopbackPrinter:
    def __init__(self, mode: str = "ok", stall_after: int = 256, rcvbuf: int = 4096,
                 greeting: bytes = b"") -> None:
        self.mode = mode
        self.greeting = greeting  # bytes sent on connect, like a printer's status reports
        self.stall_after = stall_after
        self.jobs: list[bytes] = []
        self.connections = 0
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._held: list[socket.socket] = []
        self._srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._srv.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self._srv.bind(("127.0.0.1", 0))
        self._srv.listen(8)
        self._srv.settimeout(0.1)
        self.host, self.port = self._srv.getsockname()
        self._thread = threading.Thread(target=self._serve, name="loopback-printer",
                                        daemon=True)

    @property
    def spec(self) -> str:
        return f"network:{self.host}:{self.port}"

    def start(self) -> LoopbackPrinter:
        self._thread.start()
        return self

    def __enter__(self) -> LoopbackPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for s in self._held:
            s.close()
        self._srv.close()

    def wait_job(self, index: int = 0, timeout: float = 5.0) -> bytes:
        """The bytes of job ``index`` once its connection has ended."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.jobs) <= index:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no job {index} within {timeout} s")
                self._cond.wait(left)
            return self.jobs[index]

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._srv.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        if self.greeting:
            conn.sendall(self.greeting)
        conn.settimeout(0.1)
        buf = bytearray()
        limit = self.stall_after if self.mode in ("stall", "drop") else None
        while not self._stop.is_set():
            if limit is not None and len(buf) >= limit:
                break
            try:
                chunk = conn.recv(min(4096, (limit - len(buf)) if limit else 4096))
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            buf.extend(chunk)
        if self.mode == "stall":
            self._held.append(conn)  # never read again, never close: the sender must time out
        elif self.mode == "drop":
            # SO_LINGER 0: close with a reset, as when the printer loses power mid-job.
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        else:
            conn.close()
        with self._cond:
            self.jobs.append(bytes(buf))
            self._cond.notify_all()

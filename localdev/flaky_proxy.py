"""A TCP proxy on 127.0.0.1 between a gRPC client and the Firestore emulator that can fail on cue.

It counts the gRPC calls passing through (each call opens an HTTP/2 stream with a HEADERS frame;
the proxy reads the client's frames, it never changes them) and can, after a given number of
further calls, hold back the next call and then:

- `refuse`: cut every open connection (reset) and close its listening socket, so new connections
  are refused (ECONNREFUSED) as when Firestore's front end is gone;
- `blackhole`: cut nothing, forward nothing more: calls and new connections hang (a partitioned network);
- `cut`: reset every open connection once (the held call fails), then forward again (a restarted front end);
- `lose_answer`: forward the call, and reset its connection when the answer comes back: the call took
  effect, the client never learns it (a commit whose answer was lost); then forward again.

`restore()` listens again on the same port and forwards as before. Used by the outage tests
(tests/integration/test_outages.py) and the recovery benchmark (bench/outage_recovery.py).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from enum import StrEnum

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"  # what every HTTP/2 client sends first
DATA, HEADERS = 0x0, 0x1  # HEADERS opens a stream (a call) from the client; the answer is HEADERS and DATA


class Mode(StrEnum):
    PASS = "pass"
    REFUSE = "refuse"
    BLACKHOLE = "blackhole"
    CUT = "cut"
    LOSE_ANSWER = "lose_answer"


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0), as a crashed or unplugged server's host answers."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


class FlakyProxy:
    """Listens on 127.0.0.1:`port` and forwards to `target` ("host:port", loopback only)."""

    def __init__(self, target: str) -> None:
        host, port = target.rsplit(":", 1)
        if host not in ("127.0.0.1", "localhost"):
            raise ValueError("the proxy only forwards to this machine")
        self._target = ("127.0.0.1", int(port))
        self._lock = threading.Lock()
        self._mode = Mode.PASS
        self._calls = 0  # calls forwarded so far
        self._fail_at: int | None = None  # the call number that switches to `_fail_mode`
        self._fail_mode = Mode.REFUSE
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lose: dict[socket.socket, int] = {}  # server socket -> the stream whose answer is to be lost
        self._listener = self._listen(0)
        self.port: int = self._listener.getsockname()[1]
        self.host = f"127.0.0.1:{self.port}"
        self._start_accepting()

    # --- control ---------------------------------------------------------------------------------

    @property
    def calls(self) -> int:
        with self._lock:
            return self._calls

    @property
    def mode(self) -> Mode:
        with self._lock:
            return self._mode

    def fail_after(self, calls: int, mode: Mode = Mode.REFUSE) -> None:
        """Let `calls` more calls through; hold back the next one and fail as `mode` from then on."""
        with self._lock:
            self._fail_at = self._calls + calls + 1
            self._fail_mode = mode
        if calls == 0:
            self.fail_now(mode)

    def fail_now(self, mode: Mode = Mode.REFUSE) -> None:
        with self._lock:
            self._fail_at = None
            if self._mode is not Mode.PASS:
                return
            if mode is Mode.LOSE_ANSWER:  # only as the call after `fail_after`'s count
                return
            if mode is not Mode.CUT:
                self._mode = mode
            cut: list[tuple[socket.socket, socket.socket]] = []
            if mode is not Mode.BLACKHOLE:  # a blackhole keeps its connections open (and silent) until restored
                cut, self._pairs = self._pairs, []
        if mode is Mode.REFUSE:
            with contextlib.suppress(OSError):
                self._listener.close()
        for client, server in cut:
            _reset(client)
            _reset(server)

    def restore(self) -> None:
        """Forward again (a refused port listens again; held connections are cut so clients reconnect)."""
        with self._lock:
            mode, self._mode, self._fail_at = self._mode, Mode.PASS, None
            held: list[tuple[socket.socket, socket.socket]] = []
            if mode is Mode.BLACKHOLE:
                held, self._pairs = self._pairs, []
        for client, server in held:
            _reset(client)
            _reset(server)
        if mode is Mode.REFUSE:
            self._listener = self._listen(self.port)
            self._start_accepting()

    def stop(self) -> None:
        with self._lock:
            self._mode = Mode.REFUSE
            pairs, self._pairs = self._pairs, []
        with contextlib.suppress(OSError):
            self._listener.close()
        for client, server in pairs:
            _reset(client)
            _reset(server)

    # --- plumbing --------------------------------------------------------------------------------

    @staticmethod
    def _listen(port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(64)
        return listener

    def _start_accepting(self) -> None:
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True, name="flaky-proxy").start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed: refusing, or stopped
            if self.mode is not Mode.PASS:  # blackhole: accept and hold
                with self._lock:
                    self._pairs.append((client, client))
                continue
            try:
                server = socket.create_connection(self._target, timeout=5)
                server.settimeout(None)
            except OSError:
                _reset(client)
                continue
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._pairs.append((client, server))
            threading.Thread(target=self._upstream, args=(client, server), daemon=True).start()
            threading.Thread(target=self._downstream, args=(server, client), daemon=True).start()

    def _passing(self) -> bool:
        return self.mode is Mode.PASS

    def _upstream(self, client: socket.socket, server: socket.socket) -> None:
        """Client to server, frame by frame, counting the streams the client opens."""
        buffer = bytearray()
        preface_left = len(PREFACE)
        opened = 0  # the highest stream id the client opened on this connection
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    break
                buffer += data
                out = bytearray()
                if preface_left:
                    taken = min(preface_left, len(buffer))
                    out += buffer[:taken]
                    del buffer[:taken]
                    preface_left -= taken
                while len(buffer) >= 9:
                    length = int.from_bytes(buffer[0:3], "big")
                    if len(buffer) < 9 + length:
                        break
                    kind, stream = buffer[3], int.from_bytes(buffer[5:9], "big") & 0x7FFFFFFF
                    if kind == HEADERS and stream > opened:
                        opened = stream
                        if not self._count_call():  # this call must fail: send what came before it, then fail
                            if self._lose_answer_of(server, stream):
                                pass  # forwarded; its answer will be lost
                            else:
                                if out:
                                    server.sendall(out)
                                self._trip()
                                return
                    out += buffer[: 9 + length]
                    del buffer[: 9 + length]
                if out and self._passing():
                    server.sendall(out)
                elif not self._passing():
                    return
        except OSError:
            pass
        self._close_pair(client, server)

    def _downstream(self, server: socket.socket, client: socket.socket) -> None:
        """Server to client, frame by frame (the server's first frame is its SETTINGS: no preface)."""
        buffer = bytearray()
        try:
            while True:
                data = server.recv(65536)
                if not data or not self._passing():
                    break
                buffer += data
                out = bytearray()
                while len(buffer) >= 9:
                    length = int.from_bytes(buffer[0:3], "big")
                    if len(buffer) < 9 + length:
                        break
                    kind, stream = buffer[3], int.from_bytes(buffer[5:9], "big") & 0x7FFFFFFF
                    with self._lock:
                        losing = kind in (HEADERS, DATA) and self._lose.get(server) == stream
                        if losing:
                            del self._lose[server]
                    if losing:  # the answer of the call that took effect: the client never sees it
                        if out:
                            client.sendall(out)
                        _reset(client)
                        _reset(server)
                        return
                    out += buffer[: 9 + length]
                    del buffer[: 9 + length]
                if out:
                    client.sendall(out)
        except OSError:
            pass
        if self._passing():
            self._close_pair(client, server)

    def _lose_answer_of(self, server: socket.socket, stream: int) -> bool:
        """When the call that trips is to lose its answer: count it, mark its stream, and forward again."""
        with self._lock:
            if self._mode is not Mode.PASS or self._fail_mode is not Mode.LOSE_ANSWER:
                return False
            self._fail_at = None
            self._calls += 1
            self._lose[server] = stream
            return True

    def _count_call(self) -> bool:
        """Count one call; False when it is the one that must fail."""
        with self._lock:
            if self._mode is not Mode.PASS:
                return False
            if self._fail_at is not None and self._calls + 1 >= self._fail_at:
                return False
            self._calls += 1
            return True

    def _trip(self) -> None:
        with self._lock:
            mode = self._fail_mode if self._mode is Mode.PASS else self._mode
        self.fail_now(mode)

    def _close_pair(self, client: socket.socket, server: socket.socket) -> None:
        with self._lock:
            if (client, server) in self._pairs:
                self._pairs.remove((client, server))
        for sock in (client, server):
            with contextlib.suppress(OSError):
                sock.close()

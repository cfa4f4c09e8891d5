"""Stand-ins for what a Cloud Function's runtime reaches to sign URLs as its own service account, so the
production path of `puspa.bucket.IamSigner` runs for real on this machine:

- a metadata server (GCE_METADATA_HOST / GCE_METADATA_IP): the account's e-mail and an access token,
  answered as Compute Engine's metadata server answers them (`Metadata-Flavor: Google`);
- the IAM Credentials API's signBlob at https://iamcredentials.googleapis.com, reached through an
  HTTPS proxy (HTTPS_PROXY) that presents a certificate of a throwaway CA (REQUESTS_CA_BUNDLE): it
  checks the bearer token, signs the payload with its own RSA key and answers `{keyId, signedBlob}`.

The Google libraries are not changed or patched: they read these environment variables themselves.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import json
import re
import socket
import socketserver
import ssl
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

IAM_HOST = "iamcredentials.googleapis.com"
EMAIL = "puspa-webhook@demo-puspa-test.iam.gserviceaccount.com"
TOKEN = "ya29.standin-access-token"
_SIGN_PATH = re.compile(r"^/v1/projects/-/serviceAccounts/([^/:]+):signBlob")


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a certificate for IAM_HOST it signed: (ca.pem, leaf.pem, leaf key)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "PUSPA test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))  # fmt: skip
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, IAM_HOST)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(IAM_HOST)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))  # fmt: skip
    paths = folder / "ca.pem", folder / "iam.pem", folder / "iam-key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    return paths


class _Metadata(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path in ("/", "/computeMetadata/v1/"):
            body: Any = "ok"
        elif path.endswith("/instance/service-accounts/default/"):
            body = {
                "email": EMAIL,
                "aliases": ["default"],
                "scopes": ["https://www.googleapis.com/auth/cloud-platform"],
            }
        elif path.endswith("/instance/service-accounts/default/token") or path.endswith(f"/{EMAIL}/token"):
            body = {"access_token": TOKEN, "expires_in": 3599, "token_type": "Bearer"}
        elif path.endswith("/project/project-id"):
            body = "demo-puspa-test"
        else:
            self.send_response(404)
            self.send_header("Metadata-Flavor", "Google")
            self.end_headers()
            return
        data = (json.dumps(body) if not isinstance(body, str) else body).encode()
        self.send_response(200)
        self.send_header("Metadata-Flavor", "Google")
        self.send_header("Content-Type", "application/json" if not isinstance(body, str) else "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class IamStandin:
    """The metadata server and the signBlob proxy, each on a port of 127.0.0.1. `signed` lists every
    payload signed (the V4 string-to-sign) with its signature; `environment` is what a process needs."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="iam-standin-"))
        self.ca, leaf, leaf_key = _certificates(self.folder)
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.signed: list[tuple[bytes, bytes]] = []
        self.refused = 0
        self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._tls.load_cert_chain(leaf, leaf_key)
        self.metadata = ThreadingHTTPServer(("127.0.0.1", 0), _Metadata)
        standin = self

        class Proxy(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                standin._tunnel(self.connection)

        self.proxy = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Proxy)
        self.proxy.daemon_threads = True
        for server in (self.metadata, self.proxy):
            threading.Thread(target=server.serve_forever, daemon=True).start()

    @property
    def environment(self) -> dict[str, str]:
        metadata = f"127.0.0.1:{self.metadata.server_address[1]}"
        return {
            "GCE_METADATA_HOST": metadata, "GCE_METADATA_IP": metadata,
            "HTTPS_PROXY": f"http://127.0.0.1:{self.proxy.server_address[1]}", "REQUESTS_CA_BUNDLE": str(self.ca),
            "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
        }  # fmt: skip

    def public_key(self) -> rsa.RSAPublicKey:
        return self.key.public_key()

    def _tunnel(self, connection: socket.socket) -> None:
        """CONNECT iamcredentials.googleapis.com:443, then TLS with the stand-in's certificate, then one request."""
        head, _ = _read_head(connection)
        if not head.startswith(f"CONNECT {IAM_HOST}:443 ".encode()):
            connection.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        connection.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        with contextlib.suppress(ssl.SSLError, OSError), self._tls.wrap_socket(connection, server_side=True) as tls:
            request, rest = _read_head(tls)
            lines = request.decode("latin-1").split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            body = _read_exactly(tls, rest, int(headers.get("content-length", "0")))
            status, answer = self._sign(lines[0], headers, body)
            data = json.dumps(answer).encode()
            tls.sendall(f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                        f"Connection: close\r\n\r\n".encode() + data)  # fmt: skip

    def _sign(self, request_line: str, headers: dict[str, str], body: bytes) -> tuple[str, dict[str, Any]]:
        method, path, _ = request_line.split(" ", 2)
        match = _SIGN_PATH.match(path)
        if headers.get("authorization") != f"Bearer {TOKEN}":
            self.refused += 1
            return "401 Unauthorized", {"error": {"code": 401, "status": "UNAUTHENTICATED"}}
        if method != "POST" or match is None or match.group(1) != EMAIL:
            self.refused += 1
            return "403 Forbidden", {"error": {"code": 403, "status": "PERMISSION_DENIED"}}
        payload = base64.b64decode(json.loads(body)["payload"])
        signature = self.key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
        self.signed.append((payload, signature))
        return "200 OK", {"keyId": "standin", "signedBlob": base64.b64encode(signature).decode()}

    def stop(self) -> None:
        for server in (self.metadata, self.proxy):
            server.shutdown()
            server.server_close()


def _read_head(connection: Any) -> tuple[bytes, bytes]:
    """A request's head, and what arrived after it (the start of its body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            break
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def _read_exactly(connection: Any, data: bytes, size: int) -> bytes:
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            break
        data += chunk
    return data[:size]

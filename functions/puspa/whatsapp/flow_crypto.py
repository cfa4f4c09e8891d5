"""The encryption of Meta's Flows data-exchange protocol (pure: no I/O).

A request is JSON `{encrypted_flow_data, encrypted_aes_key, initial_vector}`, each base64: the AES key
is wrapped with our RSA public key (RSA-OAEP, SHA-256, MGF1 with SHA-256); the body is AES-GCM with a
128-bit key and that IV, the 16-byte tag appended. The answer is the response JSON encrypted with the
same key and the IV with every bit flipped, tag appended, base64, sent as text/plain.
`tests/unit/test_flow_crypto.py` proves both directions against pywa's implementation of Meta's
published example, not against this module itself.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from puspa.errors import FlowDecryptError

_OAEP = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
REQUEST_MAX = 1_000_000  # base64 characters of one request body (Meta's are a few kilobytes)


def load_private_key(pem: str, passphrase: str = "") -> rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), passphrase.encode() or None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the Flows endpoint needs an RSA private key")
    return key


def public_pem(key: rsa.RSAPrivateKey) -> str:
    """The public key, PEM, as `POST /{phone_number_id}/whatsapp_business_encryption` takes it."""
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def _b64(value: Any) -> bytes:
    if not isinstance(value, str) or len(value) > REQUEST_MAX:
        raise FlowDecryptError("a field is missing or not text")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FlowDecryptError("a field is not base64") from exc


def decrypt_request(body: bytes, key: rsa.RSAPrivateKey) -> tuple[dict[str, Any], bytes, bytes]:
    """(the request's JSON, the AES key, the IV), or FlowDecryptError."""
    try:
        envelope = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise FlowDecryptError("the body is not JSON") from exc
    if not isinstance(envelope, dict):
        raise FlowDecryptError("the body is not an object")
    data, wrapped, iv = (_b64(envelope.get(k)) for k in ("encrypted_flow_data", "encrypted_aes_key", "initial_vector"))
    try:
        aes_key = key.decrypt(wrapped, _OAEP)
        plain = AESGCM(aes_key).decrypt(iv, data, None)
        request = json.loads(plain)
    except (ValueError, InvalidTag, RecursionError) as exc:
        raise FlowDecryptError("the request cannot be decrypted with our key") from exc
    if not isinstance(request, dict):
        raise FlowDecryptError("the decrypted request is not an object")
    return request, aes_key, iv


def flipped(iv: bytes) -> bytes:
    return bytes(byte ^ 0xFF for byte in iv)


def encrypt_response(response: dict[str, Any], aes_key: bytes, iv: bytes) -> str:
    """The answer's body: base64 of AES-GCM(response JSON) under the request's key and the flipped IV."""
    plain = json.dumps(response, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.b64encode(AESGCM(aes_key).encrypt(flipped(iv), plain, None)).decode()

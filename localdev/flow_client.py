"""Meta's side of the Flows data-exchange protocol, for the Graph API stand-in and the tests: what
WhatsApp's client does when a form with an endpoint opens or moves on. It encrypts each request for
the business's registered public key (a fresh AES-128 key wrapped with RSA-OAEP SHA-256, the body in
AES-GCM, tag appended), signs it with the app secret as Meta signs webhooks, and decrypts the answer
with the flipped IV. Written from the protocol's description, apart from PUSPA's endpoint code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def seal(public_key_pem: str, request: dict[str, Any]) -> tuple[bytes, bytes, bytes]:
    """(the POST body, the AES key, the IV) of one encrypted request."""
    public_key = serialization.load_pem_public_key(public_key_pem.encode())
    assert isinstance(public_key, rsa.RSAPublicKey)
    aes_key, iv = os.urandom(16), os.urandom(16)
    encryptor = Cipher(algorithms.AES(aes_key), modes.GCM(iv)).encryptor()
    sealed = encryptor.update(json.dumps(request).encode()) + encryptor.finalize() + encryptor.tag
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    body = {
        "encrypted_flow_data": base64.b64encode(sealed).decode(),
        "encrypted_aes_key": base64.b64encode(public_key.encrypt(aes_key, oaep)).decode(),
        "initial_vector": base64.b64encode(iv).decode(),
    }
    return json.dumps(body).encode(), aes_key, iv


def open_answer(answer: str, aes_key: bytes, iv: bytes) -> dict[str, Any]:
    raw = base64.b64decode(answer)
    flipped = bytes(b ^ 0xFF for b in iv)
    decryptor = Cipher(algorithms.AES(aes_key), modes.GCM(flipped, raw[-16:])).decryptor()
    opened = json.loads(decryptor.update(raw[:-16]) + decryptor.finalize())
    assert isinstance(opened, dict)
    return opened


def call(url: str, public_key_pem: str, app_secret: str, request: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    """POST one request to a Flows endpoint as Meta does: (HTTP status, decrypted answer or {})."""
    body, aes_key, iv = seal(public_key_pem, request)
    signature = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/json", "X-Hub-Signature-256": signature}
    answer = requests.post(url, data=body, headers=headers, timeout=10)
    if answer.status_code in (421, 432) or not answer.text:
        return answer.status_code, {}
    return answer.status_code, open_answer(answer.text, aes_key, iv)

"""The Flows endpoint's cryptography, proved against implementations that are not PUSPA's: pywa's
request decryptor and response encryptor (its rendering of Meta's published example) and Meta's
client side as the algorithm describes it, written here with the cipher primitives directly."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from pywa.utils import default_flow_request_decryptor, default_flow_response_encryptor

from puspa.errors import FlowDecryptError
from puspa.whatsapp.flow_crypto import decrypt_request, encrypt_response, load_private_key, public_pem

REQUEST = {"version": "3.0", "action": "data_exchange", "screen": "LAYANAN", "data": {"layanan": "ktp_el"},
           "flow_token": "bkg:flow:5d1c0f3a9b2e", "catatan": "Désa Sukamaju — jam 08.00"}  # fmt: skip


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key: rsa.RSAPrivateKey, password: bytes | None = None) -> str:
    protection = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protection).decode()


def client_request(public_key: rsa.RSAPublicKey, request: dict[str, Any]) -> tuple[bytes, bytes, bytes]:
    """What Meta's client sends, done here from the algorithm: a fresh AES-128 key and 16-byte IV,
    the body in AES-GCM with the tag appended, the key wrapped with RSA-OAEP (SHA-256, MGF1 SHA-256)."""
    aes_key, iv = os.urandom(16), os.urandom(16)
    encryptor = Cipher(algorithms.AES(aes_key), modes.GCM(iv)).encryptor()
    data = encryptor.update(json.dumps(request).encode()) + encryptor.finalize() + encryptor.tag
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    envelope = {
        "encrypted_flow_data": base64.b64encode(data).decode(),
        "encrypted_aes_key": base64.b64encode(public_key.encrypt(aes_key, oaep)).decode(),
        "initial_vector": base64.b64encode(iv).decode(),
    }
    return json.dumps(envelope).encode(), aes_key, iv


def client_reads(answer: str, aes_key: bytes, iv: bytes) -> dict[str, Any]:
    """What Meta's client does with the answer: AES-GCM with the IV's bits flipped, tag at the end."""
    raw = base64.b64decode(answer)
    flipped = bytes(b ^ 0xFF for b in iv)
    decryptor = Cipher(algorithms.AES(aes_key), modes.GCM(flipped, raw[-16:])).decryptor()
    return json.loads(decryptor.update(raw[:-16]) + decryptor.finalize())


def test_a_request_from_metas_client_decrypts_as_pywa_decrypts_it(key: rsa.RSAPrivateKey) -> None:
    body, aes_key, iv = client_request(key.public_key(), REQUEST)
    ours = decrypt_request(body, key)
    envelope = json.loads(body)
    theirs = default_flow_request_decryptor(
        envelope["encrypted_flow_data"], envelope["encrypted_aes_key"], envelope["initial_vector"], pem(key)
    )
    assert ours == (REQUEST, aes_key, iv) == theirs


def test_a_passphrase_protected_key_is_read(key: rsa.RSAPrivateKey) -> None:
    body, _, _ = client_request(key.public_key(), REQUEST)
    protected = load_private_key(pem(key, b"rahasia"), "rahasia")
    assert decrypt_request(body, protected)[0] == REQUEST


def test_an_answer_reads_on_the_client_as_pywas_does(key: rsa.RSAPrivateKey) -> None:
    body, aes_key, iv = client_request(key.public_key(), REQUEST)
    _, got_key, got_iv = decrypt_request(body, key)
    response = {"screen": "JADWAL", "data": {"slot": [{"id": "0800", "title": "08.00–09.00"}], "desa": "Sukamaju"}}
    ours = encrypt_response(response, got_key, got_iv)
    theirs = default_flow_response_encryptor(response, aes_key, iv)
    assert client_reads(ours, aes_key, iv) == response == client_reads(theirs, aes_key, iv)


def test_the_answer_uses_the_flipped_iv_not_the_request_iv(key: rsa.RSAPrivateKey) -> None:
    body, aes_key, iv = client_request(key.public_key(), REQUEST)
    answer = encrypt_response({"data": {"status": "active"}}, *decrypt_request(body, key)[1:])
    raw = base64.b64decode(answer)
    same_iv = Cipher(algorithms.AES(aes_key), modes.GCM(iv, raw[-16:])).decryptor()
    same_iv.update(raw[:-16])
    with pytest.raises(InvalidTag):
        same_iv.finalize()  # the tag only checks out under the flipped IV


@pytest.mark.parametrize(
    "tamper",
    [
        lambda e: {**e, "encrypted_flow_data": base64.b64encode(b"x" * 40).decode()},
        lambda e: {**e, "initial_vector": base64.b64encode(os.urandom(16)).decode()},
        lambda e: {**e, "encrypted_aes_key": base64.b64encode(os.urandom(256)).decode()},
        lambda e: {**e, "encrypted_aes_key": "not base64!"},
        lambda e: {k: v for k, v in e.items() if k != "initial_vector"},
        lambda e: ["not", "an", "object"],
    ],
)
def test_a_request_that_does_not_decrypt_is_refused(key: rsa.RSAPrivateKey, tamper: Any) -> None:
    body, _, _ = client_request(key.public_key(), REQUEST)
    with pytest.raises(FlowDecryptError):
        decrypt_request(json.dumps(tamper(json.loads(body))).encode(), key)


def test_a_request_for_another_key_is_refused(key: rsa.RSAPrivateKey) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    body, _, _ = client_request(other.public_key(), REQUEST)
    with pytest.raises(FlowDecryptError):
        decrypt_request(body, key)


def test_the_public_key_registered_is_the_private_keys(key: rsa.RSAPrivateKey) -> None:
    loaded = serialization.load_pem_public_key(public_pem(key).encode())
    assert isinstance(loaded, rsa.RSAPublicKey) and loaded.public_numbers() == key.public_key().public_numbers()


def test_the_standins_client_encrypts_as_meta_does(key: rsa.RSAPrivateKey) -> None:
    from localdev.flow_client import open_answer, seal

    body, aes_key, iv = seal(public_pem(key), REQUEST)
    envelope = json.loads(body)
    theirs = default_flow_request_decryptor(
        envelope["encrypted_flow_data"], envelope["encrypted_aes_key"], envelope["initial_vector"], pem(key)
    )
    assert theirs == (REQUEST, aes_key, iv)
    assert open_answer(default_flow_response_encryptor({"data": {"ok": 1}}, aes_key, iv), aes_key, iv) == {
        "data": {"ok": 1}
    }

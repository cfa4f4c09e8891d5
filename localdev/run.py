"""`make run`: the whole of PUSPA on this machine, then a terminal chat with it.

Starts Google's Firestore emulator and a Cloud Storage emulator (residents' papers), publishes the
content files, starts the Graph API stand-in, the webhook, notify_admins, send_digest and view_papers
under functions-framework (as Cloud Functions runs them), and opens the chat.
Everything is stopped when the chat ends, or on Ctrl-C at any point.

The webhook listens on `--port` (`make run PORT=8090`; 8080 by default). A port another program
holds is refused before anything starts; another `make run` on this machine is named.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

from localdev import instances
from localdev.chat import ChatClient, keep_logs_out_of_the_chat, run_chat
from localdev.emulator import EmulatorError, deferred_interrupt, free_port

RESIDENT = "6281200000001"
STAFF = "6285700000001"
# A second kecamatan beside Jonggol, to show one deployment serving two offices: the test office
# (every value in it is made-up test data, marked "DATA UJI"), with its own staff in its petugas.yaml.
SECOND_OFFICE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data", "offices",
                             "cileungsi-filled")  # fmt: skip
SECOND_OFFICE_ID = "100000000000002"
SECOND_STAFF = "6280000000001"
LOCAL = {
    "WHATSAPP_TOKEN": "local-token",
    "WHATSAPP_APP_SECRET": "local-app-secret",
    "WHATSAPP_VERIFY_TOKEN": "local-verify-token",
    "WHATSAPP_PHONE_NUMBER_ID": "100000000000001",
    "GOOGLE_CLOUD_PROJECT": "demo-puspa-local",
    "PUSPA_ADMIN_WA_IDS": STAFF,
    "PUSPA_ADMIN_EMAILS": "petugas@kecamatan.local",
    "SMTP_HOST": "127.0.0.1",
    "SMTP_SECURITY": "none",
    "SMTP_FROM": "puspa@kecamatan.local",
    "PUSPA_FLOWS": "registration,survey,booking",  # the forms on one screen, published to the stand-in at start
    "WHATSAPP_BUSINESS_ACCOUNT_ID": "100000000000009",
}


def print_mail(recipients: list[str], message: EmailMessage) -> None:
    text = message.get_body(("plain",))
    body = text.get_content() if text is not None else ""
    print(f"\n📧 E-mail ke {', '.join(recipients)} — {message['Subject']}\n   " + body.replace("\n", "\n   "))


@contextlib.contextmanager
def _no_interrupt() -> Iterator[None]:
    """A second Ctrl-C while everything is being stopped must not leave half of it running."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def local_flow_key() -> str:
    """A fresh RSA key for this run's Flows endpoint (its public half is registered with the stand-in)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return pem.decode()


def publish_flows(office_ids: list[str]) -> None:
    """`python -m ops.flows publish` and `register-key` against the stand-in, as before a deployment
    (the booking's form with PUSPA_FLOW_ENDPOINT_URL, the local flow_endpoint's address)."""
    from ops import flows

    quiet: list[str] = []
    for argv in (
        ["publish"],
        ["register-key", *(arg for office in office_ids for arg in ("--phone-number-id", office))],
    ):
        if flows.main(argv, quiet.append) != 0:
            raise RuntimeError("ops.flows " + argv[0] + ": " + "; ".join(quiet))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run PUSPA locally and chat with it")
    parser.add_argument("--port", type=int, default=os.environ.get("PORT") or "8080",
                        help="webhook port (make run PORT=…; default 8080)")  # fmt: skip
    args = parser.parse_args(argv)
    # Ctrl-C stops everything even when this was started with SIGINT ignored (a background job of a
    # non-interactive shell inherits that, as CI runners launched with `&` do)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    record = None
    try:
        if not instances.port_is_free(args.port):
            print(instances.port_taken_message(args.port), file=sys.stderr)
            return 1
        for other in instances.running():
            print(f"Catatan: make run lain sudah berjalan (PID {other.pid}, port {other.port}, folder "
                  f"{other.folder}); yang ini memakai port {args.port}.")  # fmt: skip
        record = instances.register(args.port)
        return _run(args.port)
    except KeyboardInterrupt:
        print("\nDihentikan (Ctrl-C).")
        return 130
    except (EmulatorError, RuntimeError) as exc:
        print(f"\nmake run tidak bisa dimulai: {exc}", file=sys.stderr)
        return 1
    finally:
        if record is not None:
            record.unlink(missing_ok=True)


def _run(port: int) -> int:
    from content_seed.__main__ import main as publish
    from localdev.emulator import start_emulator
    from localdev.eventarc import LocalEventarc
    from localdev.function_process import FunctionProcess
    from localdev.graph_standin import RunningStandin
    from localdev.mail_sink import MailSink
    from localdev.storage_emulator import start_storage_emulator, write_signing_key

    chat_log = keep_logs_out_of_the_chat()
    emulator = storage = standin = mail = webhook = notify = digest = view = eventarc = flow = None
    try:
        print("Memulai emulator Firestore dan Cloud Storage…")
        emulator = start_emulator()
        storage = start_storage_emulator()
        signing_key = write_signing_key(Path(tempfile.mkdtemp(prefix="puspa-signing-")))
        with deferred_interrupt():
            standin = RunningStandin(token=LOCAL["WHATSAPP_TOKEN"])
            mail = MailSink(on_message=print_mail)
        view_port, flow_port = free_port(), free_port()
        env = {
            **LOCAL, "FIRESTORE_EMULATOR_HOST": emulator.host, "WHATSAPP_API_URL": standin.api_url(),
            "SMTP_PORT": str(mail.port), "STORAGE_EMULATOR_HOST": storage.host, "PUSPA_PAPERS_BUCKET": storage.bucket,
            "PUSPA_PAPERS_SIGNING_KEY": str(signing_key), "PUSPA_PAPERS_VIEW_URL": f"http://127.0.0.1:{view_port}",
            "PUSPA_FLOW_PRIVATE_KEY": local_flow_key(), "PUSPA_FLOW_ENDPOINT_URL": f"http://127.0.0.1:{flow_port}/",
        }  # fmt: skip
        os.environ.update(env)
        if publish(["--phone-number-id", LOCAL["WHATSAPP_PHONE_NUMBER_ID"]]) != 0:
            print("Konten tidak valid: perbaiki dulu, lalu jalankan lagi.", file=sys.stderr)
            return 1
        if publish(["--office", SECOND_OFFICE, "--phone-number-id", SECOND_OFFICE_ID]) != 0:
            print("Kantor kedua (data uji) tidak bisa diterbitkan.", file=sys.stderr)
            return 1
        publish_flows([LOCAL["WHATSAPP_PHONE_NUMBER_ID"], SECOND_OFFICE_ID])
        if not instances.port_is_free(port):  # taken while the emulator started
            raise RuntimeError(instances.port_taken_message(port))
        with deferred_interrupt():  # each started process is named before a Ctrl-C can strike
            webhook = FunctionProcess(env, port)
            notify = FunctionProcess(env, free_port(), target="notify_admins", signature_type="cloudevent")
            digest = FunctionProcess(env, free_port(), target="send_digest")
            view = FunctionProcess(env, view_port, target="view_papers")
            flow = FunctionProcess(env, flow_port, target="flow_endpoint")
        for process in (webhook, notify, digest, view, flow):
            process.wait_ready()
        watched = ("registrations", "tickets", "notices")
        eventarc = LocalEventarc(LOCAL["GOOGLE_CLOUD_PROJECT"], notify.url, watched)
        print(f"\nWebhook      : {webhook.url}  (functions-framework, whatsapp_webhook; log {webhook.log_path})")
        print(f"notify_admins: {notify.url}  (functions-framework, cloudevent; log {notify.log_path})")
        print(f"Graph API    : {standin.api_url()}  (stand-in)   E-mail: 127.0.0.1:{mail.port} (sink, shown here)")
        print(f"Flows        : {flow.url}  (flow_endpoint; formulir satu layar: ketik /flow untuk mengisinya)")
        print(f"Firestore    : {emulator.host}  (emulator; new registrations reach notify_admins as CloudEvents)")
        print(f"Berkas warga : {storage.host} (emulator Cloud Storage)   view_papers: {view.url} (/lihat)")
        print(f"Chat         : /laporan and /impor run here; their log {chat_log}")
        office = LOCAL["WHATSAPP_PHONE_NUMBER_ID"]
        print(f"Kantor       : Jonggol {office} · kantor uji {SECOND_OFFICE_ID} (data uji); /kantor berganti")
        print(f"Warga {RESIDENT} · petugas Jonggol {STAFF} (/petugas) · petugas uji {SECOND_STAFF} (/petugas-uji)\n")
        users = {"warga": RESIDENT, "petugas": STAFF, "petugas-uji": SECOND_STAFF}
        secret = LOCAL["WHATSAPP_APP_SECRET"]
        offices = {"Jonggol": office, "kantor uji (data uji)": SECOND_OFFICE_ID}
        chat = ChatClient(webhook.url, standin.base_url, secret, office, users, offices)
        chat.digest_url = digest.url
        chat.flow_endpoint = flow.url
        run_chat(chat)
        return 0
    finally:
        with _no_interrupt():
            if eventarc is not None:
                eventarc.stop()
            for process in (webhook, notify, digest, view, flow):
                if process is not None:
                    process.stop()
            for service in (mail, standin, storage, emulator):
                if service is not None:
                    service.stop()
            if emulator is not None:
                print("Semua layanan lokal dihentikan.")


if __name__ == "__main__":
    sys.exit(main())

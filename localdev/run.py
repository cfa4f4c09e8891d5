"""`make run`: the whole of PUSPA on this machine, then a terminal chat with it.

Starts Google's Firestore emulator, publishes the content files, starts the Graph API stand-in
and the webhook under functions-framework (as Cloud Functions runs it), and opens the chat.
Everything is stopped when the chat ends.
"""

from __future__ import annotations

import argparse
import os
from email.message import EmailMessage

from content_seed.__main__ import main as publish
from localdev.chat import ChatClient, run_chat
from localdev.emulator import free_port, start_emulator
from localdev.eventarc import LocalEventarc
from localdev.function_process import FunctionProcess
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink

RESIDENT = "6281200000001"
STAFF = "6285700000001"
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
}


def print_mail(recipients: list[str], message: EmailMessage) -> None:
    text = message.get_body(("plain",))
    body = text.get_content() if text is not None else ""
    print(f"\n📧 E-mail ke {', '.join(recipients)} — {message['Subject']}\n   " + body.replace("\n", "\n   "))


def main() -> None:
    parser = argparse.ArgumentParser(description="Run PUSPA locally and chat with it")
    parser.add_argument("--port", type=int, default=8080, help="webhook port (default 8080)")
    args = parser.parse_args()

    print("Memulai emulator Firestore…")
    emulator = start_emulator()
    standin = RunningStandin(token=LOCAL["WHATSAPP_TOKEN"])
    mail = MailSink(on_message=print_mail)
    env = {
        **LOCAL, "FIRESTORE_EMULATOR_HOST": emulator.host, "WHATSAPP_API_URL": standin.api_url(),
        "SMTP_PORT": str(mail.port),
    }  # fmt: skip
    os.environ.update(env)
    webhook = notify = digest = eventarc = None
    try:
        if publish(["--phone-number-id", LOCAL["WHATSAPP_PHONE_NUMBER_ID"]]) != 0:
            raise SystemExit("Konten tidak valid: perbaiki dulu, lalu jalankan lagi.")
        webhook = FunctionProcess(env, args.port or free_port())
        notify = FunctionProcess(env, free_port(), target="notify_admins", signature_type="cloudevent")
        digest = FunctionProcess(env, free_port(), target="send_digest")
        for process in (webhook, notify, digest):
            process.wait_ready()
        watched = ("registrations", "tickets", "notices")
        eventarc = LocalEventarc(LOCAL["GOOGLE_CLOUD_PROJECT"], notify.url, watched)
        print(f"\nWebhook      : {webhook.url}  (functions-framework, whatsapp_webhook; log {webhook.log_path})")
        print(f"notify_admins: {notify.url}  (functions-framework, cloudevent; log {notify.log_path})")
        print(f"Graph API    : {standin.api_url()}  (stand-in)   E-mail: 127.0.0.1:{mail.port} (sink, shown here)")
        print(f"Firestore    : {emulator.host}  (emulator; new registrations reach notify_admins as CloudEvents)")
        print(f"Warga {RESIDENT} · petugas {STAFF} (PUSPA_ADMIN_WA_IDS)\n")
        users = {"warga": RESIDENT, "petugas": STAFF}
        secret, office = LOCAL["WHATSAPP_APP_SECRET"], LOCAL["WHATSAPP_PHONE_NUMBER_ID"]
        chat = ChatClient(webhook.url, standin.base_url, secret, office, users)
        chat.digest_url = digest.url
        run_chat(chat)
    finally:
        if eventarc is not None:
            eventarc.stop()
        for process in (webhook, notify, digest):
            if process is not None:
                process.stop()
        mail.stop()
        standin.stop()
        emulator.stop()
        print("Semua layanan lokal dihentikan.")


if __name__ == "__main__":
    main()

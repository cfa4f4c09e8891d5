"""Firestore operations per registration: the dialogue, Kirim, a staff status change and
notify_admins, through the real service, stores (Google's emulator), Graph API client (stand-in
over HTTP) and SMTP (aiosmtpd)."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta

from content_seed.files import OFFICES_DIR, load_bundle
from content_seed.publish import version_of
from localdev.emulator import start_emulator
from localdev.graph_standin import RunningStandin
from localdev.mail_sink import MailSink

OFFICE_ID = "100000000000009"
STAFF = "6285700000001"
ANSWERS = ["daftar resepsi", "1", "Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "1", "12-12-2026",
           "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas", "300", "1", "1"]  # fmt: skip
RESIDENTS = 10


def body(wa_id: str, wamid: str, text: str) -> bytes:
    message = {"from": wa_id, "id": wamid, "timestamp": "1764061200", "type": "text", "text": {"body": text}}
    change = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": OFFICE_ID}, "messages": [message]}
    return json.dumps(
        {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": change}]}]}
    ).encode()


def main() -> None:
    emulator = start_emulator()
    standin = RunningStandin(token="bench")
    mail = MailSink()
    os.environ["FIRESTORE_EMULATOR_HOST"] = emulator.host
    try:
        from puspa.content_cache import ContentCache
        from puspa.conversation.machine import Rules
        from puspa.effects import EffectRunner
        from puspa.firestore_events import DocumentEvent
        from puspa.mail import SmtpConfig, SmtpMailer
        from puspa.notify import NotifyConfig, NotifyService
        from puspa.service import ServiceConfig, WebhookService
        from puspa.store import (
            FirestoreNotificationLedger,
            FirestoreRegistrationStore,
            FirestoreStore,
            FirestoreTicketStore,
        )
        from puspa.whatsapp.graph import GraphClient
        from puspa.whatsapp.webhook import sign

        store = FirestoreStore.for_project("demo-puspa-bench")
        bundle = load_bundle(OFFICES_DIR / "jonggol")
        store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="bench")
        graph = GraphClient(standin.api_url(), "bench")
        clock = [datetime(2026, 11, 25, 2, 0, tzinfo=UTC)]
        rules = Rules(admin_ids=frozenset({STAFF}))
        tickets = FirestoreTicketStore(store, keep_closed=timedelta(days=30))
        effects = EffectRunner(FirestoreRegistrationStore(store), tickets, store, lambda: clock[0], timedelta(days=90))
        config = ServiceConfig("s", "v", rules, timedelta(days=30))
        service = WebhookService(config, store, ContentCache(store, 60), graph, effects, lambda: clock[0])
        cache_reads = 2
        store.count.reads = store.count.writes = 0

        def post(wa_id: str, wamid: str, text: str) -> None:
            raw = body(wa_id, wamid, text)
            assert service.receive(raw, sign(raw, "s"))[1] == 200
            clock[0] += timedelta(seconds=10)

        dialogue = submit = staff = (0, 0)
        for resident in range(RESIDENTS):
            wa_id = f"62812000{resident:05d}"
            before = (store.count.reads, store.count.writes)
            for step, text in enumerate(ANSWERS):
                post(wa_id, f"w{resident}.{step}", text)
            middle = (store.count.reads, store.count.writes)
            post(wa_id, f"w{resident}.send", "1")  # Kirim
            after = (store.count.reads, store.count.writes)
            post(STAFF, f"s{resident}", f"PROSES RSP-2026-{resident + 1:04d}")
            done = (store.count.reads, store.count.writes)
            dialogue = (dialogue[0] + middle[0] - before[0], dialogue[1] + middle[1] - before[1])
            submit = (submit[0] + after[0] - middle[0], submit[1] + after[1] - middle[1])
            staff = (staff[0] + done[0] - after[0], staff[1] + done[1] - after[1])
        dialogue = (dialogue[0] - cache_reads, dialogue[1])

        notify = NotifyService(
            NotifyConfig(
                ("petugas@kecamatan.local",), (STAFF,), "puspa_pemberitahuan_petugas", "puspa_info_petugas", "id",
                timedelta(hours=24),
            ),
            FirestoreNotificationLedger(store),
            SmtpMailer(SmtpConfig("127.0.0.1", mail.port, "none", "", "", "puspa@kecamatan.local")),
            graph, ContentCache(store, 60), lambda: clock[0], tickets,
        )  # fmt: skip
        before = (store.count.reads, store.count.writes)
        for snapshot in store._client.collection("registrations").stream():
            event = DocumentEvent("e", "created", clock[0], f"registrations/{snapshot.id}", snapshot.to_dict())
            notify.handle(event)
        notified = (store.count.reads - before[0] - cache_reads, store.count.writes - before[1])

        def per(pair: tuple[int, int], n: int) -> str:
            return f"{pair[0] / n:5.1f} reads {pair[1] / n:5.1f} writes"

        messages = len(ANSWERS)
        print(f"registrations {RESIDENTS}, {messages} messages of dialogue each, then Kirim and one staff PROSES")
        print(f"dialogue (per message)      {per(dialogue, RESIDENTS * messages)}")
        print(f"Kirim (per registration)    {per(submit, RESIDENTS)}   (session; key, counter, registration)")
        print(f"staff PROSES (per change)   {per(staff, RESIDENTS)}   (staff session, registration, resident window)")
        print(f"notify_admins (per event)   {per(notified, RESIDENTS)}   (2 channels: claim + mark sent each)")
        total = (dialogue[0] + submit[0] + staff[0] + notified[0], dialogue[1] + submit[1] + staff[1] + notified[1])
        print(f"whole registration          {per(total, RESIDENTS)}")
        outbound = len(standin.state.messages) / RESIDENTS
        print(f"outbound WhatsApp messages  {outbound:5.1f} per registration; e-mails {len(mail.messages)}")
    finally:
        mail.stop()
        standin.stop()
        emulator.stop()


if __name__ == "__main__":
    main()

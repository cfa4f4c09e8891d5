"""Firestore operations per question and per answer, through the real service, stores (Google's
emulator), Graph API client (stand-in over HTTP), notify_admins and SMTP (aiosmtpd)."""

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
RESIDENTS = 10
QUESTION = "Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?"


def body(wa_id: str, wamid: str, text: str) -> bytes:
    message = {"from": wa_id, "id": wamid, "timestamp": "1764061200", "type": "text", "text": {"body": text}}
    change = {"messaging_product": "whatsapp", "metadata": {"phone_number_id": OFFICE_ID}, "messages": [message]}
    envelope = {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": change}]}]}
    return json.dumps(envelope).encode()


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
        tickets = FirestoreTicketStore(store, keep_closed=timedelta(days=30))
        effects = EffectRunner(FirestoreRegistrationStore(store), tickets, store, lambda: clock[0], timedelta(days=90))
        config = ServiceConfig("s", "v", Rules(admin_ids=frozenset({STAFF})), timedelta(days=30))
        service = WebhookService(config, store, ContentCache(store, 60), graph, effects, lambda: clock[0])
        notify = NotifyService(
            NotifyConfig(("petugas@kecamatan.local",), (STAFF,), "puspa_pemberitahuan_petugas", "puspa_info_petugas",
                         "id", timedelta(hours=24)),
            FirestoreNotificationLedger(store),
            SmtpMailer(SmtpConfig("127.0.0.1", mail.port, "none", "", "", "puspa@kecamatan.local")),
            graph, ContentCache(store, 60), lambda: clock[0], tickets,
        )  # fmt: skip

        def post(wa_id: str, wamid: str, text: str) -> None:
            raw = body(wa_id, wamid, text)
            assert service.receive(raw, sign(raw, "s"))[1] == 200
            clock[0] += timedelta(seconds=10)

        def counted(step: object) -> tuple[int, int]:
            before = (store.count.reads, store.count.writes)
            step()  # type: ignore[operator]
            return store.count.reads - before[0], store.count.writes - before[1]

        post("6281299999999", "warmup", "halo")  # content cache filled once per instance
        asking = notifying = answering = closing = (0, 0)
        for n in range(RESIDENTS):
            wa_id = f"62812000{n:05d}"

            def ask(wa_id: str = wa_id, n: int = n) -> None:
                post(wa_id, f"q{n}.1", "tanya petugas")
                post(wa_id, f"q{n}.2", QUESTION)

            a = counted(ask)
            code = f"TNY-2026-{n + 1:04d}"

            def tell_staff(code: str = code) -> None:
                snapshot = tickets._ref(OFFICE_ID, code).get()
                notify.handle(DocumentEvent("e", "created", clock[0], f"tickets/{snapshot.id}", snapshot.to_dict()))

            b = counted(tell_staff)
            c = counted(lambda code=code, n=n: post(STAFF, f"a{n}", f"JAWAB {code} Bisa di desa, Bu."))
            d = counted(lambda wa_id=wa_id, code=code, n=n: post(wa_id, f"c{n}", f"jelas {code}"))
            asking, notifying = (asking[0] + a[0], asking[1] + a[1]), (notifying[0] + b[0], notifying[1] + b[1])
            answering, closing = (answering[0] + c[0], answering[1] + c[1]), (closing[0] + d[0], closing[1] + d[1])

        def per(pair: tuple[int, int]) -> str:
            return f"{pair[0] / RESIDENTS:5.1f} reads {pair[1] / RESIDENTS:5.1f} writes"

        print(f"questions {RESIDENTS}: 'tanya petugas' + the question, notify_admins, one JAWAB, 'jelas'")
        print(f"per question (2 messages)   {per(asking)}   (sessions; open-question query, key, counter, ticket)")
        print(f"notify_admins (per question){per(notifying)}   (e-mail + 1 staff: claim, mark, reply ref)")
        print(f"per answer (JAWAB)          {per(answering)}   (staff session, ticket, resident window)")
        print(f"per close ('jelas')         {per(closing)}")
        outbound = len(standin.state.messages) / RESIDENTS
        print(f"outbound WhatsApp messages  {outbound:5.1f} per question; e-mails {len(mail.messages)}")
    finally:
        mail.stop()
        standin.stop()
        emulator.stop()


if __name__ == "__main__":
    main()

"""Chat with a running PUSPA webhook from the terminal, as a resident on WhatsApp would.

Each line you type is sent as a Meta-shaped webhook payload, signed with the app secret like
Meta does; the bot's replies are read back from the Graph API stand-in and shown with their
buttons and list rows. Commands: /tap N (tap button or row N of the last message), /foto,
/suara, /stiker, /lokasi (send media PUSPA cannot read), /keluar.

    python -m localdev.chat --webhook http://127.0.0.1:8080/ --standin http://127.0.0.1:8081 --secret S
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from typing import Any

import requests

from puspa.whatsapp.webhook import sign

MEDIA = {
    "/foto": ("image", {"mime_type": "image/jpeg", "sha256": "x", "id": "111"}),
    "/suara": ("audio", {"mime_type": "audio/ogg; codecs=opus", "sha256": "x", "id": "222", "voice": True}),
    "/stiker": ("sticker", {"mime_type": "image/webp", "sha256": "x", "id": "333", "animated": False}),
    "/lokasi": ("location", {"latitude": -6.4679, "longitude": 107.0638}),
}


def render(body: dict[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    """The message as text, and the (id, title) of what can be tapped."""
    if body.get("type") == "text":
        return body["text"]["body"], []
    if body.get("type") == "template":
        template = body["template"]
        return f"[template {template['name']}] {json.dumps(template.get('components', []), ensure_ascii=False)}", []
    interactive = body["interactive"]
    lines = []
    if "header" in interactive:
        lines.append(f"*{interactive['header']['text']}*")
    lines.append(interactive["body"]["text"])
    if "footer" in interactive:
        lines.append(f"_{interactive['footer']['text']}_")
    tappable: list[tuple[str, str]] = []
    if interactive["type"] == "button":
        tappable = [(b["reply"]["id"], b["reply"]["title"]) for b in interactive["action"]["buttons"]]
        lines.append("  ".join(f"[{n}: {title}]" for n, (_, title) in enumerate(tappable, start=1)))
    else:
        lines.append(f"≡ {interactive['action']['button']}")
        for section in interactive["action"]["sections"]:
            for row in section["rows"]:
                tappable.append((row["id"], row["title"]))
                description = f" — {row['description']}" if row.get("description") else ""
                lines.append(f"   {row['title']}{description}")
    return "\n".join(lines), tappable


class Resident:
    def __init__(self, webhook: str, standin: str, secret: str, office_id: str, wa_id: str, name: str) -> None:
        self.webhook, self.standin, self.secret = webhook, standin, secret
        self.office_id, self.wa_id, self.name = office_id, wa_id, name
        self.next_index = requests.get(f"{standin}/_standin/messages", timeout=5).json()["next"]
        self.tappable: list[tuple[str, str]] = []
        self._ids = itertools.count(int(time.time()))

    def _payload(self, message: dict[str, Any]) -> bytes:
        message = {
            "from": self.wa_id,
            "id": f"wamid.CHAT{next(self._ids)}",
            "timestamp": str(int(time.time())),
            **message,
        }
        value = {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550000000", "phone_number_id": self.office_id},
            "contacts": [{"profile": {"name": self.name}, "wa_id": self.wa_id}],
            "messages": [message],
        }
        envelope = {
            "object": "whatsapp_business_account",
            "entry": [{"id": "0", "changes": [{"field": "messages", "value": value}]}],
        }
        return json.dumps(envelope).encode()

    def send(self, message: dict[str, Any]) -> list[str]:
        body = self._payload(message)
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, self.secret)}
        answer = requests.post(self.webhook, data=body, headers=headers, timeout=60)
        shown = [] if answer.status_code == 200 else [f"(webhook answered HTTP {answer.status_code}: {answer.text})"]
        new = requests.get(f"{self.standin}/_standin/messages", params={"after": self.next_index}, timeout=5).json()
        self.next_index = new["next"]
        for item in new["messages"]:
            if item["body"].get("to", item["body"].get("recipient")) != self.wa_id:
                shown.append(f"(to {item['body'].get('to')}) {render(item['body'])[0]}")
                continue
            text, tappable = render(item["body"])
            self.tappable = tappable or self.tappable
            shown.append(text)
        return shown

    def say(self, line: str) -> list[str]:
        if line in MEDIA:
            kind, media = MEDIA[line]
            return self.send({"type": kind, kind: media})
        if line.startswith("/tap"):
            try:
                reply_id, title = self.tappable[int(line.split()[1]) - 1]
            except (IndexError, ValueError):
                return ["(tidak ada pilihan itu; ketik /tap N sesuai nomor di pesan terakhir)"]
            kind = "list_reply" if reply_id.startswith(("cat:", "svc:", "main:")) else "button_reply"
            return self.send(
                {"type": "interactive", "interactive": {"type": kind, kind: {"id": reply_id, "title": title}}}
            )
        return self.send({"type": "text", "text": {"body": line}})


def run_chat(resident: Resident) -> None:
    print("Ketik pesan seperti di WhatsApp. /tap N mengetuk tombol/baris N; /foto /suara /stiker /lokasi; /keluar.\n")
    while True:
        try:
            line = input("Anda> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if not line:
            continue
        if line == "/keluar":
            return
        for text in resident.say(line):
            print("\nPUSPA>", text.replace("\n", "\n       "), "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description="Terminal chat with a running PUSPA webhook")
    parser.add_argument("--webhook", default="http://127.0.0.1:8080/")
    parser.add_argument("--standin", default="http://127.0.0.1:8081")
    parser.add_argument("--secret", required=True, help="WHATSAPP_APP_SECRET of the running webhook")
    parser.add_argument("--office-id", default="100000000000001")
    parser.add_argument("--wa-id", default="6281200000001")
    parser.add_argument("--name", default="Warga Uji")
    args = parser.parse_args()
    run_chat(Resident(args.webhook, args.standin, args.secret, args.office_id, args.wa_id, args.name))


if __name__ == "__main__":
    main()

"""Chat with a running PUSPA webhook from the terminal, as a resident on WhatsApp would.

Each line you type is sent as a Meta-shaped webhook payload, signed with the app secret like
Meta does; the bot's replies are read back from the Graph API stand-in and shown with their
buttons and list rows. Commands: /tap N (tap button or row N of the last message), /foto,
/suara, /stiker, /lokasi (send media PUSPA cannot read), /kirim <file> (a photo or PDF, as a resident
sends papers for "cek berkas"), /lihat (as staff: open the last link to a resident's papers, as
view_papers shows it), /petugas and /warga (chat as the staff
member or as the resident), /balas <teks> (as staff: reply to the last notification, like WhatsApp's
reply), /flow [kunci=nilai; …] (fill in the last form on one screen, as WhatsApp's client would),
/digest (run the daily digest), /laporan (this month's report from the local run), /impor (import
localdev/dokumen_contoh.csv: documents ready for collection), /keluar. A message of several lines
(the filled-in registration form): /tempel, then paste or type it, then a line with only a dot; or
type it on one line with \\n between the lines.

    python -m localdev.chat --webhook http://127.0.0.1:8080/ --standin http://127.0.0.1:8081 --secret S
"""

from __future__ import annotations

import argparse
import html
import itertools
import logging
import mimetypes
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from localdev.payloads import envelope
from puspa.whatsapp.webhook import sign

MEDIA = {
    "/foto": ("image", {"mime_type": "image/jpeg", "sha256": "x", "id": "111"}),
    "/suara": ("audio", {"mime_type": "audio/ogg; codecs=opus", "sha256": "x", "id": "222", "voice": True}),
    "/stiker": ("sticker", {"mime_type": "image/webp", "sha256": "x", "id": "333", "animated": False}),
    "/lokasi": ("location", {"latitude": -6.4679, "longitude": 107.0638}),
}


VIEW_LINK = re.compile(r"https?://\S+/#[A-Za-z0-9_.-]+")  # a staff member's link to a resident's papers
Tap = tuple[str, str, str]  # (kind of reply a tap sends: button_reply | list_reply | button, id, title)


def render(body: dict[str, Any]) -> tuple[str, list[Tap]]:
    """The message as text, and what can be tapped in it."""
    if body.get("type") == "text":
        return body["text"]["body"], []
    if body.get("type") == "template":
        template = body["template"]
        parameters, payloads = [], []
        for component in template.get("components", []):
            if component["type"] == "body":
                parameters = [p["text"] for p in component["parameters"]]
            elif component["type"] == "button":
                payloads.append(component["parameters"][0]["payload"])
        tappable = [("button", payload, payload.split()[0].title()) for payload in payloads]
        taps = "  ".join(f"[{n}: {title}]" for n, (_, _, title) in enumerate(tappable, start=1))
        text = f"[template {template['name']}] " + " | ".join(parameters)
        return (f"{text}\n{taps}" if taps else text), tappable
    interactive = body["interactive"]
    if interactive["type"] == "flow":  # a form on one screen: /flow fills it in
        cta = interactive["action"]["parameters"]["flow_cta"]
        return f"{interactive['body']['text']}\n[{cta}] (ketik /flow untuk mengisi formulirnya)", []
    lines = []
    if "header" in interactive:
        lines.append(f"*{interactive['header']['text']}*")
    lines.append(interactive["body"]["text"])
    if "footer" in interactive:
        lines.append(f"_{interactive['footer']['text']}_")
    tappable: list[Tap] = []
    if interactive["type"] == "button":
        tappable = [("button_reply", b["reply"]["id"], b["reply"]["title"]) for b in interactive["action"]["buttons"]]
        lines.append("  ".join(f"[{n}: {title}]" for n, (_, _, title) in enumerate(tappable, start=1)))
    else:
        lines.append(f"≡ {interactive['action']['button']}")
        for section in interactive["action"]["sections"]:
            for row in section["rows"]:
                tappable.append(("list_reply", row["id"], row["title"]))
                description = f" — {row['description']}" if row.get("description") else ""
                lines.append(f"   {row['title']}{description}")
    return "\n".join(lines), tappable


class ChatClient:
    """Plays Meta for one or more WhatsApp users: signs their messages and shows PUSPA's answers."""

    def __init__(
        self,
        webhook: str,
        standin: str,
        secret: str,
        office_id: str,
        users: dict[str, str],
        offices: dict[str, str] | None = None,
    ) -> None:
        self.webhook, self.standin, self.secret, self.office_id = webhook, standin, secret, office_id
        self.offices = offices or {"": office_id}  # label -> phone_number_id: /kantor switches between them
        self.users = users  # label -> wa_id, e.g. {"warga": "62812…", "petugas": "62857…"}
        self.label = next(iter(users))
        self.next_index = requests.get(f"{standin}/_standin/messages", timeout=5).json()["next"]
        self.tappable: dict[str, list[Tap]] = {}
        self.last_message_id: dict[str, str] = {}
        self.digest_url = ""
        self.last_view_link = ""
        self.flow_endpoint = ""  # the local flow_endpoint, for forms with live choices
        self._ids = itertools.count(int(time.time()))

    @property
    def wa_id(self) -> str:
        return self.users[self.label]

    def _payload(self, message: dict[str, Any]) -> bytes:
        message = {
            "from": self.wa_id,
            "id": f"wamid.CHAT{next(self._ids)}",
            "timestamp": str(int(time.time())),
            **message,
        }
        return envelope(self.office_id, message, profile_name=self.label.title())

    def _new_messages(self) -> list[str]:
        new = requests.get(f"{self.standin}/_standin/messages", params={"after": self.next_index}, timeout=5).json()
        self.next_index = new["next"]
        shown = []
        names = {wa_id: label for label, wa_id in self.users.items()}
        for item in new["messages"]:
            to = item["body"].get("to", item["body"].get("recipient"))
            text, tappable = render(item["body"])
            if found := VIEW_LINK.search(text):
                self.last_view_link = found.group(0)
            self.tappable[to] = tappable or self.tappable.get(to, [])
            self.last_message_id[to] = item["id"]
            prefix = "" if to == self.wa_id else f"(ke {names.get(to, to)}) "
            shown.append(prefix + text)
        return shown

    def send(self, message: dict[str, Any], settle_s: float = 0.8, limit_s: float = 4.0) -> list[str]:
        body = self._payload(message)
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, self.secret)}
        answer = requests.post(self.webhook, data=body, headers=headers, timeout=60)
        shown = [] if answer.status_code == 200 else [f"(webhook answered HTTP {answer.status_code}: {answer.text})"]
        shown += self._new_messages()
        deadline, quiet_since = time.monotonic() + limit_s, time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - quiet_since < settle_s:
            time.sleep(0.2)  # notifications to staff arrive a moment later, through Eventarc
            later = self._new_messages()
            if later:
                shown += later
                quiet_since = time.monotonic()
        return shown

    def say(self, line: str) -> list[str]:
        if line == "/impor":
            from puspa.app import readiness_import

            sample = Path(__file__).parent / "dokumen_contoh.csv"
            code = readiness_import.main([str(sample)])
            return [f"(impor {sample.name}: {'berhasil' if code == 0 else 'gagal'}; coba: cek dokumen, KTP-0003, "
                    "17-08-1990, Kabari saya; lalu /petugas dan SIAP KTP-0003)"]  # fmt: skip
        if line == "/flow" or line.startswith("/flow "):
            return self.fill_form(line)
        if line == "/laporan":
            return [f"(laporan bulan ini: {write_local_report()})"]
        if line == "/digest":
            if not self.digest_url:
                return ["(send_digest tidak berjalan)"]
            return [f"(send_digest: {requests.post(self.digest_url, timeout=60).text})"]
        if line.startswith("/balas "):
            replied = self.last_message_id.get(self.wa_id, "")
            if not replied:
                return ["(belum ada pesan untuk dibalas)"]
            return self.send(
                {"type": "text", "text": {"body": line[7:]}, "context": {"from": "15550000000", "id": replied}}
            )
        if line == "/kantor":  # the next office's PUSPA number: one deployment serves them all
            ids = list(self.offices.values())
            self.office_id = ids[(ids.index(self.office_id) + 1) % len(ids)] if self.office_id in ids else ids[0]
            label = next(name for name, office in self.offices.items() if office == self.office_id)
            return [f"(sekarang Anda menulis ke nomor PUSPA {label}, phone_number_id {self.office_id})"]
        if line.startswith("/") and line[1:] in self.users:
            self.label = line[1:]
            return [f"(sekarang Anda menulis sebagai {self.label}, nomor {self.wa_id})"]
        if line == "/petugas":
            return ["(tidak ada nomor petugas: isi PUSPA_ADMIN_WA_IDS)"]
        if line.startswith("/kirim"):
            return self.send_file(line[len("/kirim") :].strip())
        if line == "/lihat":
            return [self.open_papers()]
        if line in MEDIA:
            kind, media = MEDIA[line]
            return self.send({"type": kind, kind: media})
        if line.startswith("/tap"):
            try:
                kind, reply_id, title = self.tappable.get(self.wa_id, [])[int(line.split()[1]) - 1]
            except (IndexError, ValueError):
                return ["(tidak ada pilihan itu; ketik /tap N sesuai nomor di pesan terakhir)"]
            if kind == "button":  # a template's quick-reply button
                return self.send({"type": "button", "button": {"payload": reply_id, "text": title}})
            reply = {"type": kind, kind: {"id": reply_id, "title": title}}
            return self.send({"type": "interactive", "interactive": reply})
        return self.send_text(line.replace("\\n", "\n"))

    def send_file(self, path_text: str) -> list[str]:
        """A photo or PDF from this machine, put on the stand-in as WhatsApp keeps a resident's upload."""
        path = Path(path_text).expanduser()
        if not path_text or not path.is_file():
            return ["(tulis /kirim <berkas>, mis. /kirim ~/foto-kk.jpg: foto JPG/PNG atau PDF)"]
        mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        kind = "image" if mime_type in ("image/jpeg", "image/png") else "document"
        answer = requests.post(f"{self.standin}/_standin/media", data=path.read_bytes(),
                               headers={"Content-Type": mime_type}, timeout=10)  # fmt: skip
        media: dict[str, Any] = {"id": answer.json()["id"], "mime_type": mime_type, "sha256": "x"}
        if kind == "document":
            media["filename"] = path.name
        return self.send({"type": kind, kind: media})

    def open_papers(self) -> str:
        """The last staff link to a resident's papers, opened as view_papers shows it (the page's images
        are signed URLs of the local storage emulator, valid minutes)."""
        if not self.last_view_link:
            return "(belum ada tautan berkas; kirim berkas sebagai warga, Selesai, lalu lihat pesan petugas)"
        url, _, token = self.last_view_link.partition("#")
        page = requests.post(url, data=token, timeout=30)
        files = re.findall(r"(?:src|href)='([^']+)'", page.text)
        shown = "\n".join(f"  berkas {n}: {html.unescape(u)}" for n, u in enumerate(files, start=1))
        title = re.search(r"<h2>([^<]+)</h2>", page.text)
        return f"(view_papers HTTP {page.status_code}: {title.group(1) if title else ''})\n{shown}"

    def fill_form(self, line: str) -> list[str]:
        """/flow [kunci=nilai; …]: fill in the last form sent to this user, as WhatsApp's client would
        (the stand-in calls the form's endpoint when it has one, then delivers the completion)."""
        sent = requests.get(f"{self.standin}/_standin/messages", params={"to": self.wa_id}, timeout=5).json()
        forms = [m for m in sent["messages"] if (m["body"].get("interactive") or {}).get("type") == "flow"]
        if not forms:
            return ["(belum ada formulir untuk diisi)"]
        parameters = forms[-1]["body"]["interactive"]["action"]["parameters"]
        answers = sample_answers(parameters)
        for pair in line.removeprefix("/flow").split(";"):
            key, _, value = pair.partition("=")
            if key.strip():
                answers[key.strip()] = value.strip()
        asked = {"to": self.wa_id, "answers": answers, "webhook": self.webhook, "app_secret": self.secret,
                 "endpoint": self.flow_endpoint, "first_free": True}  # fmt: skip
        done = requests.post(f"{self.standin}/_standin/flows/complete", json=asked, timeout=60)
        if done.status_code != 200:
            return [f"(formulir tidak terkirim: {done.json().get('error', done.text)})"]
        shown = self._new_messages()
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            time.sleep(0.2)
            shown += self._new_messages()
        return shown

    def send_text(self, text: str) -> list[str]:
        return self.send({"type": "text", "text": {"body": text}}) if text.strip() else []


def sample_answers(parameters: dict[str, Any]) -> dict[str, str]:
    """Answers a resident might give to a form PUSPA sent, from what the message carries (its desa,
    its first date); /flow nik=…; tamu=… changes some. A form whose pages come from the endpoint
    (the booking's) carries nothing: each choice not given (/flow layanan=kk; jam=1300) is the first
    free one, and the reminder is asked for."""
    if "flow_action_payload" not in parameters:
        return {"ingatkan": "true"}
    data = parameters["flow_action_payload"]["data"]
    first = {key: value[0]["id"] for key, value in data.items() if isinstance(value, list) and value}
    if parameters["flow_name"].startswith("puspa_izin_resepsi"):
        return {
            "nama": "Siti Rahmawati", "nik": "3201064512900001", "desa": first["desa"], "rt_rw": "003/005",
            "jenis_acara": first["jenis_acara"], "tanggal": data["min_date"], "jam": "08.00-14.00",
            "alamat": "Kp. Cibodas RT 03/05, Desa Cibodas", "tamu": "300", "hiburan": first["hiburan"],
            "kontak": data["init_values"].get("kontak", "081200000001"),
        }  # fmt: skip
    return {key.removesuffix("_shown"): "3" for key, shown in data.items() if key.endswith("_shown") and shown}


def keep_logs_out_of_the_chat() -> Path:
    """Send this process's logs to a file, not the terminal: /laporan and /impor run PUSPA's code here,
    whose logging would otherwise print JSON lines between the chat's messages. Returns the file."""
    from puspa.app.logs import JsonFormatter

    path = Path(tempfile.mkstemp(prefix="puspa-chat-", suffix=".log")[1])
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(JsonFormatter())  # configure_logging() sees it and adds no terminal handler
    puspa = logging.getLogger("puspa")
    puspa.handlers = [handler]
    puspa.propagate = False
    logging.getLogger().handlers = [handler]  # libraries' warnings (matplotlib, google) too
    return path


PASTE = "/tempel"
PASTE_END = "."


def read_pasted(read_line: Callable[[str], str]) -> str:
    """The lines of one message, pasted or typed, up to a line holding only a dot; kept as written
    (a form's empty lines and indents reach PUSPA as WhatsApp would carry them)."""
    lines: list[str] = []
    while (line := read_line("  | ")).strip() != PASTE_END:
        lines.append(line)
    return "\n".join(lines).strip("\n")


def run_chat(client: ChatClient, read_line: Callable[[str], str] = input) -> None:
    print("Ketik pesan seperti di WhatsApp. /tap N mengetuk tombol/baris N; /foto /suara /stiker /lokasi;")
    print("/kirim <berkas> mengirim foto/PDF (cek berkas); sebagai petugas, /lihat membuka tautan berkasnya;")
    print("/petugas atau /warga untuk berganti nomor; /keluar untuk berhenti.")
    print(f"Pesan beberapa baris (formulir): ketik {PASTE}, tempel pesannya, lalu satu baris berisi titik.\n")
    while True:
        try:
            line = read_line(f"{client.label.title()}> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if line == "/keluar":
            return
        if line == PASTE:
            print("(tempel atau tulis pesannya; akhiri dengan satu baris berisi titik; Ctrl-C membatalkan)")
            try:
                pasted = read_pasted(read_line)
            except (EOFError, KeyboardInterrupt):
                print("\n(tempelan dibatalkan, tidak ada yang dikirim)")
                continue
            if not pasted.strip():
                print("(pesan kosong, tidak dikirim)")
                continue
        replies = client.send_text(pasted) if line == PASTE else client.say(line) if line else []
        for text in replies:
            print("\nPUSPA>", text.replace("\n", "\n       "), "\n")


def write_local_report() -> str:
    """This month's report (the office's month, WIB) from what was done in this local run, today
    included (the report reads the days the digest has not kept from the sessions), written to
    .run/laporan-<month>/; returns the HTML page's path to open in a browser."""
    from pathlib import Path

    from puspa.app.bootstrap import build_report_service
    from puspa.app.config import settings_from_environment

    service = build_report_service(settings_from_environment())
    month = service.current_period()
    folder = Path(".run") / f"laporan-{month}"
    service.write(month, folder)
    return str((folder / "laporan.html").resolve())


def main() -> None:
    parser = argparse.ArgumentParser(description="Terminal chat with a running PUSPA webhook")
    parser.add_argument("--webhook", default="http://127.0.0.1:8080/")
    parser.add_argument("--standin", default="http://127.0.0.1:8081")
    parser.add_argument("--secret", required=True, help="WHATSAPP_APP_SECRET of the running webhook")
    parser.add_argument("--office-id", default="100000000000001")
    parser.add_argument("--wa-id", default="6281200000001", help="the resident's number")
    parser.add_argument("--staff-wa-id", default="", help="an allow-listed staff number, for /petugas")
    args = parser.parse_args()
    users = {"warga": args.wa_id, **({"petugas": args.staff_wa_id} if args.staff_wa_id else {})}
    keep_logs_out_of_the_chat()
    run_chat(ChatClient(args.webhook, args.standin, args.secret, args.office_id, users))


if __name__ == "__main__":
    main()

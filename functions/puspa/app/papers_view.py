"""view_papers (deployed under that name): a staff member opens a record's papers from their own link.

GET answers a small page that posts the link's fragment (the signed token, which browsers never send
to a server, so it stays out of request logs) back to the function; POST with the token checks it,
records the view on the record (who, masked, and when) and answers the page with the files as signed
URLs that live minutes. Nothing is cached (`no-store`) and no referrer leaves the page, so the
signed URLs go nowhere else; the files never land on the staff member's phone.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from puspa.app.handlers.papers import PaperFiles, PapersStore
from puspa.domain.calendar import format_day
from puspa.domain.papers import STATUS_TEXT, Papers
from puspa.domain.view_token import read_grant
from puspa.errors import ConcurrentUpdateError

log = logging.getLogger(__name__)

URL_LIFETIME = timedelta(minutes=10)  # long enough to look through ten files, short enough to be useless later
TOKEN_MAX = 1000
HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
}
_STYLE = (
    "body{font-family:sans-serif;max-width:720px;margin:1em auto;padding:0 1em}"
    "img{max-width:100%;border:1px solid #ccc;margin:.5em 0}li{margin:1em 0}"
)
LOADER = f"""<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>Berkas PUSPA</title><style>{_STYLE}</style></head><body><p id="m">Membuka berkas…</p>
<script>
var t = location.hash.slice(1);
if (!t) {{ document.getElementById("m").textContent = "Tautan tidak lengkap. Buka lagi dari e-mail/WhatsApp."; }}
else fetch(location.pathname, {{method: "POST", body: t, cache: "no-store", headers: {{"Content-Type": "text/plain"}}}})
  .then(function (r) {{ return r.text(); }})
  .then(function (h) {{ document.open(); document.write(h); document.close(); }});
</script></body></html>"""


def _page(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="id"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def _message(title: str, text: str) -> str:
    return _page(title, f"<h2>{html.escape(title)}</h2><p>{html.escape(text)}</p>")


def papers_page(papers: Papers, urls: list[str], minutes: int) -> str:
    """The record and its files (images shown, PDFs linked), with how to answer."""
    visit = format_day(papers.visit_date) if papers.visit_date else "belum ada jadwal"
    facts = [("Kode", papers.code), ("Layanan", papers.service_title or papers.service_id),
             ("Kedatangan", visit), ("Antrean", papers.booking_code or "-"),
             ("Status", STATUS_TEXT[papers.status]), ("Berkas", f"{papers.count}")]  # fmt: skip
    rows = "".join(f"<tr><th align='left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in facts)
    items = []
    for n, (name, url) in enumerate(zip(papers.files, urls, strict=True), start=1):
        link = html.escape(url)
        if name.endswith(".pdf"):
            items.append(f"<li>Berkas {n} (PDF): <a href='{link}' rel='noreferrer'>buka</a></li>")
        else:
            items.append(f"<li>Berkas {n}<br><img src='{link}' alt='Berkas {n}' referrerpolicy='no-referrer'></li>")
    code = html.escape(papers.code)
    body = (
        f"<h2>Berkas {code}</h2><table>{rows}</table><ol>{''.join(items)}</ol>"
        f"<p>Gambar dan tautan di halaman ini berlaku {minutes} menit; buka lagi tautan dari e-mail atau WhatsApp "
        "untuk melihat lagi. Jangan unduh atau teruskan berkas warga.</p>"
        f"<p>Jawab dari WhatsApp petugas: <b>LENGKAP {code}</b> atau <b>KURANG {code} &lt;apa yang kurang&gt;</b>.</p>"
    )
    return _page(f"Berkas {papers.code}", body)


class PapersViewService:
    def __init__(self, secret: str, papers: PapersStore, files: PaperFiles, clock: Callable[[], datetime]) -> None:
        self._secret = secret
        self._papers = papers
        self._files = files
        self._clock = clock

    def loader(self) -> tuple[str, int]:
        return LOADER, 200

    def open(self, token: str) -> tuple[str, int]:
        """The papers page for a valid token, else a short page saying why not (nothing else is told)."""
        grant = read_grant(token[:TOKEN_MAX], self._secret)
        now = self._clock()
        if grant is None:
            log.warning("view_papers: a link with a damaged or forged token")
            return _message("Tautan tidak berlaku", "Buka lagi tautan dari e-mail atau WhatsApp PUSPA."), 403
        if grant.expired(now):
            text = "Buka tautan dari pemberitahuan yang lebih baru, atau minta rekan petugas."
            return _message("Tautan sudah kedaluwarsa", text), 403
        try:
            papers = self._papers.record_view(grant.office_id, grant.code, grant.staff, now)
        except ConcurrentUpdateError:
            papers = None
        if papers is None:
            text = "Berkas ini sudah dihapus (oleh warga, atau otomatis sesudah jadwal kedatangan)."
            return _message("Berkas tidak ada", text), 404
        urls = [self._files.signed_url(name, URL_LIFETIME) for name in papers.files]
        log.info("view_papers: %s opened by %s (%d file(s))", papers.code, grant.staff, len(urls))
        return papers_page(papers, urls, int(URL_LIFETIME.total_seconds() // 60)), 200

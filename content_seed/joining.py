"""Joining: a new office's folder, scaffolded from its base, and what is left to fill in.

`python -m content_seed new-office cileungsi --extends kabupaten-bogor` writes
`content_seed/offices/cileungsi/` with every fact only the office can give as a visible placeholder
("ISI: …") and prints the checklist for Meta. The publisher refuses the office while a placeholder
is left, so an address, a phone number, hours or a name is never a default. Output in Indonesian.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from content_seed.bases import OWN_KEYS, read_asked
from content_seed.files import CONTENT_DIR, PLACEHOLDER, read_folder, read_yaml, texts_in
from puspa.app.config import TEMPLATE_SETTINGS

WEEK = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
# What an office writes for a key a base card leaves to it (`diisi_kantor`).
OWN_KEY_HINTS = {
    "tempat": "tempat layanan ini untuk warga kecamatan ini (kantor, loket, instansi)",
    "jam_layanan": "jam layanan tempat itu (yang tidak diketahui: tanyakan ke ...)",
    "lama_proses": "lama proses di tempat itu, atau: Tanyakan ke petugas.",
}


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _isi(what: str) -> str:
    return _q(f"{PLACEHOLDER} {what}")


def placeholders_in(office_dir: Path) -> list[str]:
    """Every placeholder left in the office's own files (`dasar.yaml` included), by file and key."""
    found = []
    for path in [*sorted(office_dir.glob("*.yaml")), *sorted((office_dir / "layanan").glob("*.yaml"))]:
        label = path.relative_to(office_dir).as_posix()
        for where, text in texts_in(read_yaml(path, label, [])):
            if PLACEHOLDER in text:
                found.append(f"{label}: {where or 'isi file'} belum diisi ({text.strip()})")
    return found


def _settings_file(name: str, base: str, base_name: str, asked: dict[str, str], cards: list[str]) -> str:
    lines = [
        f"# Kantor {name} memakai dasar {base_name} (content_seed/bases/{base}/): kartu, menu,",
        "# kosakata, survei dan saran/pengaduan yang sama untuk setiap kecamatan. Folder ini hanya berisi",
        '# yang milik kantor ini sendiri. Ganti setiap "ISI: …" dengan data yang sudah dipastikan;',
        "# penerbit menolak kantor ini selama masih ada. Jangan mengarang alamat, jam, nama atau nomor.",
        f"dasar: {base}",
        "",
        "# phone_number_id nomor WhatsApp kantor ini (dari WhatsApp Manager), angka dalam tanda kutip.",
        f"nomor_id: {_isi('phone_number_id nomor WhatsApp kantor ini')}",
        "",
        "# Nilai kantor ini untuk teks kartu dasar (teks itu menulisnya sebagai {nama}).",
        "isian:",
        *(f"  {key}: {_isi(meaning)}" for key, meaning in asked.items()),
        "",
        "# Kartu dasar yang TIDAK ditawarkan kantor ini (id kartu), mis. [huller, reklame]; hapus juga",
        "# file kartu itu di layanan/ bila ada. Kartu dasar:",
        *(f"#   {line}" for line in _wrap(", ".join(cards), 96)),
        "tidak_ditawarkan: []",
        "",
        "# Kartu milik kantor ini sendiri (layanan/<id>.yaml) yang tidak ada di dasar, per kategori menu,",
        "# mis. {usaha: [pasar_desa]}.",
        "kartu_tambahan: {}",
    ]
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def _office_file(base_office: dict[str, Any]) -> str:
    """kantor.yaml: every key the base does not give, as placeholders."""
    lines = [
        "# Data kantor untuk PUSPA. Semua teks di sini dibaca warga apa adanya.",
        "# Jangan menulis nomor telepon, alamat atau jam yang belum dipastikan.",
        f"nama: {_isi('nama kantor, mis. Kecamatan …')}",
        "# Judul di atas menu (maks. 60 huruf).",
        f"nama_layanan: {_isi('judul menu, mis. PUSPA Kecamatan …')}",
        "# Sambutan untuk pesan pertama warga (singkat: tampil bersama menu).",
        f"sambutan: {_isi('sambutan untuk pesan pertama warga')}",
        '# Kalimat di layar "Tanya petugas", sebelum warga menulis pertanyaannya.',
        f"tanya_petugas: {_isi('kalimat sebelum warga menulis pertanyaan untuk petugas')}",
        "# Jam kantor sebagai teks; sama dengan jam_kerja di bawah dan isian jam_kecamatan (dasar.yaml).",
        f"jam_kantor: {_isi('jam kantor sebagai teks, mis. Senin–Kamis …, Jumat … WIB, kecuali hari libur')}",
        "# Jam kerja per hari, mis. 07.30-16.00. HAPUS baris hari yang tutup (hari yang tidak ditulis = tutup).",
        "jam_kerja:",
        *(f"  {day}: {_isi('jam buka-tutup, mis. 07.30-16.00 (hapus baris ini bila tutup)')}" for day in WEEK),
        "# Desa di kecamatan ini (maks. 20 huruf per nama), satu baris per desa, dengan sumbernya di komentar.",
        "desa:",
        f"  - {_isi('nama desa (tambahkan satu baris per desa)')}",
        "# Izin resepsi: batas polisi (PP 60/2017: paling sedikit 14 hari kerja; lebih bila Polsek meminta)",
        "# dan hari kerja kecamatan membuat rekomendasi. Tulis angka, tanpa tanda kutip.",
        f"resepsi_hari_kerja_minimal: {_isi('hari kerja batas polisi, paling sedikit 14')}",
        f"resepsi_hari_proses_kecamatan: {_isi('hari kerja kecamatan memproses rekomendasi')}",
    ]
    given = ", ".join(base_office) if isinstance(base_office, dict) else ""
    if given:
        lines[2:2] = [f"# Dari dasar (tulis di sini hanya untuk menggantinya): {given}."]
    return "\n".join(lines) + "\n"


def _own_card(card_id: str, title: str, keys: Sequence[str]) -> str:
    lines = [
        f"# {title}: hanya yang milik kantor ini; kolom lain dari kartu dasar. Kolom di sini menggantikan",
        "# kolom yang sama di kartu dasar; `sumber` di sini ditambahkan sesudah sumber kartu dasar.",
        f"id: {card_id}",
        *(f"{key}: {_isi(f'{OWN_KEY_HINTS.get(key, key)}; kartu {title}')}" for key in keys),
        f"diperiksa: {_isi('tanggal isi di atas diperiksa, TAHUN-BULAN-HARI')}",
        "sumber:",
        f"  - {_isi('sumber isi di atas: siapa atau apa, dan tanggalnya')}",
    ]
    return "\n".join(lines) + "\n"


def _slot_card(card_id: str, category: str) -> str:
    lines = [
        f"# Kartu `{card_id}` kantor ini (kategori menu `{category}` di dasar). Tidak ditawarkan? Hapus file",
        f"# ini dan tulis {card_id} di tidak_ditawarkan (dasar.yaml). Susunan kartu: content_seed/README.md;",
        f"# contoh susunan (bukan faktanya): offices/jonggol/layanan/{card_id}.yaml.",
        f"id: {card_id}",
        f"judul: {_isi('nama kartu di daftar dan tombol, maks. 20 huruf')}",
        f"deskripsi: {_isi('satu baris di bawah nama kartu, maks. 72 huruf')}",
        "kata_kunci:",
        f"  - {_isi('kata yang diketik warga untuk kartu ini (satu baris per kata)')}",
        f"informasi: {_isi('isi kartu')}",
        f"tempat: {_isi('tempat (kantor/alamat) yang dituju warga')}",
        f"jam_layanan: {_isi('jam layanan tempat itu')}",
        f"diperiksa: {_isi('tanggal isi kartu diperiksa, TAHUN-BULAN-HARI')}",
        "sumber:",
        f"  - {_isi('sumber setiap fakta di kartu ini: siapa atau apa, dan tanggalnya')}",
    ]
    return "\n".join(lines) + "\n"


def _staff_file() -> str:
    lines = [
        "# Petugas kantor ini: yang boleh menjalankan perintah petugas dari WhatsApp dan menerima",
        "# pemberitahuan. peran: petugas, admin atau camat. Satu blok per petugas; email boleh dihapus.",
        "petugas:",
        f"  - nama: {_isi('nama petugas')}",
        f"    nomor: {_isi('nomor WhatsApp petugas, mis. 62812…')}",
        "    peran: petugas",
        f"    email: {_isi('e-mail petugas untuk pemberitahuan (hapus baris ini bila tidak ada)')}",
    ]
    return "\n".join(lines) + "\n"


def scaffold(name: str, base: str, root: Path = CONTENT_DIR) -> tuple[Path, list[str]]:
    """Write offices/<name>/ extending `base`; (the folder, the files written). ValueError when the
    name is taken, the base is unknown or the base cannot be read."""
    office_dir, base_dir = root / "offices" / name, root / "bases" / base
    if office_dir.exists():
        raise ValueError(f"Folder kantor sudah ada: {office_dir}")
    if not base_dir.is_dir():
        known = sorted(p.name for p in (root / "bases").iterdir() if p.is_dir()) if (root / "bases").is_dir() else []
        raise ValueError(f"Dasar '{base}' tidak ada di {root / 'bases'} (yang ada: {', '.join(known) or '-'})")
    problems: list[str] = []
    folder = read_folder(base_dir, f"dasar {base}: ", problems)
    asked = read_asked(folder, problems)
    if problems:
        raise ValueError("Dasar tidak bisa dibaca: " + "; ".join(problems))
    description = folder.files.get("dasar") or {}
    base_name = description.get("nama", base) if isinstance(description, dict) else base
    menu = folder.files.get("kategori") or {}
    categories = menu.get("kategori") if isinstance(menu, dict) else menu
    slots = {
        str(card_id): str(category.get("id"))
        for category in categories or [] if isinstance(category, dict)
        for card_id in category.get("layanan") or [] if card_id not in folder.cards
    }  # fmt: skip
    files = {
        "dasar.yaml": _settings_file(name, base, str(base_name), asked, sorted(folder.cards)),
        "kantor.yaml": _office_file(folder.files.get("kantor") or {}),
        "petugas.yaml": _staff_file(),
    }
    for card_id, card in sorted(folder.cards.items()):
        if card.get(OWN_KEYS):
            files[f"layanan/{card_id}.yaml"] = _own_card(card_id, str(card.get("judul", card_id)), card[OWN_KEYS])
    for card_id, category in sorted(slots.items()):
        files[f"layanan/{card_id}.yaml"] = _slot_card(card_id, category)
    for relative, text in files.items():
        path = office_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return office_dir, list(files)


def checklist(name: str, base: str, left: int) -> str:
    """What to do after scaffolding, in Indonesian: the placeholders, Meta, staff, publishing."""
    templates = "\n".join(f"       - {default} ({setting})" for setting, default in TEMPLATE_SETTINGS.items())
    return f"""\
Masih ada {left} isian "ISI: …". Penerbit menolak kantor ini sampai semuanya diisi dengan data yang
sudah dipastikan: jangan mengarang alamat, jam, nama atau nomor. Yang belum pasti: tulis "tanyakan ke
petugas" dan catat "# PERLU DIPASTIKAN: …" di komentar. Lihat yang masih tersisa dengan:
  python -m content_seed --office {name} --dry-run

Daftar untuk Meta (di WhatsApp Business Account yang sama dengan kantor lain):
  1. Tambahkan nomor WhatsApp kantor ini ke WhatsApp Business Account itu di WhatsApp Manager, dan
     verifikasi kepemilikannya (kode lewat SMS atau telepon).
  2. Daftarkan (register) nomor itu untuk Cloud API: POST /<phone_number_id>/register dengan PIN
     verifikasi dua langkah 6 angka. Pendaftaran ini hanya bisa lewat API, tidak lewat WhatsApp Manager.
  3. Tulis phone_number_id nomor itu di offices/{name}/dasar.yaml (nomor_id).
  4. Webhook sudah berlangganan di tingkat aplikasi Meta: pesan ke nomor baru langsung sampai ke
     PUSPA. Tidak ada yang perlu diubah di webhook.
  5. Templat pesan (kategori UTILITY, bahasa id) disimpan per WhatsApp Business Account dan dipakai
     bersama semua nomornya. Pastikan templat ini sudah disetujui (isi dan tombolnya:
     functions/puspa/whatsapp/templates.py):
{templates}
     Bila petugas.yaml kantor ini menulis nama templat lain (templat:), ajukan juga nama itu:
     python -m ops.templates submit, lalu python -m ops.templates status (infra/README.md).

Lalu:
  6. Isi petugas.yaml (nama, nomor WhatsApp dan peran petugas kantor ini).
  7. Bila kantor ini memakai "Cek dokumen" (dokumen sudah jadi), tulis dokumen.yaml (tempat, jam dan
     yang dibawa saat mengambil; lihat content_seed/README.md) dan `tombol: [cek_dokumen]` di
     layanan/ktp_jadi.yaml. Tanpa keduanya fitur ini mati.
  8. Terbitkan: python -m content_seed --office {name}
     (atau semua kantor dasar ini sekaligus: python -m content_seed --base {base})
"""


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m content_seed new-office", description="Buat folder kantor baru yang memakai sebuah dasar."
    )
    parser.add_argument("name", help="nama folder kantor baru, mis. cileungsi (huruf kecil, angka, - atau _)")
    parser.add_argument("--extends", required=True, help="nama dasar di content_seed/bases, mis. kabupaten-bogor")
    parser.add_argument(
        "--root", default=str(CONTENT_DIR), help="folder berisi bases/ dan offices/ (bawaan: content_seed)"
    )
    args = parser.parse_args(argv)
    if not args.name.replace("-", "").replace("_", "").isalnum() or args.name != args.name.lower():
        print(f"Nama kantor hanya boleh huruf kecil, angka, - dan _: '{args.name}'", file=sys.stderr)
        return 2
    try:
        office_dir, files = scaffold(args.name, args.extends, Path(args.root))
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"Folder kantor baru: {office_dir} ({len(files)} file, memakai dasar {args.extends}).")
    for relative in files:
        print(f"  {relative}")
    print()
    print(checklist(args.name, args.extends, len(placeholders_in(office_dir))), end="")
    return 0

"""The peer for the minutes: Python's csv module and Jinja2 (autoescape) rendering the Berita
Acara Coaching HTML of a batch from the same data `coaching minutes` uses: the batch's
jadwal-coaching.xml and coaching.toml, and the filled-in worksheet. The templates in
templates/ are the project's Mustache templates translated one to one.

Usage: python3 minutes_peer.py BATCH_FOLDER NOTES.csv [--out DIR] [--first FILE] [--rounds N]
Prints: jinja2 <µs per document> us/doc <documents> docs <seconds for everything> s
(µs per document: the best of N passes over all documents, data built and rendered, as
Benchmarks/MinutesBenchmark measures ours.)
"""
import argparse, csv, datetime, math, os, sys, time, tomllib
import xml.etree.ElementTree as ET
import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NS = "{urn:x-klip-djp:coaching:1}"
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def below_thousand(n):
    parts, hundreds, rest = [], n // 100, n % 100
    if hundreds == 1: parts.append("seratus")
    elif hundreds > 1: parts.append(UNITS[hundreds] + " ratus")
    if rest == 10: parts.append("sepuluh")
    elif rest == 11: parts.append("sebelas")
    elif 12 <= rest <= 19: parts.append(UNITS[rest - 10] + " belas")
    elif 1 <= rest <= 9: parts.append(UNITS[rest])
    elif rest >= 20:
        parts.append(UNITS[rest // 10] + " puluh")
        if rest % 10: parts.append(UNITS[rest % 10])
    return " ".join(parts)


def terbilang(n):
    if n == 0: return "nol"
    parts = []
    for scale, name in [(10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu")]:
        count, n = divmod(n, scale)
        if count: parts.append("seribu" if scale == 1000 and count == 1 else below_thousand(count) + " " + name)
    if n: parts.append(below_thousand(n))
    return " ".join(parts)


def indonesian(d): return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
def indonesian_long(d): return f"{DAYS[d.weekday()]}, {indonesian(d)}"
def clock(hhmm): return hhmm.replace(":", ".")
def show(text):
    if not text: return ""
    r = math.floor(float(text) * 10 + 0.5) / 10
    return str(int(r)) if r == int(r) else str(r)


def parse_date(text):
    text = text.strip()
    if "/" in text:
        d, m, y = text.split("/")
        return datetime.date(int(y), int(m), int(d))
    return datetime.date.fromisoformat(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("batch"); parser.add_argument("notes")
    parser.add_argument("--out"); parser.add_argument("--first")
    parser.add_argument("--rounds", type=int, default=1)
    options = parser.parse_args()
    started = time.perf_counter()

    settings = tomllib.load(open(os.path.join(options.batch, "coaching.toml"), "rb"))
    office, people = settings.get("office", {}), settings.get("people", {})
    letterhead = office.get("letterhead", ["KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", "DIREKTORAT JENDERAL PAJAK",
                                          "KANTOR LAYANAN INFORMASI DAN PENGADUAN"])
    address = office.get("address_lines", ["JALAN GATOT SUBROTO KAV. 40-42, JAKARTA 12190", "TELEPON 1500200; LAMAN WWW.PAJAK.GO.ID"])
    city, unit, name_case = office.get("city", "Jakarta"), office.get("unit_code", "KLIP"), office.get("name_case", "title")
    def cased(text):
        if name_case == "upper": return text.upper()
        if name_case == "title": return " ".join(w[:1].upper() + w[1:].lower() for w in text.split(" ") if w)
        return text
    kasi = people.get("kepala_seksi_pkl", {}); kakan = people.get("kepala_kantor", {})
    kasi_position = kasi.get("position", "Kepala Seksi Penjaminan Kualitas Layanan")
    kakan_position = kakan.get("position", "Kepala Kantor Layanan Informasi dan Pengaduan")

    root = ET.parse(os.path.join(options.batch, "jadwal-coaching.xml")).getroot()
    jadwal_number = root.get("nomor")
    sessions = {}
    for s in root.iter(NS + "sesi"):
        sessions[int(s.get("no"))] = s

    with open(options.notes, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))

    env = jinja2.Environment(loader=jinja2.FileSystemLoader([os.path.join(HERE, "templates"), os.path.join(ROOT, "Templates")]),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    template = env.get_template("berita-acara-coaching.html.j2")
    kantor = {"kop": [{"baris": b} for b in letterhead], "alamat": [{"baris": b} for b in address]}

    def data(number, s, row):
        held = row["hadir"].strip().lower() in ("ya", "y", "hadir", "1", "true", "yes")
        day = parse_date(row["tanggal"]) if row["tanggal"].strip() else datetime.date.fromisoformat(s.get("tanggal"))
        peserta, pelatih, pendamping = s.find(NS + "peserta"), s.find(NS + "pelatih"), s.find(NS + "pendamping")
        def person(node): return {"nama": cased(node.get("nama")), "nip": node.get("nip"), "jabatan": node.get("jabatan")}
        parties = [(peserta.get("nama"), peserta.get("nip"), peserta.get("jabatan"), "peserta coaching")]
        if held: parties.append((pelatih.get("nama"), pelatih.get("nip"), pelatih.get("jabatan"), "pelatih (coach)"))
        parties.append((pendamping.get("nama"), pendamping.get("nip"), pendamping.get("jabatan"), "Quality Assessor pendamping"))
        fokus = []
        for f in s.iter(NS + "fokus"):
            recs = [{"id": r.get("id"), "prioritas": r.get("prioritas"), "temuan": r.find(NS + "temuan").text or "",
                     "saran": r.find(NS + "saran").text or ""} for r in f.iter(NS + "rekomendasi")]
            fokus.append({"kode": f.get("aspek"), "aspek": f.get("aspek").replace("_", " "), "nilai": show(f.get("nilai")),
                          "batas": show(f.get("batas")), "adaRekomendasi": bool(recs), "rekomendasi": recs})
        texts = [t.strip() for t in row["komitmen"].splitlines() if t.strip()]
        targets = [t.strip() for t in row["target_tanggal"].splitlines() if t.strip()]
        komitmen = []
        for i, t in enumerate(texts):
            target = parse_date(targets[0] if len(targets) == 1 else targets[i])
            komitmen.append({"no": str(i + 1), "teks": t, "target": indonesian(target), "targetISO": target.isoformat()})
        return {
            "kantor": kantor,
            "dokumen": {"judul": "BERITA ACARA COACHING" if held else "BERITA ACARA KETIDAKHADIRAN COACHING", "nomor": number, "konsep": True},
            "penandatangan": {"tempatTanggal": f"{city}, {indonesian(day)}", "atasNama": "", "jabatan": kasi_position,
                              "nama": cased(kasi.get("name", "")), "nip": kasi.get("nip", "")},
            "ba": {"status": "konsep", "hadir": held, "kehadiran": "hadir" if held else "tidak-hadir", "sesi": s.get("no"),
                   "nomorJadwal": jadwal_number, "revisi": "", "alasanRevisi": "", "tanggalDisetujuiISO": "", "tanggalDiterima": "",
                   "hari": DAYS[day.weekday()], "tanggalTerbilang": terbilang(day.day), "bulan": MONTHS[day.month - 1],
                   "tahunTerbilang": terbilang(day.year), "tanggal": indonesian_long(day), "tanggalISO": day.isoformat(),
                   "waktu": f"{clock(s.get('mulai'))}–{clock(s.get('selesai'))} WIB", "mulai": s.get("mulai"), "selesai": s.get("selesai"),
                   "tempat": s.get("tempat"),
                   "peserta": {"nama": cased(peserta.get("nama")), "nip": peserta.get("nip"), "jabatan": peserta.get("jabatan"), "tim": peserta.get("tim")},
                   "pelatih": person(pelatih), "pendamping": person(pendamping),
                   "penerima": {"nama": cased(kakan.get("name", "")), "nip": kakan.get("nip", ""), "jabatan": kakan_position},
                   "pihak": [{"no": str(i + 1), "nama": cased(n), "nip": p, "jabatan": j, "peran": r} for i, (n, p, j, r) in enumerate(parties)],
                   "agenda": s.find(NS + "agenda").text or "", "adaFokus": bool(fokus), "fokus": fokus,
                   "pembahasan": row["pembahasan"].strip(), "tindakLanjut": row["tindak_lanjut"].strip(), "catatan": row["catatan"].strip(),
                   "komitmen": komitmen},
        }

    work = []
    for row in rows:
        if row["hadir"].strip() == "": continue
        work.append((int(row["sesi"]), row))
    work.sort(key=lambda w: w[0])
    best = float("inf")
    for _ in range(options.rounds):
        render_time, pages = 0.0, []
        for i, (number, row) in enumerate(work, 1):
            s = sessions[number]
            day = parse_date(row["tanggal"]) if row["tanggal"].strip() else datetime.date.fromisoformat(s.get("tanggal"))
            t = time.perf_counter()
            page = template.render(**data(f"BA-{i}/{unit}/{day.year}", s, row))
            render_time += time.perf_counter() - t
            pages.append((number, page))
        best = min(best, render_time)
    if options.first and pages:
        open(options.first, "w", encoding="utf-8").write(pages[0][1].replace("&#34;", "&quot;"))
    if options.out:
        os.makedirs(options.out, exist_ok=True)
        width = max(3, len(str(len(sessions))))
        for number, page in pages:
            with open(os.path.join(options.out, f"sesi-{number:0{width}d}.html"), "w", encoding="utf-8") as f:
                f.write(page)
    total = time.perf_counter() - started
    print(f"jinja2 {best * 1e6 / max(1, len(pages)):.1f} us/doc {len(pages)} docs {total:.3f} s")


if __name__ == "__main__":
    main()

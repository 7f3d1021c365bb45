"""The peer for the schedule: what an office would otherwise write in Python. The csv module reads
the Laporan Kinerja Agen and the Rekomendasi Perbaikan with the same typed checks, the same
candidate rules and order as coaching.toml, the same greedy scheduler (office hours, Friday's
break, sessions per coach per day, least-loaded assessor), and Jinja2 (autoescape) renders the
Jadwal Coaching HTML from the project's template translated one to one
(templates/jadwal-coaching.html.j2). No cool-down history and no unavailability file.

Usage: python3 schedule_peer.py CONFIG REPORT.csv RECS.csv --assigned-on DATE [--out DIR]
Prints: schedule_peer <candidates> candidates <sessions> sessions <seconds> s
"""
import argparse, csv, datetime, os, re, time, tomllib
import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
NIP = re.compile(r"^[0-9]{18}$")
PERIODE = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])$")


def holidays(cuti_bersama_is_working_day):
    """The decreed days off of Sources/CoachingCore/Schedule/HolidayData.swift."""
    text = open(os.path.join(ROOT, "Sources", "CoachingCore", "Schedule", "HolidayData.swift"), encoding="utf-8").read()
    days = set()
    for year_match in re.finditer(r"(\d{4}): Year\(provisional: \w+, holidays: \[(.*?)\], cutiBersama: \[(.*?)\]\)", text, re.S):
        year = int(year_match.group(1))
        groups = [year_match.group(2)] + ([] if cuti_bersama_is_working_day else [year_match.group(3)])
        for group in groups:
            for m, d in re.findall(r'\("(\d\d)-(\d\d)"', group):
                days.add(datetime.date(year, int(m), int(d)))
    return days


def minutes(text): h, m = text.replace(":", ".").split("."); return int(h) * 60 + int(m)
def clock(n): return f"{n // 60:02d}.{n % 60:02d}"
def indonesian(d): return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
def indonesian_long(d): return f"{DAYS[d.weekday()]}, {indonesian(d)}"
def show(x):
    r = round(x * 10) / 10
    return str(int(r)) if r == int(r) else str(r)
def number(text, comma):
    return float(text.replace(",", ".") if comma else text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("config"); parser.add_argument("report"); parser.add_argument("recommendations")
    parser.add_argument("--assigned-on", required=True); parser.add_argument("--out")
    options = parser.parse_args()
    started = time.perf_counter()
    settings = tomllib.load(open(options.config, "rb"))
    rules, hours, sched = settings.get("rules", {}), settings.get("office_hours", {}), settings.get("schedule", {})
    people, office = settings.get("people", {}), settings.get("office", {})
    # coaching.toml's defaults (Configuration.Rules) where the file is silent.
    aspect_minimum = {"etika_bertelepon": 75, "interaksi_empati": 75, "akurasi_informasi": 80, "efisiensi": 70, "kepatuhan_sop": 80,
                      **rules.get("aspect_minimum", {})}
    kpi_bands = {"aht_detik": {"max": 480}, "fcr_persen": {"min": 70}, "csat_persen": {"min": 80}, "kepatuhan_jadwal_persen": {"min": 90},
                 **rules.get("kpi_bands", {})}
    quality_minimum, minimum_evaluations = rules.get("quality_minimum", 80), rules.get("minimum_evaluations", 5)
    errors = 0

    # Read and check the report.
    with open(options.report, encoding="utf-8-sig", newline="") as f:
        sample = f.readline(); f.seek(0)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        reader = csv.DictReader(f, delimiter=delimiter)
        aspects = [c[6:] for c in reader.fieldnames if c.startswith("aspek_")]
        kpis = [c[4:] for c in reader.fieldnames if c.startswith("kpi_")]
        rows = []
        for row in reader:
            if not NIP.match(row["nip"]) or not PERIODE.match(row["periode"]): errors += 1; continue
            if row["jabatan"] not in ("Agen Informasi", "Team Leader Informasi"): errors += 1; continue
            row["nilai_kualitas"] = number(row["nilai_kualitas"], delimiter == ";")
            row["jumlah_penilaian"] = int(row["jumlah_penilaian"])
            if not 0 <= row["nilai_kualitas"] <= 100: errors += 1
            for a in aspects:
                v = row["aspek_" + a]; row["aspek_" + a] = number(v, delimiter == ";") if v else None
            for k in kpis:
                v = row["kpi_" + k]; row["kpi_" + k] = number(v, delimiter == ";") if v else None
            rows.append(row)
    with open(options.recommendations, encoding="utf-8-sig", newline="") as f:
        sample = f.readline(); f.seek(0)
        recs = list(csv.DictReader(f, delimiter=";" if sample.count(";") > sample.count(",") else ","))
    periode = max(r["periode"] for r in rows)
    current = [r for r in rows if r["periode"] == periode]
    by_nip = {}
    for r in recs:
        if r["periode"] == periode: by_nip.setdefault(r["nip"], []).append(r)

    # Candidates and their reasons.
    reasons, judged = {}, []
    for r in current:
        if r["jumlah_penilaian"] < minimum_evaluations: continue
        judged.append(r)
        found = []
        if r["nilai_kualitas"] < quality_minimum: found.append(("quality", None))
        for a in aspects:
            if r["aspek_" + a] is not None and a in aspect_minimum and r["aspek_" + a] < aspect_minimum[a]: found.append(("aspect", a))
        for k in kpis:
            v, band = r["kpi_" + k], kpi_bands.get(k)
            if v is None or band is None: continue
            if ("min" in band and v < band["min"]) or ("max" in band and v > band["max"]): found.append(("kpi", k))
        for rec in by_nip.get(r["nip"], []):
            if rec["prioritas"] == "tinggi": found.append(("tinggi", rec.get("id", "")))
        if found: reasons[r["nip"]] = found
    individual = dict(reasons)
    teams = {}
    for r in judged:
        if r["jabatan"] == "Agen Informasi" and r["nip_team_leader"]: teams.setdefault(r["nip_team_leader"], []).append(r)
    for leader in judged:
        team = teams.get(leader["nip"]) if leader["jabatan"] == "Team Leader Informasi" else None
        if not team: continue
        share = sum(1 for a in team if a["nip"] in individual) / len(team)
        if share >= rules.get("team_flagged_share", 0.3): reasons.setdefault(leader["nip"], []).append(("share", f"{round(share * 100)}"))
        if sum(a["nilai_kualitas"] for a in team) / len(team) < rules.get("team_average_target", 82):
            reasons.setdefault(leader["nip"], []).append(("average", None))
    candidates = [r for r in judged if r["nip"] in reasons]
    candidates.sort(key=lambda r: (-len(reasons[r["nip"]]), r["nilai_kualitas"], r["nip"]))

    def agenda(r):
        focus = []
        for a in aspects:
            if r["aspek_" + a] is not None and a in aspect_minimum and r["aspek_" + a] < aspect_minimum[a]:
                focus.append((aspect_minimum[a] - r["aspek_" + a], a, None))
        for rec in sorted(by_nip.get(r["nip"], []), key=lambda x: (x["prioritas"], x.get("id", ""))):
            focus.append((0, rec["aspek"], rec["rekomendasi"]))
        if focus:
            seen, parts = set(), []
            for gap, a, text in sorted(focus, key=lambda x: (-x[0], x[1])):
                if a in seen: continue
                seen.add(a)
                parts.append(a.replace("_", " ") + (f": {text}" if text else ""))
            return "; ".join(parts)
        return "; ".join(f"kinerja {r['tim']}: {v}% agen perlu coaching" if k == "share" else k for k, v in reasons[r["nip"]])

    # The working days and the greedy schedule.
    off = holidays(settings.get("calendar", {}).get("cuti_bersama_is_working_day", False))
    def add_working(day, n):
        while n > 0:
            day += datetime.timedelta(days=1)
            if day.weekday() < 5 and day not in off: n -= 1
        return day
    assigned = datetime.date.fromisoformat(options.assigned_on)
    deadline = add_working(assigned, 14)
    first, after = sched.get("first_session_working_day", 2), sched.get("working_days_after_last_session", 3)
    days = [add_working(assigned, n) for n in range(first, max(first, 14 - after) + 1)]
    start, end = minutes(hours.get("start", "07.30")), minutes(hours.get("end", "17.00"))
    def slots(day, length):
        friday = day.weekday() == 4
        b0 = minutes(hours.get("friday_break_start" if friday else "break_start", "11.30" if friday else "12.15"))
        b1 = minutes(hours.get("friday_break_end" if friday else "break_end", "13.15" if friday else "13.00"))
        return [s for s in range(start, end - length + 1, 15) if s + length <= b0 or s >= b1]
    kasi = people.get("kepala_seksi_pkl", {})
    coaches = [kasi] + sched.get("stand_in_coaches", [])
    assessors = people.get("quality_assessors", [])
    per_day = sched.get("max_sessions_per_day", 6)
    busy, count, load = {}, {}, [0] * len(assessors)
    def free(who, d, s, e): return all(not (s < b1 and b0 < e) for b0, b1 in busy.get((who, d), []))
    sessions = []
    for r in candidates:
        length = sched.get("team_leader_session_minutes", 60) if r["jabatan"] == "Team Leader Informasi" else sched.get("agent_session_minutes", 45)
        placed = False
        for d, day in enumerate(days):
            if all(count.get((c.get("nip"), d), 0) >= per_day for c in coaches): continue
            for s in slots(day, length):
                e = s + length
                coach = next((c for c in coaches if c.get("nip") != r["nip"] and count.get((c.get("nip"), d), 0) < per_day and free(c.get("nip"), d, s, e)), None)
                if coach is None: continue
                chosen = None
                for i, a in enumerate(assessors):
                    if a.get("nip") not in (coach.get("nip"), r["nip"]) and free(a.get("nip"), d, s, e) and (chosen is None or load[i] < load[chosen]): chosen = i
                if chosen is None: continue
                for who in (coach.get("nip"), assessors[chosen].get("nip")):
                    busy.setdefault((who, d), []).append((s, e)); count[(who, d)] = count.get((who, d), 0) + 1
                load[chosen] += 1
                sessions.append((day, s, e, r, coach, assessors[chosen]))
                placed = True
                break
            if placed: break
    sessions.sort(key=lambda x: (x[0], x[1]))

    # The Jadwal Coaching, rendered.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader([os.path.join(HERE, "templates"), os.path.join(ROOT, "Templates")]),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    title = lambda t: " ".join(w[:1].upper() + w[1:].lower() for w in t.split(" ") if w)
    data = {
        "kantor": {"kop": [{"baris": b} for b in office.get("letterhead", [])], "alamat": [{"baris": b} for b in office.get("address_lines", [])]},
        "dokumen": {"judul": "JADWAL COACHING", "nomor": f"JDW-1/{office.get('unit_code', 'KLIP')}/{assigned.year}", "konsep": True},
        "penandatangan": {"tempatTanggal": f"{office.get('city', 'Jakarta')}, {indonesian(assigned)}", "atasNama": "",
                          "jabatan": kasi.get("position", "Kepala Seksi Penjaminan Kualitas Layanan"), "nama": title(kasi.get("name", "")),
                          "nip": kasi.get("nip", "")},
        "jadwal": {"tanggalPenugasan": indonesian(assigned), "jangkaWaktu": "14 (empat belas)", "batasWaktu": indonesian_long(deadline),
                   "tembusan": [{"baris": people.get("kepala_kantor", {}).get("position", "Kepala Kantor Layanan Informasi dan Pengaduan")}],
                   "sesi": [{"no": str(i + 1), "hariTanggal": indonesian_long(day), "waktu": f"{clock(s)}–{clock(e)} WIB", "nama": title(r["nama"]),
                             "nip": r["nip"], "jabatan": r["jabatan"], "tim": r["tim"], "pelatih": title(c.get("name", "")),
                             "pendamping": title(a.get("name", "")), "tempat": sched.get("place", "Ruang Coaching KLIP DJP"), "agenda": agenda(r)}
                            for i, (day, s, e, r, c, a) in enumerate(sessions)]},
    }
    html = env.get_template("jadwal-coaching.html.j2").render(data)
    if options.out:
        os.makedirs(options.out, exist_ok=True)
        with open(os.path.join(options.out, "jadwal-coaching.html"), "w", encoding="utf-8") as f: f.write(html)
        with open(os.path.join(options.out, "kandidat.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["peringkat", "nip", "nama", "jabatan", "tim", "periode", "nilai_kualitas"])
            for i, r in enumerate(candidates): w.writerow([i + 1, r["nip"], r["nama"], r["jabatan"], r["tim"], periode, show(r["nilai_kualitas"])])
    print(f"schedule_peer {len(candidates)} candidates {len(sessions)} sessions {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()

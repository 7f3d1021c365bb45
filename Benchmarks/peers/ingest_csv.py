#!/usr/bin/env python3
"""The peer for CSV ingest: the script a colleague would otherwise write.

Reads a Laporan Kinerja Agen with csv.DictReader and does the same typed conversion and
checks as `coaching check`: period, NIP structure, position, scores 0-100, whole numbers,
duplicates per person and period, team leaders that exist. Prints a one-line summary.
"""
import csv
import datetime
import sys


def nip_ok(text):
    if len(text) != 18 or not text.isdigit():
        return False
    try:
        birth = datetime.date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    service_year, service_month = int(text[8:12]), int(text[12:14])
    return 1 <= service_month <= 12 and service_year >= birth.year and text[14] in "12" and text[15:] != "000"


def main(path):
    errors = 0
    seen = {}
    leaders = set()
    references = {}
    people, teams, periods = set(), set(), set()
    rows = 0
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        aspects = [c for c in reader.fieldnames if c.startswith("aspek_")]
        kpis = [c for c in reader.fieldnames if c.startswith("kpi_")]
        for row in reader:
            rows += 1
            line = reader.line_num
            try:
                year, month = row["periode"].split("-")
                periode = (int(year), int(month))
                if not 1 <= periode[1] <= 12:
                    raise ValueError
            except ValueError:
                errors += 1
                continue
            nip = row["nip"]
            if not nip_ok(nip):
                errors += 1
            jabatan = row["jabatan"]
            if jabatan not in ("Agen Informasi", "Team Leader Informasi"):
                errors += 1
            try:
                int(row["jumlah_penilaian"])
                score = float(row["nilai_kualitas"])
                if not 0 <= score <= 100:
                    errors += 1
                for a in aspects:
                    if row[a] != "" and not 0 <= float(row[a]) <= 100:
                        errors += 1
                for k in kpis:
                    if row[k] != "":
                        float(row[k])
            except ValueError:
                errors += 1
            key = (periode, nip)
            if key in seen:
                errors += 1
            seen[key] = line
            if jabatan == "Team Leader Informasi":
                leaders.add(key)
            elif row["nip_team_leader"]:
                references.setdefault((periode, row["nip_team_leader"]), line)
            people.add(nip)
            teams.add(row["tim"])
            periods.add(periode)
    errors += sum(1 for key in references if key not in leaders)
    print(f"{path}: {rows} rows, {len(people)} people, {len(teams)} teams, {len(periods)} periods; {errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

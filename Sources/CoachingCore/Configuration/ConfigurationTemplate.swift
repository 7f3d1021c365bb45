/// The annotated `coaching.toml` that `coaching init` writes. Every value is the built-in
/// default (a test loads this text and compares it with `Configuration()`), so an office
/// only edits what differs.
public enum ConfigurationTemplate {
    public static let text = #"""
# coaching.toml: settings of the KLIP DJP coaching tool (SOP LIP30-0005).
# Every setting has a default; delete what you do not need to change.
# Values in quotes are text; numbers and true/false are written without quotes.

[office]
# Letterhead (kop surat), first page of every document, top to bottom.
letterhead = [
  "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA",
  "DIREKTORAT JENDERAL PAJAK",
  "KANTOR LAYANAN INFORMASI DAN PENGADUAN",
]
address_lines = [
  "JALAN GATOT SUBROTO KAV. 40-42, JAKARTA 12190",
  "TELEPON 1500200; LAMAN WWW.PAJAK.GO.ID",
]
# City on the place-and-date line ("Jakarta, 25 November 2026").
city = "Jakarta"
# Unit code in document numbers, e.g. BA-12/KLIP/2026. No '/' or spaces.
unit_code = "KLIP"
# How names and positions are written on documents: "title", "upper" or "as-written".
name_case = "title"

# The people who sign. Names and NIPs (18 digits) must be filled in before documents
# can be produced; the tool refuses to print an empty signature block.
[people.kepala_kantor]
name = ""
nip = ""
position = "Kepala Kantor Layanan Informasi dan Pengaduan"

[people.kepala_seksi_pkl]
name = ""
nip = ""
position = "Kepala Seksi Penjaminan Kualitas Layanan"

[people.penyaji]
name = ""
nip = ""
position = "Penyaji Bahan Penilaian"

# One [[people.quality_assessors]] block per Quality Assessor, e.g.:
# [[people.quality_assessors]]
# name = "Dewi Lestari"
# nip = "199001152015022001"
# position = "Quality Assessor"

# Who becomes a coaching candidate.
[rules]
# Overall quality score (nilai_kualitas) below this: candidate.
quality_minimum = 80
# Fewer evaluations than this: flagged as too few to judge, not coached.
minimum_evaluations = 5
# A team leader is a candidate when at least this share of the team is (0.3 = 30%) ...
team_flagged_share = 0.3
# ... or when the team's average score is below this.
team_average_target = 82
# Someone coached within this many working days is skipped.
cool_down_working_days = 20

# Per-aspect minimum scores (column aspek_<code> in the report).
[rules.aspect_minimum]
etika_bertelepon = 75
interaksi_empati = 75
akurasi_informasi = 80
efisiensi = 70
kepatuhan_sop = 80

# KPI bands (column kpi_<code>): outside the band makes a candidate.
[rules.kpi_bands]
aht_detik = { max = 480 }
fcr_persen = { min = 70 }
csat_persen = { min = 80 }
kepatuhan_jadwal_persen = { min = 90 }

# How `coaching efektivitas` measures whether coaching works, and what its findings weigh
# among the next round's candidates.
[effectiveness]
# A comparison person's baseline is within this many points of the coached person's.
baseline_caliper = 3
# A period counts only with at least this many scored contacts (jumlah_penilaian).
minimum_evaluations = 5
# Fewer comparable people than this: "data belum cukup" instead of a number.
minimum_comparisons = 3
# At most this many comparable people, the nearest by baseline.
maximum_comparisons = 10
# Priority of the reasons "komitmen belum tercapai (BA-...)" and "belum membaik setelah
# coaching (BA-...)": "tinggi" counts as three reasons when candidates are ranked, "sedang"
# as two, "rendah" as one.
unmet_commitment_priority = "tinggi"
not_improved_priority = "sedang"
# The Laporan Kinerja of earlier periods, which `candidates` and `schedule` read besides the
# report they are given to follow up earlier coaching: the monthly report alone holds no
# period before a session, so without them "belum membaik" cannot be said. Files, folders
# (their .csv and .xml files) or patterns such as "Laporan/*.csv", relative to this file.
# Where they repeat a period of the report given, the report given counts.
earlier_reports = []

# Office hours (WIB), written as in Indonesian documents: "07.30".
[office_hours]
start = "07.30"
end = "17.00"
break_start = "12.15"
break_end = "13.00"
friday_break_start = "11.30"
friday_break_end = "13.15"

# How sessions are laid out within the SOP's 14 working days.
[schedule]
agent_session_minutes = 45
team_leader_session_minutes = 60
# Most sessions the coach (the Kepala Seksi PKL) holds in one day.
max_sessions_per_day = 6
# Working day of the first session, counted from the assignment (time to approve the schedule).
first_session_working_day = 2
# Working days kept free after the last session for the minutes, approval and receipt.
working_days_after_last_session = 3
place = "Ruang Coaching KLIP DJP"
# Stand-ins who may coach when the Kepala Seksi cannot (Plh.), e.g.
# [[schedule.stand_in_coaches]]
# name = "…"
# nip = "…"
# position = "Plh. Kepala Seksi Penjaminan Kualitas Layanan"

[calendar]
# Whether cuti bersama (collective leave) days count as working days.
cuti_bersama_is_working_day = false
# Days a decree adds or moves after the shipped calendar, e.g.
# extra_holidays = [{ date = "2025-08-18", name = "Cuti bersama HUT Kemerdekaan RI" }]
extra_holidays = []
extra_working_days = []

[input]
# Column delimiter of CSV files: "auto" (from the header line), ",", ";" or "tab".
delimiter = "auto"
# Text encoding of CSV files: "auto" (UTF-8, or Windows-1252 from older Excel), "utf-8" or "windows-1252".
encoding = "auto"
# At most this many problems are listed per file.
max_problems_per_file = 100

# Your export's headers mapped onto ours (letter case and spaces do not matter), e.g.
# nip = ["NIP Pegawai", "Nomor Induk Pegawai"]
# nilai_kualitas = ["Skor QA"]
[input.header_aliases]

# E-mail addresses for the calendar invitations (step 4), by NIP. Without one, an
# invitation names the person by NIP only (and sends nothing by itself), e.g.
# "198012302010012005" = "ratna.kusumawardani@pajak.go.id"
[email]

# Signed PDFs handed back to `coaching lampirkan` (TTE from BSrE / SRIKANDI).
[signatures]
# A folder of the root certificates the office trusts (PEM or DER files, e.g. the BSrE root
# certificate), relative to this file's folder. Without it, a signature's certificate chain is
# not checked and lampirkan says so ("rantai sertifikat tidak diperiksa"), e.g.
# trust_roots = "akar-sertifikat"
"""#
}

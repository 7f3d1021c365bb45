/// The annotated `coaching.toml` that `coaching init` writes, in the run's language: the
/// comments in Bahasa Indonesia (the default) or English (`--lang en`), the keys and values
/// the same in both (the keys are the file format). Every value is the built-in default (a
/// test loads both texts, compares them with `Configuration()`, and compares their lines
/// without comments with each other), so an office only edits what differs.
public enum ConfigurationTemplate {
    /// The template whose comments are in `language`.
    public static func text(_ language: Language) -> String {
        switch language {
        case .id: indonesian
        case .en: english
        }
    }

    /// The comments in Bahasa Indonesia, the office's language.
    public static let indonesian = #"""
# coaching.toml: pengaturan aplikasi coaching KLIP DJP (SOP LIP30-0005).
# Setiap pengaturan mempunyai nilai bawaan; hapus pengaturan yang tidak perlu diubah.
# Nilai dalam tanda petik berupa teks; angka dan true/false ditulis tanpa tanda petik.

[office]
# Kop surat pada halaman pertama setiap dokumen, dari atas ke bawah.
letterhead = [
  "KEMENTERIAN KEUANGAN REPUBLIK INDONESIA",
  "DIREKTORAT JENDERAL PAJAK",
  "KANTOR LAYANAN INFORMASI DAN PENGADUAN",
]
address_lines = [
  "JALAN GATOT SUBROTO KAV. 40-42, JAKARTA 12190",
  "TELEPON 1500200; LAMAN WWW.PAJAK.GO.ID",
]
# Kota pada baris tempat dan tanggal ("Jakarta, 25 November 2026").
city = "Jakarta"
# Kode unit dalam nomor dokumen, misalnya BA-12/KLIP/2026. Tanpa '/' dan spasi.
unit_code = "KLIP"
# Penulisan nama dan jabatan pada dokumen: "title" (huruf awal kapital), "upper" (huruf
# kapital semua) atau "as-written" (sesuai yang diisikan).
name_case = "title"

# Para penanda tangan. Nama dan NIP (18 angka) wajib diisi sebelum dokumen dapat dibuat;
# aplikasi tidak mencetak blok tanda tangan yang kosong.
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

# Satu blok [[people.quality_assessors]] untuk setiap Quality Assessor, misalnya:
# [[people.quality_assessors]]
# name = "Dewi Lestari"
# nip = "199001152015022001"
# position = "Quality Assessor"

# Batas kandidat: siapa yang menjadi kandidat coaching.
[rules]
# Nilai kualitas keseluruhan (nilai_kualitas) di bawah angka ini: kandidat.
quality_minimum = 80
# Jumlah penilaian kurang dari angka ini: ditandai terlalu sedikit untuk dinilai, bukan kandidat.
minimum_evaluations = 5
# Team Leader menjadi kandidat bila sekurang-kurangnya sekian bagian timnya kandidat (0.3 = 30%) ...
team_flagged_share = 0.3
# ... atau bila nilai rata-rata timnya di bawah angka ini.
team_average_target = 82
# Pegawai yang telah mengikuti coaching dalam sekian hari kerja terakhir dilewati.
cool_down_working_days = 20

# Nilai minimum setiap aspek (kolom aspek_<kode> dalam laporan kinerja).
[rules.aspect_minimum]
etika_bertelepon = 75
interaksi_empati = 75
akurasi_informasi = 80
efisiensi = 70
kepatuhan_sop = 80

# Rentang KPI (kolom kpi_<kode>): nilai di luar rentang menjadikan pegawai kandidat.
[rules.kpi_bands]
aht_detik = { max = 480 }
fcr_persen = { min = 70 }
csat_persen = { min = 80 }
kepatuhan_jadwal_persen = { min = 90 }

# Cara `coaching efektivitas` mengukur hasil coaching, dan bobot temuannya di antara
# kandidat putaran berikutnya.
[effectiveness]
# Nilai dasar pegawai pembanding paling jauh sekian poin dari nilai dasar pegawai yang di-coaching.
baseline_caliper = 3
# Suatu periode dihitung hanya bila jumlah penilaian (jumlah_penilaian) sekurang-kurangnya sekian.
minimum_evaluations = 5
# Pegawai pembanding kurang dari sekian: "data belum cukup", bukan angka.
minimum_comparisons = 3
# Paling banyak sekian pegawai pembanding, yang nilai dasarnya paling dekat.
maximum_comparisons = 10
# Prioritas alasan "komitmen belum tercapai (BA-...)" dan "belum membaik setelah
# coaching (BA-...)": saat kandidat diurutkan, "tinggi" dihitung tiga alasan, "sedang"
# dua alasan, "rendah" satu alasan.
unmet_commitment_priority = "tinggi"
not_improved_priority = "sedang"
# Laporan Kinerja periode sebelumnya, yang dibaca `candidates` dan `schedule` di samping laporan
# yang diberikan untuk menindaklanjuti coaching terdahulu: laporan bulanan saja tidak memuat
# periode sebelum sesi, sehingga tanpa berkas ini "belum membaik" tidak dapat dinyatakan.
# Berupa berkas, folder (berkas .csv dan .xml di dalamnya) atau pola seperti "Laporan/*.csv",
# relatif terhadap berkas ini. Bila periodenya sama dengan periode dalam laporan yang diberikan,
# yang berlaku adalah laporan yang diberikan.
earlier_reports = []

# Jam kerja (WIB), ditulis seperti dalam dokumen kedinasan: "07.30".
[office_hours]
start = "07.30"
end = "17.00"
break_start = "12.15"
break_end = "13.00"
friday_break_start = "11.30"
friday_break_end = "13.15"

# Pengaturan sesi dalam 14 hari kerja menurut SOP (Jadwal Coaching).
[schedule]
agent_session_minutes = 45
team_leader_session_minutes = 60
# Jumlah sesi paling banyak yang diberikan coach (Kepala Seksi PKL) dalam satu hari.
max_sessions_per_day = 6
# Hari kerja sesi pertama, dihitung dari penugasan (waktu untuk menyetujui Jadwal Coaching).
first_session_working_day = 2
# Hari kerja yang disisakan setelah sesi terakhir untuk Berita Acara, persetujuan dan tanda terima.
working_days_after_last_session = 3
place = "Ruang Coaching KLIP DJP"
# Coach pengganti bila Kepala Seksi berhalangan (Plh.), misalnya
# [[schedule.stand_in_coaches]]
# name = "…"
# nip = "…"
# position = "Plh. Kepala Seksi Penjaminan Kualitas Layanan"

[calendar]
# Apakah hari cuti bersama dihitung sebagai hari kerja.
cuti_bersama_is_working_day = false
# Hari yang ditambahkan atau dipindahkan oleh keputusan yang terbit setelah kalender bawaan, misalnya
# extra_holidays = [{ date = "2025-08-18", name = "Cuti bersama HUT Kemerdekaan RI" }]
extra_holidays = []
extra_working_days = []

[input]
# Pemisah kolom berkas CSV: "auto" (dikenali dari baris judul kolom), ",", ";" atau "tab".
delimiter = "auto"
# Penyandian teks berkas CSV: "auto" (UTF-8, atau Windows-1252 dari Excel versi lama),
# "utf-8" atau "windows-1252".
encoding = "auto"
# Paling banyak sekian masalah dicantumkan untuk setiap berkas.
max_problems_per_file = 100

# Judul kolom ekspor kantor dipadankan dengan judul kolom aplikasi (huruf besar/kecil dan spasi
# tidak berpengaruh), misalnya
# nip = ["NIP Pegawai", "Nomor Induk Pegawai"]
# nilai_kualitas = ["Skor QA"]
[input.header_aliases]

# Alamat e-mail untuk undangan kalender (langkah 4), menurut NIP. Tanpa alamat, undangan hanya
# menyebut pegawai dengan NIP-nya (dan tidak mengirim apa pun dengan sendirinya), misalnya
# "198012302010012005" = "ratna.kusumawardani@pajak.go.id"
[email]

# PDF bertanda tangan yang diserahkan kembali ke `coaching lampirkan` (TTE dari BSrE / SRIKANDI).
[signatures]
# Folder sertifikat akar yang dipercaya kantor (berkas PEM atau DER, misalnya sertifikat akar
# BSrE), relatif terhadap folder berkas ini. Tanpa pengaturan ini, rantai sertifikat tanda tangan
# tidak diperiksa dan lampirkan menyatakannya ("rantai sertifikat tidak diperiksa"), misalnya
# trust_roots = "akar-sertifikat"
"""#

    /// The comments in English.
    public static let english = #"""
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

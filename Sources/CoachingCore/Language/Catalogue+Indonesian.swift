extension Catalogue {
    /// Bahasa Indonesia, in the register of the office: formal, short, the SOP's own terms.
    public static func indonesian(_ key: MessageKey) -> String {
        switch key {
        // MARK: - Language and general words
        case .languageUnknown: "{source} bernilai '{value}', bukan bahasa yang dikenal; nilai yang diterima: {accepted}"
        case .nounError: "kesalahan"
        case .nounWarning: "peringatan"
        case .nounRow: "baris"
        case .nounPerson: "orang"
        case .nounTeam: "tim"
        case .nounProblem: "masalah"
        case .nounPeriod: "periode"
        case .nounSession: "sesi"
        case .nounCandidate: "kandidat"
        case .nounDocument: "dokumen"
        case .nounFile: "berkas"
        case .nounColumn: "kolom"
        case .nounMoreRow: "baris"
        case .nounBatch: "batch"
        case .nounFinding: "temuan"
        case .listedMany: "{count}, {first} s.d. {last}"

        // MARK: - check
        case .checkOmitted: "{file}: catatan: {more} lainnya tidak ditampilkan ({limit} yang pertama dicantumkan)"
        case .checkNoErrors: "Tidak ada kesalahan{warnings}: data masukan dapat digunakan."
        case .checkWarningsInParentheses: " ({warnings})"
        case .checkHasErrors: "{errors} dan {warnings}: perbaiki kesalahan, lalu periksa kembali."
        case .checkNotRead: "tidak terbaca"
        case .checkPeriod: "periode {period}"
        case .checkPeriods: "{count} periode {first}…{last}"
        case .fileUnreadable: "berkas tidak dapat dibaca: {reason}"

        // MARK: - Ingest
        case .fileEmpty: "berkas kosong; seharusnya berisi baris judul kolom dan baris data"
        case .fileHeaderOnly: "berkas hanya berisi baris judul kolom, tanpa baris data"
        case .fileWindows1252: "berkas berformat Windows-1252 (Excel versi lama), bukan UTF-8, dan telah dikonversi; simpan sebagai \"CSV UTF-8\" agar tidak perlu dikonversi"
        case .rowWidth: "baris ini berisi {fields} kolom, sedangkan judul kolom berisi {width}; periksa pemisah {delimiter} yang kurang atau berlebih, atau nilai yang perlu diberi tanda petik"
        case .delimiterTab: "tab"
        case .headerUnknownColumn: "kolom '{column}' tidak dibaca oleh aplikasi ini dan diabaikan (tambahkan alias di coaching.toml bila kolom ini dimaksudkan)"
        case .headerMissingReport: "baris judul tidak memuat {column} {missing}; Laporan Kinerja Agen memerlukan {required}"
        case .headerMissingRecommendations: "baris judul tidak memuat {column} {missing}; Rekomendasi Perbaikan Kinerja Agen memerlukan {required} (id boleh tidak ada)"
        case .headerDuplicate: "kolom '{column}' muncul dua kali (juga kolom ke-{first}); tidak jelas mana yang berlaku"
        case .inputKindUnknownCSV: "jenis data masukan tidak dapat dikenali: Laporan Kinerja Agen memuat kolom {report}; Rekomendasi Perbaikan Kinerja Agen memuat {recommendations}. Petakan judul kolom dengan [input.header_aliases] di coaching.toml"
        case .inputKindUnknownXML: "jenis data masukan tidak dapat dikenali: elemen akar harus <laporanKinerja> atau <rekomendasiPerbaikan> dalam namespace {namespace}"
        case .inputIsRecommendationsNotReport: "berkas ini Rekomendasi Perbaikan Kinerja Agen, bukan Laporan Kinerja Agen"
        case .inputIsReportNotRecommendations: "berkas ini Laporan Kinerja Agen, bukan Rekomendasi Perbaikan Kinerja Agen"
        case .recommendationsWithoutReport: "Laporan Kinerja Agen tidak disertakan, sehingga pegawai dan periode dalam rekomendasi ini tidak dicocokkan dengannya"
        case .periodEmpty: "periode kosong; tulis bulan dalam bentuk YYYY-MM, misalnya 2026-10"
        case .periodInvalid: "'{value}' bukan periode; tulis bulan dalam bentuk YYYY-MM, misalnya 2026-10"
        case .statusInvalid: "'{value}' bukan status kepegawaian; gunakan PNS atau PPPK"
        case .nameEmpty: "nama kosong"
        case .nameProblem: "nama {problem}"
        case .positionInvalid: "'{value}' bukan jabatan dalam laporan ini; gunakan 'Agen Informasi' atau 'Team Leader Informasi'"
        case .teamEmpty: "nama tim kosong"
        case .teamProblem: "nama tim {problem}"
        case .leaderOwnRowIgnored: "baris Team Leader sendiri mengosongkan nip_team_leader; nilainya diabaikan"
        case .leaderMissing: "baris agen memerlukan NIP Team Leader-nya"
        case .leaderNIPInvalid: "NIP Team Leader salah: {reason}"
        case .evaluationsInvalid: "jumlah penilaian harus bilangan bulat (0 atau lebih), tertulis '{value}'"
        case .kpiInvalid: "{kpi} harus berupa angka, tertulis '{value}'"
        case .scoreQuality: "nilai kualitas"
        case .scoreAspect: "nilai aspek {aspect}"
        case .scoreOutOfRange: "{what} harus antara 0 dan 100, tertulis {value}"
        case .scoreEmpty: "{what} kosong; harus berupa angka antara 0 dan 100"
        case .scoreInvalid: "{what} harus berupa angka antara 0 dan 100, tertulis '{value}'"
        case .numberAmbiguous: "'{value}' tidak jelas dalam berkas berpemisah ';', yang memakai ',' sebagai tanda desimal dan '.' sebagai pemisah ribuan; tulis tanpa '.' atau dengan ',' untuk desimal"
        case .aspectEmpty: "aspek kosong; sebutkan aspek yang direkomendasikan, misalnya etika_bertelepon"
        case .findingEmpty: "temuan kosong"
        case .findingProblem: "temuan {problem}"
        case .recommendationEmpty: "teks rekomendasi kosong"
        case .recommendationProblem: "rekomendasi {problem}"
        case .priorityInvalid: "'{value}' bukan prioritas; gunakan tinggi, sedang, atau rendah"
        case .recommendationDuplicate: "periode, NIP, aspek, dan temuannya sama dengan baris {line}; rekomendasi ini tercantum dua kali"
        case .recommendationIDReused: "id '{id}' sudah dipakai pada baris {line}; setiap rekomendasi memerlukan id sendiri"
        case .recommendationNobody: "Laporan Kinerja Agen tidak memuat baris untuk NIP {nip} pada periode {period}, sehingga rekomendasi ini tidak ada pemiliknya"
        case .recommendationAspectUnknown: "'{aspect}' bukan aspek dalam laporan; aspek yang dikenal: {known}"
        case .reportDuplicatePerson: "NIP {nip} sudah tercantum untuk periode {period} pada baris {line}; setiap pegawai hanya sekali per periode"
        case .leaderIsAgent: "Team Leader yang disebut di sini{others}, {nip}, adalah Agen Informasi pada periode {period}, bukan Team Leader Informasi"
        case .leaderWithoutRow: "Team Leader yang disebut di sini{others}, {nip}, tidak mempunyai baris sendiri sebagai Team Leader Informasi pada periode {period}"
        case .andMoreRows: " (dan pada {rows} lainnya)"
        case .rowsRepeatOtherFile: "{rows} dalam berkas ini (mulai dari sini) mengulang pegawai dan periode yang sudah ada di {other}; hanya baris dari {other} yang dipakai"

        // MARK: - NIP
        case .nipEmpty: "NIP kosong"
        case .nipSpaces: "NIP ditulis tanpa spasi"
        case .nipDigitsOnly: "NIP hanya boleh berisi angka"
        case .nipLength: "NIP harus 18 angka; yang tertulis {count} angka"
        case .nipBirthInvalid: "8 angka pertama NIP adalah tanggal lahir (YYYYMMDD), dan {digits} bukan tanggal"
        case .nipBirthFuture: "8 angka pertama NIP adalah tanggal lahir (YYYYMMDD), dan {digits} jatuh setelah hari ini ({today})"
        case .nipServiceMonth: "angka ke-9 s.d. ke-14 NIP adalah TMT CPNS (YYYYMM), dan bulan {month} tidak ada"
        case .nipServiceYearFuturePPPK: "angka ke-9 s.d. ke-12 NIP adalah tahun mulai bekerja, dan {year} jatuh setelah tahun ini ({thisYear})"
        case .nipServiceFuture: "angka ke-9 s.d. ke-14 NIP adalah TMT CPNS (YYYYMM), dan {service} jatuh setelah bulan ini ({month})"
        case .nipServiceBeforeBirth: "TMT ({year}) dalam NIP ini lebih awal daripada tanggal lahir ({birthYear})"
        case .nipSex: "angka ke-15 NIP adalah kode jenis kelamin, 1 atau 2, bukan {sex}"
        case .nipSequence: "3 angka terakhir NIP adalah nomor urut mulai 001; 000 tidak dipakai"
        case .nipAgeUnusual: "menurut NIP ini, pegawai mulai bekerja pada usia {age} tahun, yang tidak lazim; mohon diperiksa"

        // MARK: - Text hygiene
        case .textNoLetter: "tidak memuat huruf yang terlihat (hanya spasi, tanda, atau karakter tak terlihat); ketik ulang"
        case .textControl: "memuat karakter kendali ({code}) yang tidak dapat dimuat dokumen; ketik ulang tanpa karakter itu"
        case .textNotCharacter: "memuat {code}, yang bukan karakter; ketik ulang tanpa karakter itu"
        case .textDirection: "memuat kendali arah teks ({code}) yang membuat teks terbaca berbeda dari yang tersimpan; ketik ulang tanpa karakter itu"

        // MARK: - Dates on the command line
        case .dateForms: "2026-11-25 atau 25/11/2026 (tahun-bulan-tanggal, atau tanggal/bulan/tahun seperti tulisan Excel berbahasa Indonesia)"
        case .dateInvalid: "'{value}' bukan tanggal; tulis dalam bentuk {forms}"
        case .periodArgumentInvalid: "'{value}' bukan periode; tulis bulan dalam bentuk YYYY-MM, misalnya 2026-10"
        case .nipArgumentInvalid: "'{value}' bukan NIP: {reason}"
        case .todayVariableInvalid: "error: COACHING_TODAY bernilai '{value}', bukan tanggal; tulis dalam bentuk {forms}"

        // MARK: - File system
        case .fileExists: "{path} sudah ada; pindahkan atau hapus dahulu, atau pilih nama lain"
        case .fileNoPermission: "tidak ada izin untuk membaca atau menulis {path}; periksa hak akses berkas dan foldernya (ls -l), atau gunakan folder milik Anda sendiri"
        case .fileDiskFull: "ruang disk habis saat menulis {path}; kosongkan ruang penyimpanan, lalu jalankan kembali"
        case .fileNotFound: "{path} tidak ditemukan; periksa nama dan folder berkas itu"
        case .fileReadOnly: "{path} berada pada media yang hanya dapat dibaca; gunakan folder yang dapat ditulisi (misalnya dengan --out)"
        case .fileIsDirectory: "{path} adalah folder, bukan berkas; sebutkan berkas di dalamnya"
        case .fileNotDirectory: "sebagian jalur {path} adalah berkas, bukan folder; periksa jalur itu"
        case .fileOther: "{path}: {reason}"

        // MARK: - Settings
        case .settingsUnreadable: "berkas pengaturan {file} tidak dapat dibaca"
        case .settingsUnusable: "Pengaturan dalam {file} tidak dapat digunakan; perbaiki baris-baris di atas."
        case .settingsNotTOML: "ini bukan TOML yang sah: {detail}"
        case .settingsTableNameMissing: "ini bukan TOML yang sah: nama tabel tidak ada setelah '['"
        case .settingsTableNameStart: "ini bukan TOML yang sah: nama tabel harus diawali huruf, angka, _ atau -, atau diberi tanda petik (tertulis '{found}')"
        case .settingsMaxBelowMin: "harus paling sedikit sama dengan effectiveness.minimum_comparisons ({minimum})"
        case .settingsUnitCode: "tidak boleh memuat '/' atau spasi, karena menjadi bagian nomor dokumen seperti BA-1/{code}/2026"
        case .settingsTwoRoles: "bernilai {nip}, NIP yang juga tercantum pada {other}.nip; satu orang tidak dapat memegang dua peran atas dokumen yang sama (menyusun, menyetujui, menerima)"
        case .settingsCodeLetters: "kode hanya boleh memuat huruf kecil, angka dan '_'"
        case .settingsAspectCodeLetters: "kode aspek hanya boleh memuat huruf kecil, angka dan '_'"
        case .settingsEmailKey: "kuncinya harus NIP (18 angka)"
        case .settingsEmailInvalid: "bukan alamat e-mail (nama@domain)"
        case .settingsBandEmpty: "memerlukan min, max atau keduanya, misalnya { min = 70 }"
        case .settingsBandReversed: "min ({min}) lebih besar daripada max ({max})"
        case .settingsHoursOrder: "jam harus berurutan: start < break_start < break_end < end (demikian pula untuk hari Jumat)"
        case .settingsScheduleNoDays: "first_session_working_day ditambah working_days_after_last_session tidak menyisakan hari untuk sesi dalam 14 hari kerja"
        case .settingsDelimiter: "harus \"auto\", \",\", \";\" atau \"tab\", bukan \"{value}\""
        case .settingsAliasUnknown: "'{key}' bukan kolom yang dibaca aplikasi ini; alias memetakan judul kolom kantor ke salah satu dari: {columns}, aspek_<kode> atau kpi_<kode>"
        case .settingsUnknownKey: "'{key}' bukan pengaturan yang dikenal aplikasi ini dan diabaikan{hint}"
        case .settingsDidYouMean: " (maksudnya '{key}'?)"
        case .settingsTable: "harus berupa tabel ([{path}])"
        case .settingsText: "harus berupa teks dalam tanda petik, misalnya {key} = \"…\""
        case .settingsNotEmpty: "tidak boleh kosong"
        case .settingsTexts: "harus berupa daftar teks, misalnya [\"…\", \"…\"]"
        case .settingsNumber: "harus berupa angka dari {low} sampai dengan {high}, tertulis {found}"
        case .settingsRange: "harus dari {low} sampai dengan {high}, tertulis {found}"
        case .settingsWholeNumber: "harus berupa bilangan bulat dari {low} sampai dengan {high}, tertulis {found}"
        case .settingsBool: "harus true atau false, tertulis {found}"
        case .settingsChoice: "harus salah satu dari {choices}, bukan \"{value}\""
        case .settingsTime: "harus berupa jam seperti \"07.30\", bukan \"{value}\""
        case .settingsNIP: "bukan NIP yang sah: {why}"
        case .settingsPersonList: "harus berupa daftar tabel [[{path}]]"
        case .settingsPersonEntry: "harus berupa tabel berisi name, nip dan position"
        case .settingsDaysList: "harus berupa daftar seperti [{ date = \"2025-08-18\", name = \"Cuti bersama\" }]"
        case .settingsDayEntry: "setiap entri memerlukan date dalam bentuk \"YYYY-MM-DD\", misalnya { date = \"2025-08-18\", name = \"Cuti bersama\" }"

        // MARK: - Help texts
        case .optBatch: "Batch: id-nya (2026-001) atau foldernya."
        case .optNotes: "Lembar kerja yang telah diisi (.xlsx, .csv atau .xml)."
        case .optOnlyValid: "Menyusun Berita Acara sesi yang catatannya lengkap, dan mencantumkan sisanya sebagai tertunda."
        case .optRevise: "Sesi yang Berita Acara-nya (telah disetujui) dikoreksi (revisi baru)."
        case .optReason: "Alasan revisi; dicatat dalam dokumen dan log audit."
        case .optReports: "Laporan Kinerja Agen (.csv atau .xml)."
        case .optRecommendations: "Rekomendasi Perbaikan Kinerja Agen (.csv atau .xml)."
        case .optPeriod: "Periode, YYYY-MM (bawaan: periode terakhir dalam laporan)."
        case .optDocument: "Dokumen yang disetujui: jadwal atau berita-acara."
        case .optSessionsDraft: "Hanya Berita Acara sesi-sesi ini (bawaan: semua konsep)."
        case .optByKepalaSeksi: "NIP Kepala Seksi PKL yang menyetujui."
        case .optOnApproval: "Tanggal persetujuan."
        case .optAssignedOn: "Tanggal penugasan dari Kepala Kantor diterima (bawaan: hari ini, WIB)."
        case .optUnavailable: "Pegawai yang berhalangan: CSV dengan kolom nip,tanggal,dari,sampai."
        case .optAllowPartial: "Tetap menulis jadwal walaupun sebagian kandidat tidak mendapat jadwal."
        case .optBatchOrAll: "Batch: id-nya (2026-001) atau foldernya (bawaan: semua batch yang masih berjalan)."
        case .optToday: "Hitung sampai tanggal ini (bawaan: hari ini, WIB)."
        case .optTextOrJSON: "text atau json."
        case .optInputFiles: "Berkas masukan (.csv atau .xml)."
        case .optFormatTextJSON: "Keluaran: text untuk dibaca, json untuk program."
        case .optDelimiter: "Pemisah CSV: auto, ',', ';' atau tab (menggantikan pengaturan)."
        case .optOut: "Folder keluaran."
        case .optTemplates: "Folder templat pengganti templat bawaan, berkas demi berkas."
        case .optConfig: "Berkas pengaturan."
        case .optConfigDiscussion: "Bawaan: coaching.toml di folder aktif bila ada, selain itu pengaturan bawaan."
        case .optSessionsApproved: "Hanya Berita Acara sesi-sesi ini (bawaan: semua yang telah disetujui)."
        case .optByKepalaKantor: "NIP Kepala Kantor."
        case .optOnReceipt: "Tanggal penerimaan."
        case .helpCoachingDiscussion: """
            Data masukan adalah Laporan Kinerja Agen (satu baris per pegawai per periode) dan Rekomendasi Perbaikan Kinerja Agen (satu baris per rekomendasi), dalam CSV (',', ';' atau tab; UTF-8 atau Windows-1252) atau XML (lihat Schemas/). Pengaturan dibaca dari coaching.toml (lihat `coaching init`).

            Mulai dari sini:
              coaching init
                  menulis coaching.toml beranotasi (isi para penanda tangan)
              coaching check LAPORAN REKOMENDASI
                  memeriksa data masukan dan mencantumkan setiap masalah
              coaching candidates --reports LAPORAN --recommendations REKOMENDASI
                  siapa yang perlu dicoaching, mengapa, dan pada aspek apa
              coaching schedule --reports LAPORAN --recommendations REKOMENDASI \\
                --assigned-on TANGGAL
                  sesi dan konsep Jadwal Coaching, sebagai folder batch baru
              coaching minutes BATCH --notes LEMBAR-KERJA
                  setelah sesi: satu Berita Acara per sesi, dari lembar kerja yang telah diisi
              coaching approve BATCH --document jadwal|berita-acara --by NIP --on TANGGAL
                  persetujuan Kepala Seksi PKL: dokumen final
              coaching receive BATCH --by NIP --on TANGGAL
                  penerimaan Berita Acara oleh Kepala Kantor
              coaching pdf BATCH
                  PDF setiap dokumen, untuk ditandatangani secara elektronik (TTE) di SRIKANDI / BSrE
              coaching lampirkan BATCH BERTANDA-TANGAN.pdf…
                  memasukkan kembali PDF yang telah ditandatangani (setiap tanda tangan diperiksa)
              coaching status [BATCH]
                  posisi setiap batch dalam 14 hari kerja, dan siapa yang bertindak berikutnya
              coaching archive BATCH
                  langkah 10: paket ZIP bertanda tangan untuk unit kearsipan (jalankan coaching keygen sekali terlebih dahulu)
              coaching verify PAKET
                  membuktikan bahwa paket (atau folder hasil ekstraksinya) tidak berubah
              coaching find --nip NIP
                  coaching yang pernah diterima seorang pegawai, dan letak dokumennya
              coaching efektivitas --reports LAPORAN…
                  apakah coaching berhasil? efek dibandingkan pegawai sepadan, tindak lanjut komitmen
              coaching calendar --from TANGGAL
                  batas waktu 14 hari kerja menurut SOP
              coaching sample --out FOLDER
                  contoh data masukan yang realistis

            Bahasa: Indonesia (bawaan); --lang en atau COACHING_LANG=en untuk bahasa Inggris.

            Status keluar: 0 semua baik, 1 ada masalah pada data masukan, pengaturan, catatan, atau register, 64 baris perintah salah.
            """
        case .helpScheduleDiscussion: """
            Langkah 1–4 SOP: dari laporan dan rekomendasi sampai konsep (KONSEP) Jadwal Coaching untuk ditandatangani Kepala Seksi PKL. Sesi dimulai pada schedule.first_session_working_day dan berakhir schedule.working_days_after_last_session hari kerja sebelum batas waktu 14 hari kerja; prioritas tertinggi lebih dahulu; coach dan satu Quality Assessor per sesi.

            Tanggal penugasan yang dipakai selalu disebutkan (hari ini bila --assigned-on tidak diberikan), dan tanpa --recommendations muncul peringatan.

            Menulis OUT/TAHUN/TAHUN-NNN/ secara utuh atau tidak sama sekali: jadwal-coaching.html dan .xml, kandidat.xlsx dan kandidat.csv (kandidat beserta alasannya), lembar-kerja.xlsx (lembar kerja Quality Assessor: isian coaching dikunci, hadir berupa pilihan ya/tidak) beserta lembar-kerja.csv, data masukan dan pengaturan yang dipakai. Dijalankan lagi dengan masukan yang sama, tidak ada yang baru ditulis dan batch yang ada disebutkan.

            Bila tidak semua kandidat mendapat jadwal, disebutkan berapa, mengapa, dan apa yang membantu; tidak ada yang ditulis kecuali dengan --allow-partial, yang menulis daftar yang tidak terjadwal ke tidak-terjadwal.csv dalam batch.

            Contoh:
              coaching schedule --config Examples/coaching.toml \\
                --reports Examples/laporan-kinerja.csv \\
                --recommendations Examples/rekomendasi-perbaikan.csv \\
                --assigned-on 2026-11-25
            """
        case .helpCheckDiscussion: """
            Berikan Laporan Kinerja Agen dan Rekomendasi Perbaikan Kinerja Agen bersama-sama, agar rekomendasi dicocokkan dengan pegawai dalam laporan. Jenis setiap berkas dikenali dari baris judulnya (CSV) atau elemen akarnya (XML); urutannya tidak berpengaruh.

            Setiap masalah dicetak sebagai berkas:baris:kolom: error|warning: pesan (kolom), diikuti satu baris ringkasan per berkas. Peringatan tidak pernah menghentikan proses.

            Contoh:
              coaching check Examples/*.csv
              coaching check --format json ekspor.xml
            """
        case .helpApproveDiscussion: """
            Langkah 4 (Jadwal) dan langkah 8 (Berita Acara) SOP. Dokumen final disusun ulang dari konsepnya, tanpa tanda KONSEP dan bertanggal hari persetujuan; sejak itu tidak dapat berubah (koreksi berupa revisi: `coaching minutes … --revise`).

            Hanya Kepala Seksi PKL yang disebut dalam coaching.toml batch yang dapat menyetujui; tanggalnya tidak boleh sebelum konsep, dan Berita Acara hanya setelah Jadwal.

            Contoh:
              coaching approve 2026-001 --document jadwal --by 198012302010012005 \\
                --on 2026-11-26
              coaching approve 2026-001 --document berita-acara --session 1 2 3 \\
                --by 198012302010012005 --on 2026-12-11
            """
        case .helpReceiveDiscussion: """
            Mencatat penerimaan dalam register untuk setiap Berita Acara batch yang telah disetujui (atau yang disebut dengan --session). Dokumennya sendiri tidak berubah: sudah final saat disetujui, dan penerimaan ditandatangani di kertas pada blok yang disediakan.

            Hanya Kepala Kantor yang disebut dalam coaching.toml batch; tidak sebelum tanggal persetujuan.

            Contoh:
              coaching receive 2026-001 --by 197205141998031002 --on 2026-12-14
            """
        case .helpStatusDiscussion: """
            Tanpa BATCH: setiap batch yang belum diarsipkan; bila semua telah diarsipkan, disebutkan berapa dan cara melihatnya. Batch berisiko dengan sisa 3 hari kerja atau kurang, terlambat setelah batas waktu tanpa penerimaan Kepala Kantor. Ketidakhadiran dilaporkan setelah catatannya menyatakan tidak ada waktu untuk sesi pengganti (pegawai masuk batch berikutnya), atau setelah sesi pengganti yang diusulkannya dicatat: sampai saat itu batch belum selesai.

            Contoh:
              coaching status
              coaching status 2026-001 --today 2026-12-10 --format json
            """
        case .helpArchiveDiscussion: """
            Menulis satu paket ZIP per batch, arsip-coaching-<batch>.zip (di <out>/arsip kecuali --to menyebut lain), berisi dokumen, data masukan dan pengaturan yang dipakai, entri register dan log audit batch (register/), index.html untuk ditelusuri, dan manifest.xml yang mencantumkan setiap berkas beserta SHA-256-nya. Manifest ditandatangani dengan kunci kantor bila ada (lihat coaching keygen). Batch yang sama selalu menghasilkan byte yang sama.

            Ditolak selama masih ada dokumen berstatus konsep atau belum diterima, dengan menyebut masing-masing; --include-drafts tetap membuat paket, ditandai demikian pada halaman pertamanya, dan batch tetap terbuka.

            index.html juga ditulis ke folder batch.

            Contoh:
              coaching archive 2026-001
              coaching archive 2026-001 --to /mnt/arsip --on 2026-12-16
            """
        case .helpVerifyDiscussion: """
            Menghitung ulang SHA-256 setiap berkas terhadap manifest, memvalidasi setiap XML terhadap skemanya, memeriksa bahwa nomor dalam dokumen, manifest, dan entri register sesuai, bahwa tidak ada berkas yang hilang atau berlebih, dan bahwa tanda tangan manifest adalah milik kantor. Setiap temuan dicetak apa adanya; status keluar 0 hanya bila semuanya sesuai.

            Kunci publik diambil dari --public-key, atau kunci-arsip.pub di ~/.klip-coaching (atau $COACHING_KEYS). Dengan kunci, paket yang tidak ditandatangani dinyatakan gagal; tanpa kunci, paket yang tidak ditandatangani dilaporkan demikian.

            Contoh:
              coaching verify Output/arsip/arsip-coaching-2026-001.zip
              coaching verify /mnt/arsip/2026-001 --public-key kunci-arsip.pub
            """
        case .helpFindDiscussion: """
            Menelusuri setiap batch dalam register di folder keluaran. Tanggalnya adalah tanggal sesi (untuk Berita Acara) atau tanggal penyusunan (untuk Jadwal). Setiap dokumen ditampilkan dengan nomor, batch, sesi, pegawai, status, dan tanggalnya, berkasnya dalam folder batch, dan, setelah diarsipkan, paket yang memuatnya.

            Contoh:
              coaching find --nip 198607282015091716
              coaching find --number BA-12/KLIP/2026
              coaching find --from 2026-11-01 --to 2026-12-31 --format csv
              coaching find --from 2026-11-01 --to 2026-12-31 --format xlsx \\
                --output dokumen.xlsx

            --format xlsx menulis kolom yang sama dengan csv sebagai buku kerja (NIP dan nomor sebagai teks, tanggal sebagai tanggal) ke berkas yang disebut --output; --to adalah tanggal terakhir, bukan berkas.
            """
        case .helpCandidatesDiscussion: """
            Seorang pegawai menjadi kandidat bila nilai keseluruhannya di bawah rules.quality_minimum, nilai suatu aspek di bawah batasnya, suatu KPI di luar rentangnya, atau ada rekomendasi berprioritas tinggi. Team Leader juga menjadi kandidat bila sekurang-kurangnya rules.team_flagged_share anggota timnya menjadi kandidat, atau rata-rata tim tidak mencapai rules.team_average_target. Pegawai dengan penilaian kurang dari rules.minimum_evaluations dicantumkan sebagai dilewati, bukan dicoaching, demikian pula pegawai yang telah dicoaching kurang dari rules.cool_down_working_days hari kerja sebelum --assigned-on dalam batch di --out. Urutan: alasan lebih banyak lebih dahulu, lalu nilai lebih rendah, lalu NIP.

            Pilihannya sama dengan yang dibuat `coaching schedule` untuk masukan, pengaturan, tanggal, dan folder keluaran yang sama.

            --format xlsx menulis daftar sebagai buku kerja (NIP sebagai teks, lengkap 18 angka; nilai sebagai angka) ke berkas yang disebut --output, seperti kandidat.xlsx dalam folder batch.

            Contoh:
              coaching candidates --reports Examples/laporan-kinerja.csv \\
                --recommendations Examples/rekomendasi-perbaikan.csv
              coaching candidates --reports Examples/laporan-kinerja.csv \\
                --format xlsx --output kandidat.xlsx
            """
        case .helpCalendarDiscussion: """
            Hari ke-1 adalah hari kerja pertama setelah tanggal penugasan. Akhir pekan, hari libur nasional, dan cuti bersama dilewati (cuti bersama dihitung sebagai hari kerja dengan cuti_bersama_is_working_day = true di coaching.toml; [calendar] juga dapat menambahkan hari libur kantor sendiri). Tahun 2025 dan 2026 telah ditetapkan; 2027 masih perkiraan dan diberi peringatan; tahun-tahun berikutnya ditolak sampai harinya ditambahkan ke coaching.toml.

            Contoh:
              coaching calendar --from 2026-11-25 --add 14
            """
        case .helpKeygenDiscussion: """
            Menulis pasangan kunci Ed25519: kunci-arsip.key (privat, hanya dapat dibaca oleh Anda) dan kunci-arsip.pub (publik: berikan kepada pihak yang memeriksa paket). Secara bawaan ke ~/.klip-coaching (atau $COACHING_KEYS), tempat coaching archive dan coaching verify mencarinya. Simpan kunci privat di luar folder keluaran: kunci itu tidak pernah dimasukkan ke paket, dan archive menolak folder batch yang memuatnya.

            Kunci yang sudah ada tidak diganti: paket yang ditandatangani dengannya tidak dapat lagi diperiksa dengan kunci baru.

            Contoh:
              coaching keygen
              coaching keygen --to /media/kunci-kantor
            """
        case .optOutput: "Tulis ke berkas ini, bukan ke keluaran standar; wajib untuk --format xlsx. (--out adalah folder keluaran, tempat register.)"
        case .optArchiveTo: "Folder untuk paket (bawaan: <out>/arsip)."
        case .optIncludeDrafts: "Mengemas batch yang masih memuat konsep atau Berita Acara yang belum diterima; paket menyatakannya dan batch tetap terbuka."
        case .optArchiveOn: "Tanggal pengarsipan (bawaan: hari ini, WIB); batch yang pernah diarsipkan tetap memakai tanggalnya."
        case .optArchiveKey: "Kunci privat kantor (bawaan: kunci-arsip.key di ~/.klip-coaching atau $COACHING_KEYS, bila ada)."
        case .optPackage: "Paket (.zip) atau folder batch hasil ekstraksi."
        case .optPublicKey: "Kunci publik kantor."
        case .optCalendarFrom: "Tanggal penugasan, YYYY-MM-DD atau DD/MM/YYYY."
        case .optCalendarAdd: "Jumlah hari kerja yang dihitung (SOP memberi 14)."
        case .optInitDir: "Folder tujuan coaching.toml."
        case .optInitForce: "Mengganti coaching.toml yang sudah ada."
        case .optCoolDownFrom: "Hari awal penghitungan mundur masa jeda, seperti --assigned-on pada schedule (bawaan: hari ini, WIB)."
        case .optFormatAll: "Keluaran: text untuk dibaca, csv atau json untuk program, xlsx untuk spreadsheet (dengan --output)."
        case .optAttachFiles: "PDF yang telah ditandatangani (atau, dengan --scan, satu berkas pindaian)."
        case .optScan: "Berkas itu pindaian kertas dokumen ini yang ditandatangani basah: nomornya (BA-12/KLIP/2026) atau rekap."
        case .optKeygenTo: "Folder untuk kedua berkas kunci (bawaan: ~/.klip-coaching atau $COACHING_KEYS)."
        case .optFindNIP: "NIP pegawai (18 angka)."
        case .optFindNumber: "Nomor dokumen, misalnya BA-12/KLIP/2026."
        case .optFrom: "Mulai tanggal ini."
        case .optTo: "Sampai tanggal ini."
        case .optFormatFind: "Keluaran: text (bawaan), csv atau json untuk program, xlsx untuk spreadsheet (dengan --output)."
        case .optWriteDir: "Folder tujuan (dibuat bila belum ada)."
        case .optAgents: "Jumlah agen (ditambah Team Leader)."
        case .optPeriods: "Jumlah periode bulanan, berakhir pada --last-period."
        case .optSeed: "Seed: seed yang sama menghasilkan berkas yang sama."
        case .optLastPeriod: "Periode terakhir, YYYY-MM."
        case .optTemplateDir: "Folder templat."
        case .helpTemplatesCopyDiscussion: "Berkas yang sudah ada dibiarkan, kecuali dengan --force."
        case .optForceFiles: "Mengganti berkas yang sudah ada."
        case .optPdfDocuments: "Hanya dokumen ini: nomor (BA-12/KLIP/2026) atau rekap (bawaan: semuanya)."
        case .optTabs: "Jumlah tab yang mencetak bersamaan dalam satu peramban."
        case .helpAttachDiscussion: """
            Setelah `coaching pdf`, kantor menandatangani PDF di SRIKANDI atau layanan BSrE; lampirkan memasukkan kembali berkas yang telah ditandatangani. Setiap berkas dicocokkan dengan PDF batch yang diperpanjangnya (tanda tangan ditambahkan di akhir PDF, sehingga byte PDF cetakan harus menjadi awalnya), lalu tanda tangannya diperiksa: satu tanda tangan, meliputi seluruh berkas, digest dan tanda tangannya sah. Berkas yang diterima disalin ke batch (ttd/berita-acara/sesi-007-ttd.pdf) dan dicatat dengan nama penanda tangan, NIK atau NIP, dan waktu penandatanganan; status, find, dan arsip menampilkannya.

            Rantai sertifikat penanda tangan diperiksa terhadap sertifikat akar di folder yang disebut signatures.trust_roots dalam coaching.toml; tanpa pengaturan itu rantainya tidak diperiksa, dan lampirkan menyatakannya.

            Berkas yang baik dicatat; setiap berkas yang ditolak dicantumkan beserta alasannya, dan status keluarnya 1. Berkas yang sudah tercatat tidak mengubah apa pun.

            --scan NOMOR menerima satu berkas, pindaian (PDF, JPEG, atau PNG) kertas dokumen itu yang ditandatangani basah, disimpan sebagai bukti.

            Contoh:
              coaching lampirkan 2026-001 ~/Unduhan/sesi-*-signed.pdf
              coaching lampirkan 2026-001 --scan BA-12/KLIP/2026 pindai-ba-12.jpg
            """
        case .helpInitDiscussion: """
            Berkas itu menjelaskan setiap pengaturan: kop dan kode unit, para penanda tangan, aturan coaching, jam kerja, pilihan kalender, dan alias judul kolom. coaching.toml yang sudah ada tidak pernah ditimpa kecuali dengan --force.
            """
        case .helpMinutesDiscussion: """
            Langkah 6–7 SOP. NOTES adalah lembar-kerja.xlsx batch yang telah diisi (buku kerja: kolom yang diisi coaching dikunci), atau lembar-kerja.csv sebagaimana disimpan Excel atau LibreOffice (';', 27/11/2026 atau 11/27/26, NIP yang berubah menjadi 1.98607282015092E+017 dapat dibaca: setiap baris dicocokkan dengan sesi yang disebut kolom sesi, dengan peringatan), atau yang sama dalam XML (Schemas/catatan-coaching.xsd). Per sesi: hadir (ya/tidak; kosong selama belum berlangsung), tanggal (hari pelaksanaan), pembahasan, komitmen (satu per baris) dengan target_tanggal, tindak_lanjut, catatan.

            Setiap baris dicocokkan dengan Jadwal batch: sesi yang tidak ada, NIP atau tanggal yang tidak cocok, sesi setelah batas waktu, sesi terlaksana tanpa pembahasan atau komitmen. Bila ada masalah, tidak ada yang ditulis, kecuali dengan --only-valid; sisanya dicantumkan sebagai tertunda.

            Menulis ke folder batch: berita-acara/sesi-NNN.html dan .xml (ketidakhadiran mendapat catatan tersendiri, yang mengusulkan sesi pengganti mulai besok dalam 14 hari kerja, atau menyatakan tidak ada waktu dan pegawai masuk batch berikutnya), serta rekap-coaching.html. Sesi pengganti dicatat dengan mengisi kembali baris sesinya dengan tanggal pengganti pada kolom tanggal. Nomor (BA-n/UNIT/TAHUN) diberikan register dan tidak pernah berubah: dijalankan lagi dengan catatan yang sama, tidak ada yang berubah. Konsep disusun ulang bila catatannya berubah; yang telah disetujui hanya dengan --revise SESI --reason TEKS.

            Contoh:
              coaching minutes 2026-001 --notes lembar-kerja-terisi.xlsx
            """
        case .helpPdfDiscussion: """
            Menulis PDF di samping HTML setiap dokumen dalam folder batch (jadwal-coaching.pdf, berita-acara/sesi-007.pdf, tanda-terima/tanda-terima-1.pdf, rekap-coaching.pdf), A4 sesuai gaya halaman dokumennya, bertag, dengan outline, judul, kantor sebagai penulis, dan nomor dokumen sebagai subjek; setiap PDF dicatat dalam register dengan SHA-256-nya dan masuk ke paket arsip.

            PDF yang HTML-nya tidak berubah sejak dicetak dibiarkan (sudah ada); yang HTML-nya berubah (rekap, yang disusun ulang saat persetujuan dan penerimaan) dicetak ulang, kecuali salinan bertanda tangannya sudah tercatat. Konsep dicetak dengan tanda KONSEP.

            Memerlukan Chromium (apt install chromium), satu peramban untuk seluruh batch; COACHING_CHROMIUM menyebut peramban lain. Perintah lain tidak memerlukannya.

            Contoh:
              coaching pdf 2026-001
              coaching pdf 2026-001 --document BA-12/KLIP/2026 rekap
            """
        case .usageXlsxOutput: "--format xlsx menulis buku kerja untuk dibuka di spreadsheet, bukan teks untuk terminal: sebutkan berkasnya dengan --output BERKAS"
        case .usageAdd: "--add harus antara 1 dan 260 hari kerja"
        case .usageReviseReason: "--revise memerlukan --reason: sebutkan alasan koreksi Berita Acara yang telah disetujui"
        case .usageNotFolder: "{folder} bukan folder yang ada"
        case .usageAttachFiles: "sebutkan berkas PDF bertanda tangan yang dilampirkan"
        case .usageScanOne: "--scan menerima satu berkas, pindaian dokumen itu ({count} diberikan)"
        case .usageSessionForMinutes: "--session hanya untuk --document berita-acara"
        case .usageAgents: "--agents harus antara 1 dan 2.000.000"
        case .usagePeriods: "--periods harus antara 1 dan 120"
        case .usageLastPeriod: "--last-period harus berupa bulan YYYY-MM, misalnya 2026-10"
        case .usageCoachingShare: "--coaching-share harus antara 0 dan 1"
        case .usageEffect: "--effect harus berbentuk ASPEK=+N, misalnya kepatuhan_sop=+6 (N antara -100 dan 100), bukan \"{value}\""
        case .usageCheckFiles: "berikan sekurang-kurangnya satu berkas masukan"
        case .usageDelimiter: "--delimiter harus auto, ',', ';' atau tab"
        case .usageTabs: "--tabs harus 1 sampai 8"
        case .helpRegisterRebuildDiscussion: """
            Setiap folder batch menyimpan salinan bagiannya dari register (TAHUN/TAHUN-NNN/register/), yang ditulis ulang pada setiap perubahan. Bila register.sqlite hilang, rebuild membaca salinan itu dan menyusun register kembali: batch, dokumen beserta statusnya, persetujuan dan penerimaan, hash berkas, baris audit, dan penomoran, yang dilanjutkan setelah nomor tertinggi yang ditemukan sehingga tidak ada nomor yang terpakai dua kali.

            Ditolak selama register.sqlite masih ada (pindahkan dahulu yang rusak atau kosong, dan simpan), dan bila ada folder batch tanpa salinan yang terbaca. Berkas yang tidak sesuai dengan salinannya dicantumkan: register hasil rebuild menyimpan hash yang tercatat, sehingga langkah berikutnya menolak berkas itu dengan menyebut namanya sampai dipulihkan.

            Contoh:
              mv Output/register.sqlite Output/register.sqlite.rusak
              coaching register rebuild
            """
        case .helpSampleDiscussion: """
            Menulis laporan-kinerja.csv/.xml dan rekomendasi-perbaikan.csv/.xml: nama Indonesia, NIP yang sah, tim berisi 8–15 agen dengan Team Leader-nya, nilai yang wajar dengan sebagian pegawai jelas di bawah batas, dan rekomendasi yang mengikutinya. Berkas muncul utuh atau tidak sama sekali.

            Contoh:
              coaching sample --out Examples
              coaching sample --out /tmp/besar --agents 83334 \\
                --periods 12     (sekitar 1.000.000 baris)

            Dengan --effect (atau --riwayat) coaching yang dilaksanakan juga disimulasikan: setelah setiap periode, pegawai dengan aspek di bawah batas minimumnya dicoaching pada bulan berikutnya (tujuh dari sepuluh orang), dicatat dalam riwayat-coaching.csv, dan sejak periode sesudah bulan itu aspek yang dicoaching mendapat efek yang ditanamkan, di atas variasi biasa (sehingga regresi ke rata-rata tetap ada). `coaching efektivitas --riwayat` kemudian mengukurnya:
              coaching sample --out /tmp/s --periods 12 --agents 2000 \\
                --effect kepatuhan_sop=+6
              coaching efektivitas --reports /tmp/s/laporan-kinerja.csv \\
                --riwayat /tmp/s/riwayat-coaching.csv --out /tmp/s/out
            """
        case .helpTemplatesCheckDiscussion: """
            Setiap templat dokumen dikompilasi beserta partial-nya, dengan berkas dari DIR menggantikan berkas bawaan yang bernama sama. Nama yang tidak disediakan dokumen, partial yang tidak ada, partial yang memuat dirinya sendiri, atau kesalahan sintaks dilaporkan sebagai berkas:baris:kolom: pesan. Tanpa DIR, templat bawaan yang diperiksa.
            """
        case .helpLang: "Bahasa pesan dan bantuan: id (bawaan) atau en. Juga COACHING_LANG=en."
        // the progress line
        case .progressPreparationSheets: "Menyiapkan lembar persiapan"
        case .progressMinutes: "Menulis Berita Acara"
        case .progressArchive: "Mengemas arsip, tahap"
        case .progressVerify: "Memeriksa berkas paket"
        case .progressPrint: "Mencetak PDF"
        // coaching efektivitas
        case .helpEffectiveness: "Apakah coaching berhasil? Perubahan sesudah coaching dibandingkan pegawai sepadan yang tidak dicoaching, dan tindak lanjut komitmen."
        case .helpEffectivenessDiscussion: """
            Per pegawai dan aspek yang dicoaching: nilai dasar (rata-rata hingga tiga periode sebelum periode coaching), periode pertama dan kedua sesudahnya, dan perubahannya; perubahan yang sama pada pegawai pembanding (jabatan sama, nilai dasar berselisih paling banyak effectiveness.baseline_caliper poin, tidak dicoaching pada aspek itu sejak tiga periode sebelum sampai dua periode sesudah); selisihnya (selisih dari selisih) dengan interval 95 % per aspek, pelatih, tim, dan batch. Bila penilaian dalam suatu periode kurang dari effectiveness.minimum_evaluations atau pegawai pembanding kurang dari effectiveness.minimum_comparisons: "data belum cukup". Setiap komitmen dalam Berita Acara ditindaklanjuti setelah tanggal targetnya lewat.

            Sesi diambil dari Berita Acara yang telah disetujui dalam register di bawah --out, dan dari --riwayat (riwayat-coaching.csv, seperti yang ditulis `coaching sample --effect`). Menulis OUT/efektivitas/DARI_SAMPAI/: laporan-efektivitas.html (untuk Kepala Kantor, A4), efektivitas.csv, pembanding.csv, ringkasan.csv, komitmen.csv (setiap angka beserta baris laporan asalnya, sebagai berkas:baris) dan efektivitas.json.

            Contoh:
              coaching efektivitas \\
                --reports laporan-2026-01.csv laporan-2026-02.csv … --from 2026-03 \\
                --to 2026-08
              coaching efektivitas --reports /tmp/s/laporan-kinerja.csv \\
                --riwayat /tmp/s/riwayat-coaching.csv --out /tmp/s/out
            """
        case .optEffectivenessReports: "Berkas Laporan Kinerja (.csv atau .xml), satu per periode atau kumulatif."
        case .optRiwayat: "Sesi yang telah dilaksanakan, sebagai riwayat-coaching.csv, selain yang ada dalam register."
        case .optFromPeriod: "Periode coaching pertama yang dianalisis, YYYY-MM (bawaan: periode sesi pertama)."
        case .optToPeriod: "Periode coaching terakhir yang dianalisis, YYYY-MM (bawaan: periode sesi terakhir)."
        case .usageReportsNeeded: "--reports memerlukan paling sedikit satu berkas"
        case .usageToBeforeFrom: "--to ({to}) lebih awal daripada --from ({from})"
        case .effectivenessInputErrors: "Masukan mengandung kesalahan (lihat di atas); perbaiki lalu jalankan lagi. Laporan efektivitas tidak dibuat."
        case .effectivenessNoSessions: "Belum ada sesi coaching yang tercatat: register tidak memuat Berita Acara yang disetujui dan --riwayat tidak diberikan. Laporan efektivitas tidak dibuat."
        case .effectivenessWritten: "Laporan efektivitas ditulis ke {folder}: {units} pasangan pegawai dan aspek, {measured} terukur."
        case .effectivenessHeadline: "Efek coaching: {effect} poin (interval 95 %: {low} s.d. {high})."
        case .effectivenessSessionRepeated: "{number} sudah tercatat dalam register; baris ini tidak dipakai agar sesi itu terhitung sekali"
        case .riwayatEmpty: "berkas kosong; baris judul kolomnya harus {header}"
        case .riwayatHeaderMissing: "baris judul tidak memuat kolom {columns}"
        case .riwayatNumberEmpty: "nomor Berita Acara kosong"
        case .riwayatNIPInvalid: "\"{value}\" bukan NIP 18 angka yang sah"
        case .riwayatDateInvalid: "\"{value}\" bukan tanggal (YYYY-MM-DD)"
        case .riwayatDuplicate: "{number} sudah menjadi sesi {nip} pada baris {line}"
        case .sampleWritten: "{files} berkas ditulis ke {out}: {people} pegawai dalam {teams} tim, {rows} baris laporan, {recommendations} rekomendasi{sessions}."
        case .sampleWrittenSessions: ", {sessions} sesi coaching"
        case .effectivenessHeadlineShort: "Efek coaching: data belum cukup."
        case .helpApprove: "Mencatat persetujuan Kepala Seksi PKL dan menulis dokumen final (tanpa KONSEP)."
        case .helpArchive: "Mengemas batch yang telah selesai untuk unit kearsipan (langkah 10) dan menandainya diarsipkan."
        case .helpAttach: "Memasukkan kembali PDF yang telah ditandatangani secara elektronik (TTE) ke dalam batch, atau pindaian kertas bertanda tangan basah."
        case .helpCalendar: "Menghitung hari kerja: batas waktu SOP sejak tanggal penugasan, dan hari yang dilewati."
        case .helpCandidates: "Mencantumkan pegawai yang perlu dicoaching pada suatu periode, beserta alasan dan fokus perbaikannya."
        case .helpCheck: "Membaca dan memeriksa berkas masukan; mencantumkan setiap masalah dengan berkas, baris, dan kolomnya."
        case .helpCoaching: "Administrasi coaching KLIP DJP (SOP LIP30-0005): memeriksa data masukan, memilih kandidat, menjadwalkan sesi, menyusun Jadwal Coaching dan Berita Acara Coaching, mencatat persetujuan dan penerimaannya, serta mengarsipkannya."
        case .helpFind: "Mencari dokumen dalam register: coaching yang pernah diterima seorang pegawai, letak setiap dokumen, dan statusnya."
        case .helpInit: "Menulis coaching.toml beranotasi dengan setiap pengaturan pada nilai bawaannya."
        case .helpKeygen: "Membuat kunci kantor untuk menandatangani paket arsip (cukup sekali)."
        case .helpMinutes: "Menyusun Berita Acara Coaching setiap sesi yang terlaksana (HTML dan XML) dari catatan Quality Assessor."
        case .helpPdf: "Mencetak setiap dokumen batch ke PDF, untuk tanda tangan elektronik (TTE) atau unit kearsipan."
        case .helpReceive: "Mencatat penerimaan Berita Acara yang telah disetujui oleh Kepala Kantor (langkah 9)."
        case .helpRegister: "Memelihara register (register.sqlite)."
        case .helpRegisterRebuild: "Menyusun kembali register yang hilang dari folder-folder batch."
        case .helpSample: "Membuat data masukan sintetis yang realistis (kedua masukan, CSV dan XML), sama untuk seed yang sama."
        case .helpSchedule: "Menjadwalkan sesi coaching dan menyusun Jadwal Coaching (HTML dan XML) sebagai batch baru."
        case .helpStatus: "Posisi setiap batch dalam SOP: langkah yang selesai, hari kerja terpakai dan sisa dari 14, dan siapa yang bertindak berikutnya."
        case .helpTemplates: "Memeriksa templat dokumen kantor, atau menyalin templat bawaan untuk diubah."
        case .helpTemplatesCheck: "Memeriksa folder templat terhadap data yang disediakan setiap dokumen."
        case .helpTemplatesCopy: "Menulis templat bawaan ke sebuah folder, untuk diubah dan dipakai dengan --templates."
        case .helpVerify: "Memeriksa bahwa paket arsip (atau folder hasil ekstraksinya) tidak berubah."

        // MARK: - Approval and receipt
        case .refusalNotNIP: "--by {nip} bukan NIP (18 angka)"
        case .refusalNoRole: "coaching.toml batch ini tidak menyebut {role} ({key}.nip), sehingga tidak seorang pun dapat {action}"
        case .refusalWrongPerson: "NIP {nip} tidak berwenang {action}: kewenangan itu ada pada {role}, {name} (NIP {expected}), sebagaimana disebut pada {key} dalam coaching.toml batch ini"
        case .actionApprove: "menyetujui"
        case .actionReceive: "menerima Berita Acara"
        case .refusalFuture: "{date} jatuh setelah hari ini ({today}, WIB); {what} tidak dapat dicatat sebelum terjadi"
        case .whatApproval: "persetujuan"
        case .whatReceipt: "penerimaan"
        case .refusalBackwards: "{date} lebih awal daripada {before}, saat {what}; tanggal tidak boleh mundur"
        case .whenJadwalDrafted: "konsep Jadwal disusun"
        case .whenSessionHeld: "sesi dalam {number} berlangsung"
        case .whenJadwalApproved: "Jadwal disetujui"
        case .whenApproved: "{number} disetujui"
        case .jadwalAlreadyApproved: "{number} telah disetujui pada {date}; tidak ada yang diubah."
        case .distributed: "Didistribusikan: {summary} di {folder}/."
        case .jadwalNotApprovedYet: "Jadwal {number} belum disetujui; sesuai SOP, Jadwal disetujui (langkah 4) sebelum Berita Acara (langkah 8): coaching approve {batch} --document jadwal …"
        case .minutesAlreadyApproved: "{number} (sesi {session}) telah disetujui pada {date}; dibiarkan apa adanya."
        case .minutesNotDrawn: "{number} tidak dapat disusun: {reason}"
        case .noMinutesWaitingApproval: "Tidak ada Berita Acara batch {batch} yang menunggu persetujuan; tidak ada yang diubah."
        case .registerNoJadwal: "register tidak memuat Jadwal untuk batch {batch}"
        case .noMinutesForSession: "tidak ada Berita Acara untuk sesi {sessions} dalam batch {batch}; jalankan coaching minutes terlebih dahulu"
        case .documentMissing: "{path} ({number}) tidak ada, padahal tercatat dalam register"
        case .documentChanged: "{path} ({number}) diubah setelah ditulis oleh coaching; pulihkan berkas itu, atau susun ulang dengan coaching minutes"
        case .notApprovedSoNotReceived: "{number} (sesi {session}) belum disetujui, sehingga tidak diterima."
        case .alreadyReceived: "{number} (sesi {session}) telah diterima pada {date}."
        case .noMinutesWaitingReceipt: "Tidak ada Berita Acara batch {batch} yang telah disetujui dan menunggu diterima."
        case .tandaTerima: "Tanda Terima {number} mencantumkan {count} Berita Acara yang diterima: {path}"
        case .approvedSummary: "Disetujui oleh {name} pada {date}: {documents}. Dokumen final tersimpan di {folder}/"
        case .receivedSummary: "Diterima oleh {name} pada {date}: {documents}."
        case .nothingReceived: "Tidak ada yang diterima."
        case .templatesChangedMinutes: "Berita Acara batch {batch}"

        // MARK: - status
        case .progressOf: "{done} dari {total}"
        case .nextApproveJadwal: "setujui Jadwal: coaching approve {batch} --document jadwal --by NIP --on TANGGAL"
        case .nextMinutes: "isi lembar kerja, lalu jalankan: coaching minutes {batch} --notes BERKAS"
        case .nextApproveMinutes: "setujui Berita Acara: coaching approve {batch} --document berita-acara --by NIP --on TANGGAL"
        case .nextReceive: "terima Berita Acara: coaching receive {batch} --by NIP --on TANGGAL"
        case .nextArchive: "arsipkan batch: coaching archive {batch}"
        case .nextMakeUp: "catat sesi pengganti untuk sesi {session} ({name}), yang diusulkan pada {makeUp}{more}: isi kembali barisnya dengan tanggal pelaksanaannya (atau ketidakhadirannya), lalu jalankan: coaching minutes {batch} --notes BERKAS{option}"
        case .andMore: " (dan {count} lainnya)"
        case .signedBy: "{document}: ditandatangani oleh {signer}"
        case .signedScan: "{document}: pindaian kertas bertanda tangan basah"
        case .statusBatchLeftOut: "warning: batch {batch} tidak ditampilkan: {reason}"
        case .statusReceivedLateNotArchived: "diterima TERLAMBAT (setelah batas waktu), belum diarsipkan"
        case .statusReceivedNotArchived: "diterima tepat waktu, belum diarsipkan"
        case .statusDoneLate: "selesai, TERLAMBAT (diterima setelah batas waktu)"
        case .statusDone: "selesai"
        case .statusOnTrack: "sesuai jadwal"
        case .statusAtRisk: "BERISIKO"
        case .statusLate: "TERLAMBAT"
        case .statusHeader: "Batch {batch} · {jadwal} · {state}"
        case .statusDaysFinished: "  penugasan {assigned}, batas waktu {deadline}; selesai dalam {used} dari 14 hari kerja (diterima {received})"
        case .statusDays: "  penugasan {assigned}, batas waktu {deadline}; terpakai {used} dari 14 hari kerja, sisa {left} (per {today})"
        case .statusBy: " oleh {actor}"
        case .statusStepLate: " (TERLAMBAT: setelah batas waktu {deadline})"
        case .statusPrepared: "        bersamaan dengan itu, persiapan langkah 5: {prepared}"
        case .statusDistributed: "        bersamaan dengan itu, distribusi: {distributed}"
        case .statusMakeUpOpen: "sesi pengganti diusulkan pada {makeUp}, belum dicatat"
        case .statusNextBatch: "tidak ada waktu untuk sesi pengganti; dijadwalkan pada batch berikutnya"
        case .statusAbsent: "  tidak hadir: sesi {session}, {name} ({nip}), {number}: {follows}"
        case .statusPDF: "  PDF: {current} dari {documents} dokumen{outdated}"
        case .statusPDFOutdated: ", {count} lebih lama daripada HTML-nya (coaching pdf {batch} mencetaknya kembali)"
        case .statusSigned: "  salinan bertanda tangan: {count}{shown}"
        case .statusSignedShown: " (yang pertama dan terakhir ditampilkan; coaching find mencantumkan semuanya)"
        case .statusNext: "  berikutnya: {next}"
        case .statusNoOpen: "Tidak ada batch yang masih berjalan di {root}."
        case .statusArchivedExist: "{count} telah selesai dan diarsipkan: {list}. Lihat satu batch dengan coaching status BATCH (misalnya coaching status {last}); cari dokumen dengan coaching find --nip NIP."
        case .statusNoBatch: "Belum ada batch di {root}; batch dibuat dengan coaching schedule."

        // MARK: - schedule
        case .unplacedNoTime: "tidak ada waktu tersisa antara {first} dan {last} ketika coach, Quality Assessor, dan pegawai yang bersangkutan sama-sama tersedia"
        case .unplacedNoTimeHelp: "tambahkan Quality Assessor atau coach pengganti di coaching.toml, naikkan schedule.max_sessions_per_day (saat ini {maxPerDay}), atau turunkan schedule.working_days_after_last_session (saat ini {daysAfter})"
        case .unplacedOnlyCoach: "pegawai itu satu-satunya coach yang disebut, dan tidak seorang pun melatih sesinya sendiri"
        case .unplacedOnlyCoachHelp: "sebutkan coach pengganti di coaching.toml ([[schedule.stand_in_coaches]])"
        case .unplacedOnlyAssessor: "pegawai itu satu-satunya Quality Assessor yang tersisa untuk sesi ini (coach tidak mendampingi), dan tidak seorang pun mendampingi sesinya sendiri"
        case .unplacedOnlyAssessorHelp: "sebutkan Quality Assessor lain di coaching.toml ([[people.quality_assessors]])"
        case .unplacedSummary: "{severity}: {count} dari {total} kandidat tidak mendapat jadwal."
        case .unplacedGroup: "  {count}: {reason}."
        case .unplacedHelp: "  Agar semua terjadwal: {suggestion}."
        case .unplacedListWritten: "Daftar kandidat yang tidak terjadwal, beserta alasannya: {path}"
        case .unplacedRefused: "Tidak ada yang ditulis; dengan --allow-partial, kandidat lain dijadwalkan dan daftar yang tidak terjadwal ditulis ke {file} dalam folder batch."
        case .unplacedFirst: "  Antara lain:"
        case .unplacedOne: "    {name} ({nip})"
        case .assumedAssignedGiven: "Tanggal penugasan diterima: {date} (--assigned-on)."
        case .assumedAssignedToday: "Tanggal penugasan diterima: {date}, yaitu hari ini (WIB), karena --assigned-on tidak diberikan."
        case .assumedNoRecommendations: "warning: --recommendations tidak diberikan: kandidat dipilih dari Laporan Kinerja Agen saja, tanpa Rekomendasi Perbaikan Kinerja Agen, dan Jadwal tidak memuat fokus perbaikannya."
        case .provisionalHolidays: "warning: hari libur tahun {year} masih perkiraan, belum ditetapkan; periksa kembali batas waktu setelah keputusannya terbit"
        case .scheduleWritten: "Jadwal Coaching {number} (KONSEP): {sessions} untuk {candidates}, pada {first} s.d. {last}; batas waktu {deadline}."
        case .scheduleWindow: "Rentang hari sesi menurut pengaturan: {first} s.d. {last}."
        case .scheduleWrittenTo: "Ditulis ke {folder}/"
        case .scheduleExists: "Jadwal ini sudah ada sebagai {folder} (masukan, pengaturan, dan templat sama); tidak ada yang baru ditulis."
        case .scheduleNobody: "Tidak ada yang perlu dicoaching pada periode {period}: {skipped} dari {people} dilewati, tidak ada lagi yang memenuhi aturan. Tidak ada yang ditulis."
        case .scheduleNoRows: "error: laporan tidak memuat baris"
        case .scheduleConcurrent: "proses lain terus menambahkan batch di {root} pada saat yang sama; coba lagi setelah proses itu selesai"
        case .templatesErrorNothingWritten: "Templat mengandung kesalahan; tidak ada yang dibaca atau ditulis."
        case .inputsErrorNothingWritten: "Data masukan mengandung kesalahan (lihat di atas); tidak ada yang ditulis."
        case .jadwalCannotBeSigned: "Jadwal Coaching tidak dapat ditandatangani tanpa data tersebut; tidak ada yang ditulis."

        // MARK: - minutes, archive, verify
        case .minutesSummary: "Batch {batch}, Jadwal {jadwal}: {held} sesi terlaksana, {absent} tidak hadir, {pending} tertunda."
        case .minutesNew: "Berita Acara baru (KONSEP)"
        case .minutesRedrawn: "Disusun ulang"
        case .minutesRevised: "Direvisi (kembali KONSEP)"
        case .minutesNothingChanged: "Tidak ada yang berubah: Berita Acara sudah sesuai dengan catatan ini."
        case .minutesUnchanged: "Tidak berubah: {count} Berita Acara sudah sesuai dengan catatannya."
        case .minutesMakeUp: "sesi pengganti diusulkan pada {date}, {time}"
        case .minutesNoRoom: "tidak ada waktu untuk sesi pengganti dalam 14 hari kerja (sampai {deadline}); dijadwalkan pada batch berikutnya"
        case .minutesAbsent: "  tidak hadir: sesi {session}, {name} ({nip}): {next}"
        case .minutesPending: "  tertunda: sesi {session}, {name} ({nip}): {why}"
        case .minutesMorePending: "  … dan {count} lainnya tertunda (lihat rekap-coaching.html)"
        case .minutesBatchIn: "Batch berada di {folder}/"
        case .archiveUnchanged: "Sudah diarsipkan; paketnya tidak berubah: {package}"
        case .archiveDone: "Batch {batch} diarsipkan: {package}"
        case .archiveFiles: "  {files}, {megabytes} MB, SHA-256 {sha256}"
        case .archiveSigned: "  manifest ditandatangani dengan kunci kantor {fingerprint}"
        case .archiveUnsigned: "  tidak ditandatangani: belum ada kunci kantor (buat dengan coaching keygen)"
        case .archiveDrafts: "  memuat dokumen yang belum final (tertera di bagian atas indeksnya); batch tetap terbuka sampai diarsipkan tanpa --include-drafts"
        case .archiveBrowse: "  telusuri: {index}"
        case .verifyFinding: "GAGAL {finding}"
        case .verifyMoreFindings: "GAGAL … dan {count} temuan lain, tidak dicantumkan"
        case .verifyNote: "catatan: {note}"
        case .verifyOK: "OK {package}: batch {batch}, {files}; hash, skema, dan nomor sesuai; {signature}."
        case .verifyNotOK: "TIDAK OK {package}: {findings}; jangan mengandalkan paket ini."
        // MARK: - CSV form
        case .csvQuoteInside: "tanda petik (\") di dalam kolom yang tidak diawali tanda petik; apit seluruh isi kolom dengan tanda petik dan gandakan tanda petik di dalamnya"
        case .csvTextAfterQuote: "ada teks setelah tanda petik penutup; kolom bertanda petik harus berakhir pada pemisah"
        case .csvUnclosedQuote: "tanda petik yang dibuka di sini tidak pernah ditutup; sisa berkas tidak dapat dibaca. Tambahkan tanda petik penutup (\")"
        case .csvLineTooLong: "baris {line} lebih panjang dari {kib} KiB tanpa akhir; berkas ini tampaknya bukan CSV (atau ada tanda petik yang hilang)"
        case .csvReadFailed: "berkas tidak dapat dibaca sampai akhir: {reason}"
        case .csvInvalidUTF8: "berkas berformat UTF-8 tetapi memuat byte yang bukan UTF-8 di sini; simpan ulang sebagai \"CSV UTF-8\""
        case .csvNotWindows1252: "berkas bukan UTF-8 maupun Windows-1252 (byte 0x{byte} tidak bermakna pada keduanya); simpan ulang sebagai \"CSV UTF-8\""
        case .csvBinary: "berkas memuat data biner (byte 0x{byte}), bukan teks; apakah berkasnya benar?"
        case .noSuchBatch: "batch {batch} tidak ada dalam register di {root}{known}"
        case .knownBatches: "; batch yang ada: {list}"

        // MARK: - candidates, calendar
        case .candidatesHeader: "Kandidat coaching periode {period}: {count} dari {people}"
        case .candidatesSkippedCount: ", {count} dilewati"
        case .candidatesWhy: "   alasan: {reason}"
        case .candidatesFocus: "   fokus:  {focus}"
        case .candidatesSkipped: "Dilewati:"
        case .calendarAssigned: "Penugasan diterima: {date}"
        case .calendarDeadline: "Batas waktu:        {date}, setelah {days} hari kerja"
        case .calendarNoneSkipped: "Tidak ada hari yang dilewati."
        case .calendarSkipped: "Hari yang tidak dihitung ({count}):"

        // MARK: - init, templates, output files, find
        case .initExists: "error: {path} sudah ada; gunakan --force untuk menggantinya"
        case .initWrote: "{path} telah ditulis. Isi para penanda tangan, lalu jalankan `coaching check`."
        case .templatesOK: "Templat sesuai ({checked})."
        case .templatesProblems: "{problems} pada templat ({checked})."
        case .templatesCopied: "{templates} ditulis ke {folder}{kept}."
        case .templatesKept: "; {count} yang sudah ada dibiarkan (gunakan --force untuk menggantinya)"
        case .nounProblemPlain: "masalah"
        case .nounTemplate: "templat"
        case .outputFailed: "error: {reason}; tidak ada yang ditulis"
        case .outputWrote: "{path} telah ditulis: {summary}."
        case .findNothing: "Tidak ada dokumen dalam register di {root} yang cocok."

        // MARK: - The worksheet against the Jadwal
        case .notesNoSession: "sesi {session} tidak ada dalam Jadwal {jadwal} (Jadwal memuat sesi 1 s.d. {count})"
        case .notesTwiceRow: "sesi {session} diisi dua kali (pertama pada baris {line} lembar kerja)"
        case .notesTwiceLine: "sesi {session} diisi dua kali (pertama pada baris {line})"
        case .notesWrongNIP: "sesi {session} untuk {name} (NIP {expected}), bukan NIP {nip}"
        case .notesNoDate: "sesi {session} terlaksana tetapi tidak bertanggal; tulis tanggal pelaksanaannya"
        case .notesNoDiscussion: "sesi {session} terlaksana tetapi pembahasannya tidak ditulis"
        case .notesNoCommitments: "sesi {session} terlaksana tetapi komitmen pegawai kosong"
        case .notesAfterDeadline: "sesi {session} bertanggal {date}, setelah batas waktu 14 hari kerja ({deadline})"
        case .notesWrongMakeUpDate: "sesi {session} dijadwalkan pada {scheduled} dan sesi penggantinya diusulkan pada {makeUp}, bukan {date}"
        case .notesWrongDate: "sesi {session} dijadwalkan pada {scheduled}, bukan {date}"
        case .notesDueBefore: "komitmen '{commitment}' bertenggat {date}, sebelum sesinya sendiri"
        case .notesDueOff: "komitmen '{commitment}' bertenggat {date}, {off}; hari kerja berikutnya {next}"
        case .or: " atau "
        case .pendingTwice: "diisi dua kali"
        case .pendingErrors: "barisnya mengandung kesalahan"
        case .pendingEmpty: "belum diisi (hadir kosong)"
        case .pendingNoRow: "tidak ada barisnya dalam catatan"
        case .offWeekend: "hari akhir pekan ({name})"
        case .offHoliday: "hari libur ({name})"
        case .offCutiBersama: "hari cuti bersama ({name})"
        case .offOffice: "hari libur kantor ({name})"

        // MARK: - The worksheet's cells
        case .cellNotSession: "'{value}' bukan nomor sesi (kolom pertama lembar kerja)"
        case .cellNotAttendance: "'{value}' bukan isian kehadiran; tulis ya atau tidak (kosongkan selama sesi belum berlangsung)"
        case .cellTargetsCount: "{commitments} komitmen tetapi {targets} tanggal target; berikan satu tanggal per komitmen (satu per baris) atau satu tanggal untuk semuanya"
        case .cellProblem: "sel ini {problem}"
        case .cellNIPNumber: "NIP tertulis sebagai angka {value}, yang tidak terdiri atas 18 angka; ketik NIP sebagai teks"
        case .cellNotSerialDate: "{value} bukan hari yang dapat ditampilkan spreadsheet; tulis tanggal sebagai 27/11/2026"
        case .cellNotDate: "'{value}' bukan tanggal; tulis 27/11/2026 atau 2026-11-27"
        case .cellNIPRounded: "spreadsheet mengubah NIP menjadi angka {value}, dengan {digits} dari 18 angkanya"
        case .cellNIPTypeAsText: "{kept}; ketik NIP sebagai teks"
        case .cellNIPMismatch: "{kept}, dan tidak cocok dengan NIP sesi {session}, {nip} ({name}), yang akan menjadi {shown}; periksa bahwa baris ini sesi {session}, dan ketik NIP sebagai teks"
        case .cellNIPMatches: "{kept}; cocok dengan NIP sesi {session}, {nip} ({name}), yang dipakai"
        case .dateTwoWaysTaken: "'{value}' dapat dibaca sebagai {days}; dipakai {date}, hari sesi {session} dijadwalkan"
        case .dateNeitherScheduled: ", dan keduanya bukan hari sesi {session} dijadwalkan ({date})"
        case .dateTwoWays: "'{value}' dapat dibaca sebagai {days}{scheduled}; tulis tanggal sebagai {forms}"
        case .dateTwoWaysNoOrder: "'{value}' dapat dibaca sebagai {days}, dan tidak ada tanggal lain dalam berkas ini yang menunjukkan mana yang lebih dahulu, tanggal atau bulan; tulis sebagai {forms}"
        case .timeStart: "mulai"
        case .timeEnd: "selesai"
        case .cellNotTime: "'{value}' bukan jam; Berita Acara memakai jam Jadwal, {clock}"
        case .cellOtherTime: "sesi {session} dijadwalkan {verb} pukul {clock}, bukan {time}; Berita Acara memakai jam Jadwal"

        // MARK: - archive refusals
        case .blockJadwalDraft: "Jadwal {number} masih konsep"
        case .blockNoMinutes: "sesi {session} ({name}) belum mempunyai Berita Acara"
        case .blockMinutesDraft: "{number} (sesi {session}, {name}) masih konsep"
        case .blockNotReceived: "{number} (sesi {session}, {name}) telah disetujui tetapi belum diterima Kepala Kantor"
        case .blockMakeUp: "{number} (sesi {session}, {name}) mengusulkan sesi pengganti pada {makeUp} yang belum dicatat"
        case .archiveNotYet: "batch {batch} belum dapat diarsipkan:\n{list}\nSelesaikan langkah-langkah tersebut terlebih dahulu, atau berikan --include-drafts untuk paket yang ditandai memuat dokumen belum final."

        // MARK: - pdf, lampirkan, keygen
        case .pdfSummary: "PDF: {printed} dicetak, {skipped} sudah ada{refused}."
        case .pdfRefused: ", {count} tidak dicetak"
        case .attachAlready: "sudah ada: {document} ← {file} sudah tercatat sebagai {path}; tidak ada yang diubah"
        case .attachSummary: "Lampirkan: {attached} dilampirkan, {already} sudah tercatat, {refused} ditolak."
        case .attachNoFiles: "sebutkan berkas PDF bertanda tangan yang akan dilampirkan"
        case .attachScanOneFile: "--scan menerima satu nomor dokumen dan satu berkas: pindaian dokumen tersebut (diberikan {count} berkas)"
        case .attachNothingRecorded: "Tidak ada yang dicatat; folder batch tetap seperti semula."
        case .attachNotPDF: "Berkas ini bukan PDF: salinan bertanda tangan adalah PDF yang dikembalikan layanan tanda tangan elektronik (BSrE, SRIKANDI)."
        case .attachNoPrintedPDF: "Berkas ini tidak diawali PDF mana pun yang dicetak untuk batch {batch}: salinan bertanda tangan dokumen batch lain, PDF yang telah dicetak ulang, atau PDF yang diubah sebelum ditandatangani. Tandatangani PDF yang ditulis coaching pdf di folder batch, lalu lampirkan kembali."
        case .attachStillDraft: "{document} masih konsep: PDF yang ditandatangani memuat tulisan KONSEP. Catat persetujuannya (coaching approve), cetak ulang dengan coaching pdf {batch}, lalu tandatangani PDF finalnya."
        case .attachPrintedBeforeChange: "Berkas ini melanjutkan PDF {document} yang dicetak sebelum dokumennya berubah ({html} telah disusun ulang sesudahnya, saat persetujuan atau penerimaan): cetak ulang dengan coaching pdf {batch} dan tandatangani PDF yang baru."
        case .attachExtends: "Berkas ini melanjutkan PDF {document} ({pdf})."
        case .attachAlreadySigned: "{document} sudah ditandatangani: sudah ada salinan bertanda tangan {path}{by}. Satu dokumen hanya menyimpan satu salinan bertanda tangan."
        case .attachNotADocument: "{number} bukan dokumen batch {batch}, sehingga {file} tidak dilampirkan; dokumennya adalah {known} dan rekap"
        case .attachScanType: "Berkas ini bukan PDF, JPEG, maupun PNG: pindai kertas yang telah ditandatangani ke salah satu format tersebut."
        case .attachScanAlready: "Pindaian {document} sudah tercatat: {path}. Satu dokumen hanya menyimpan satu pindaian."
        case .attachScanKept: "Pindaian kertas yang ditandatangani dengan tinta, disimpan sebagai bukti: tanda tangan di dalamnya tidak diperiksa."
        case .attachCannotRead: "Berkas ini tidak dapat dibaca: {reason}."
        case .attachNotAFile: "Ini bukan berkas."
        case .attachTooLarge: "Ukurannya {size} MB, melebihi batas {limit} MB untuk satu berkas."
        case .trustNotConfigured: "Rantai sertifikat tidak diperiksa: tidak ada sertifikat akar yang diatur (signatures.trust_roots di coaching.toml)."
        case .trustChecked: "Rantai sertifikat diperiksa terhadap {count} di {folder}."
        case .nounRootCertificate: "sertifikat akar"
        case .trustSettingIn: "signatures.trust_roots di {file}"
        case .trustTheSettings: "berkas pengaturan"
        case .trustFolderMissing: "folder sertifikat akar {folder} ({setting}) tidak ada; letakkan sertifikat akar kantor (PEM atau DER) di sana, atau hapus pengaturan ini untuk melampirkan tanpa memeriksa rantai sertifikat"
        case .trustFileTooLarge: "{file} di folder sertifikat akar ({setting}) berukuran {size} byte, terlalu besar untuk sebuah sertifikat; simpan hanya sertifikat akar (PEM atau DER) di sana"
        case .trustFileUnreadable: "{reason} (di folder sertifikat akar, {setting}); simpan hanya sertifikat akar (PEM atau DER) di sana"
        case .trustFolderEmpty: "folder sertifikat akar {folder} ({setting}) tidak berisi sertifikat; letakkan sertifikat akar kantor (PEM atau DER) di sana, atau hapus pengaturan ini untuk melampirkan tanpa memeriksa rantai sertifikat"
        case .verdictUnreadable: "Berkas bertanda tangan tidak dapat dibaca: {why}."
        case .verdictNotRegistered: "Berkas bertanda tangan tidak diawali PDF yang tercatat di register: berkas ini salinan bertanda tangan dokumen lain, atau dokumen yang telah diubah."
        case .verdictNoSignature: "Berkas ini tidak memuat tanda tangan elektronik."
        case .verdictSignedTwice: "Dokumen ditandatangani {count} kali; hanya satu tanda tangan per dokumen yang diterima."
        case .verdictByteRange: "Tanda tangan tidak mencakup seluruh berkas: {why}."
        case .verdictChangedOnce: "Dokumen diubah satu kali antara PDF yang tercatat dan penandatanganan."
        case .verdictChangedMany: "Dokumen diubah {count} kali antara PDF yang tercatat dan penandatanganan."
        case .verdictUnsupported: "Jenis tanda tangan ini tidak diterima: {why}."
        case .verdictDocumentChanged: "Dokumen diubah setelah ditandatangani: isinya tidak lagi sesuai dengan tanda tangan."
        case .verdictSignatureInvalid: "Tanda tangan tidak sah: {why}."
        case .verdictSignedBy: "Ditandatangani oleh {name}{number}."
        case .verdictNoName: "(sertifikat tidak memuat nama)"
        case .verdictNumber: "nomor"
        case .verdictTimestamp: "Ditandatangani pada {time}, menurut cap waktu pada tanda tangan ini (tanda tangan penerbit cap waktu tidak diperiksa)."
        case .verdictTimestampOther: "Ditandatangani pada {time} menurut pernyataan penanda tangan: cap waktu yang dilampirkan bukan milik tanda tangan ini."
        case .verdictClaimed: "Ditandatangani pada {time}, menurut perangkat lunak penanda tangan (tanpa cap waktu)."
        case .verdictNoTime: "Tanda tangan tidak menyebut waktu penandatanganan; sertifikat dinilai pada waktu pemeriksaan ini."
        case .verdictChainNotChecked: "Rantai sertifikat tidak diperiksa: tidak ada sertifikat akar yang diatur."
        case .verdictChainTrusted: "Rantai sertifikat tepercaya (sertifikat akar yang disediakan kantor)."
        case .verdictChainNotTrusted: "Rantai sertifikat tidak tepercaya ({why})."
        case .printChromiumNotExecutable: "COACHING_CHROMIUM menyebut {path}, yang bukan berkas yang dapat dijalankan; coaching pdf mencetak dengan Chromium. Pasang dengan: sudo apt install chromium-headless-shell (atau isi COACHING_CHROMIUM dengan lokasinya)"
        case .printChromiumMissing: "coaching pdf mencetak dengan Chromium, tetapi Chromium tidak ditemukan (chromium-headless-shell, chrome-headless-shell, chromium, chromium-browser dan google-chrome tidak ada di PATH, COACHING_CHROMIUM tidak diisi). Pasang dengan: sudo apt install chromium-headless-shell"
        case .printNoDocument: "batch {batch} tidak memiliki dokumen {names}; dokumennya adalah {known}"
        case .printHTMLMissing: "{path} ({name}) tidak ada, padahal tercatat di register"
        case .printHTMLChanged: "{path} ({name}) diubah setelah ditulis coaching; pulihkan berkas tersebut (register menyimpan SHA-256-nya), lalu cetak kembali"
        case .printPDFNotRecorded: "PDF di disk bukan PDF yang tercatat"
        case .printHTMLChangedSincePrinted: "HTML-nya berubah sejak dicetak"
        case .printSignedBy: " (ditandatangani oleh {name})"
        case .printSignedExtends: "{pdf} ({name}) tidak dicetak ulang walaupun {why}: salinan bertanda tangan {signed}{by} melanjutkannya. Pulihkan PDF dari salinan atau paket arsip"
        case .registerNone: "tidak ada register di {path}: belum ada yang dijadwalkan di folder keluaran ini"
        case .registerNotOurs: "{path} adalah basis data SQLite, tetapi bukan register coaching; pindahkan berkas itu atau arahkan --out ke folder yang benar"
        case .registerNewer: "register {path} ditulis oleh versi coaching yang lebih baru; gunakan versi tersebut (versi ini akan salah membacanya), tidak ada yang diubah"
        case .registerCheckFailed: "register {path} rusak (hasil pemeriksaan SQLite: {check}); pulihkan dari cadangan atau paket arsip, tidak ada yang diubah"
        case .registerRebuildEmpty: "register {path} ada, tetapi tidak berisi batch; pindahkan ke tempat lain (simpan) lalu jalankan register rebuild kembali"
        case .registerRebuildNotNeeded: "register {path} ada dan dapat dibaca; tidak ada yang perlu dibangun ulang"
        case .registerRebuildUnusable: "register {path} ada, tetapi tidak dapat digunakan; pindahkan ke tempat lain (simpan, mungkin masih dapat dibaca oleh ahli) lalu jalankan register rebuild kembali"
        case .registerOutIsFile: "folder keluaran {path} adalah berkas, bukan folder; isi --out dengan folder"
        case .registerOutCannotMake: "folder keluaran {path} tidak dapat dibuat ({reason}); periksa jalurnya dan izin folder di atasnya"
        case .registerCannotCreate: "register {path} tidak dapat dibuat: {reason}"
        case .registerLost: "register {path} tidak ada atau kosong, padahal ada folder batch di {root} (yang pertama {first}); register baru akan memberikan nomor yang sama lagi. Pulihkan register.sqlite dari cadangan, atau bangun ulang dari folder batch dengan coaching register rebuild; tidak ada yang diubah"
        case .registerDamaged: "register {path} rusak atau bukan basis data (SQLite: {sqlite}); pulihkan dari cadangan atau paket arsip, tidak ada yang diubah"
        case .registerBusy: "register {path} terlalu lama dipakai oleh proses lain; coba lagi setelah proses itu selesai"
        case .registerReadOnly: "register {path} tidak dapat dibuka untuk ditulisi (SQLite: {sqlite}); periksa izin foldernya"
        case .registerUnusable: "register {path} tidak dapat digunakan: {sqlite}"
        case .rebuildNoBatchFolder: "tidak ada folder batch (TAHUN/TAHUN-NNN) di {root}: tidak ada bahan untuk membangun ulang register"
        case .rebuildStagingLeft: "{path} berisi {changes} yang telah dicatat register yang hilang tetapi belum dipindahkan ke tempatnya ({first}); pindahkan folder itu ke tempat lain dan simpan, lalu jalankan register rebuild kembali"
        case .nounChange: "perubahan"
        case .rebuildNoCopy: "error: batch {batch} tidak memiliki salinan catatannya ({path}); batch ini dibuat oleh versi coaching yang lebih lama"
        case .rebuildNotRebuilt: "Register tidak dibangun ulang: tidak semua nomornya dapat diketahui. Pulihkan register.sqlite dari cadangan."
        case .rebuildMeanwhile: "proses lain telah membangun ulang register sementara itu; tidak ada yang diubah"
        case .rebuildBatchLine: "{batch}: {documents}, {audit}"
        case .nounAuditLine: "baris audit"
        case .rebuildFileMissing: "{path} tidak ada"
        case .rebuildFileChanged: "{path} diubah setelah ditulis coaching"
        case .rebuildDone: "Register {path} dibangun ulang dari {folders}:"
        case .nounBatchFolder: "folder batch"
        case .rebuildNumbering: "Penomoran berlanjut setelah {numbers}."
        case .rebuildDifference: "warning: {difference}; pulihkan sebelum langkah berikutnya"
        case .keygenMade: "Kunci kantor {fingerprint} telah dibuat:\n  privat: {private} (simpan dengan aman; hanya Anda yang dapat membacanya)\n  publik: {public} (berikan kepada pihak yang memeriksa paket)"
        case .keygenExists: "{path} sudah ada; paket yang ditandatangani dengannya memerlukannya untuk diperiksa, sehingga tidak diganti. Pindahkan terlebih dahulu bila memang ingin membuat kunci baru."
        case .keygenCannotWrite: "berkas kunci tidak dapat ditulis ke {folder}"

        // MARK: - A batch's own files, and minutes refusals
        case .batchSettingsMissing: "pengaturan batch {path} tidak ada; folder batch tidak lengkap"
        case .batchSettingsChanged: "{path} bukan pengaturan yang dipakai saat batch {batch} dibuat (diubah setelah ditulis; register menyimpan SHA-256-nya). Pengaturan itu menyebut siapa yang berwenang menyetujui dan menerima, sehingga tidak boleh berubah: pulihkan berkasnya dari salinan atau paket arsip"
        case .batchJadwalMissing: "Jadwal batch {path} tidak ada"
        case .batchJadwalChanged: "{path} bukan Jadwal yang dicatat register untuk batch {batch} (diubah atau diganti setelah ditulis); pulihkan dari salinan atau paket arsip"
        case .batchJadwalUnreadable: "Jadwal batch {path} tidak dapat dibaca"
        case .reviseNotApproved: "--revise {list}: batch {batch} tidak mempunyai Berita Acara yang telah disetujui untuk {session} {list}; hanya yang telah disetujui yang direvisi (konsep cukup disusun ulang dari catatannya)"
        case .nounSessionWord: "sesi"
        case .notesOlderOne: "catatan ini mengosongkan sesi {sessions}, padahal {numbers} telah disusun dari catatan sebelumnya; catatan ini lebih lama. Gunakan lembar kerja terbaru, dengan setiap sesi yang sudah berlangsung terisi; tidak ada yang ditulis."
        case .notesOlderMany: "catatan ini mengosongkan sesi {sessions}, padahal {numbers} telah disusun dari catatan sebelumnya; catatan ini lebih lama. Gunakan lembar kerja terbaru, dengan setiap sesi yang sudah berlangsung terisi; tidak ada yang ditulis."
        case .notesHaveErrors: "Catatan mengandung kesalahan (lihat di atas); tidak ada yang ditulis. Perbaiki, atau gunakan --only-valid untuk menyusun Berita Acara sesi yang catatannya lengkap."
        case .minutesCannotBeSigned: "Berita Acara tidak dapat ditandatangani tanpa data tersebut; tidak ada yang ditulis."
        case .approvedCannotChange: "{number} (sesi {session}) telah disetujui dan tidak dapat berubah; untuk mengoreksinya, jalankan kembali dengan --revise {session} --reason \"…\""

        // MARK: - verify findings
        case .verifyTwiceInPackage: "{path}: ada dua kali dalam paket"
        case .verifyOutside: "{path}: manifest menyebut jalur di luar paket"
        case .verifyListedTwice: "{path}: tercantum dua kali dalam manifest"
        case .verifyAdded: "{path}: ada dalam paket tetapi tidak dalam manifest (ditambahkan atau diganti namanya)"
        case .verifyMissing: "{path}: ada dalam manifest tetapi tidak ada dalam paket (dihapus atau diganti namanya)"
        case .verifyChanged: "{path}: isinya berubah (SHA-256 {hash}…, manifest mencatat {recorded}…)"
        case .verifyNotSigned: "tidak ditandatangani"
        case .verifyUnsignedExpected: "paket tidak ditandatangani, padahal tanda tangan kunci kantor {key} diharapkan"
        case .verifyUnsignedNote: "paket tidak ditandatangani: manifest hanya membuktikan bahwa berkas-berkasnya saling sesuai"
        case .verifySignatureUnreadable: "{file} bukan tanda tangan yang dapat dibaca coaching"
        case .verifySignedNotChecked: "ditandatangani dengan kunci {key}, tidak diperiksa"
        case .verifyNoPublicKey: "manifest ditandatangani dengan kunci {key}, tetapi tidak ada kunci publik untuk memeriksanya (--public-key)"
        case .verifySignatureValid: "tanda tangan sah (kunci kantor {key})"
        case .verifyOtherKey: "ditandatangani dengan kunci lain"
        case .verifyOtherKeyFinding: "manifest ditandatangani dengan kunci {key}, bukan kunci kantor {expected} yang diberikan untuk memeriksanya"
        case .verifySignatureInvalid: "tanda tangan tidak sah"
        case .verifySignatureInvalidFinding: "tanda tangan manifest (kunci {key}) tidak cocok: manifest diubah setelah ditandatangani"
        case .verifyNoManifest: "{file} tidak ada: tidak ada yang menyatakan isi paket seharusnya"
        case .verifySignatureUnreadableShort: "tanda tangan tidak terbaca"
        case .keyMissingPrivate: "tidak ada kunci di {path}; buat dengan coaching keygen"
        case .keyMissingPublic: "tidak ada kunci publik di {path}"
        case .verifyRegisterMissing: "{file}: entri register tidak ada dalam paket"
        case .verifyRegisteredNotListed: "{at}: {number} tercatat dengan {path}, yang tidak tercantum dalam manifest"
        case .verifyNumberDiffers: "{path}: manifest mencantumkan nomor {listed}, register {number}"
        case .verifyNIPStatusDiffers: "{path}: manifest mencantumkan NIP {nip} dan status {status}, register {registerNIP} dan {registerStatus}"
        case .verifyContentDiffers: "{path}: isinya tidak sesuai dengan yang dicatat register untuk {number} (diubah setelah ditulis)"
        case .verifyNotInRegister: "{path}: manifest memberinya nomor {number}, tetapi register tidak memiliki dokumen tersebut"
        case .verifyNone: "tidak ada"
        case .verifyManifestUnreadable: "{file} tidak dapat dibaca"
        case .verifyManifestOtherBatch: "{file} untuk batch {batch}, tetapi folder paketnya {folder}"
        case .verifyWhatManifest: "sebuah manifest"
        case .verifyWhatSignature: "sebuah tanda tangan"
        case .verifyStatedTooLarge: "{path}: paket mencantumkan ukurannya {size} byte, lebih besar daripada yang mungkin diperlukan {what}; tidak dibaca"
        case .verifyTooLarge: "{path}: berisi lebih dari {limit} byte, lebih besar daripada yang mungkin diperlukan {what}; tidak dibaca"
        case .verifySignedNoBasis: "{path}: PDF bertanda tangan yang entri manifest-nya tidak menyebut PDF dasarnya; tanda tangannya tidak dapat diperiksa"
        case .verifySignedBasisMissing: "{path}: PDF dasarnya, {basis}, tidak ada secara utuh dalam paket; tanda tangannya tidak dapat diperiksa"
        case .verifySignedTooLarge: "{path}: melebihi batas {limit} MB untuk membaca PDF bertanda tangan; tanda tangannya tidak diperiksa"
        case .verifySignedDoesNotHold: "{path}: tanda tangan elektroniknya tidak berlaku terhadap {basis}: {reason}"
        case .verifySignedChecked: "{count} diperiksa kembali terhadap PDF dasarnya masing-masing (awalan, rentang byte, digest, tanda tangan); rantai sertifikat tidak dinilai ulang di sini (lampirkan telah mencatat kepercayaannya)"
        case .nounSignedPDF: "PDF bertanda tangan"

        // MARK: - XML inputs
        case .xmlCannotStart: "pembaca XML tidak dapat dimulai"
        case .xmlWrongKind: "berkas ini berkas <{other}>, padahal yang diharapkan berkas <{expected}>"
        case .xmlWrongRoot: "elemen akarnya <{name}> dalam namespace '{namespace}'; seharusnya <{expected} xmlns=\"{ours}\">"
        case .xmlNoRows: "berkas tidak memuat baris data"
        case .xmlAspectUndeclared: "aspek '{code}' tidak dideklarasikan dalam <kolom> di bagian atas berkas"
        case .xmlKPIUndeclared: "KPI '{code}' tidak dideklarasikan dalam <kolom> di bagian atas berkas"
        case .xmlGivenTwice: "{name} diberikan dua kali untuk pegawai ini"
        case .unavailableEmpty: "berkas kosong; seharusnya berisi nip,tanggal,dari,sampai"
        case .unavailableHeader: "baris judul memerlukan kolom nip dan tanggal (dari dan sampai boleh tidak ada)"
        case .unavailableRowWidth: "baris ini berisi {fields} kolom, sedangkan judul kolom berisi {width}"
        case .unavailableDate: "'{value}' bukan tanggal; tulis 2026-11-27 atau 27/11/2026"
        case .unavailableBothTimes: "isi dari dan sampai sekaligus, atau kosongkan keduanya untuk sehari penuh"
        case .unavailableTime: "'{value}' bukan jam; tulis 08.00"

        // MARK: - The worksheet as a file
        case .worksheetEmpty: "berkas kosong; seharusnya lembar kerja ({file}) yang telah diisi"
        case .worksheetColumnsMissing: "baris judul tidak memuat {column} {missing}; mulailah dari lembar-kerja.csv batch"
        case .rowWidthShort: "baris ini berisi {fields} kolom, sedangkan judul kolom berisi {width}"
        case .xmlNotesProblem: "<{name}> sesi {session} {problem}"
        case .workbookEmpty: "lembar pertama ({sheet}) kosong; seharusnya lembar kerja (lembar-kerja.xlsx) yang telah diisi"
        case .workbookColumnsMissing: "baris pertama lembar {sheet} tidak memuat {column} {missing}; mulailah dari lembar-kerja.xlsx batch"
        // MARK: - Workbooks that cannot be read (xlsx)
        case .empty: ""
        case .sizeBytes: "{count} byte"
        case .sizeMegabytes: "{count} MB"
        case .xlsxNotZip: "berkas ini bukan buku kerja xlsx (berkas xlsx adalah paket ZIP, dan awal berkas ini tidak seperti itu)"
        case .xlsxNoWorkbookPart: "berkas ini bukan buku kerja xlsx: tidak memuat {path} (apakah disimpan sebagai .xlsx?)"
        case .xlsxNoSheet: "buku kerja tidak memuat lembar"
        case .xlsxSheetNoPart: "lembar pertama buku kerja ({sheet}) tidak mempunyai bagian dalam paket"
        case .xlsxSheetMissing: "lembar pertama buku kerja ({sheet}) tidak ada dalam paket ({path})"
        case .xlsxDamaged: "buku kerja rusak: {detail}"
        case .xlsxPartNotXML: "buku kerja rusak: bagian {part} bukan XML yang tersusun dengan benar{place}"
        case .xlsxPartNotXMLAt: " (baris {line}: {issue})"
        case .xlsxTooLarge: "buku kerja berukuran {size}, melebihi {limit} yang dapat dimiliki lembar kerja"
        case .xlsxTooManyFiles: "buku kerja memuat {count} berkas, melebihi {limit} yang dapat dimiliki lembar kerja"
        case .xlsxPartTooLarge: "bagian buku kerja {part} akan menjadi {size} setelah diurai, melebihi batas {limit} (rusak, atau bukan lembar kerja)"
        case .xlsxPartsTooLarge: "bagian-bagian buku kerja akan melebihi batas {limit} setelah diurai (rusak, atau bukan lembar kerja)"
        case .xlsxTooManyTexts: "buku kerja memuat lebih dari {limit} teks, melebihi yang dapat dimiliki lembar kerja"
        case .xlsxRowOutside: "buku kerja rusak: baris {row} berada di luar lembar"
        case .xlsxNotCellReference: "buku kerja rusak: '{value}' pada baris {row} bukan referensi sel seperti B7"
        case .xlsxRowTooWide: "buku kerja rusak: baris {row} memiliki lebih banyak kolom daripada sebuah lembar"
        case .xlsxSharedTextMissing: "sel ini merujuk teks bersama nomor {number}, yang tidak ada dalam buku kerja (rusak)"
        case .xlsxNumberNotNumber: "sel angka ini berisi '{value}', yang bukan angka (rusak)"
        case .xlsxCellType: "sel ini bertipe '{type}', yang tidak pernah ditulis program spreadsheet (rusak)"
        case .xlsxTooManyCells: "lembar pertama memuat lebih dari {limit} sel, melebihi yang dapat dimiliki lembar kerja"
        // MARK: - XML files: inputs refused, and the tool's own files damaged
        case .xmlDoctypeRefused: "berkas ini memuat DOCTYPE, yang ditolak demi keamanan (DOCTYPE dapat membuat pembaca mengambil berkas lain atau menguraikan entitas tanpa henti); hapus baris <!DOCTYPE …>"
        case .xmlSchemaViolation: "tidak sesuai dengan skema: {detail}"
        case .xmlNotWellFormed: "bukan XML yang tersusun dengan benar: {detail}"
        case .xmlNoSchema: "skema bawaan {schema} tidak ada"
        case .xmlReadToEndFailed: "berkas tidak dapat dibaca sampai akhir: {reason}"
        case .sniffGzip: "berkas ini dikompresi (gzip); ekstrak terlebih dahulu, lalu berikan berkas .csv atau .xml di dalamnya"
        case .sniffZip: "berkas ini berkas ZIP atau buku kerja Excel (.xlsx), bukan CSV; di Excel pilih File › Save As › \"CSV UTF-8\""
        case .sniffOldExcel: "berkas ini buku kerja Excel versi lama (.xls), bukan CSV; di Excel pilih File › Save As › \"CSV UTF-8\""
        case .sniffPDF: "berkas ini PDF, bukan berkas data; mintalah ekspor CSV atau XML-nya"
        case .manifestTooManyFiles: "mencantumkan lebih dari {limit} berkas, melebihi yang dapat dimuat sebuah paket"
        case .xmlCheckUnreadable: "berkas tidak dapat dibaca: {reason}"
        case .xmlCheckNotOurs: "elemen akarnya bukan elemen dokumen coaching, sehingga tidak ada skema untuk memeriksanya"
        case .xmlCheckNotToEnd: "berkas tidak dapat dibaca sampai akhir: {reason}"
        case .xmlCheckAt: "baris {line}, kolom {column}: {problem}"
        case .xmlCheckInvalid: "tidak valid terhadap {schema}"
        case .jadwalSessionUnreadable: "sesi Jadwal ini tidak dapat dibaca (nomor, tanggal, atau NIP)"
        case .beritaAcaraIncomplete: "Berita Acara ini tidak memuat tanggal, pegawai yang dicoaching, atau nomor sesinya"
        // MARK: - verify: a document against its manifest entry
        case .verifyXMLNumberDiffers: "{path}: nomor dokumen ini {number}, sedangkan manifest mencantumkan {listed}"
        case .verifyNumberNone: "tidak ada"
        case .verifyHTMLNumberMissing: "{path}: dokumen ini tidak memuat nomornya {number}"
        // MARK: - The register: a row or the audit log damaged, the batch folder's copy
        case .registerDamagedRow: "baris register untuk {what} tidak dapat dibaca: {why}; baris itu diubah di luar coaching atau rusak. Pulihkan register dari cadangan atau paket arsip"
        case .registerWhyValue: "'{value}' tidak sah di sana"
        case .registerWhyDocumentNumber: "jenis, nomor, tahun, dan urutannya tidak sesuai satu sama lain"
        case .registerWhyBatchID: "id, tahun, dan foldernya tidak sesuai satu sama lain"
        case .registerRowDocument: "dokumen {number}"
        case .registerRowBatchOf: "batch dokumen {number}"
        case .registerRowStatusOf: "status {number}"
        case .registerRowDateOf: "tanggal {number}"
        case .registerRowApprovalDateOf: "tanggal persetujuan {number}"
        case .registerRowReceiptDateOf: "tanggal penerimaan {number}"
        case .registerRowArchiveDateOf: "tanggal pengarsipan {number}"
        case .registerRowBatch: "batch {batch}"
        case .registerRowAssignedOf: "tanggal penugasan batch {batch}"
        case .registerRowDeadlineOf: "batas waktu batch {batch}"
        case .registerRowMinutesDateOf: "tanggal Berita Acara batch {batch}"
        case .registerRowBatchArchivedOf: "tanggal pengarsipan batch {batch}"
        case .registerRowCopyBatchOf: "batch salinan {path}"
        case .registerRowCopyFormOf: "bentuk salinan {path}"
        case .stagingCannotMove: "{from} tidak dapat dipindahkan ke {to}: {reason}"
        case .auditLineBroken: "baris audit {id} ({action} {number}, {at}) tidak bersambung dengan baris sebelumnya: baris itu, atau baris sebelumnya, telah diubah atau dihapus"
        case .auditLinesLost: "log audit kehilangan {count} baris yang masih tercatat dalam rantainya"
        case .extractAuditEmpty: "{file}: log audit register kosong"
        case .extractAuditHeader: "{file}:1: baris judul bukan baris judul log audit register beserta rantai hash-nya ({columns})"
        case .extractAuditWidth: "{at}: baris ini berisi {fields} kolom, sedangkan judul kolom berisi {width}, atau tidak memiliki nomor baris"
        case .extractAuditOrder: "{at}: baris audit {id} terletak setelah baris {previous}: urutan baris tidak sesuai"
        case .extractAuditGap: "{at}: baris audit {id} tidak bermula dari tautan baris {previous} sebelumnya: ada baris yang diubah, dihapus, atau disisipkan"
        case .extractAuditChanged: "{at}: baris audit {id} ({action} {number}, {time}) tidak menghasilkan tautan yang tercatat: baris itu diubah setelah ditulis"
        case .extractDocumentsHeader: "baris judul bukan baris judul register ({columns})"
        case .extractTooManyDocuments: "lebih dari {limit} dokumen, melebihi yang dapat dimuat sebuah paket"
        case .copyFileUnreadable: "hash atau ukuran {path} tidak dapat dibaca kembali"
        case .copyAuditNumber: "nomor baris {value} bukan angka"
        case .copyCopyUnreadable: "bentuk, hash, atau ukuran salinan {path} tidak dapat dibaca kembali"
        case .copyOtherBatch: "salinan ini milik batch {batch}, tetapi terletak di folder batch {folder}"
        case .copyBatchDates: "tanggal penugasan atau batas waktu tidak dapat dibaca kembali"
        case .copyDocumentUnreadable: "nomor, jenis, sesi, status, revisi, atau tanggal {number} tidak dapat dibaca kembali"
        case .copyNotDate: "{value} bukan tanggal (YYYY-MM-DD)"
        case .copyFileMissing: "berkas tidak ada"
        case .copyHeader: "baris judul bukan {columns}"
        case .recordHashDiffers: "hash {file} milik {number} dalam register bukan hash yang dicatat log auditnya; register diubah di luar coaching"
        case .recordApprovedBy: "register menyatakan {number} disetujui oleh {by}, tetapi log auditnya mencatat {logged}; register diubah di luar coaching"
        case .recordApprovalBy: "persetujuan oleh {actor}"
        case .recordNoApproval: "tidak ada persetujuan"
        case .recordNobody: "tidak seorang pun"
        case .recordDraftApproved: "register menyatakan {number} masih konsep, tetapi log auditnya mencatat persetujuannya oleh {actor}; register diubah di luar coaching"
        case .recordReceivedBy: "register menyatakan {number} diterima oleh {by}, tetapi log auditnya mencatat {logged}; register diubah di luar coaching"
        case .recordReceiptBy: "penerimaan oleh {actor}"
        case .recordNoReceipt: "tidak ada penerimaan"
        case .recordArchivedNotLogged: "register menyatakan {number} telah diarsipkan, tetapi log audit batch tidak mencatat pengarsipan; register diubah di luar coaching"
        case .recordDoesNotHold: "Catatan batch {batch} tidak utuh; tidak ada yang diubah. Pulihkan register.sqlite dari cadangan, atau tanyakan siapa yang mengubahnya."
        // MARK: - Templates: what templates check and the steps find wrong
        case .templatePartialIncludesItself: "partial '{name}' memuat dirinya sendiri ({chain})"
        case .templateNoPartial: "tidak ada partial bernama '{name}'"
        case .templateUnknownName: "nama '{name}' tidak dikenal"
        case .templatePartialsTooDeep: "partial bersarang lebih dari {depth} tingkat; ada partial yang memuat dirinya sendiri tanpa akhir"
        case .templateTagNeverClosed: "tag dibuka tetapi tidak pernah ditutup"
        case .templateTagNotClosedWith: "tag tidak pernah ditutup dengan {closer}"
        case .templateSetDelimiter: "tag pengganti pembatas memerlukan dua pembatas yang dipisahkan spasi, seperti {{=<% %>=}}"
        case .templateTagNoName: "tag tidak bernama"
        case .templatePartialOutside: "partial '{name}' menunjuk ke luar folder templat; sebutkan berkas di dalam folder itu"
        case .templateClosesUnopened: "{tag} menutup bagian yang tidak pernah dibuka"
        case .templateClosesOther: "{tag} menutup '{open}' yang dibuka pada baris {line}"
        case .templateSectionNeverClosed: "'{name}' dibuka di sini tetapi tidak pernah ditutup"
        case .templateNone: "tidak ada templat bernama '{name}'"
        case .templatesErrorNothingDone: "Templat mengandung kesalahan; tidak ada yang ditulis."
        case .templateSetBuiltIn: "templat bawaan"
        case .templateSetFolder: "templat di {folder}"
        case .templateSetHintBuiltIn: "tanpa --templates"
        case .templateSetHintFolder: "dengan --templates {folder}"
        case .templateSetChanged: "{number} disusun dengan {then} sebagaimana adanya pada {date}, dan {now} sekarang tidak sama; persetujuan akan menyusun dokumen final dari templat yang berbeda dengan konsepnya. Setujui {hint}, dengan templat itu dipulihkan"
        // MARK: - pdf: Chromium stopped while printing
        case .printChromiumFile: "{path}"
        case .printChromiumADocument: "sebuah dokumen"
        case .printChromiumTimeout: "Chromium tidak selesai mencetak {file} dalam {seconds} detik"
        case .printChromiumRefusedPrint: "Chromium menolak mencetak {path}: {reason}"
        case .printChromiumCannotOpen: "Chromium tidak dapat membuka {path}: {reason}"
        case .printChromiumNotBase64: "Chromium tidak mengembalikan PDF {path} sebagai data base64"
        case .printChromiumTabCrashed: "sebuah tab Chromium berhenti mendadak saat mencetak"
        case .printChromiumNoTab: "Chromium tidak membuka tab (tidak ada targetId)"
        case .printChromiumNoSession: "Chromium tidak terhubung ke tabnya (tidak ada sessionId)"
        case .printChromiumNoAnswer: "Chromium tidak menjawab {method} dalam {seconds} detik"
        case .printChromiumRefused: "Chromium menolak {method}: {reason}"
        case .printChromiumNotJSON: "Chromium mengirim pesan yang bukan JSON: {text}"
        case .printChromiumNoProfile: "folder profil sementara untuk Chromium tidak dapat dibuat: {reason}"
        case .printChromiumNoPipe: "pipe untuk Chromium tidak dapat dibuat: {reason}"
        case .printChromiumCannotStart: "Chromium ({path}) tidak dapat dijalankan: {reason}"
        case .printChromiumStopped: "Chromium berhenti saat mencetak: {what}{how}{said}"
        case .printChromiumStoppedReading: "Chromium berhenti membaca perintahnya"
        case .printChromiumClosedPipe: "Chromium menutup pipe-nya"
        case .printChromiumExitStatus: " (status keluar {status})"
        case .printChromiumKilled: " (dihentikan oleh sinyal {signal})"
        case .printChromiumSaid: "; pesan terakhirnya:\n  {last}"
        case .printPDFInfoFailed: "PDF yang dibuat Chromium dari {path} tidak dapat diberi judul, penulis, dan subjek: {reason}"
        // MARK: - archive: the batch folder's files refused
        case .archivePrivateKey: "{path} berisi kunci privat; kunci tidak pernah dimasukkan ke dalam paket. Pindahkan berkas itu ke luar folder batch."
        case .archiveFileChanged: "{path} diubah setelah ditulis coaching; pulihkan berkas tersebut sebelum pengarsipan (register menyimpan SHA-256-nya)"
        case .archiveFileMissing: "{path} tidak ada, padahal tercatat dalam register"
        case .archiveInsideBatch: "{path} berada di dalam folder batch, sehingga paket akan memuat paket yang dibuat sebelumnya; simpan paket di luar {folder}"
        // MARK: - Files that cannot be read or written; verify: a package that cannot be read
        case .fileCannotWrite: "{path} tidak dapat ditulis: periksa bahwa foldernya ada dan dapat ditulisi"
        case .verifyFolderNoManifest: "{path} tidak memuat {file}; berikan folder batch hasil ekstraksi atau paket ZIP-nya"
        case .verifyPackageDamaged: "{path} bukan paket ZIP yang utuh: {detail}"
        case .verifyEntryDamaged: "isi paket rusak: {detail}"
        case .verifyFileUnreadable: "{path}: tidak dapat dibaca ({reason})"
        case .keyNotPrivate: "{file} bukan kunci privat yang dibuat dengan coaching keygen"
        case .keyNotPublic: "{file} bukan kunci publik yang dibuat dengan coaching keygen"
        // MARK: - The holiday calendar, invitations and the rekap's Berita Acara
        case .calendarUnknownYear: "kalender libur tahun {year} belum diketahui; tambahkan hari libur nasional dan cuti bersama tahun itu ke [calendar] extra_holidays di coaching.toml"
        case .invitationMissing: "{path} tidak ada, padahal tercatat dalam register. Pulihkan dari salinan batch sebelum mencatat Berita Acara: undangan menyatakan apa yang telah dikirim."
        case .invitationChanged: "{path} diubah setelah ditulis coaching (atau tidak dapat dibaca); pulihkan sebelum mencatat Berita Acara: undangan menyatakan apa yang telah dikirim."
        case .rekapMinutesChanged: "{path} ({number}) diubah setelah ditulis coaching; pulihkan, atau susun kembali dengan coaching minutes"
        case .rekapMinutesUnreadable: "{path} ({number}) tidak dapat dibaca kembali: {reason}"
        case .rekapNotMinutes: "bukan Berita Acara"
        // MARK: - Candidates, earlier batches, the distribution, settings and office templates
        case .historyJadwalUnreadable: "Jadwal Coaching terdahulu ini tidak dapat dibaca, sehingga sesinya tidak diperhitungkan untuk masa jeda"
        case .inputsErrorRunAgain: "Data masukan mengandung kesalahan (lihat di atas); perbaiki, lalu jalankan kembali. `coaching check` juga mencantumkannya."
        case .reportNoRowsFor: "laporan tidak memuat baris untuk periode {period}"
        case .reportNoRows: "laporan tidak memuat baris untuk periode mana pun"
        case .distributionNoRoster: "batch {batch} dibuat tanpa {file}: pemberitahuan Team Leader dan kalender tim tidak ditulis"
        case .distributionRosterChanged: "{path} tidak ada atau diubah setelah ditulis coaching: pemberitahuan Team Leader dan kalender tim tidak ditulis"
        case .settingsDiffer: "pengaturan berbeda dengan pengaturan batch {batch} ({roles}); perubahannya tercatat dalam log audit."
        case .settingsRolesSame: "perannya sama"
        case .templatesNotFolder: "{path} bukan folder"
        case .templatesLinkOutside: "{path} mengarah ke luar folder templat (ke {target}); templat harus berupa berkas di dalam folder itu sendiri"
        // MARK: - sample: the simulated effect
        case .optSampleEffect: "Tanamkan efek coaching: ASPEK=+N poin pada aspek yang dicoaching setelah coaching (dapat diulang)."
        case .optSampleRiwayat: "Tulis riwayat-coaching.csv, sesi hasil simulasi, walaupun tanpa --effect."
        case .optSampleShare: "Dengan --effect atau --riwayat: bagian pegawai yang diusulkan yang dicoaching, 0 sampai 1."
        // MARK: - verify: a package's entries; a worksheet too large
        case .verifyOutsideBatchFolder: "{path}: terletak di luar folder batch {folder}/"
        case .worksheetTooLarge: "ukurannya melebihi {limit} MB yang dapat dimiliki lembar kerja"
        // MARK: - lampirkan: a file in the folder of root certificates
        case .trustPEMUnreadable: "{file}: berkas PEM yang sertifikatnya tidak dapat dibaca"
        case .trustNotCertificate: "{file}: bukan sertifikat PEM maupun DER"
        // MARK: - archive: a package beyond a ZIP's limits
        case .zipTooLarge: "paket akan berukuran lebih dari 4 GiB, melebihi yang dapat dimuat ZIP tanpa ZIP64"
        case .zipTooManyFiles: "sebuah paket memuat paling banyak {limit} berkas tanpa ZIP64"

        // MARK: - The loop back of candidates and schedule (effdefects)
        case .followUpEarlierMissing: "effectiveness.earlier_reports menyebut {entry} ({path}), tetapi tidak ada berkas laporan di sana; alasan tindak lanjut coaching dinilai tanpa periode itu"
        case .followUpEarlierLeftOut: "laporan sebelumnya ini memuat {count} kesalahan dan tidak dipakai untuk alasan tindak lanjut coaching (komitmen belum tercapai, belum membaik); `coaching check` menampilkannya"
        case .followUpUnavailable: "alasan tindak lanjut coaching (komitmen belum tercapai, belum membaik) tidak dihitung: {reason}"
        case .followUpReportErrors: "laporan tidak dapat dibaca sebagai riwayat periode"
        case .followUpNoBaseline: "{count} aspek yang dicoaching tidak memiliki periode sebelum sesinya dalam laporan, sehingga membaik atau tidaknya tidak dapat dinilai; sebutkan laporan sebelumnya pada effectiveness.earlier_reports"
        case .minutesLeftOut: "Berita Acara {number} tidak dapat dibaca atau tidak lagi sesuai dengan register; sesinya tidak dihitung"

        // MARK: - efektivitas: reading the reports (effspeed)
        case .effectivenessPeriodRepeated: "periode pegawai ini sudah tercantum di {place}; cantumkan setiap periode seorang pegawai sekali saja"

        // MARK: - cli-id
        case .findBatchSession: "batch {batch}, sesi {session}"
        case .findSignedBy: "ditandatangani oleh {by}: {copy}"
        case .findScan: "pindaian dokumen bertanda tangan basah: {scan}"
        case .findInPackage: "dalam paket {package}"
        case .findTotal: "{documents}."
        case .candidatesWroteSummary: "{candidates} untuk periode {periode}"
        case .attachUnsignedCopy: "Berkas ini sama persis dengan PDF {document} ({pdf}) yang dicetak coaching pdf, belum ditandatangani: tandatangani PDF itu secara elektronik, lalu lampirkan salinan bertanda tangannya."
        case .statusLeftOutCount: "{count} di {root} tidak dapat ditampilkan (lihat peringatan di atas); pulihkan berkasnya, lalu jalankan coaching status lagi."
        case .rebuildNotNeededNotice: "Register {path} ada dan dapat dibaca; tidak ada yang perlu dibangun ulang."
        case .registerWhyDate: "'{value}' bukan tanggal yang sah"
        case .statusDaysLate: "  penugasan {assigned}, batas waktu {deadline}; terlambat {late} dari batas 14 hari kerja (per {today})"
        case .nounWorkingDay: "hari kerja"
        }
    }
}

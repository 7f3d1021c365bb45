/// The aspects, KPIs and recommendation wording of the synthetic data, modelled on the
/// Indonesian QA forms the domain notes describe.
enum SampleTexts {
    struct Aspect {
        let code: String
        let offset: Double
        let findings: [String]
        let recommendations: [String]
    }

    static let aspects: [Aspect] = [
        Aspect(code: "etika_bertelepon", offset: 0,
               findings: ["Salam pembuka dan penutup tidak lengkap pada beberapa panggilan.",
                          "Intonasi terdengar terburu-buru dan kurang ramah.",
                          "Pemilihan kata kurang baku saat menjelaskan prosedur."],
               recommendations: ["Membiasakan salam pembuka dan penutup sesuai skrip standar.",
                                 "Berlatih intonasi dengan mendengarkan rekaman panggilan teladan.",
                                 "Menggunakan daftar kata baku yang disediakan tim mutu."]),
        Aspect(code: "interaksi_empati", offset: -1,
               findings: ["Kurang mendengarkan keluhan Wajib Pajak sampai selesai.",
                          "Tidak menunjukkan empati ketika Wajib Pajak mengeluhkan sanksi.",
                          "Sering memotong pembicaraan Wajib Pajak."],
               recommendations: ["Menerapkan teknik mendengarkan aktif dan konfirmasi ulang.",
                                 "Menggunakan kalimat empati sebelum memberikan penjelasan.",
                                 "Memberi jeda dan mengonfirmasi pemahaman sebelum menjawab."]),
        Aspect(code: "akurasi_informasi", offset: 1,
               findings: ["Informasi tarif PPh Pasal 21 yang disampaikan tidak tepat.",
                          "Penjelasan batas waktu pelaporan SPT Tahunan kurang akurat.",
                          "Rujukan peraturan yang disebutkan sudah tidak berlaku."],
               recommendations: ["Mempelajari kembali basis pengetahuan tentang PPh Pasal 21.",
                                 "Memeriksa kalender pajak terbaru sebelum menjawab pertanyaan tenggat.",
                                 "Mengikuti pembaruan peraturan mingguan dari Seksi PKL."]),
        Aspect(code: "efisiensi", offset: -3,
               findings: ["Waktu tunggu (hold) terlalu lama saat mencari informasi.",
                          "Panggilan dialihkan tanpa alasan yang jelas.",
                          "Pencatatan setelah panggilan memakan waktu berlebih."],
               recommendations: ["Menyiapkan pintasan ke artikel basis pengetahuan yang sering dipakai.",
                                 "Menyelesaikan pertanyaan pada kontak pertama bila memungkinkan.",
                                 "Menggunakan templat catatan panggilan."]),
        Aspect(code: "kepatuhan_sop", offset: 0.5,
               findings: ["Verifikasi identitas Wajib Pajak tidak dilakukan sesuai SOP.",
                          "Tiket pengaduan tidak dicatat pada aplikasi.",
                          "Eskalasi kasus tidak mengikuti alur yang ditetapkan."],
               recommendations: ["Mengikuti daftar periksa verifikasi identitas pada setiap panggilan.",
                                 "Mencatat setiap pengaduan pada aplikasi sebelum menutup panggilan.",
                                 "Mempelajari kembali alur eskalasi kasus."]),
    ]

    static let kpis = ["aht_detik", "fcr_persen", "csat_persen", "kepatuhan_jadwal_persen"]
}

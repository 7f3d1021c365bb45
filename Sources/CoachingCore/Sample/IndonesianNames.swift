/// Name parts for synthetic people: common Indonesian given names and family names.
enum IndonesianNames {
    static let male = [
        "Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Kurniawan", "Lukman",
        "Muhammad", "Nanda", "Oki", "Putu", "Rizki", "Slamet", "Teguh", "Wahyu", "Yusuf", "Zainal",
        "Bayu", "Dimas", "Gilang", "Hadi", "Ilham", "Arif", "Rudi", "Taufik", "Bambang", "Yoga",
    ]
    static let female = [
        "Ani", "Dewi", "Endang", "Fitri", "Intan", "Kartika", "Lestari", "Maya", "Nur", "Putri",
        "Ratna", "Sari", "Siti", "Tuti", "Wulan", "Yuni", "Rina", "Indah", "Melati", "Ayu",
        "Citra", "Dian", "Galuh", "Hana", "Larasati", "Nia", "Puspita", "Retno", "Sekar", "Vina",
    ]
    static let family = [
        "Santoso", "Wijaya", "Saputra", "Hidayat", "Nugroho", "Pratama", "Siregar", "Nasution", "Harahap", "Simanjuntak",
        "Kusuma", "Setiawan", "Purnomo", "Rahmawati", "Lubis", "Gunawan", "Halim", "Sitompul", "Wibowo", "Susanto",
        "Permana", "Hakim", "Maulana", "Ramadhan", "Firmansyah", "Utami", "Anggraini", "Wardani", "Syahputra", "Tanjung",
        "Manurung", "Sinaga", "Pangaribuan", "Suryadi", "Kurnia", "Fauzi", "Iskandar", "Sembiring", "Ginting", "Daulay",
    ]
}

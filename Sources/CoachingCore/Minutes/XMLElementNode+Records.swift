/// Reading our own documents' elements back into values: what the Jadwal and the Berita Acara
/// share (people, times, focus areas). The schema has checked their shape; these only convert.
extension XMLElementNode {
    func nip(_ attribute: String) -> NIP? {
        guard let text = self.attribute(attribute), case .valid(let nip, _) = NIP.validate(Array(text.utf8), isPPPK: true) else { return nil }
        return nip
    }

    func date(_ attribute: String) -> CivilDate? { self.attribute(attribute).flatMap { CivilDate(parsing: $0) } }

    /// `08:15` as minutes after midnight.
    func minutes(_ attribute: String) -> Int {
        let parts = (self.attribute(attribute) ?? "").split(separator: ":")
        return parts.count == 2 ? (Int(parts[0]) ?? 0) * 60 + (Int(parts[1]) ?? 0) : 0
    }

    /// A `nip`/`nama`/`jabatan` element as a person.
    func person(defaultPosition: String = "") -> Configuration.Person {
        Configuration.Person(name: attribute("nama") ?? "", nip: nip("nip"),
                             position: attribute("jabatan").flatMap { $0.isEmpty ? nil : $0 } ?? defaultPosition)
    }

    /// The `fokus` children: aspects and the recommendations behind them.
    var focusAreas: [FocusArea] {
        children("fokus").map { f in
            FocusArea(aspect: f.attribute("aspek") ?? "", score: f.attribute("nilai").flatMap { Double($0) },
                      minimum: f.attribute("batas").flatMap { Double($0) },
                      recommendations: f.children("rekomendasi").map { r in
                          FocusRecommendation(id: r.attribute("id") ?? "", prioritas: Prioritas(parsing: r.attribute("prioritas") ?? "") ?? .sedang,
                                              temuan: r.child("temuan")?.text ?? "", rekomendasi: r.child("saran")?.text ?? "")
                      })
        }
    }
}

import CoachingWorkflow

/// What the progress line calls each long loop, in one place (a message catalogue takes these
/// over as they are: one text per ``ProgressTask``, the count added after it).
enum ProgressTexts {
    static func label(_ task: ProgressTask) -> String {
        switch task {
        case .preparationSheets: "Menyiapkan lembar persiapan"
        case .minutes: "Menulis Berita Acara"
        case .archive: "Mengemas arsip, tahap"
        case .verify: "Memeriksa berkas paket"
        case .print: "Mencetak PDF"
        }
    }
}

import CoachingCore

/// The fingerprint (`sidik.txt`) of what makes a batch: the input files, the settings, the
/// assignment date, the period and the Jadwal's templates. The same fingerprint means the
/// same batch, so running `schedule` twice writes nothing the second time.
enum InputFingerprint {
    static func of(files: [String], settingsText: String, assignedOn: CivilDate, period: Periode?,
                   templates: TemplateFolder) throws -> Fingerprint {
        var fingerprint = Fingerprint()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        for path in files {
            // Streamed: a large report is not held in memory twice.
            let source = try FileByteSource(path: path)
            while true {
                let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                if n == 0 { break }
                buffer.withUnsafeBytes { fingerprint.addPart(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
            }
            fingerprint.end()
        }
        fingerprint.add(settingsText)
        fingerprint.add(assignedOn.description)
        fingerprint.add(period?.description ?? "")
        for name in BatchLayout.jadwalTemplates {
            fingerprint.add(templates.source(name)?.source ?? "")
        }
        return fingerprint
    }
}

import CoachingRegister

extension DocumentCopy {
    /// Who signed, as `status`, `find` and the archive's index show it: `Ratna Sari (NIP 198012302010012005)`.
    var signerText: String { Self.signerText(signer: signer, signerID: signerID) }

    static func signerText(signer: String?, signerID: String?) -> String {
        "\(signer ?? "(no name in the certificate)")\(signerID.map { " (\(identity($0)))" } ?? "")"
    }

    /// `NIP 198012302010012005`, `NIK …` (16 digits), else the number as written.
    static func identity(_ number: String) -> String {
        guard number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return number }
        return number.utf8.count == 18 ? "NIP \(number)" : number.utf8.count == 16 ? "NIK \(number)" : number
    }
}

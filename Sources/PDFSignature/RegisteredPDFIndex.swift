import Crypto

/// Finds which registered PDF a signed file extends, by prefix: a signed file extends a PDF of
/// `n` bytes iff its first `n` bytes hash to that PDF's SHA-256. The registered PDFs are kept by
/// size, and only the sizes where the signed file has a revision end (`%%EOF`) are hashed, so a
/// signed file costs one byte scan and, almost always, one SHA-256 of its prefix, however many
/// PDFs are registered.
public struct RegisteredPDFIndex<ID: Hashable & Sendable>: Sendable {
    /// One registered PDF: the caller's identifier (a document number), its size and SHA-256.
    public struct Entry: Sendable {
        public var id: ID
        public var size: Int
        public var sha256: [UInt8]
        public init(id: ID, size: Int, sha256: [UInt8]) {
            self.id = id
            self.size = size
            self.sha256 = sha256
        }
    }

    private var bySize: [Int: [Entry]] = [:]

    public init(_ entries: [Entry]) {
        for entry in entries { bySize[entry.size, default: []].append(entry) }
    }

    /// The registered PDFs `signed` begins with (usually one; two only for identical registered
    /// files), each with its length to pass to `SignedPDFCheck.check(signed:originalLength:…)`.
    public func match(_ signed: [UInt8]) -> [Entry] {
        var found: [Entry] = []
        for end in SignedPDFReader.revisionEnds(signed) {
            guard let candidates = bySize[end] else { continue }
            let digest = Array(SHA256.hash(data: signed[..<end]))
            found += candidates.filter { $0.sha256 == digest }
        }
        return found
    }
}

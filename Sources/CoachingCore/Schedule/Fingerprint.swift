import CDeflate

/// A short, stable digest of everything a batch is made from (inputs, settings, date,
/// templates), to recognise a re-run. Not a security measure: the register's SHA-256 is.
///
/// CRC-32 and Adler-32 (libdeflate's) side by side (64 bits): they run at gigabytes a second, where a
/// byte-at-a-time hash spent most of a second on a 250 MB report and its recommendations.
public struct Fingerprint: Sendable, Equatable, CustomStringConvertible {
    private var crc: UInt32 = 0
    private var adler: UInt32 = 1
    private var length = 0

    public init() {}

    /// Adds `bytes`, then a separator, so ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { addPart($0) }
        end()
    }

    public mutating func add(_ text: String) { add(Array(text.utf8)) }

    /// Adds a piece of a longer value; `end()` closes the value.
    package mutating func addPart(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), !bytes.isEmpty else { return }
        crc = libdeflate_crc32(crc, base, bytes.count)
        adler = libdeflate_adler32(adler, base, bytes.count)
        length &+= bytes.count
    }

    /// Closes a value added in parts: its length goes in, so where values end matters.
    public mutating func end() {
        withUnsafeBytes(of: UInt64(length).littleEndian) { addPart($0) }
        length = 0
    }

    public var description: String {
        let value = UInt64(crc) << 32 | UInt64(adler)
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

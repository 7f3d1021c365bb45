@testable import CoachingCore
import Foundation
import PropertyBased
import Testing
import TestSupport

@Suite("ZIP packages")
struct ZipTests {
    static func package(_ entries: [ZipEntry], date: CivilDate = CivilDate(parsing: "2026-12-15")!) throws -> [UInt8] {
        var writer = ZipWriter(date: date)
        try writer.append(entries)
        return try writer.finish()
    }

    @Test func whatIsWrittenReadsBackTheSame() async {
        await propertyCheck(count: 100, input: Gen.int(in: 0...255).map { UInt8($0) }.array(of: 0...600).array(of: 1...12)) { contents in
            let entries = contents.enumerated().map { i, bytes in
                // Repetitive content compresses, random content is stored: both paths are taken.
                ZipEntry(path: "2026-001/berkas-\(i).txt", bytes: i % 2 == 0 ? bytes : Array(bytes.prefix(40)) + Array(repeating: 65, count: bytes.count))
            }
            let bytes = try Self.package(entries)
            let reader = try ZipReader(bytes: bytes)
            #expect(reader.entries.map(\.path) == entries.map(\.path))
            for (entry, expected) in zip(reader.entries, entries) {
                #expect(try reader.contents(of: entry).get() == expected.bytes)
            }
            #expect(try Self.package(entries) == bytes, "the same entries give the same bytes")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")))
    func unzipAcceptsThePackage() throws {
        let entries = (1...30).map { ZipEntry(path: "2026-001/berita-acara/sesi-\($0).html", bytes: Array(String(repeating: "<p>Berita Acara \($0)</p>\n", count: $0 * 20).utf8)) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).zip")
        try Data(try Self.package(entries)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-tq", url.path]
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aLargeFileIsCompressedAndReadBack() throws {
        // Text like an input report, a few megabytes and an odd tail, beside a file too small to deflate.
        var text = ""
        var n = 0
        while text.utf8.count < 3 << 20 + 12_345 {
            text += "2026-10,1986072820150917\(n % 10),Nama \(n),Agen Informasi,Tim \(n % 7),\(60 + n % 40).5\n"
            n += 1
        }
        let bytes = Array(text.utf8)
        let package = try Self.package([ZipEntry(path: "a/laporan.csv", bytes: bytes), ZipEntry(path: "a/kecil.txt", bytes: [1, 2, 3])])
        let reader = try ZipReader(bytes: package)
        #expect(try reader.contents(of: reader.entries[0]).get() == bytes)
        #expect(try reader.contents(of: reader.entries[1]).get() == [1, 2, 3])
        #expect(package.count < bytes.count / 3, "compressed: \(package.count) of \(bytes.count)")
    }

    /// A count of 0xFFFF entries is how ZIP64 announces itself: the writer stops one short, so
    /// every package it writes can be read (it once wrote 65,535 and the reader refused them).
    @Test func theLargestPackageWrittenIsOneThatCanBeRead() throws {
        let entries = (0..<ZipWriter.maximumEntries).map { ZipEntry(path: "f\($0)", bytes: []) }
        var writer = ZipWriter(date: CivilDate(year: 2026, month: 12, day: 15)!)
        try writer.append(packed: ZipWriter.pack(entries))
        #expect(throws: ZipWriter.TooLarge.self) { try writer.append(packed: ZipWriter.pack([ZipEntry(path: "satu-lagi", bytes: [])])) }
        let reader = try ZipReader(bytes: Array(try writer.finishParts().joined()))
        #expect(reader.entries.count == 65_534)
    }

    @Test func damageIsReportedNotTrusted() throws {
        let bytes = try Self.package([ZipEntry(path: "a/b.txt", bytes: Array(String(repeating: "isi berkas ", count: 100).utf8))])
        var flipped = bytes
        flipped[40] ^= 0x55 // inside the compressed data
        let reader = try ZipReader(bytes: flipped)
        #expect(throws: ZipReader.Damaged.self) { try reader.contents(of: reader.entries[0]).get() }
        #expect(throws: ZipReader.Damaged(description: "this is not a ZIP package (no end of central directory)")) {
            try ZipReader(bytes: Array(bytes.prefix(bytes.count - 22)))
        }
    }

    /// A stored (not compressed) entry has no Deflate check of its own: only the CRC-32 catches a flipped byte.
    @Test func aFlippedByteInAStoredEntryIsCaughtByItsCRC() throws {
        let name = "a/kecil.bin"
        let bytes = try Self.package([ZipEntry(path: name, bytes: [1, 2, 3, 4, 5, 6, 7, 8])])
        #expect(try ZipReader(bytes: bytes).entries[0].method == 0, "stored, not deflated")
        var flipped = bytes
        flipped[30 + name.utf8.count + 3] ^= 0x01 // the fourth byte of the content, after the local header and the name
        let reader = try ZipReader(bytes: flipped)
        #expect(throws: ZipReader.Damaged(description: "a/kecil.bin: its content does not match the package's CRC-32 (damaged in the ZIP itself)")) {
            try reader.contents(of: reader.entries[0]).get()
        }
    }

    // MARK: - Streaming

    /// Bytes that do not compress (so they are stored), the same on every run.
    static func noise(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
    }

    /// Reads `stream` through a buffer of `size` bytes: what it handed out, how many reads gave
    /// bytes, and the error that stopped it.
    static func drain(_ stream: ZipEntryStream, buffer size: Int) -> (bytes: [UInt8], reads: Int, error: ZipReader.Damaged?) {
        var bytes: [UInt8] = [], reads = 0
        var buffer = [UInt8](repeating: 0, count: size)
        do {
            while true {
                let count = try buffer.withUnsafeMutableBytes { try stream.read(into: $0) }
                if count == 0 { return (bytes, reads, nil) }
                bytes += buffer[0..<count]
                reads += 1
            }
        } catch {
            return (bytes, reads, error as? ZipReader.Damaged)
        }
    }

    @Test func entriesLargerThanAChunkAreStreamedAChunkAtATime() throws {
        var text: [UInt8] = []
        while text.count < 40 * ZipEntryStream.chunkSize { text += Array("2026-10,1986072820150917\(text.count % 10),Nama \(text.count),Tim \(text.count % 7)\n".utf8) }
        let noise = Self.noise(3 * ZipEntryStream.chunkSize + 17)
        let reader = try ZipReader(bytes: try Self.package([ZipEntry(path: "a/laporan.csv", bytes: text), ZipEntry(path: "a/acak.bin", bytes: noise)]))
        #expect(reader.entries[0].method == 8 && reader.entries[0].compressedSize > 4 * ZipEntryStream.chunkSize, "deflated, several chunks")
        #expect(reader.entries[0].size > ZipEntryStream.wholeLimit, "streamed, not inflated whole")
        #expect(reader.entries[1].method == 0, "stored")
        for (entry, expected) in zip(reader.entries, [text, noise]) {
            let read = Self.drain(try reader.open(entry), buffer: 10_000)
            #expect(read.error == nil)
            #expect(read.bytes == expected)
            #expect(read.reads >= expected.count / 10_000, "a buffer's worth at a time")
        }
    }

    /// A stored entry with one byte flipped in its last chunk: every chunk before is handed out,
    /// and the read that reaches the end fails on the CRC-32.
    @Test func aStoredEntryDamagedInItsLastChunkFailsAtTheEnd() throws {
        let noise = Self.noise(3 * ZipEntryStream.chunkSize + 17)
        var bytes = try Self.package([ZipEntry(path: "a/acak.bin", bytes: noise)])
        bytes[30 + "a/acak.bin".utf8.count + noise.count - 5] ^= 0x01
        let reader = try ZipReader(bytes: bytes)
        #expect(reader.entries[0].method == 0)
        let read = Self.drain(try reader.open(reader.entries[0]), buffer: ZipEntryStream.chunkSize)
        #expect(read.bytes.count == noise.count && read.reads == 4, "every chunk read before the check")
        #expect(read.error == ZipReader.Damaged(description: "a/acak.bin: its content does not match the package's CRC-32 (damaged in the ZIP itself)"))
        #expect(throws: ZipReader.Damaged.self) { try reader.contents(of: reader.entries[0]).get() }
    }

    /// A deflated entry whose recorded CRC-32 is wrong inflates whole, then fails at its end;
    /// one recorded a byte shorter than it inflates fails without handing out the extra byte.
    /// Small entries are inflated in one call, large ones streamed: both are checked.
    @Test(arguments: [ZipEntryStream.wholeLimit / 2, 3 * ZipEntryStream.wholeLimit])
    func aDeflatedEntryIsCheckedAtItsEnd(size: Int) throws {
        var text: [UInt8] = []
        while text.count < size { text += Array("baris \(text.count)\n".utf8) }
        let bytes = try Self.package([ZipEntry(path: "a/b.txt", bytes: text)])
        let central = Int(ZipReader.u32(bytes, bytes.count - 22 + 16))
        var wrongCRC = bytes
        wrongCRC[central + 16] ^= 0x01
        var reader = try ZipReader(bytes: wrongCRC)
        var read = Self.drain(try reader.open(reader.entries[0]), buffer: 8_192)
        #expect(read.bytes == text)
        #expect(read.error?.description == "a/b.txt: its content does not match the package's CRC-32 (damaged in the ZIP itself)")

        var shorter = bytes
        let size = UInt32(text.count - 1)
        for i in 0..<4 { shorter[central + 24 + i] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(i))) }
        reader = try ZipReader(bytes: shorter)
        read = Self.drain(try reader.open(reader.entries[0]), buffer: 8_192)
        #expect(read.bytes.count <= text.count - 1, "never more than the recorded size")
        #expect(read.error != nil)
    }

    @Test func anyTruncationIsRefusedWithoutCrashing() throws {
        let bytes = try Self.package((1...3).map { ZipEntry(path: "a/\($0).txt", bytes: Array("berkas \($0)".utf8)) })
        for length in 0..<bytes.count {
            if let reader = try? ZipReader(bytes: Array(bytes.prefix(length))) {
                for entry in reader.entries { _ = reader.contents(of: entry) }
            }
        }
    }
}

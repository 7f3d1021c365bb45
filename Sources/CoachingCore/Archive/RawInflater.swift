import CZlib

/// Raw Deflate (as a ZIP entry holds it) inflated a piece at a time, through zlib.
///
/// Why zlib beside libdeflate: libdeflate, which the writer uses, only inflates a whole buffer
/// into a whole buffer, so the 174 MB report copy of a large batch would be in memory at once.
/// zlib keeps a 32 KB window and inflates into whatever buffer the reader hands it.
final class RawInflater {
    /// zlib keeps pointers into the stream's own state, so it lives at one address.
    private let stream: UnsafeMutablePointer<z_stream>
    /// The end of the Deflate data has been reached.
    private(set) var finished = false

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard czlib_inflate_init_raw(stream) == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Everything fed so far has been consumed: feed more before inflating again.
    var needsInput: Bool { stream.pointee.avail_in == 0 }

    /// Gives zlib the next compressed bytes. They must stay where they are until `needsInput`.
    func feed(_ input: UnsafeMutableRawBufferPointer) {
        stream.pointee.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_in = UInt32(input.count)
    }

    /// Inflates into `output`: the number of bytes written (0 at the end, or when more input is
    /// needed), nil when the data is not valid Deflate.
    func inflate(into output: UnsafeMutableRawBufferPointer) -> Int? {
        guard !finished, let base = output.baseAddress, output.count > 0 else { return 0 }
        stream.pointee.next_out = base.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = UInt32(clamping: output.count)
        let before = stream.pointee.avail_out
        switch CZlib.inflate(stream, Z_NO_FLUSH) {
        case Z_STREAM_END: finished = true
        case Z_OK: break
        // No progress was possible: input ran out (the caller feeds more, or calls it truncated).
        case Z_BUF_ERROR: return 0
        default: return nil
        }
        return Int(before - stream.pointee.avail_out)
    }
}

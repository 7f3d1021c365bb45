extension ByteSource {
    /// Every remaining byte, or nil as soon as there are more than `limit` (reading stops there,
    /// so what a source claims never decides what is held).
    public func readAll(limit: Int = .max) throws -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            if count == 0 { return bytes }
            guard count <= limit - bytes.count else { return nil }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

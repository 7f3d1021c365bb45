/// Writes ``EffectivenessResult`` as JSON into one byte buffer, byte for byte what
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` makes of its
/// `Codable` form (keys sorted, optionals left out when nil, a `Double` as its shortest
/// `description` without a trailing `.0`). Written by hand because the encoder took two
/// seconds for 35,000 units (boxing every value and sorting every object's keys); the keys
/// here are written in their sorted order directly. `EffectivenessJSONTests` keeps the two equal.
struct EffectivenessJSONWriter {
    private(set) var out: [UInt8] = []

    static func bytes(_ result: EffectivenessResult) -> [UInt8] {
        var w = EffectivenessJSONWriter()
        w.out.reserveCapacity(result.units.count * 600 + result.commitments.count * 500 + 4096)
        w.result(result)
        return w.out
    }

    // MARK: - Objects, keys in sorted order

    private mutating func result(_ r: EffectivenessResult) {
        raw("{\"commitments\":")
        array(r.commitments) { $0.commitment($1) }
        raw(",\"files\":")
        array(r.files) { $0.string($1) }
        raw(",\"from\":"); periode(r.from)
        raw(",\"judgedOn\":"); date(r.judgedOn)
        raw(",\"options\":{\"baselineCaliper\":"); double(r.options.baselineCaliper)
        raw(",\"maximumComparisons\":"); integer(r.options.maximumComparisons)
        raw(",\"minimumComparisons\":"); integer(r.options.minimumComparisons)
        raw(",\"minimumEvaluations\":"); integer(r.options.minimumEvaluations)
        raw("},\"rollups\":")
        array(r.rollups) { $0.rollup($1) }
        raw(",\"to\":"); periode(r.to)
        raw(",\"units\":")
        array(r.units) { $0.unit($1) }
        raw("}")
    }

    private mutating func commitment(_ c: CommitmentFollowUp) {
        raw("{\"aspect\":"); string(c.aspect)
        optional("baseline", c.baseline)
        raw(",\"batch\":"); string(c.batch)
        raw(",\"beritaAcara\":"); string(c.beritaAcara)
        raw(",\"coach\":"); string(c.coach)
        if let judged = c.judgedBy { raw(",\"judgedBy\":"); sourceRow(judged) }
        raw(",\"nama\":"); string(c.nama)
        raw(",\"nip\":"); nip(c.nip)
        raw(",\"outcome\":"); string(c.outcome.rawValue)
        raw(",\"target\":"); date(c.target)
        raw(",\"text\":"); string(c.text)
        optional("threshold", c.threshold)
        raw("}")
    }

    private mutating func rollup(_ r: Rollup) {
        var first = true
        func key(_ name: String, _ w: inout EffectivenessJSONWriter) {
            w.raw(first ? "{\"" : ",\""); first = false
            w.raw(name); w.raw("\":")
        }
        if let v = r.afterMean { key("afterMean", &self); double(v) }
        if let v = r.baseline { key("baseline", &self); double(v) }
        if let v = r.comparisonBaseline { key("comparisonBaseline", &self); double(v) }
        if let v = r.comparisonChange { key("comparisonChange", &self); double(v) }
        key("dimension", &self); string(r.dimension.rawValue)
        if let v = r.effect { key("effect", &self); double(v) }
        if let v = r.high { key("high", &self); double(v) }
        key("key", &self); string(r.key)
        if let v = r.low { key("low", &self); double(v) }
        key("measured", &self); integer(r.measured)
        if let v = r.naiveChange { key("naiveChange", &self); double(v) }
        key("status", &self); string(r.status.rawValue)
        key("units", &self); integer(r.units)
        raw("}")
    }

    private mutating func unit(_ u: CoachedUnit) {
        raw("{\"aspect\":"); string(u.aspect)
        optional("baseline", u.baseline)
        raw(",\"batch\":"); string(u.batch)
        raw(",\"beritaAcara\":"); string(u.beritaAcara)
        optional("change", u.change)
        raw(",\"coach\":"); string(u.coach)
        raw(",\"coachingPeriod\":"); periode(u.coachingPeriod)
        optional("comparisonChange", u.comparisonChange)
        optional("effect", u.effect)
        if let j = u.jabatan { raw(",\"jabatan\":"); string(j.rawValue) }
        raw(",\"nama\":"); string(u.nama)
        raw(",\"nip\":"); nip(u.nip)
        raw(",\"note\":"); string(u.note)
        optional("qualityBaseline", u.qualityBaseline)
        raw(",\"sessionDate\":"); date(u.sessionDate)
        raw(",\"status\":"); string(u.status.rawValue)
        raw(",\"tim\":"); string(u.tim)
        raw("}")
    }

    private mutating func sourceRow(_ s: SourceRow) {
        raw("{\"jumlahPenilaian\":"); integer(s.jumlahPenilaian)
        raw(",\"periode\":"); periode(s.periode)
        raw(",\"source\":")
        if let cell = s.source.cellText { raw("{\"cell\":"); string(cell); raw(",\"column\":") } else { raw("{\"column\":") }
        integer(s.source.column)
        raw(",\"file\":"); string(s.source.file)
        raw(",\"line\":"); integer(s.source.line)
        raw("},\"value\":"); double(s.value)
        raw("}")
    }

    // MARK: - Values

    private mutating func array<T>(_ items: [T], _ each: (inout EffectivenessJSONWriter, T) -> Void) {
        out.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            each(&self, item)
        }
        out.append(UInt8(ascii: "]"))
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private mutating func optional(_ key: StaticString, _ value: Double?) {
        guard let value else { return }
        raw(",\""); raw(key); raw("\":")
        double(value)
    }

    /// As `JSONEncoder`: the shortest round-trip `description`, without a trailing `.0`.
    private mutating func double(_ x: Double) {
        var text = x.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        raw(text)
    }

    private mutating func integer(_ n: Int) { DecimalCommaBytes.appendInteger(n, to: &out) }

    private mutating func nip(_ n: NIP) {
        out.append(UInt8(ascii: "\""))
        DecimalCommaBytes.appendDigits(n.value, width: 18, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private mutating func periode(_ p: Periode) {
        out.append(UInt8(ascii: "\""))
        CSVLineBytes.append(p, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    private mutating func date(_ d: CivilDate) {
        raw("{\"day\":"); integer(d.day)
        raw(",\"month\":"); integer(d.month)
        raw(",\"year\":"); integer(d.year)
        raw("}")
    }

    /// A JSON string as `JSONEncoder` escapes it: quote, backslash and control characters
    /// (`/` stays as it is, `withoutEscapingSlashes`); everything else as UTF-8.
    private mutating func string(_ s: String) {
        var s = s
        out.append(UInt8(ascii: "\""))
        s.withUTF8 { utf8 in
            var start = 0
            for (i, b) in utf8.enumerated() where b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                start = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(b >> 4)], hex[Int(b & 15)]]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

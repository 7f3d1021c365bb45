/// One input row as raw fields addressed by slot, whatever the file format. CSV and XML
/// readers both provide it, so typing and checking rows is written once.
protocol RowFieldSource {
    /// The field's bytes; nil when the file has no such column or attribute.
    func bytes(slot: Int) -> UnsafeRawBufferPointer?
    /// Where the field is, for messages.
    func location(slot: Int) -> SourceLocation
}

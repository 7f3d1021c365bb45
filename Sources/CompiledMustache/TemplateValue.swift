/// The data a template renders: the shape of a document, built once per document.
///
/// Objects carry a ``TemplateShape`` shared by every object with the same keys, which maps
/// a name's interned ``Symbol`` to a slot with one array read: a compiled template never
/// looks a name up by string while rendering.
public enum TemplateValue: Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case null

    /// Mustache truthiness: false, null and empty lists are falsy; everything else is truthy.
    var isTruthy: Bool {
        switch self {
        case .bool(let b): b
        case .null: false
        case .list(let items): !items.isEmpty
        default: true
        }
    }

    /// Builds an object from a dictionary (keys in sorted order, so equal dictionaries share a shape).
    /// An object of a shape made once, values in the shape's key order: for data built many
    /// times over (a row, a document in a batch), without sorting and interning keys each time.
    public static func object(_ shape: TemplateShape, _ values: TemplateValue...) -> TemplateValue {
        .object(TemplateObject(shape: shape, values: values))
    }

    public static func object(_ fields: [String: TemplateValue]) -> TemplateValue {
        let keys = fields.keys.sorted()
        return .object(TemplateObject(shape: TemplateShape(keys), values: keys.map { fields[$0]! }))
    }
}

/// A name interned to a small integer, so lookups index arrays instead of hashing strings.
public struct Symbol: Hashable, Sendable {
    let id: Int32

    /// Interns `name` (thread-safe; done when templates are compiled and shapes are made).
    public init(_ name: String) { id = SymbolTable.shared.intern(name) }
}

/// The keys of an object and where each lives; made once and shared by all objects alike.
public final class TemplateShape: Sendable {
    public let keys: [String]
    /// Symbol id → slot, -1 where the shape has no such key.
    private let slots: [Int32]

    public init(_ keys: [String]) {
        self.keys = keys
        let ids = keys.map { SymbolTable.shared.intern($0) }
        var slots = [Int32](repeating: -1, count: Int(ids.max() ?? -1) + 1)
        for (slot, id) in ids.enumerated() { slots[Int(id)] = Int32(slot) }
        self.slots = slots
    }

    @inline(__always)
    func slot(_ symbol: Symbol) -> Int {
        let id = Int(symbol.id)
        return id < slots.count ? Int(slots[id]) : -1
    }
}

/// An object value: a shape and the values in its slots.
public final class TemplateObject: Sendable {
    public let shape: TemplateShape
    public let values: [TemplateValue]

    public init(shape: TemplateShape, values: [TemplateValue]) {
        precondition(shape.keys.count == values.count, "one value per key of the shape")
        self.shape = shape
        self.values = values
    }

    @inline(__always)
    func value(_ symbol: Symbol) -> TemplateValue? {
        let slot = shape.slot(symbol)
        return slot >= 0 ? values[slot] : nil
    }
}

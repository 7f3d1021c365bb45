/// A problem with the register that stops a command, in words for the person at the desk.
public struct RegisterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

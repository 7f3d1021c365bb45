/// A problem with the register that stops a command, in words for the person at the desk.
package struct RegisterError: Error, Sendable, Equatable, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}

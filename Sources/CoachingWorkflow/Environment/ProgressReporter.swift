/// The long loops of a run: each reports how far it is through a ``ProgressReporter``.
///
/// The cases are keys, not texts: the command line says what each is called (in one place,
/// so that a message catalogue can take them over).
public enum ProgressTask: String, Sendable, CaseIterable {
    /// `schedule`: a preparation sheet per session (step 5).
    case preparationSheets
    /// `minutes`: a Berita Acara per session (step 7).
    case minutes
    /// `archive`: the package's stages (read and hash, check, compress, write).
    case archive
    /// `verify`: each file of the package read, hashed and checked.
    case verify
    /// `pdf`: each document printed by Chromium.
    case print
}

/// Where the long loops say how far they are. The workflow calls it and never asks what it
/// does: the command line draws a line on a terminal, everything else keeps quiet.
///
/// Calls may come from several threads at once and as often as once per item; an
/// implementation throttles what it shows and keeps its own lock.
public protocol ProgressReporter: Sendable {
    /// `done` of `total` items of `task` are finished.
    func report(_ task: ProgressTask, done: Int, total: Int)
    /// The loop ended (finished or failed): whatever was shown is taken away, so that the
    /// next line of output starts clean.
    func end()
}

/// The default: nothing is shown. Tests, pipes and files see no change.
public struct SilentProgress: ProgressReporter {
    public init() {}
    public func report(_ task: ProgressTask, done: Int, total: Int) {}
    public func end() {}
}

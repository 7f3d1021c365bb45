/// The SOP's steps as use cases, over one output root.
///
/// Each step takes a request value and returns an outcome value, or throws a
/// ``WorkflowError`` whose lines say why. Every change to the register and the files goes
/// through ``CommitPath``. The steps, by the SOP's numbering:
///
/// | step | use case | folder |
/// |---|---|---|
/// | 1–3 | ``candidates(_:)`` | `Candidates/` |
/// | 1–4 | ``schedule(_:)`` (the draft Jadwal) | `Schedule/` |
/// | 4, 8 | ``approve(_:)`` | `Approval/` |
/// | 6–7 | ``recordMinutes(_:)`` | `Minutes/` |
/// | 9 | ``receive(_:)`` | `Receipt/` |
/// | 10 | ``archive(_:)``, ``verify(_:)`` | `Archive/`, `Verify/` |
/// | any | ``status(_:)``, ``find(_:)`` | `Status/`, `Lookup/` |
/// | — | ``rebuildRegister(_:)`` (a lost register) | `Register/` |
public struct Workflow: Sendable {
    public let environment: WorkflowEnvironment

    public init(_ environment: WorkflowEnvironment) {
        self.environment = environment
    }
}

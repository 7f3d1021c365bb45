import Foundation
import FuzzTargets
import Testing
import TestSupport

/// Every input a fuzzer once crashed a reader with (Fuzz/crashes/<target>/, saved by
/// Scripts/harden) and every seed (Fuzz/corpus/<target>/) is read again here, so a fixed crash
/// stays fixed. A crash fails the whole run, which is the point.
@Suite("Fuzz findings and seeds")
struct FuzzRegressionTests {
    static func inputs(_ folder: String) -> [(FuzzTarget, URL)] {
        FuzzTarget.allCases.flatMap { target -> [(FuzzTarget, URL)] in
            let dir = repositoryRoot.appendingPathComponent("Fuzz/\(folder)/\(target.rawValue)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { (target, dir.appendingPathComponent($0)) }
        }
    }

    @Test func everySeedAndFindingReadsWithoutCrashing() throws {
        let seeds = Self.inputs("corpus"), findings = Self.inputs("crashes")
        // The seed corpus is there for every target: the fuzzer starts from it.
        #expect(Set(seeds.map(\.0)) == Set(FuzzTarget.allCases))
        for (target, url) in seeds + findings {
            target.run(Array(try Data(contentsOf: url)))
        }
    }
}

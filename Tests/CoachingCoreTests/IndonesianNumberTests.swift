import Testing
@testable import CoachingCore

@Suite("Numbers written as Indonesian documents write them")
struct IndonesianNumberTests {
    @Test(arguments: [
        (62.44, "62,4"), (80.0, "80"), (1234.5, "1.234,5"), (-3.25, "-3,3"), (-0.04, "0"), (1_000_000, "1.000.000"),
    ])
    func decimalCommaDotBetweenThousandsNoTrailingZero(_ x: Double, _ written: String) {
        #expect(IndonesianNumber.format(x) == written)
    }

    /// Tables write every place, so `78,0` stands beside `78,8` rather than `78`.
    @Test(arguments: [
        (78.0, "78,0"), (78.8, "78,8"), (-0.04, "0,0"), (-0.05, "-0,1"), (1234.0, "1.234,0"), (0.96, "1,0"),
    ])
    func fixedPlacesKeepTheirZeros(_ x: Double, _ written: String) {
        #expect(IndonesianNumber.format(x, fixed: true) == written)
    }

    /// Counts on the efektivitas report: `2.770 pasangan`, not `2770`.
    @Test func countsHaveADotBetweenThousands() {
        #expect(IndonesianNumber.format(2770, decimals: 0) == "2.770")
        #expect(IndonesianNumber.format(999, decimals: 0) == "999")
    }
}

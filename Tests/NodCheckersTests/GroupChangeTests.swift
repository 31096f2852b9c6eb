@testable import NodCheckers
import Testing

/// Welch's interval and Student's t against SciPy 1.17 (`scipy.stats.t.ppf`, `ttest_ind(equal_var=False)`).
struct GroupChangeTests {
    @Test(arguments: [(1.0, 12.706204736174694), (2, 4.302652729749462), (5, 2.5705818356363146), (10, 2.228138851986274),
                      (30, 2.0422724563012378), (5.882352941176471, 2.458823709699146), (100, 1.9839715185235518)])
    func tQuantilesMatchSciPy(degrees: Double, expected: Double) {
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: degrees) - expected) < 1e-9)
    }

    @Test func welchIntervalMatchesSciPy() throws {
        let change = try #require(GroupChange(before: [1, 2, 3, 4, 5], after: [2, 4, 6, 8, 10]))
        #expect(abs(change.difference - 3) < 1e-12)
        #expect(abs(change.degreesOfFreedom - 5.882352941176471) < 1e-9)
        #expect(abs(change.lower - -0.887741643736975) < 1e-9)
        #expect(abs(change.upper - 6.887741643736975) < 1e-9)
        // Pooled SD sqrt((4·2.5 + 4·10)/8) = 2.5: d = 3/2.5.
        #expect(abs(change.effectSize - 1.2) < 1e-12)
        #expect(abs(change.before.standardDeviation - 1.5811388300841898) < 1e-12)
    }

    @Test func noSpreadIsAPointAndTooFewIsNothing() throws {
        let flat = try #require(GroupChange(before: [20, 20, 20], after: [22, 22]))
        #expect(flat.lower == 2 && flat.upper == 2 && flat.effectSize == 0)
        #expect(GroupChange(before: [20], after: [21, 22]) == nil)
    }
}

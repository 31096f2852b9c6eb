import NodCore
import Testing

/// Tokens and ids are random lower-case hex of the asked length; only such text passes the check.
struct RandomHexTests {
    @Test func randomHexHasTheAskedLengthAndNeverRepeats() {
        let tokens = (0..<100).map { _ in String.randomHex(bytes: 32) }
        #expect(tokens.allSatisfy { $0.isLowercaseHex(digits: 64) })
        #expect(Set(tokens).count == 100)
        #expect(String.randomHex(bytes: 16).isLowercaseHex(digits: 32))
    }

    @Test func onlyLowerCaseHexOfTheRightLengthPasses() {
        #expect("0123456789abcdef".isLowercaseHex(digits: 16))
        for bad in ["0123456789ABCDEF", "0123456789abcde", "0123456789abcdeg", "../3456789abcdef", "0123456789abcdef0", ""] {
            #expect(!bad.isLowercaseHex(digits: 16), "\(bad)")
        }
    }
}

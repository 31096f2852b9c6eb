import NodCore
import Testing

/// The byte order of the bundle digest and of report keys, checked against the standard
/// library's generic comparison of the UTF-8 views.
struct UTF8OrderTests {
    static let words = [
        "", "a", "A", "ab", "abc", "a-b", "a_b", "a/b", "z", "é", "e\u{301}", "Ω", "😀", "minutes/2025-09-20-agm.md",
        "minutes/2025-09-20-agm.mdx", "minutes/2025-09-20", "a long path that is not a small string/x.csv",
        "a long path that is not a small string/y.csv", "attachments/scan-10.pdf", "attachments/scan-9.pdf",
    ]

    @Test func agreesWithTheUTF8ViewsOrderForEveryPair() {
        for left in Self.words {
            for right in Self.words {
                #expect(left.precedesInUTF8Order(right) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) < \(right)")
            }
        }
    }

    @Test func differsFromUnicodeOrderWhereBytesAndCanonicalFormsDisagree() {
        // "é" precomposed (C3 A9) sorts after "e" + combining acute (65 CC 81) by bytes, though
        // Swift's `<` calls the two equal.
        #expect("e\u{301}".precedesInUTF8Order("é"))
        #expect(!"é".precedesInUTF8Order("e\u{301}"))
        #expect(!("e\u{301}" < "é") && !("é" < "e\u{301}"))
    }
}

import NodCore
@testable import NodRules
import Testing

/// What the web office's review page writes must read back exactly, whatever a certifier types:
/// quotes, backslashes, new lines, YAML's own syntax, control characters, Welsh.
struct ExceptionFileWriterTests {
    static let awkward = [
        "plain", "with \"quotes\" and \\backslashes\\", "two\nlines\r\nand a tab\t.", "- rule: GOV-01\n  outcome: met",
        "key: value # not a comment", "&anchor *alias !!tag", "'single' and `back`", "\u{1B}[31mred\u{1B}[0m \u{7}bell",
        "Gwelwyd cofnodion y cyfarfod ŵ ŷ â — ‘dyfynodau’", "\u{2028}line\u{2029}para\u{FEFF}", "   spaces around   ", "null", "~", "2026-06-30",
    ]

    @Test(arguments: awkward)
    func anAttestationNoteReadsBackExactly(_ note: String) throws {
        let date = LocalDate(iso8601: "2026-06-20")!
        let entry = AttestationEntry(rule: "GOV-07", attester: "Eleri \"Ellie\" Hughes", date: date, outcome: .notMet, note: note)
        let text = ExceptionFileWriter.attestations([entry])
        let read = try ExceptionFiles.attestations(Array(text.utf8), file: "attestations.yaml", knownRules: ["GOV-07"])
        #expect(read.map(AttestationEntry.init) == [entry])
    }

    @Test(arguments: awkward)
    func aWaiverJustificationReadsBackExactly(_ justification: String) throws {
        let entry = WaiverEntry(rule: "FIN-02", justification: justification + ".", approver: "certifier@example.org",
                                granted: LocalDate(iso8601: "2026-06-30")!, expires: LocalDate(iso8601: "2027-06-30")!)
        let text = ExceptionFileWriter.waivers([entry])
        let read = try ExceptionFiles.waivers(Array(text.utf8), file: "waivers.yaml", knownRules: ["FIN-02"])
        #expect(read.map(WaiverEntry.init) == [entry])
    }

    @Test func noEntriesIsNoFileAndAnUnknownRuleIsStillRefused() throws {
        #expect(ExceptionFileWriter.attestations([]).isEmpty && ExceptionFileWriter.waivers([]).isEmpty)
        let entry = AttestationEntry(rule: "NOPE-01", attester: "a", date: LocalDate(iso8601: "2026-06-20")!, outcome: .met, note: "n")
        #expect(throws: RuleError.self) {
            try ExceptionFiles.attestations(Array(ExceptionFileWriter.attestations([entry]).utf8), file: "a.yaml", knownRules: ["GOV-07"])
        }
    }
}

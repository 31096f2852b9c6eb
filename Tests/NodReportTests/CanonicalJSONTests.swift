import Foundation
import NodArchive
import NodAudit
import NodCore
import NodEvidence
@testable import NodReport
import NodTestSupport
import Testing

/// The audit as shipped (embedded rules, built-in checkers, no plug-ins) on a given date.
func shippedAuditor(profile: String = "care-quality-mark") throws -> Auditor {
    var settings = AuditSettings(auditDate: LocalDate(iso8601: "2026-06-30")!)
    settings.profile = profile
    settings.plugins = PluginSearch(paths: [], environment: [], installed: nil)
    return try Auditor(settings)
}

/// The report writer gives the bytes `JSONEncoder` gave, so reports signed by earlier versions
/// still verify and a report read back is written the same.
struct CanonicalJSONTests {
    static func encoderBytes(_ report: AuditReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report) + [0x0A]
    }

    static func report(_ example: String, profile: String = "care-quality-mark") throws -> AuditReport {
        let auditor = try shippedAuditor(profile: profile)
        defer { auditor.close() }
        return try auditor.audit(RepositoryPaths.examples.appendingPathComponent(example).path).get()
    }

    @Test(arguments: ["gofal-dyffryn", "bristol-adaptations", "eryri-byw-annibynnol"])
    func examplesAreWrittenAsJSONEncoderWroteThem(example: String) throws {
        let report = try Self.report(example)
        let written = try JSONReportRenderer.render(report)
        #expect(written == (try Self.encoderBytes(report)))
        #expect(try JSONReportRenderer.render(JSONReportRenderer.decode(written)) == written)
    }

    /// Every optional part present — waivers, a signature, problems, measures, an attestation, a
    /// reason, guidance — and absent where it may be, with odd text and numbers.
    @Test func everyFieldAndAwkwardValues() throws {
        var report = try Self.report("gofal-dyffryn")
        let waiver = AuditReport.WaiverRecord(rule: "GOV-01", justification: "quote \" backslash \\ slash / tab \t",
                                              approver: "Ann\u{1}\u{1F}\u{7F} é € 😀", granted: LocalDate(iso8601: "2026-01-02")!,
                                              expires: LocalDate(iso8601: "2026-12-31")!, scope: nil,
                                              reason: LocalizedText(en: "line\nbreak\r\u{8}\u{C}", cy: ""))
        report.waivers = AuditReport.Waivers(expired: [waiver], unused: [])
        report.signature = AuditReport.Signature(keyID: "ab12", value: "c2lnbmF0dXJl")
        report.problems.append(AuditReport.ProblemEntry(code: "x", path: "a/b", line: nil, column: 3, message: ""))
        report.level = nil
        report.results[0].measures = ["a": 82, "b": 11.9, "c": 1e-7, "d": 1e21, "e": -0.0, "f": 12_345_678_901_234_568,
                                      "é": 0.1, "B": 2.5e-5, "a-b": 1.0 / 3, "a_b": 100]
        report.results[0].waiver = waiver
        report.results[1].measures = [:]
        report.results[1].evidence = []
        report.results[2].attestation = AuditReport.AttestationRecord(attester: "A. N. Other", date: LocalDate(iso8601: "2026-06-01")!,
                                                                      outcome: "met", note: "seen \"in person\"\n")
        report.results[2].reason = "not-applicable"
        report.results[2].reasonText = LocalizedText(en: "Not here", cy: "Dim yma")
        report.results[3].guidance = LocalizedText(en: "Hold an AGM", cy: "Cynhaliwch CCB")
        report.rules.packs[0].title = nil
        report.correctiveActions = []
        let written = try JSONReportRenderer.render(report)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: try Self.encoderBytes(report), as: UTF8.self))
        #expect(try JSONReportRenderer.render(JSONReportRenderer.decode(written)) == written)
    }

    /// Keys known only at run time (a result's measures) are sorted by their UTF-8 bytes: the
    /// order must be the encoder's, for few keys and many, sharing prefixes or leaving ASCII.
    @Test(arguments: [5, 32, 33, 120])
    func manyKeysInAnyOrderAreSortedAsTheEncoderSortsThem(count: Int) throws {
        var report = try Self.report("gofal-dyffryn")
        var generator = SystemRandomNumberGenerator()
        let stems = ["a", "A", "a-", "a_", "é", "e", "z", "Ω", "aa", "ab"]
        let keys = (0..<count).map { "\(stems[$0 % stems.count])\($0 / stems.count)" }.shuffled(using: &generator)
        report.results[0].measures = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, Double($0)) })
        let written = try JSONReportRenderer.render(report)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: try Self.encoderBytes(report), as: UTF8.self))
    }
}

/// A single audit reads its evidence on two threads; the report must be the one the
/// sequential path writes, byte for byte.
struct ConcurrentAuditTests {
    @Test(arguments: ["gofal-dyffryn", "bristol-adaptations", "eryri-byw-annibynnol"])
    func twoThreadsWriteTheSameReport(example: String) throws {
        let auditor = try shippedAuditor()
        defer { auditor.close() }
        let contents = try BundleReader().read(path: RepositoryPaths.examples.appendingPathComponent(example).path)
        func report(concurrent: Bool) throws -> Data {
            let evidence = try EvidenceLoader(concurrent: concurrent).load(
                files: contents.files, source: contents.source, digest: contents.digest, archiveSHA256: contents.archiveSHA256)
            return try JSONReportRenderer.render(auditor.report(for: evidence))
        }
        let sequential = try report(concurrent: false)
        for _ in 0..<5 { #expect(try report(concurrent: true) == sequential) }
    }
}

import Foundation
import NodCore
import NodEvidence
import NodYAML
import Testing

/// What a parser keeps is bounded by the limits, not by the content: rows and lines are
/// capped, problems are counted past the first hundred of a file.
struct BoundedReadingTests {
    @Test func aRegisterOfTooManyRowsIsUnusableAtOnce() {
        let rows = String(repeating: "a\n", count: CSVReader.maxRows + 5)
        do {
            _ = try CSVReader.read(Array(("x\n" + rows).utf8), path: "members/register.csv")
            Issue.record("read")
        } catch {
            #expect(error.code == .csvTooManyRows && error.location.line == CSVReader.maxRows + 2, "\(error)")
        }
    }

    @Test func aRegisterOfMisfitsGivesAHundredProblemsAndACount() throws {
        let header = "member_id,class,joined,left\n"
        let text = header + String(repeating: "M1,workers\n", count: 5000)
        let model = try EvidenceLoader().load(
            files: [BundleFile(path: "manifest.yaml", bytes: 0, sha256: "", content: Array(Self.manifest.utf8)),
                    BundleFile(path: "members/register.csv", bytes: Int64(text.utf8.count), sha256: "", content: Array(text.utf8))],
            source: "b", digest: "", archiveSHA256: nil)
        let problems = model.problems(in: "members/register.csv")
        #expect(problems.count == ProblemList.perFile + 1, "\(problems.count)")
        #expect(problems.last?.message.contains("4900 more") == true, "\(problems.last?.message ?? "")")
    }

    @Test func minutesOfLineBreaksAloneAreRefusedNotKept() throws {
        let text = "---\nmeeting: board\ndate: 2025-05-01\n---\n" + String(repeating: "\n", count: FrontMatterDocument.maxLines + 10)
        let model = try EvidenceLoader().load(
            files: [BundleFile(path: "manifest.yaml", bytes: 0, sha256: "", content: Array(Self.manifest.utf8)),
                    BundleFile(path: "minutes/2025-05-01-board.md", bytes: Int64(text.utf8.count), sha256: "", content: Array(text.utf8))],
            source: "b", digest: "", archiveSHA256: nil)
        #expect(model.meetings.isEmpty)
        #expect(model.problems(in: "minutes/2025-05-01-board.md").first?.message.contains("more than 100000 lines") == true)
    }

    static let manifest = """
    bundle-format: 1
    organisation: { name: Test, model: worker, nation: england, regulated-service: false }
    period: { start: 2025-04-01, end: 2026-03-31 }
    """
}

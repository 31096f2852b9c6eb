import Foundation
import NodCore
import NodEvidence
import NodTestSupport
import NodYAML
import Testing

/// Broken evidence is recorded as located problems; only the manifest can reject a bundle.
struct ProblemTests {
    static let manifest = """
    bundle-format: 1
    organisation: { name: Test Co-op, model: worker, nation: wales }
    period: { start: 2025-04-01, end: 2026-03-31 }
    policies:
      - { id: complaints, file: policies/complaints.md, reviewed: 2025-05-01 }

    """

    static func files(_ texts: [String: String]) -> [BundleFile] {
        texts.map { BundleFile(path: $0.key, bytes: Int64($0.value.utf8.count), sha256: String(repeating: "0", count: 64),
                               content: BundleFile.isStructured($0.key) ? Array($0.value.utf8) : nil) }
            .sorted { $0.path < $1.path }
    }

    static func load(_ texts: [String: String]) throws -> EvidenceModel {
        try EvidenceLoader().load(files: files(texts), source: "test", digest: "", archiveSHA256: nil)
    }

    @Test func absentFilesAreAbsentNotEmpty() throws {
        let model = try Self.load(["manifest.yaml": Self.manifest])
        guard case .absent(let path) = model.members else { Issue.record("expected absent"); return }
        #expect(path == "members/register.csv")
        #expect(model.meetings.isEmpty)
    }

    @Test func malformedMinutesAreAProblemNotARejection() throws {
        let model = try Self.load([
            "manifest.yaml": Self.manifest,
            "minutes/2025-09-20-agm.md": "---\nmeeting: agm\ndate: 2025-09-20\nattendance: { workers: 3, aliens: 2 }\n---\ntext\n",
            "minutes/2025-10-01-board.md": "---\nmeeting: bored\ndate: 2025-10-01\n---\n",
            "minutes/2025-11-01-board.md": "---\nmeeting: board\ndate: 2025-11-01\n---\nfine\n",
            "minutes/notes.md": "no front matter here\n",
        ])
        #expect(model.meetings.map(\.path) == ["minutes/2025-11-01-board.md"])
        let problems = model.problems(in: "minutes/")
        #expect(problems.map(\.location.description) == [
            "minutes/2025-09-20-agm.md:4:35", "minutes/2025-10-01-board.md:2:10", "minutes/notes.md:1:1",
        ])
        #expect(problems[0].message == "'aliens' is not a stakeholder class (one of: workers, service-users, carers, volunteers, community, investors, producers, organisations)")
        #expect(problems[1].message == "'meeting': 'bored' is not one of: agm, general, board, members-forum, committee — did you mean 'board'?")
        #expect(problems.allSatisfy { $0.scope == .file })
    }

    @Test func aClassWithNoNumberIsAProblem() throws {
        let model = try Self.load([
            "manifest.yaml": Self.manifest,
            "minutes/2025-09-20-agm.md": "---\nmeeting: agm\ndate: 2025-09-20\nattendance: { workers: 3, carers: ~ }\n---\n",
        ])
        let problems = model.problems(in: "minutes/")
        #expect(problems.map(\.location.description) == ["minutes/2025-09-20-agm.md:4:35"])
        #expect(problems.first?.message == "'carers' has no value")
    }

    @Test func unusableRegisterIsRecordedWithItsProblem() throws {
        let model = try Self.load(["manifest.yaml": Self.manifest, "members/register.csv": "member_id,class,joined,left\nM1,\"workers\n"])
        guard case .unusable(_, let problem) = model.members else { Issue.record("expected unusable"); return }
        #expect(problem.code.rawValue == "csv.unterminated-quote")
        #expect(model.problems(in: "members/register.csv").count == 1)
    }

    @Test func crossReferencesThatLeadNowhereAreProblems() throws {
        let model = try Self.load([
            "manifest.yaml": Self.manifest,
            "surveys/2025.yaml": "instrument: ons4\npopulation: service-users\nfielded: {start: 2025-11-01, end: 2025-11-30}\nprevious: surveys/2024.yaml\n",
            "surveys/2025.csv": "respondent_id,class,date,life_satisfaction,worthwhile,happy,anxious\nR1,service-users,2025-11-02,7,8,11,2\nR2,service-users,2025-11-03,7,8,6,\n",
            "surveys/orphan.csv": "respondent_id,class,date\n",
            "social-value/sroi.yaml": "method: sroi\npresented-at: minutes/nowhere.md\n",
        ])
        #expect(model.problems.map(\.code.rawValue).sorted() == [
            "csv.out-of-range", "evidence.missing-minutes", "evidence.missing-policy-file",
            "evidence.missing-previous-survey", "evidence.missing-survey-description",
        ])
        #expect(model.surveys.first?.responses.map(\.respondentID) == ["R2"])
        #expect(model.surveys.first?.responses.first?.answers["anxious"] == nil)
        #expect(model.problems.first { $0.code == .evidenceMissingPolicyFile }?.location == FileLocation(file: "manifest.yaml", line: 5, column: 29))
    }

    @Test func regulatorDocumentOfUnknownKindIsLocated() throws {
        let model = try Self.load(["manifest.yaml": Self.manifest, "regulator/x.yaml": "kind: ofsted-report\ndate: 2025-01-01\n"])
        #expect(model.problems(in: "regulator/x.yaml").first?.location == FileLocation(file: "regulator/x.yaml", line: 1, column: 7))
    }

    @Test func accountsWithAFloatExponentAreRefusedNotRounded() throws {
        let model = try Self.load(["manifest.yaml": Self.manifest, "accounts/a.yaml": "period: {start: 2024-04-01, end: 2025-03-31}\nincome: {total: 8.12e5}\nexpenditure: {total: 1}\nsurplus: 1\n"])
        #expect(model.accounts.isEmpty)
        #expect(model.problems(in: "accounts/").first?.description == "accounts/a.yaml:2:17: 'total': expected a decimal number, found '8.12e5'")
    }

    @Test(arguments: [
        ("bundle-format: 2\n", "manifest.yaml:1:16", "bundle-format 2 is not one this nod reads"),
        ("bundle-format: 1\norganisation: {name: a, model: worker, nation: wales}\nperiod: {start: 2026-01-01, end: 2025-01-01}\n",
         "manifest.yaml:3:34", "'end': the period ends (2025-01-01) before it starts (2026-01-01)"),
        ("bundle-format: 1\norganisaton: {}\n", "manifest.yaml:2:1", "unknown key 'organisaton' — did you mean 'organisation'?"),
        ("", "manifest.yaml:1:1", "the YAML document is empty"),
    ])
    func badManifestRejects(text: String, location: String, message: String) {
        let error = #expect(throws: EvidenceError.self) { try Self.load(["manifest.yaml": text]) }
        #expect(error?.code == .badManifest)
        #expect(error?.location.description == location)
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
    }

    @Test func billionLaughsManifestRejectsQuickly() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let error = #expect(throws: EvidenceError.self) { try Self.load(["manifest.yaml": text]) }
        #expect(error?.message.contains("past the limit of 100000 YAML nodes") == true)
    }
}

struct QuorumTests {
    @Test(arguments: [("max(2, 10%)", 2, 10), ("5", 5, 0), ("25%", 0, 25), ("max(3,50%)", 3, 50)])
    func parses(text: String, minimum: Int, percent: Int) {
        #expect(Quorum(text: text) == Quorum(minimum: minimum, percent: .init(percent)))
    }

    @Test(arguments: ["", "ten", "max(2)", "120%", "-1"])
    func refuses(text: String) {
        #expect(Quorum(text: text) == nil)
    }

    @Test func roundsTheShareUp() {
        let quorum = Quorum(minimum: 2, percent: 10)
        #expect(quorum.required(of: 74) == 8)
        #expect(quorum.required(of: 70) == 7)
        #expect(quorum.required(of: 5) == 2)
    }

    /// Fractional percentages: a share that is already whole stays, any fraction goes up.
    @Test func fractionalPercentagesAreExact() throws {
        let eighth = Quorum(minimum: 0, percent: try #require(Decimal(string: "12.5")))
        #expect(eighth.required(of: 8) == 1 && eighth.required(of: 9) == 2 && eighth.required(of: 0) == 0)
        let third = Quorum(minimum: 0, percent: try #require(Decimal(string: "33.3")))
        #expect(third.required(of: 3) == 1 && third.required(of: 1000) == 333 && third.required(of: 1001) == 334)
        #expect(Quorum(minimum: 1, percent: 100).required(of: 7) == 7)
    }
}

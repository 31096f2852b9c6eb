import Foundation
import NodCheckers
import NodCore
import NodEngine
import NodEvidence
import NodTestSupport
import NodYAML
import Testing

/// Runs every built-in checker on its own passing and failing examples (SwiftLint's way:
/// a checker's examples are its documentation and its test data at once).
struct CheckerExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let checker: AnyChecker
        let example: CheckerExample
        var testDescription: String { "\(checker.id): \(example.name)" }
    }

    static let cases: [Case] = BuiltInCheckers.all.flatMap { checker in checker.examples.map { Case(checker: checker, example: $0) } }

    static func evidence(for example: CheckerExample) throws -> EvidenceModel {
        var texts = ExampleBundle.files
        for (path, text) in example.files { texts[path] = text }
        let files = texts.sorted { $0.key < $1.key }.map { path, text in
            BundleFile(path: path, bytes: Int64(text.utf8.count), sha256: String(repeating: "0", count: 64),
                       content: BundleFile.isStructured(path) ? Array(text.utf8) : nil)
        }
        return try EvidenceLoader().load(files: files, source: "example", digest: "", archiveSHA256: nil)
    }

    @Test(arguments: cases)
    func exampleGivesItsExpectedStatus(_ testCase: Case) throws {
        let example = testCase.example
        let location = SourceLocation(fileID: "NodCheckers/\(URL(fileURLWithPath: "\(example.file)").lastPathComponent)",
                                      filePath: "\(example.file)", line: Int(example.line), column: 1)
        let model = try Self.evidence(for: example)
        if example.expected == .pass, let problem = model.problems.first {
            Issue.record("a passing example must read cleanly, but: \(problem)", sourceLocation: location)
        }
        let parameters = try example.parameters.map { try YAMLDocument.parseRequired(Array($0.utf8), file: "example") }
        let check = try testCase.checker.bind(parameters, at: FileLocation(file: "example"))
        let date = try #require(LocalDate(iso8601: example.auditDate))
        let result = check.evaluate(CheckInput(evidence: model, auditDate: date))
        if result.status != example.expected {
            Issue.record("expected \(example.expected.rawValue), got \(result.status.rawValue): \(result.message.en)", sourceLocation: location)
        }
        if let severity = example.expectedSeverity, result.severity != severity {
            Issue.record("expected severity \(severity.rawValue), got \(result.severity.map(\.rawValue) ?? "the rule's")", sourceLocation: location)
        }
        for phrase in example.mentioning where !result.message.en.contains(phrase) {
            Issue.record("the message does not mention '\(phrase)': \(result.message.en)", sourceLocation: location)
        }
        #expect(!result.message.en.isEmpty && !result.message.cy.isEmpty, "both languages", sourceLocation: location)
        #expect(result.message.en != result.message.cy, "a Welsh message, not a copy of the English", sourceLocation: location)
        // A negative list joins with "na" and its aspirate mutation, not "neu" (the review's
        // "atgyfeiriad na chanlyniad", "ymateb na cham"); counts never say "(s)".
        // No raw vocabulary id in a Welsh message: classes, routes, ratings, topics, policies,
        // roles, scrutiny, models and methods are named in Welsh.
        let rawIDs = ["service-users", "co-opted", "requires-improvement", "records-audit", "members-forum", "control-restraint",
                      "staff-support", "staff-discipline", "statement-of-purpose", "care-worker", "care-coordinator", "accountant-report",
                      "independent-examination", "prove-it", "balanced-scorecard", "multi-stakeholder", "user-led", "AGM papers"]
        for raw in rawIDs where result.message.cy.contains(raw) {
            Issue.record("raw '\(raw)' in the Welsh message: \(result.message.cy)", sourceLocation: location)
        }
        for wrong in ["neu ganlyniad", "ymateb a cham", "(s)"] {
            #expect(!result.message.cy.contains(wrong) && !result.message.en.contains(wrong), "'\(wrong)' in \(result.message)", sourceLocation: location)
        }
    }

    @Test(arguments: BuiltInCheckers.all.map(\.id))
    func everyCheckerHasPassingAndFailingExamples(_ id: String) throws {
        let checker = try #require(BuiltInCheckers.all.first { $0.id == id })
        #expect(checker.examples.contains { $0.expected == .pass }, "\(id) has no passing example")
        #expect(checker.examples.contains { [.fail, .notEvidenced].contains($0.expected) }, "\(id) has no failing example")
        #expect(checker.summary.hasSuffix(".") && checker.summary.contains("finds"), "\(id)'s summary ends with what it finds")
    }

    @Test func checkerIDsAreUnique() throws {
        _ = try BuiltInCheckers.registry()
    }
}

/// `BuiltInCheckers.all` is the one list a new checker must be added to; a checker written but
/// not listed would never run, nor its examples.
struct BuiltInCheckerListTests {
    @Test func everyCheckerInTheSourcesIsListed() throws {
        let folder = RepositoryPaths.root().appendingPathComponent("Sources/NodCheckers")
        var declared: [String] = []
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init() where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("package struct ") && line.contains(": Checker {") {
                declared.append(String(line.dropFirst("package struct ".count).prefix { $0 != ":" }))
            }
        }
        let listed = Set(BuiltInCheckers.all.map { "\($0.typeName)" })
        #expect(!declared.isEmpty)
        for name in declared { #expect(listed.contains(name), "\(name) is not in BuiltInCheckers.all (Sources/NodCheckers/BuiltInCheckers.swift)") }
        #expect(Set(BuiltInCheckers.all.map(\.id)).count == BuiltInCheckers.all.count)
    }
}

package import NodCore

/// A file the bundle layout expects in one place, in one of three states rules tell apart:
/// absent (`not-evidenced`), present but unusable (`error`), or read.
package enum EvidenceFile<Value: Sendable>: Sendable {
    case absent(path: String)
    case unusable(path: String, problem: Problem)
    case read(path: String, value: Value)

    package var path: String {
        switch self {
        case .absent(let path), .unusable(let path, _), .read(let path, _): path
        }
    }

    /// The value when the file was read.
    package var value: Value? {
        if case .read(_, let value) = self { return value }
        return nil
    }
}

/// Everything a bundle says, parsed into typed values that remember where they came from.
///
/// This is what the rule engine and the checkers see: no archive, no bytes to parse, no
/// C types. Files that could not be read are recorded as problems, never silently dropped.
package struct EvidenceModel: Sendable {
    /// How the bundle was named by the user.
    package var source: String
    /// Every regular file, sorted by path, with sizes and hashes (and content for structured files).
    package var files: [BundleFile]
    /// The canonical digest of the listing (cli.md `bundle.sha256`).
    package var digest: String
    /// The submitted file's own hash (`bundle.archive-sha256`); `nil` for a directory.
    package var archiveSHA256: String?

    package var manifest: Manifest
    package var members: EvidenceFile<[Member]>
    package var directors: EvidenceFile<[Director]>
    package var staff: EvidenceFile<[StaffMember]>
    package var supervision: EvidenceFile<[SupervisionRecord]>
    package var training: EvidenceFile<[TrainingRecord]>
    package var complaints: EvidenceFile<[Complaint]>
    package var safeguarding: EvidenceFile<[Concern]>
    package var whistleblowing: EvidenceFile<[Concern]>
    /// Minutes, sorted by date then path.
    package var meetings: [Meeting]
    package var accounts: [AccountsSummary]
    package var regulatorDocuments: [RegulatorDocument]
    package var visits: [RIVisit]
    package var reviews: [QualityReview]
    package var surveys: [Survey]
    package var socialValue: [SocialValueSummary]
    /// Files that are not parsed (policies, PDFs, images): hashed, listed, citeable.
    package var attachments: [String]
    /// Everything found wrong while reading, sorted by location.
    package var problems: [Problem]

    /// Problems in one file, or under a folder when `path` ends in `/`.
    package func problems(in path: String) -> [Problem] {
        problems.filter { path.hasSuffix("/") ? $0.location.file.hasPrefix(path) : $0.location.file == path }
    }

    /// Counts of what was parsed, by kind, for `nod inspect` and reports.
    package var counts: [(kind: String, count: Int)] {
        func count<T>(_ file: EvidenceFile<[T]>) -> Int { file.value?.count ?? 0 }
        return [
            ("members", count(members)), ("directors", count(directors)), ("staff", count(staff)),
            ("supervision-sessions", count(supervision)), ("training-records", count(training)),
            ("meetings", meetings.count), ("accounts", accounts.count), ("regulator-documents", regulatorDocuments.count),
            ("ri-visits", visits.count), ("quality-reviews", reviews.count), ("complaints", count(complaints)),
            ("safeguarding-concerns", count(safeguarding)), ("whistleblowing-concerns", count(whistleblowing)),
            ("surveys", surveys.count), ("survey-responses", surveys.reduce(0) { $0 + $1.responses.count }),
            ("social-value-summaries", socialValue.count), ("policies", manifest.policies.count),
            ("attachments", attachments.count),
        ]
    }
}

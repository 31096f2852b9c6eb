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
/// Each kind of evidence (`EvidenceKind`) is a field of `parsed`, read as the model's own:
/// `model.members`, `model.meetings` (minutes sorted by date, then path).
@dynamicMemberLookup
package struct EvidenceModel: Sendable {
    /// How the bundle was named by the user.
    package var source: String
    /// Every regular file, sorted by path, with sizes and hashes (and content for structured files).
    package var files: [BundleFile]
    /// The canonical digest of the listing (the report's `bundle.sha256`).
    package var digest: String
    /// The submitted file's own hash (`bundle.archive-sha256`); `nil` for a directory.
    package var archiveSHA256: String?

    package var manifest: Manifest
    /// The evidence of every kind.
    package var parsed: ParsedEvidence
    /// Files that are not parsed (policies, PDFs, images): hashed, listed, citeable.
    package var attachments: [String]
    /// Everything found wrong while reading, sorted by location.
    package var problems: [Problem]

    package init(source: String, files: [BundleFile], digest: String, archiveSHA256: String?, manifest: Manifest,
                 parsed: ParsedEvidence = ParsedEvidence(), attachments: [String] = [], problems: [Problem] = []) {
        self.source = source
        self.files = files
        self.digest = digest
        self.archiveSHA256 = archiveSHA256
        self.manifest = manifest
        self.parsed = parsed
        self.attachments = attachments
        self.problems = problems
    }

    package subscript<Value>(dynamicMember field: WritableKeyPath<ParsedEvidence, Value>) -> Value {
        get { parsed[keyPath: field] }
        set { parsed[keyPath: field] = newValue }
    }

    /// Problems in one file, or under a folder when `path` ends in `/`.
    package func problems(in path: String) -> [Problem] {
        problems.filter { path.hasSuffix("/") ? $0.location.file.hasPrefix(path) : $0.location.file == path }
    }

    /// Counts of what was parsed, by kind (in `EvidenceKind.all`'s order), then the policies
    /// the manifest lists and the attachments, for `nod inspect` and reports.
    package var counts: [(kind: String, count: Int)] {
        EvidenceKind.all.flatMap { $0.counts(parsed) } + [("policies", manifest.policies.count), ("attachments", attachments.count)]
    }
}

package import NodCore
package import NodEvidence

/// Why a checker could not judge a rule: the result is `error`, never `pass`.
package struct CheckFailure: Error, Sendable, CustomStringConvertible {
    package var message: LocalizedText
    package var evidence: [EvidenceCitation]

    package init(_ message: LocalizedText, evidence: [EvidenceCitation] = []) {
        self.message = message
        self.evidence = evidence
    }

    /// A file the rule needs is present but could not be read.
    package static func unusable(_ problem: Problem) -> CheckFailure {
        CheckFailure(LocalizedText(en: "\(problem.location.file) could not be read: \(problem.message)",
                                   cy: "Nid oedd modd darllen \(problem.location.file): \(problem.welshText)."),
                     evidence: [EvidenceCitation(problem.location)])
    }

    package var description: String { message.en }
}

extension EvidenceFile {
    /// The value when read, `nil` when absent; throws when present but unusable, so that a
    /// broken file becomes an `error` result and never a silent `not-evidenced` or `pass`.
    package func readable() throws(CheckFailure) -> Value? {
        switch self {
        case .absent: return nil
        case .unusable(_, let problem): throw .unusable(problem)
        case .read(_, let value): return value
        }
    }
}

extension EvidenceFile where Value: Collection {
    /// A register's rows: `nil` when the file is absent *or lists no one* — a header with no
    /// rows shows nothing, and nothing is never compliance (zero members are not "all members
    /// hold one vote"). Throws when present but unusable. Logs use `readable()`, where a header
    /// with no rows says "none happened".
    package func records() throws(CheckFailure) -> Value? {
        guard let value = try readable(), !value.isEmpty else { return nil }
        return value
    }
}

extension CheckInput {
    /// Throws when a file of `kind` (a folder of documents such as the minutes) could not be
    /// read at all, so that a rule which found nothing says the file is broken, with its
    /// location and the reader's "did you mean", instead of "you did not do it".
    package func requireAllReadable(_ kind: EvidenceKind) throws(CheckFailure) {
        if let problem = evidence.problems(in: kind.path).first(where: { $0.scope == .file }) {
            throw .unusable(problem)
        }
    }
}

/// Something wrong with one piece of evidence, found while reading it, with where it is.
///
/// A problem is data, not a failure to run: the bundle is still read, and the rules that
/// need that file turn its problems into `error` or `not-evidenced` results. Only an
/// unreadable archive or a bad manifest rejects a bundle, and that is a thrown error.
package struct Problem: Error, Hashable, Sendable, CustomStringConvertible, Comparable {
    /// Whether the file could still be used.
    package enum Scope: String, Hashable, Sendable, Codable {
        /// The whole file could not be read; nothing in it is used.
        case file
        /// One record (a CSV row, a list item) was left out; the rest of the file is used.
        case record
        /// A note that changes nothing that was read (an unknown column, an unused file).
        case note
    }

    /// A stable code that scripts and tests can match (`csv.unterminated-quote`).
    package var code: Code
    package var location: FileLocation
    package var message: String
    package var scope: Scope

    package init(code: Code, location: FileLocation, message: String, scope: Scope) {
        self.code = code
        self.location = location
        self.message = message
        self.scope = scope
    }

    /// `file:line:column: message`
    package var description: String { "\(location): \(message)" }

    package static func < (lhs: Problem, rhs: Problem) -> Bool {
        (lhs.location, lhs.code, lhs.message) < (rhs.location, rhs.code, rhs.message)
    }
}

extension Problem {
    /// A problem's stable code, `area.what` (`csv.unterminated-quote`): the codes a reader of
    /// evidence can give are named here; a module with codes of its own (YAML's) makes its
    /// `Code` from its raw value.
    package struct Code: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
        package let rawValue: String

        package init(rawValue: String) {
            self.rawValue = rawValue
        }

        package var description: String { rawValue }

        package static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }

        package static let csvBadChoice = Code(rawValue: "csv.bad-choice")
        package static let csvBadDate = Code(rawValue: "csv.bad-date")
        package static let csvBadNumber = Code(rawValue: "csv.bad-number")
        package static let csvBlank = Code(rawValue: "csv.blank")
        package static let csvDuplicateRow = Code(rawValue: "csv.duplicate-row")
        package static let csvDuplicateColumn = Code(rawValue: "csv.duplicate-column")
        package static let csvEmpty = Code(rawValue: "csv.empty")
        package static let csvEmptyColumnName = Code(rawValue: "csv.empty-column-name")
        package static let csvEncoding = Code(rawValue: "csv.encoding")
        package static let csvFieldCount = Code(rawValue: "csv.field-count")
        package static let csvMissingColumn = Code(rawValue: "csv.missing-column")
        package static let csvOutOfRange = Code(rawValue: "csv.out-of-range")
        package static let csvQuoteInField = Code(rawValue: "csv.quote-in-field")
        package static let csvStrayCarriageReturn = Code(rawValue: "csv.stray-carriage-return")
        package static let csvTextAfterQuote = Code(rawValue: "csv.text-after-quote")
        package static let csvTooManyRows = Code(rawValue: "csv.too-many-rows")
        package static let csvTooLarge = Code(rawValue: "csv.too-large")
        package static let csvUnterminatedQuote = Code(rawValue: "csv.unterminated-quote")

        package static let evidenceMissingMinutes = Code(rawValue: "evidence.missing-minutes")
        package static let evidenceMissingPolicyFile = Code(rawValue: "evidence.missing-policy-file")
        package static let evidenceMissingPreviousSurvey = Code(rawValue: "evidence.missing-previous-survey")
        package static let evidenceMissingResponses = Code(rawValue: "evidence.missing-responses")
        package static let evidenceMissingSurveyDescription = Code(rawValue: "evidence.missing-survey-description")
        package static let evidenceMoreProblems = Code(rawValue: "evidence.more-problems")
        package static let evidenceNoFrontMatter = Code(rawValue: "evidence.no-front-matter")
    }
}

/// The problems of one file: the first `limit` kept, the rest only counted, and a closing
/// note saying how many more there were. A register of a million bad rows is one file with
/// a million problems, not a report of a million lines, nor the memory for them.
package struct ProblemList: Sendable {
    /// Problems kept for each file.
    package static let perFile = 100

    package let path: String
    package let limit: Int
    private(set) var kept: [Problem] = []
    private(set) var more = 0

    package init(path: String, limit: Int = ProblemList.perFile) {
        self.path = path
        self.limit = limit
    }

    /// Whether another problem would only be counted (so it need not be built).
    package var isFull: Bool { kept.count >= limit }

    package mutating func append(_ problem: Problem) {
        if isFull { more += 1 } else { kept.append(problem) }
    }

    /// Counts problems that were not built because the list was full.
    package mutating func countMore(_ count: Int = 1) { more += count }

    /// The problems kept, and a note of how many more there were.
    package var problems: [Problem] {
        guard more > 0 else { return kept }
        // Placed at the last problem kept, so that it is listed after it.
        return kept + [Problem(code: .evidenceMoreProblems, location: kept.last?.location ?? FileLocation(file: path),
                               message: "and \(more) more problem\(more == 1 ? "" : "s") in this file, not listed", scope: .note)]
    }
}

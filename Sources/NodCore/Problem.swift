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
        package static let csvTooLarge = Code(rawValue: "csv.too-large")
        package static let csvUnterminatedQuote = Code(rawValue: "csv.unterminated-quote")

        package static let evidenceMissingMinutes = Code(rawValue: "evidence.missing-minutes")
        package static let evidenceMissingPolicyFile = Code(rawValue: "evidence.missing-policy-file")
        package static let evidenceMissingPreviousSurvey = Code(rawValue: "evidence.missing-previous-survey")
        package static let evidenceMissingResponses = Code(rawValue: "evidence.missing-responses")
        package static let evidenceMissingSurveyDescription = Code(rawValue: "evidence.missing-survey-description")
        package static let evidenceNoFrontMatter = Code(rawValue: "evidence.no-front-matter")
    }
}

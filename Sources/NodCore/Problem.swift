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
    /// The same in Welsh, where the reader that found the problem says it in both languages.
    package var welsh: String?
    package var scope: Scope

    package init(code: Code, location: FileLocation, message: String, welsh: String? = nil, scope: Scope) {
        self.code = code
        self.location = location
        self.message = message
        self.welsh = welsh
        self.scope = scope
    }

    /// The problem for a reader of Welsh: its own Welsh, or what kind of problem it is with
    /// nod's detail quoted after it.
    package var welshText: String { welsh ?? "\(code.summary.cy) (“\(message)”)" }

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
        package static let evidenceSpreadsheetNotCSV = Code(rawValue: "evidence.spreadsheet-not-csv")
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

extension Problem.Code {
    /// What kind of problem this is, in a phrase of each language: a Welsh reader is told in
    /// Welsh what is wrong, with the detail (which names the file's own keys and values)
    /// quoted after it.
    package var summary: LocalizedText {
        switch rawValue {
        case "csv.bad-choice": LocalizedText(en: "a value that is not one of those allowed", cy: "gwerth nad yw'n un o'r rhai a ganiateir")
        case "csv.bad-date": LocalizedText(en: "a date that is not YYYY-MM-DD", cy: "dyddiad nad yw ar ffurf BBBB-MM-DD")
        case "csv.bad-number": LocalizedText(en: "a number that could not be read", cy: "rhif nad oedd modd ei ddarllen")
        case "csv.blank": LocalizedText(en: "a required cell left blank", cy: "cell ofynnol wedi'i gadael yn wag")
        case "csv.duplicate-column": LocalizedText(en: "a column named twice", cy: "colofn a enwir ddwywaith")
        case "csv.duplicate-row": LocalizedText(en: "the same id on two rows", cy: "yr un dynodwr ar ddwy res")
        case "csv.empty": LocalizedText(en: "an empty table", cy: "tabl gwag")
        case "csv.empty-column-name": LocalizedText(en: "a column with no name", cy: "colofn heb enw")
        case "csv.encoding": LocalizedText(en: "text that is not UTF-8", cy: "testun nad yw'n UTF-8")
        case "csv.field-count": LocalizedText(en: "a row with the wrong number of cells", cy: "rhes â'r nifer anghywir o gelloedd")
        case "csv.missing-column": LocalizedText(en: "a required column missing", cy: "colofn ofynnol ar goll")
        case "csv.out-of-range": LocalizedText(en: "a value outside the range allowed", cy: "gwerth y tu allan i'r amrediad a ganiateir")
        case "csv.quote-in-field": LocalizedText(en: "a quotation mark inside an unquoted cell", cy: "dyfynnod y tu mewn i gell heb ddyfynodau")
        case "csv.stray-carriage-return": LocalizedText(en: "a stray line break", cy: "toriad llinell crwydr")
        case "csv.text-after-quote": LocalizedText(en: "text after a closing quotation mark", cy: "testun ar ôl dyfynnod cau")
        case "csv.too-large", "csv.too-many-rows": LocalizedText(en: "a table larger than nod reads", cy: "tabl mwy nag y mae nod yn ei ddarllen")
        case "csv.unterminated-quote": LocalizedText(en: "a quotation mark never closed", cy: "dyfynnod na chafodd ei gau")
        case "evidence.missing-minutes": LocalizedText(en: "minutes named but not in the bundle", cy: "cofnodion a enwir ond nad ydynt yn y bwndel")
        case "evidence.missing-policy-file": LocalizedText(en: "a policy file named but not in the bundle", cy: "ffeil polisi a enwir ond nad yw yn y bwndel")
        case "evidence.missing-previous-survey": LocalizedText(en: "an earlier survey named but not in the bundle", cy: "arolwg cynharach a enwir ond nad yw yn y bwndel")
        case "evidence.missing-responses": LocalizedText(en: "a survey without its answers", cy: "arolwg heb ei atebion")
        case "evidence.missing-survey-description": LocalizedText(en: "survey answers without their description", cy: "atebion arolwg heb eu disgrifiad")
        case "evidence.more-problems": LocalizedText(en: "more problems in the same file", cy: "rhagor o broblemau yn yr un ffeil")
        case "evidence.no-front-matter": LocalizedText(en: "a file without its YAML header", cy: "ffeil heb ei phennyn YAML")
        case "yaml.syntax": LocalizedText(en: "YAML that could not be read", cy: "YAML nad oedd modd ei ddarllen")
        case "yaml.duplicate-key": LocalizedText(en: "a key given twice", cy: "allwedd a roddir ddwywaith")
        case "yaml.undefined-alias", "yaml.recursive-alias", "yaml.redefined-anchor", "yaml.bad-merge":
            LocalizedText(en: "a YAML alias nod does not follow", cy: "alias YAML nad yw nod yn ei ddilyn")
        case "yaml.complex-key", "yaml.unsupported-tag", "yaml.multiple-documents":
            LocalizedText(en: "YAML nod does not accept", cy: "YAML nad yw nod yn ei dderbyn")
        case "yaml.too-deep", "yaml.too-many-nodes", "markdown.too-many-lines":
            LocalizedText(en: "a document larger than nod reads", cy: "dogfen fwy nag y mae nod yn ei darllen")
        case "yaml.unknown-key": LocalizedText(en: "a key nod does not know", cy: "allwedd nad yw nod yn ei hadnabod")
        case "yaml.missing-key": LocalizedText(en: "a required key missing", cy: "allwedd ofynnol ar goll")
        case "yaml.type-mismatch": LocalizedText(en: "a value of the wrong type", cy: "gwerth o'r math anghywir")
        case "yaml.invalid-value": LocalizedText(en: "a value that is not allowed", cy: "gwerth nas caniateir")
        case "yaml.empty": LocalizedText(en: "an empty document", cy: "dogfen wag")
        default: LocalizedText(en: "a problem in the file", cy: "problem yn y ffeil")
        }
    }
}

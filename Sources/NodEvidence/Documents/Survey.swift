import Foundation
package import NodCore
package import NodYAML

/// The validated scales nod knows, with their items and the answers each item allows.
package enum SurveyInstrument: String, YAMLEnum, Sendable {
    case swemwbs, ons4, control, voice, custom

    /// Item columns the responses file must have.
    package var items: [String] {
        switch self {
        case .swemwbs: Self.swemwbsItems
        case .ons4: ["life_satisfaction", "worthwhile", "happy", "anxious"]
        case .control: ["control_daily_life"]
        case .voice: ["say_in_care", "treated_with_respect", "choice_of_language"]
        case .custom: []
        }
    }

    /// Built once: every response of every SWEMWBS wave is scored against them.
    private static let swemwbsItems = (1...7).map { "swemwbs_\($0)" }

    /// The answers an item accepts.
    package var answerRange: ClosedRange<Int>? {
        switch self {
        case .swemwbs, .voice: 1...5
        case .ons4: 0...10
        case .control: 1...4
        case .custom: nil
        }
    }
}

/// `surveys/NAME.yaml`: what was asked, of whom, when.
package struct SurveyDescription: YAMLReadable, Sendable {
    package var instrument: Located<SurveyInstrument>
    package var population: Located<StakeholderClass>
    package var invited: Located<Int>?
    package var fielded: Located<DatePeriod>
    /// The earlier wave's description file, for change over time.
    package var previous: Located<String>?
    package var path: String { instrument.location.file }

    package init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["instrument", "population", "invited", "fielded", "previous"])
        instrument = try fields.required("instrument")
        population = try fields.required("population")
        invited = try fields.optionalAmount("invited")
        fielded = try fields.required("fielded")
        previous = try fields.optional("previous")
    }
}

/// One row of `surveys/NAME.csv`. Item answers that were left blank are absent.
package struct SurveyResponse: Sendable {
    package var respondentID: String
    package var stakeholderClass: StakeholderClass
    package var date: LocalDate
    /// Answers by item column; a blank item is missing (a SWEMWBS response with one is unscored).
    package var answers: SurveyAnswers
    package var location: FileLocation
    /// Where the row's cells are: read as text only when asked for (plug-ins are the only
    /// readers), since every response of every survey would otherwise copy each of its cells.
    private let source: CellSource

    private enum CellSource: Sendable {
        case row(CSVTable, CSVTable.Row)
        case given([String: String])
    }

    /// Every cell by column, untrimmed, for custom instruments and plug-ins.
    package var cells: [String: String] {
        switch source {
        case .given(let cells):
            cells
        case .row(let table, let row):
            Dictionary(zip(table.header.map(\.text), table.cells(of: row).map(\.text)), uniquingKeysWith: { first, _ in first })
        }
    }

    /// One cell by column, trimmed; `nil` when the column is absent or the cell empty.
    package func cell(_ column: String) -> String? {
        let text: String?
        switch source {
        case .given(let cells):
            text = cells[column]
        case .row(let table, let row):
            // One field read, not the whole row made into text.
            text = table.index(of: column).map { table.text(of: table.field(of: row, column: $0)) }
        }
        let trimmed = text?.trimmingCharacters(in: .whitespaces)
        return trimmed?.isEmpty == false ? trimmed : nil
    }

    package init(respondentID: String, stakeholderClass: StakeholderClass, date: LocalDate, answers: [String: Int],
                cells: [String: String], location: FileLocation) {
        self.init(respondentID: respondentID, stakeholderClass: stakeholderClass, date: date, answers: SurveyAnswers(answers),
                  source: .given(cells), location: location)
    }

    /// A response read from row `row` of `table`.
    init(respondentID: String, stakeholderClass: StakeholderClass, date: LocalDate, answers: SurveyAnswers,
         table: CSVTable, row: CSVTable.Row, location: FileLocation) {
        self.init(respondentID: respondentID, stakeholderClass: stakeholderClass, date: date, answers: answers,
                  source: .row(table, row), location: location)
    }

    private init(respondentID: String, stakeholderClass: StakeholderClass, date: LocalDate, answers: SurveyAnswers,
                 source: CellSource, location: FileLocation) {
        self.respondentID = respondentID
        self.stakeholderClass = stakeholderClass
        self.date = date
        self.answers = answers
        self.source = source
        self.location = location
    }
}

/// One response's item answers: read from a file, in the instrument's item order; built from a
/// dictionary, in the order of the item names. Equality ignores the order.
///
/// An instrument has at most seven items, so the answers are a short list searched by name:
/// a dictionary per response cost more than reading the rest of the row, and scoring looked
/// every item up in it again.
package struct SurveyAnswers: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One answered item.
    package struct Answer: Sendable, Equatable {
        package var item: String
        package var value: Int
    }

    package private(set) var answered: [Answer]

    package init(_ answered: [Answer]) {
        self.answered = answered
    }

    /// From a dictionary, items in the order of their names.
    package init(_ answers: [String: Int]) {
        answered = answers.map { Answer(item: $0.key, value: $0.value) }.sorted { $0.item < $1.item }
    }

    package init(dictionaryLiteral elements: (String, Int)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// The answer to `item`, `nil` when it was left blank or is not an item.
    package subscript(item: String) -> Int? {
        answered.first { $0.item == item }?.value
    }

    /// How many items were answered.
    package var count: Int { answered.count }

    /// The same items with the same answers, in any order.
    package static func == (lhs: SurveyAnswers, rhs: SurveyAnswers) -> Bool {
        lhs.count == rhs.count && lhs.answered.allSatisfy { rhs[$0.item] == $0.value }
    }
}

/// A survey: its description and its responses.
package struct Survey: Sendable {
    package var name: String
    package var description: SurveyDescription
    package var responsesPath: String
    package var responses: [SurveyResponse]
}

enum SurveyResponsesReader {
    static let requiredColumns = ["respondent_id", "class", "date"]

    static func read(_ bytes: [UInt8], path: String, instrument: SurveyInstrument) throws(Problem) -> ([SurveyResponse], [Problem]) {
        let (table, rowProblems) = try CSVReader.read(bytes, path: path)
        // Every row has the same columns: each item's is found once.
        let itemColumns = instrument.items.map { item in (item, column: table.index(of: item)) }
        let missing = requiredColumns.filter { table.index(of: $0) == nil } + itemColumns.filter { $0.column == nil }.map(\.0)
        if !missing.isEmpty {
            throw Problem(code: .csvMissingColumn, location: table.location(line: 1, column: 1),
                          message: "missing column\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0)'" }.joined(separator: ", ")) for a \(instrument.rawValue) survey",
                          scope: .file)
        }
        var responses: [SurveyResponse] = []
        var problems = rowProblems
        let items = itemColumns.compactMap { item, column in column.map { (item, column: $0) } }
        for row in table.rows {
            let record = CSVRecord(table: table, row: row)
            do throws(Problem) {
                var answered: [SurveyAnswers.Answer] = []
                answered.reserveCapacity(items.count)
                for (item, column) in items {
                    if let value = try record.optionalInteger(at: column, named: item, in: instrument.answerRange) {
                        answered.append(SurveyAnswers.Answer(item: item, value: value))
                    }
                }
                let answers = SurveyAnswers(answered)
                responses.append(SurveyResponse(
                    respondentID: try record.text("respondent_id"),
                    stakeholderClass: try record.choice("class", as: StakeholderClass.self),
                    date: try record.date("date"), answers: answers, table: table, row: row,
                    location: record.location))
            } catch {
                problems.append(error)
            }
        }
        return (responses, problems.problems)
    }
}

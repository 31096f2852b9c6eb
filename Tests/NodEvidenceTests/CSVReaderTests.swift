import Foundation
import NodCore
@testable import NodEvidence
import NodTestSupport
import Testing

/// The strict RFC 4180 reader: what it accepts, and where it points when it refuses.
struct CSVReaderTests {
    struct Refusal: CustomTestStringConvertible, Sendable {
        let fixture: String
        let code: String
        var testDescription: String { code }
    }

    static let refusals: [Refusal] = [
        Refusal(fixture: "a,b\n1,‸\"unterminated\n2,3\n", code: "csv.unterminated-quote"),
        Refusal(fixture: "a,b\n1,ab‸\"c\n", code: "csv.quote-in-field"),
        Refusal(fixture: "a,b\n1,\"ab\"‸x\n", code: "csv.text-after-quote"),
        Refusal(fixture: "a,‸a\n1,2\n", code: "csv.duplicate-column"),
        Refusal(fixture: "a,‸,c\n1,2,3\n", code: "csv.empty-column-name"),
        Refusal(fixture: "a,b\n1,x‸\ry\n", code: "csv.stray-carriage-return"),
        Refusal(fixture: "‸", code: "csv.empty"),
    ]

    @Test(arguments: refusals)
    func refusesAtTheMarkedPosition(_ refusal: Refusal) {
        let marked = MarkedText(refusal.fixture)
        let problem = #expect(throws: Problem.self) { try CSVReader.read(marked.bytes, path: "t.csv") }
        #expect(problem?.code.rawValue == refusal.code)
        #expect(problem?.location == FileLocation(file: "t.csv", line: marked.line, column: marked.column))
        #expect(problem?.scope == .file)
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("a,b\nCaerdydd,".utf8) + [0xE2, 0x28] + Array("\n".utf8)
        let problem = #expect(throws: Problem.self) { try CSVReader.read(bytes, path: "t.csv") }
        #expect(problem?.code.rawValue == "csv.encoding")
        #expect(problem?.location == FileLocation(file: "t.csv", line: 2, column: 10))
    }

    @Test func wrongFieldCountLeavesTheRowOutAndKeepsTheRest() throws {
        let (table, problems) = try CSVReader.read(Array("a,b\n1,2\n3\n4,5\n".utf8), path: "t.csv")
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(problems.problems.map(\.description) == ["t.csv:3:1: row has 1 field, the header has 2; the row is left out"])
        #expect(problems.problems.first?.scope == .record)
    }

    @Test func acceptsBOMCRLFQuotedNewlinesAndBlankLines() throws {
        let text = "\u{FEFF}id,note\r\n1,\"two\r\nlines, with \"\"quotes\"\"\"\r\n\r\n2,plain\r\n3,\r\n"
        let (table, problems) = try CSVReader.read(Array(text.utf8), path: "t.csv")
        #expect(problems.problems.isEmpty)
        #expect(table.header.map(\.text) == ["id", "note"])
        #expect(table.rows.map(\.line) == [2, 5, 6])
        #expect(table.cells(of: table.rows[0])[1].text == "two\r\nlines, with \"quotes\"")
        #expect(table.cells(of: table.rows[2])[1].text == "")
        #expect(table.cells(of: table.rows[1])[1].column == 3)
    }

    @Test func trailingCommaIsAnEmptyLastField() throws {
        let (table, _) = try CSVReader.read(Array("a,b\n1,\n".utf8), path: "t.csv")
        #expect(table.rows.first.map { table.cells(of: $0).map(\.text) } == ["1", ""])
    }

    @Test func cellErrorsPointAtTheCell() throws {
        let text = "member_id,class,joined,left\nM1,workers,2020-01-01,\nM2,wrokers,2020-01-01,\nM3,carers,2020-02-30,\nM4,carers,,\n"
        let (members, problems) = try Member.readAll(Array(text.utf8), path: "members/register.csv")
        #expect(members.map(\.id) == ["M1"])
        #expect(problems.map(\.description) == [
            "members/register.csv:3:4: 'class' is 'wrokers', not one of: workers, service-users, carers, volunteers, community, investors, producers, organisations — did you mean 'workers'?; the row is left out",
            "members/register.csv:4:11: 'joined' is not a date (YYYY-MM-DD): '2020-02-30'; the row is left out",
            "members/register.csv:5:11: 'joined' is blank; the row is left out",
        ])
    }

    /// Cells are read where they lie in the file: quotes undone, blanks trimmed, and a
    /// problem's column counted in characters, not bytes.
    @Test func quotedCellsAreUnescapedAndColumnsCountCharacters() throws {
        let text = "name,member_id,class,joined,left\n\"Siân \"\"Sia\"\" Jones\",\"  M1 \",\" workers\",2020-01-01,\n"
            + "Siân,M2,workers,2020-01-01,2020-13-01\n"
        let (members, problems) = try Member.readAll(Array(text.utf8), path: "members/register.csv")
        #expect(members.map(\.id) == ["M1"] && members.first?.stakeholderClass == .workers)
        #expect(problems.map(\.description) == [
            "members/register.csv:3:28: 'left' is not a date (YYYY-MM-DD): '2020-13-01'; the row is left out",
        ])
        let (table, _) = try CSVReader.read(Array(text.utf8), path: "members/register.csv")
        #expect(table.cells(of: table.rows[0]).map(\.text) == ["Siân \"Sia\" Jones", "  M1 ", " workers", "2020-01-01", ""])
        #expect(table.cells(of: table.rows[0]).map(\.column) == [1, 22, 30, 41, 52])
    }

    /// A survey response keeps its row's cells, untrimmed, for plug-ins.
    @Test func surveyResponsesKeepTheirCells() throws {
        let csv = "respondent_id,class,date,control_daily_life,note\nR1,service-users,2025-05-01, 3 ,\"a, b\"\n"
        let (responses, problems) = try SurveyResponsesReader.read(Array(csv.utf8), path: "s.csv", instrument: .control)
        #expect(problems.isEmpty)
        #expect(responses.first?.answers["control_daily_life"] == 3)
        #expect(responses.first?.cells == ["respondent_id": "R1", "class": "service-users", "date": "2025-05-01",
                                           "control_daily_life": " 3 ", "note": "a, b"])
    }

    @Test func missingRequiredColumnMakesTheFileUnusable() {
        let problem = #expect(throws: Problem.self) {
            try Member.readAll(Array("member_id,class,left\nM1,workers,\n".utf8), path: "members/register.csv")
        }
        #expect(problem?.code.rawValue == "csv.missing-column")
        #expect(problem?.message.hasPrefix("missing required column 'joined'") == true)
    }
}

/// Whole numbers in CSV cells (votes, survey answers): `-?[0-9]+` within `Int`, nothing looser.
struct WholeNumberTests {
    @Test(arguments: ["0", "7", "-3", "-0", "0012", "9223372036854775807", "-9223372036854775808"])
    func accepted(text: String) {
        #expect(IntegerText.parse(text) == Int(text))
        #expect(IntegerText.parse(text, allowingPlus: true) == Int(text))
    }

    @Test(arguments: ["", "-", "+1", "1-", "--1", "1.0", " 1", "1 ", "1e3", "0x10", "١٢", "9223372036854775808",
                      "-9223372036854775809", "99999999999999999999"])
    func refused(text: String) {
        #expect(IntegerText.parse(text) == nil)
    }

    /// YAML allows a leading `+` (`notice-days: +14`); registers do not.
    @Test func plusOnlyWhenAllowed() {
        #expect(IntegerText.parse("+14", allowingPlus: true) == 14)
        #expect(IntegerText.parse("+14") == nil)
        #expect(IntegerText.parse("+", allowingPlus: true) == nil && IntegerText.parse("+-1", allowingPlus: true) == nil)
    }

    @Test func surveyAnswersAreFoundByItemAndBlanksAreAbsent() throws {
        let csv = "respondent_id,class,date,life_satisfaction,worthwhile,happy,anxious\nR1,service-users,2025-05-01,7,, 8 ,-1\n"
        let bytes = Array(csv.utf8)
        let (refused, outOfRange) = try SurveyResponsesReader.read(bytes, path: "s.csv", instrument: .ons4)
        #expect(refused.isEmpty && outOfRange.map(\.code.rawValue) == ["csv.out-of-range"])
        let fixed = Array(csv.replacingOccurrences(of: ",-1", with: ",2").utf8)
        let (responses, problems) = try SurveyResponsesReader.read(fixed, path: "s.csv", instrument: .ons4)
        #expect(problems.isEmpty)
        let answers = try #require(responses.first?.answers)
        #expect(answers.count == 3)
        #expect(answers["life_satisfaction"] == 7 && answers["happy"] == 8 && answers["anxious"] == 2)
        #expect(answers["worthwhile"] == nil && answers["respondent_id"] == nil)
        #expect(answers == ["anxious": 2, "happy": 8, "life_satisfaction": 7])
    }
}

/// Numbers in CSV cells: `-?[0-9]+(\.[0-9]+)?`, nothing looser (no exponent, no comma, no `+`),
/// read exactly: the same value Foundation's own parser gives, without its locale machinery.
struct PlainDecimalTests {
    @Test(arguments: ["0", "12", "-3", "3.50", "-0.25", "1234567.891", "0.00", "-0", "18446744073709551615",
                      "18446744073709551616.5", "99999999999999999999999.123456789", "0.000000000000000001"])
    func accepted(text: String) throws {
        let value = try #require(DecimalText.parse(text))
        #expect(value == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), "\(text) → \(value)")
    }

    @Test(arguments: ["", "-", ".5", "5.", "1.2.3", "1e3", "+1", "1,000", " 1", "1 ", "--1", "١٢", "0x10", "-.5"])
    func refused(text: String) {
        #expect(DecimalText.parse(text) == nil)
    }

    @Test func plusOnlyWhenAllowed() {
        #expect(DecimalText.parse("+2.5", allowingPlus: true) == Decimal(string: "2.5"))
        #expect(DecimalText.parse("+2.5") == nil)
    }
}

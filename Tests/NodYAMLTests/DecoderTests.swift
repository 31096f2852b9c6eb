import Foundation
import NodCore
import NodTestSupport
import NodYAML
import Testing

private enum Model: String, YAMLEnum { case worker, userLed = "user-led", multiStakeholder = "multi-stakeholder" }

private struct Organisation: YAMLReadable {
    var name: String
    var model: Model
    var charitable: Bool?
    init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["name", "model", "charitable"])
        name = try fields.required("name")
        model = try fields.required("model")
        charitable = try fields.optional("charitable")
    }
}

private struct Manifest: YAMLReadable {
    var organisation: Organisation
    var noticeDays: Int?
    var surplus: Decimal?
    var started: Located<LocalDate>?
    init(yaml: YAMLValue) throws(YAMLError) {
        let fields = try yaml.mapping(["organisation", "notice-days", "surplus", "started"])
        organisation = try fields.required("organisation")
        noticeDays = try fields.optional("notice-days")
        surplus = try fields.optional("surplus")
        started = try fields.optional("started")
    }
}

/// Located reading errors, each checked against the position marked in the fixture.
struct DecoderTests {
    func decodeError(_ fixture: String) -> (YAMLError?, MarkedText) {
        let marked = MarkedText(fixture)
        let error = #expect(throws: YAMLError.self) {
            try YAMLDocument.read(Manifest.self, from: marked.bytes, file: "manifest.yaml")
        }
        if let error {
            #expect(error.location == FileLocation(file: "manifest.yaml", line: marked.line, column: marked.column), "\(error)")
        }
        return (error, marked)
    }

    @Test func unknownKeySuggestsTheNearestName() {
        let (error, _) = decodeError("organisation:\n  name: Dyffryn\n  ‸modle: worker\n")
        #expect(error?.description == "manifest.yaml:3:3: unknown key 'modle' — did you mean 'model'?")
        #expect(error?.code == .unknownKey)
    }

    @Test func unknownKeyFarFromAnyListsTheChoices() {
        let (error, _) = decodeError("organisation: {name: a, model: worker}\n‸colour: blue\n")
        #expect(error?.message == "unknown key 'colour' (expected one of: notice-days, organisation, started, surplus)")
    }

    @Test func badEnumValueListsTheChoices() {
        let (error, _) = decodeError("organisation:\n  name: a\n  model: ‸multi\n")
        #expect(error?.code == .invalidValue)
        #expect(error?.message.contains("'model': 'multi' is not one of: worker, user-led, multi-stakeholder") == true)
    }

    @Test func quotedNumberIsNotANumber() {
        let (error, _) = decodeError("organisation: {name: a, model: worker}\nnotice-days: ‸\"14\"\n")
        #expect(error?.message == "'notice-days': expected a whole number, found a quoted string")
    }

    @Test func yesIsNotABoolean() {
        let (error, _) = decodeError("organisation:\n  name: a\n  model: worker\n  charitable: ‸yes\n")
        #expect(error?.message == "'charitable': expected true or false, found 'yes'")
    }

    @Test func missingKeyPointsAtTheMapping() {
        let (error, _) = decodeError("organisation:\n  ‸name: a\n")
        #expect(error?.message == "missing key 'model'")
    }

    @Test func impossibleDateIsLocated() {
        let (error, _) = decodeError("organisation: {name: a, model: worker}\nstarted: ‸2025-02-29\n")
        #expect(error?.message.contains("'2025-02-29' is not a calendar date") == true)
    }

    @Test func floatExponentIsNotADecimal() {
        let (error, _) = decodeError("organisation: {name: a, model: worker}\nsurplus: ‸1e6\n")
        #expect(error?.message == "'surplus': expected a decimal number, found '1e6'")
    }

    @Test func wrongShapeIsLocated() {
        let (error, _) = decodeError("organisation: ‸[a, b]\n")
        #expect(error?.message == "'organisation': expected a mapping, found a list")
    }

    @Test func nullForARequiredKeyIsMissing() {
        let (error, _) = decodeError("organisation:\n  name: a\n  model: ‸~\n")
        #expect(error?.message == "'model' has no value")
        #expect(error?.code == .missingKey)
    }

    @Test func decodesMoneyExactlyAndKeepsLocations() throws {
        let text = "organisation: {name: \"Gofal Cyf.\", model: multi-stakeholder}\nsurplus: 14000.10\nstarted: 2024-02-29\n"
        let manifest = try YAMLDocument.read(Manifest.self, from: Array(text.utf8), file: "m.yaml")
        #expect(manifest.surplus == Decimal(string: "14000.10"))
        #expect(manifest.organisation.model == .multiStakeholder)
        #expect(manifest.started?.value == LocalDate(year: 2024, month: 2, day: 29))
        #expect(manifest.started?.location == FileLocation(file: "m.yaml", line: 3, column: 10))
    }
}

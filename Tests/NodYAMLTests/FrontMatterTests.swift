import NodCore
import NodYAML
import Testing

struct FrontMatterTests {
    @Test func splitsAndKeepsFileLineNumbers() throws {
        let text = "---\nmeeting: agm\ndate: 2025-09-20\n---\n# Minutes\nQuorum was reached.\n"
        let document = try FrontMatterDocument.split(Array(text.utf8), file: "minutes/agm.md")
        let yaml = try #require(document.yaml)
        let node = try YAMLDocument.parseRequired(yaml, file: "minutes/agm.md", lineOffset: document.yamlLineOffset)
        #expect(node["date"]?.location == FileLocation(file: "minutes/agm.md", line: 3, column: 7))
        #expect(document.bodyFirstLine == 5)
        #expect(document.body == ["# Minutes", "Quorum was reached."])
    }

    @Test func withoutFrontMatterTheWholeFileIsBody() throws {
        let document = try FrontMatterDocument.split(Array("Just text\r\nmore\r\n".utf8), file: "a.md")
        #expect(document.yaml == nil)
        #expect(document.body == ["Just text", "more"])
    }

    @Test func unclosedFrontMatterIsAnError() {
        let error = #expect(throws: YAMLError.self) {
            try FrontMatterDocument.split(Array("---\na: 1\n".utf8), file: "a.md")
        }
        #expect(error?.location.line == 1)
    }
}

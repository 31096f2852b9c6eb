import NodCore
import NodTestSupport
import NodYAML
import Testing

/// What the composer refuses, each at the position marked in the fixture.
struct ComposerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let fixture: String
        let code: YAMLError.Code
        let message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "duplicate key", fixture: "name: a\nmodel: worker\n‸name: b\n", code: .duplicateKey,
             message: "duplicate key 'name' (first at line 1)"),
        Case(name: "undefined alias", fixture: "a: 1\nb: ‸*nowhere\n", code: .undefinedAlias,
             message: "alias '*nowhere' has no anchor '&nowhere' before it"),
        Case(name: "self-referencing alias", fixture: "a: &loop\n  b: ‸*loop\n", code: .recursiveAlias,
             message: "alias '*loop' refers to the node that contains it"),
        Case(name: "redefined anchor", fixture: "a: &x 1\nb: ‸&x 2\n", code: .redefinedAnchor,
             message: "anchor '&x' is defined twice"),
        Case(name: "syntax", fixture: "a: [1, 2\nb‸: 3\n", code: .syntax, message: "YAML syntax error"),
        Case(name: "tab indentation", fixture: "a:\n‸\tb: 1\n", code: .syntax, message: "YAML syntax error"),
        Case(name: "merge of a scalar", fixture: "a:\n  <<: ‸5\n", code: .badMerge,
             message: "a merge key '<<' takes a mapping or a list of mappings, not a plain scalar"),
        Case(name: "complex key", fixture: "‸[a, b]: 1\n", code: .complexKey,
             message: "a mapping key must be a plain value, not a list"),
        Case(name: "custom tag", fixture: "a: ‸!python/object 1\n", code: .unsupportedTag,
             message: "tag '!python/object' is not supported"),
        Case(name: "second document", fixture: "a: 1\n‸---\nb: 2\n", code: .multipleDocuments,
             message: "a second YAML document"),
        Case(name: "invalid UTF-8", fixture: "a: caf‸\u{FFFD}\n", code: .syntax, message: "YAML syntax error"),
    ]

    @Test(arguments: cases)
    func refusesAtTheMarkedPosition(_ testCase: Case) throws {
        let marked = MarkedText(testCase.fixture)
        var bytes = marked.bytes
        if testCase.name == "invalid UTF-8" {
            bytes = Array("a: caf".utf8) + [0xE9, 0x0A]
        }
        let error = #expect(throws: YAMLError.self) { try YAMLDocument.parse(bytes, file: "doc.yaml") }
        #expect(error?.code == testCase.code)
        #expect(error?.location == FileLocation(file: "doc.yaml", line: marked.line, column: marked.column))
        #expect(error?.message.hasPrefix(testCase.message) == true, "\(error?.message ?? "")")
    }

    @Test func billionLaughsIsStoppedAtOnceInBoundedTime() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        // Refused by the node budget as each alias is charged, not after expanding it.
        let error = #expect(throws: YAMLError.self) { try YAMLDocument.parse(Array(text.utf8), file: "manifest.yaml") }
        #expect(error?.code == .tooManyNodes)
        #expect(error?.location.line == 6)
    }

    @Test func deepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let error = #expect(throws: YAMLError.self) { try YAMLDocument.parse(Array(text.utf8), file: "deep.yaml") }
        #expect(error?.code == .tooDeep)
        #expect(error?.location.column == 65)
    }

    @Test func sixtyFourLevelsAreAccepted() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(try YAMLDocument.parse(Array(text.utf8), file: "deep.yaml") != nil)
    }

    @Test func aliasesWithinBudgetExpand() throws {
        let node = try YAMLDocument.parseRequired(Array("base: &b {x: 1}\ncopy: *b\n".utf8), file: "a.yaml")
        #expect(node["copy"]?["x"]?.scalar == "1")
        #expect(node["copy"]?.location.line == 2)
    }

    @Test func mergeKeysApplyWithExplicitKeysWinning() throws {
        let text = """
        defaults: &d {notice-days: 14, voting: one-member-one-vote}
        constitution:
          <<: *d
          notice-days: 21
        """
        let node = try YAMLDocument.parseRequired(Array(text.utf8), file: "m.yaml")
        #expect(node["constitution"]?["notice-days"]?.scalar == "21")
        #expect(node["constitution"]?["voting"]?.scalar == "one-member-one-vote")
    }

    /// Keys are checked against a short list up to 16 and a dictionary past that, merged
    /// keys included: a duplicate is found, and located, on either side of the switch.
    @Test(arguments: [3, 16, 17, 40])
    func aDuplicateKeyIsFoundInMappingsOfAnySize(keys: Int) throws {
        let lines = (0..<keys).map { "k\($0): \($0)\n" }.joined()
        let duplicate = try #require(#expect(throws: YAMLError.self) {
            try YAMLDocument.parse(Array((lines + "k\(keys / 2): again\n").utf8), file: "d.yaml")
        })
        #expect(duplicate.code == .duplicateKey)
        #expect(duplicate.location == FileLocation(file: "d.yaml", line: keys + 1, column: 1))
        #expect(duplicate.message == "duplicate key 'k\(keys / 2)' (first at line \(keys / 2 + 1))")

        let merged = "base: &b {\((0..<keys).map { "m\($0): \($0)" }.joined(separator: ", "))}\nthis:\n  <<: *b\n"
            + (0..<keys).map { "  k\($0): \($0)\n" }.joined() + "  m0: mine\n"
        let node = try YAMLDocument.parseRequired(Array(merged.utf8), file: "m.yaml")
        guard case .mapping(let pairs) = node["this"]?.content else { Issue.record("not a mapping"); return }
        #expect(pairs.count == 2 * keys)
        #expect(node["this"]?["m0"]?.scalar == "mine")
        #expect(node["this"]?["m\(keys - 1)"]?.scalar == "\(keys - 1)")
    }

    @Test func lineOffsetShiftsEveryPosition() throws {
        let node = try YAMLDocument.parseRequired(Array("a: 1\nb: 2\n".utf8), file: "m.md", lineOffset: 1)
        #expect(node["b"]?.location == FileLocation(file: "m.md", line: 3, column: 4))
    }

    @Test func emptyDocumentIsReported() throws {
        let error = #expect(throws: YAMLError.self) { try YAMLDocument.parseRequired([], file: "e.yaml") }
        #expect(error?.code == .empty)
    }

    /// A list and a mapping as large as the node limit allows. The composer once copied a
    /// collection on every item added: 40 000 items took 24 s, so a hostile manifest within
    /// the limits could hold a batch worker for minutes; this runs in well under a second.
    @Test func collectionsAtTheNodeLimitAreComposedInLinearTime() throws {
        let count = YAMLLimits.default.maxNodes / 2 - 2
        let list = "items:\n" + (0..<count).map { "  - \($0)\n" }.joined()
        let node = try YAMLDocument.parseRequired(Array(list.utf8), file: "big.yaml")
        guard case .sequence(let items) = node["items"]?.content else { Issue.record("not a list"); return }
        #expect(items.count == count)
        let mapping = (0..<(count / 2)).map { "k\($0): \($0)\n" }.joined()
        let map = try YAMLDocument.parseRequired(Array(mapping.utf8), file: "big.yaml")
        #expect(map["k\(count / 2 - 1)"]?.scalar == "\(count / 2 - 1)")
    }
}

/// YAML's null: a plain `~`, `null`, `Null`, `NULL` or nothing; anything else is a value.
struct NullTests {
    @Test(arguments: ["a: ~", "a: null", "a: Null", "a: NULL", "a:", "a: !!null null"])
    func isNull(_ text: String) throws {
        let node = try #require(try YAMLDocument.parse(Array(text.utf8), file: "t.yaml"))
        #expect(node["a"]?.isNull == true, "\(text)")
    }

    @Test(arguments: ["a: \"null\"", "a: '~'", "a: nul", "a: NULLS", "a: nuLL", "a: ~~", "a: 0", "a: !!str null", "a: []"])
    func isAValue(_ text: String) throws {
        let node = try #require(try YAMLDocument.parse(Array(text.utf8), file: "t.yaml"))
        #expect(node["a"]?.isNull == false, "\(text)")
    }
}

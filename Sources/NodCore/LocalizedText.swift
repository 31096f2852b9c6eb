/// A text in both of nod's languages; neither may be missing.
package struct LocalizedText: Sendable, Hashable, Codable {
    package var en: String
    package var cy: String

    package init(en: String, cy: String) {
        self.en = en
        self.cy = cy
    }

    /// The text in `language` (`"cy"` or `"en"`).
    package func text(_ language: String) -> String { language == "cy" ? cy : en }

    package enum CodingKeys: String, CodingKey, CaseIterable { case en, cy }
}

/// A place in the evidence a finding relies on (docs/report.md `results[].evidence`).
package struct EvidenceCitation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    package var path: String
    package var line: Int?

    package init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
    }

    package init(_ location: FileLocation) {
        self.init(path: location.file, line: location.line)
    }

    package static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.path, lhs.line ?? 0) < (rhs.path, rhs.line ?? 0)
    }

    /// `path:line`, or the path alone.
    package var description: String { line.map { "\(path):\($0)" } ?? path }
}

extension LocalizedText {
    /// The text with its first letter in capitals, to start a sentence with a counted phrase.
    package var startingSentence: LocalizedText {
        LocalizedText(en: en.prefix(1).uppercased() + en.dropFirst(), cy: cy.prefix(1).uppercased() + cy.dropFirst())
    }

    /// Names as a list: "a, b and c" and "a, b a c" (Welsh "a" takes the aspirate mutation,
    /// and is "ac" before a vowel).
    package static func list(_ items: [LocalizedText]) -> LocalizedText {
        guard let last = items.last else { return LocalizedText(en: "", cy: "") }
        guard items.count > 1 else { return last }
        let head = items.dropLast()
        let welshAnd = WelshMutation.startsWithVowel(last.cy) ? "ac \(last.cy)" : "a \(WelshMutation.aspirate(last.cy))"
        return LocalizedText(en: head.map(\.en).joined(separator: ", ") + " and " + last.en,
                             cy: head.map(\.cy).joined(separator: ", ") + " " + welshAnd)
    }

    /// Clauses as one sentence, "; " between them: how a result lists every unmet condition.
    package static func sentence(listing clauses: [LocalizedText]) -> LocalizedText {
        LocalizedText(en: clauses.map(\.en).joined(separator: "; ") + ".", cy: clauses.map(\.cy).joined(separator: "; ") + ".").startingSentence
    }
}

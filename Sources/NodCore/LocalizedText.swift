/// A text in both of nod's languages; neither may be missing.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var en: String
    public var cy: String

    public init(en: String, cy: String) {
        self.en = en
        self.cy = cy
    }

    /// The text in `language` (`"cy"` or `"en"`).
    public func text(_ language: String) -> String { language == "cy" ? cy : en }

    public enum CodingKeys: String, CodingKey, CaseIterable { case en, cy }
}

/// A place in the evidence a finding relies on (cli.md `results[].evidence`).
public struct EvidenceCitation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line.flatMap { $0 > 0 ? $0 : nil }
    }

    public init(_ location: FileLocation) {
        self.init(path: location.file, line: location.line)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.path, lhs.line ?? 0) < (rhs.path, rhs.line ?? 0)
    }

    /// `path:line`, or the path alone.
    public var description: String { line.map { "\(path):\($0)" } ?? path }
}

/// Fixture text with the expected error position marked by `‸` just before the offending
/// character, so the marker and the assertion live together.
public struct MarkedText: Sendable {
    public static let marker: Character = "‸"
    public let text: String
    public let line: Int
    public let column: Int
    /// Every marker's place, in order, for fixtures with several mistakes (`line`, `column`: the first).
    public let places: [(line: Int, column: Int)]
    public var lines: [Int] { places.map(\.line) }

    public init(_ marked: String) {
        var text = ""
        var line = 1, column = 1
        var found: [(line: Int, column: Int)] = []
        for character in marked {
            if character == Self.marker {
                found.append((line, column))
                continue
            }
            text.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        precondition(!found.isEmpty, "fixture has no ‸ marker")
        self.text = text
        places = found
        (self.line, self.column) = found[0]
    }

    public var bytes: [UInt8] { Array(text.utf8) }
}

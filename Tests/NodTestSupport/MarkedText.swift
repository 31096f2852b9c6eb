/// Fixture text with the expected error position marked by `‸` just before the offending
/// character, so the marker and the assertion live together.
public struct MarkedText: Sendable {
    public static let marker: Character = "‸"
    public let text: String
    public let line: Int
    public let column: Int

    public init(_ marked: String) {
        var text = ""
        var line = 1, column = 1
        var found: (Int, Int)?
        for character in marked {
            if character == Self.marker {
                found = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        precondition(found != nil, "fixture has no ‸ marker")
        self.text = text
        (self.line, self.column) = found!
    }

    public var bytes: [UInt8] { Array(text.utf8) }
}

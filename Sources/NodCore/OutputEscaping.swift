/// The one escaping function for each output format nod writes. Every piece of text that
/// comes from a bundle (or could: a message quoting a cell, a file name) goes through the
/// function of the format it is written into, so that it stays text there: no markup, no
/// formula, no terminal command, no forged line.
package enum OutputEscaping {
    /// XML and XHTML text and double-quoted attributes (the HTML report, JUnit, the
    /// portfolio page): `& < > "` escaped; what XML forbids (C0 controls but tab and line
    /// feed, U+FFFE, U+FFFF) and characters that turn text around (bidirectional controls)
    /// are dropped.
    package static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0x7F
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF || isBidiControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Markdown inline text: on one line (line breaks become spaces), Markdown's syntax and
    /// HTML escaped with backslashes, a line-opening marker (`#`, `>`, `-`, `+`, `=`, `1.`)
    /// escaped, control and bidirectional characters shown as `\u{…}`.
    package static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true
        for scalar in text.unicodeScalars {
            defer { atStart = false }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "!", "~", "&":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "#", "-", "+", "=":
                if atStart { out += "\\" }
                out.unicodeScalars.append(scalar)
            case "\n", "\r":
                out += " "
            default:
                if isControl(scalar) || isBidiControl(scalar) {
                    out += visible(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        // "1. " (or "1.") at the start of a line is a list item.
        if let dot = out.firstIndex(of: "."), !out[..<dot].isEmpty, out[..<dot].allSatisfy({ $0.isASCII && $0.isNumber }),
           out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " " {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// Markdown code span (a path, a digest): fenced with more backticks than it holds, on
    /// one line, control and bidirectional characters shown as `\u{…}`.
    package static func markdownCode(_ text: String) -> String {
        var body = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" { body += " " } else if isControl(scalar) || isBidiControl(scalar) { body += visible(scalar) } else { body.unicodeScalars.append(scalar) }
        }
        var longest = 0, run = 0
        for scalar in body.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        return fence + pad + body + pad + fence
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break — looked
    /// for by code point, so a quote carrying a combining mark is still doubled — and a field
    /// a spreadsheet would run as a formula (`= + - @`, or a tab or carriage return first) is
    /// prefixed with `'`.
    package static func csv(_ text: String) -> String {
        var field = text
        if let first = field.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            field = "'" + field
        }
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var quoted = "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// Text for a terminal: every control character (escape sequences included) and every
    /// bidirectional control shown as `\u{…}`; line feeds kept when `keepingLines`.
    package static func terminal(_ text: String, keepingLines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) || isBidiControl($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if keepingLines, scalar == "\n" {
                out += "\n"
            } else if isControl(scalar) || isBidiControl(scalar) {
                out += visible(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16) + "}"
    }
}

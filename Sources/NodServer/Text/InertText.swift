import Foundation

/// Text from a bundle or a stranger made safe to show as text: control characters (terminal
/// escapes, NUL, bidirectional overrides) become visible symbols, so nothing in a page or a
/// log can act on a reader's screen. HTML escaping is the templates' job; this is the rest.
enum InertText {
    static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀…␟
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// One line of a name (an organisation, a file name): cleaned, trimmed and shortened.
    static func name(_ text: String, limit: Int = 200) -> String {
        let cleaned = clean(text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
        return String(cleaned.trimmingCharacters(in: .whitespaces).prefix(limit))
    }
}

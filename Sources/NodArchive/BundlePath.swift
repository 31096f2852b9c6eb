import Foundation

/// Checks and normalises one entry name from an archive or a directory walk.
///
/// Archive names come back verbatim from libarchive: `..`, absolute paths, `C:/` and
/// backslashes are all possible, and only a disk writer would sanitise them. nod writes
/// nothing to disk, but it still refuses such names: a bundle that contains them was made
/// to attack something.
enum BundlePath {
    /// The entry's path as `/`-separated components in NFC, or the refusal.
    static func normalise(_ raw: String, source: String) throws(BundleError) -> [String] {
        var display: String { escaped(raw) }
        if raw.hasPrefix("/") || raw.hasPrefix("\\") || isDriveLetter(raw) {
            throw BundleError(.absolutePath, source: source, entry: display,
                              "absolute path in the bundle; every entry must be relative to the bundle's root")
        }
        if raw.utf8.contains(where: isControl) {
            throw BundleError(.badName, source: source, entry: display, "entry name contains control characters")
        }
        // Split on the UTF-8 bytes: both separators are ASCII, which never occurs inside a
        // multi-byte character, and bytes need no grapheme breaking.
        var components: [String] = []
        for part in raw.utf8.split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }) {
            let name = String(Substring(part))
            switch name {
            case ".": continue
            case "..":
                throw BundleError(.traversal, source: source, entry: display,
                                  "path contains '..'; entries may not point outside the bundle")
            // ASCII is already NFC; Foundation's normalisation was a tenth of a batch's time.
            default: components.append(part.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCanonicalMapping)
            }
        }
        if components.isEmpty {
            throw BundleError(.badName, source: source, entry: display, "entry has an empty name")
        }
        return components
    }

    /// Platform litter that is not evidence: macOS resource forks and Finder files.
    static func isIgnored(_ components: [String]) -> Bool {
        components.first == "__MACOSX" || components.last == ".DS_Store"
    }

    private static func isDriveLetter(_ raw: String) -> Bool {
        let bytes = Array(raw.utf8.prefix(2))
        return bytes.count == 2 && bytes[1] == UInt8(ascii: ":")
            && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[0] | 0x20)
    }

    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// A name made printable for messages (control characters as `\u{…}`).
    static func escaped(_ raw: String) -> String {
        guard raw.utf8.contains(where: isControl) else { return raw }
        var text = ""
        for scalar in raw.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                text += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

import Foundation

/// Checks and normalises one entry name from an archive or a directory walk.
///
/// Archive names come back verbatim from libarchive: `..`, absolute paths, `C:/` and
/// backslashes are all possible, and only a disk writer would sanitise them. nod writes
/// nothing to disk, but it still refuses such names: a bundle that contains them was made
/// to attack something.
enum BundlePath {
    /// An entry's name once checked: its components in NFC, and those joined by `/`.
    struct Normalised: Equatable {
        var components: [String]
        var path: String
    }

    /// The entry's path as `/`-separated components in NFC, or the refusal.
    static func normalise(_ raw: String, source: String) throws(BundleError) -> Normalised {
        var display: String { escaped(raw) }
        if raw.utf8.first == UInt8(ascii: "/") || raw.utf8.first == UInt8(ascii: "\\") || isDriveLetter(raw) {
            throw BundleError(.absolutePath, source: source, entry: display,
                              "absolute path in the bundle; every entry must be relative to the bundle's root")
        }
        // Split on the UTF-8 bytes, in one pass: both separators are ASCII, which never occurs
        // inside a multi-byte character, and bytes need no grapheme breaking.
        let bytes = Array(raw.utf8)
        if bytes.contains(where: isControl) {
            throw BundleError(.badName, source: source, entry: display, "entry name contains control characters")
        }
        var components: [String] = []
        components.reserveCapacity(4)
        var start = 0
        var isASCII = true
        // Whether the joined components differ from the name as given (most names are already clean).
        var changed = false
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
            guard byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") else {
                if byte >= 0x80 { isASCII = false }
                continue
            }
            if byte == UInt8(ascii: "\\") { changed = true }
            defer { start = index + 1; isASCII = true }
            let part = bytes[start..<index]
            let dots = part.count <= 2 && part.allSatisfy { $0 == UInt8(ascii: ".") } ? part.count : 0
            if part.isEmpty || dots == 1 {
                changed = true
                continue
            }
            if dots == 2 {
                throw BundleError(.traversal, source: source, entry: display,
                                  "path contains '..'; entries may not point outside the bundle")
            }
            let name = String(decoding: part, as: UTF8.self)
            // ASCII is already NFC; Foundation's normalisation was a tenth of a batch's time.
            if isASCII {
                components.append(name)
            } else {
                if let hidden = name.unicodeScalars.first(where: isInvisible) {
                    throw BundleError(.badName, source: source, entry: display,
                                      "the name holds an invisible character (U+\(String(hidden.value, radix: 16, uppercase: true))) that makes it look like another")
                }
                components.append(name.precomposedStringWithCanonicalMapping)
                changed = true
            }
        }
        if components.isEmpty {
            throw BundleError(.badName, source: source, entry: display, "entry has an empty name")
        }
        return Normalised(components: components, path: changed ? components.joined(separator: "/") : raw)
    }

    /// A path as a case-insensitive file system would see it: lower case, without the dots
    /// and spaces Windows drops from the end of a name.
    static func folded(_ path: String) -> String {
        var path = path
        let plain = path.withUTF8 { bytes in
            !bytes.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 >= 0x80 || $0 == UInt8(ascii: " ") }
                && !bytes.indices.contains { bytes[$0] == UInt8(ascii: ".") && ($0 + 1 == bytes.count || bytes[$0 + 1] == UInt8(ascii: "/")) }
        }
        if plain { return path }
        return path.lowercased().split(separator: "/", omittingEmptySubsequences: false).map { component in
            var end = component.endIndex
            while end > component.startIndex, [".", " "].contains(component[component.index(before: end)]) { end = component.index(before: end) }
            return String(component[..<end])
        }.joined(separator: "/")
    }

    /// Whether an entry's name is only the archive's top (`.`, `./`, `/`-free dots and slashes).
    static func namesTheRoot(_ raw: String) -> Bool {
        !raw.isEmpty && raw.utf8.allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
            && raw.split(separator: "/").allSatisfy { $0 == "." }
    }

    /// Platform litter that is not evidence: macOS resource forks and Finder files.
    static func isIgnored(_ components: [String]) -> Bool {
        components.first == "__MACOSX" || components.last == ".DS_Store"
    }

    private static func isDriveLetter(_ raw: String) -> Bool {
        var bytes = raw.utf8.makeIterator()
        guard let letter = bytes.next(), bytes.next() == UInt8(ascii: ":") else { return false }
        return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter | 0x20)
    }

    private static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }

    /// Characters that show as nothing, or turn the text around them: zero-width spaces and
    /// joiners, the byte-order mark, soft hyphen, bidirectional controls.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

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

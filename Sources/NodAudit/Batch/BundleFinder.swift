import Foundation
import NodArchive
#if canImport(Glibc)
import Glibc
#endif

/// Finds the bundles under the paths given to `nod batch`: archives by their extension, and
/// folders holding a manifest.yaml; other folders are searched. Sorted, so every run and every
/// machine sees the same list.
///
/// The search never follows a link and never opens anything: a link to `/` or a loop of links
/// inside the inputs cannot make it endless. A link or a pipe, socket or device named like an
/// archive is listed as a bundle — the reader then refuses it, as a row of the summary — and
/// is never waited on.
package enum BundleFinder {
    package static let archiveSuffixes = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.zst", ".tar.bz2", ".tbz2", ".7z"]

    package static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return archiveSuffixes.contains { lower.hasSuffix($0) }
    }

    /// What the search found: the bundles, and the entries whose names are not UTF-8 (shown
    /// escaped), which nod cannot name to read them and reports as rejected.
    package struct Found: Sendable {
        package var bundles: [String] = []
        package var badNames: [String] = []
    }

    package static func find(_ paths: [String]) -> Found {
        var found = Found()
        for path in paths { collect(path, into: &found, depth: 0) }
        found.bundles = Array(Set(found.bundles)).sorted()
        found.badNames = Array(Set(found.badNames)).sorted()
        return found
    }

    private static func collect(_ path: String, into found: inout Found, depth: Int) {
        var status = stat()
        // The paths given are taken as given (a link named on the command line is followed);
        // below them, nothing is.
        guard depth < 16, (depth == 0 ? stat(path, &status) : lstat(path, &status)) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            if isArchive(path) || depth == 0 { found.bundles.append(path) }
            return
        }
        var manifest = stat()
        if lstat((path as NSString).appendingPathComponent("manifest.yaml"), &manifest) == 0 {
            found.bundles.append(path)
            return
        }
        for name in (try? FolderListing.names(atPath: path)) ?? [] where name.first != UInt8(ascii: ".") {
            guard let child = String(validating: name, as: UTF8.self) else {
                let shown = name.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
                found.badNames.append((path as NSString).appendingPathComponent(shown))
                continue
            }
            collect((path as NSString).appendingPathComponent(child), into: &found, depth: depth + 1)
        }
    }
}

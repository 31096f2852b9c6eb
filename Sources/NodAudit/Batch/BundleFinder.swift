import Foundation
import NodArchive
#if canImport(Glibc)
import Glibc
#endif

/// Finds the bundles under the paths given to `nod batch`, and accounts for everything else it
/// meets there, so that no submission is ever silently left out: each item is a bundle to audit
/// or a `NotABundle` row that says why it is not one. Sorted, so every run and every machine
/// sees the same list.
///
/// A bundle is an archive (by its name, or by its first bytes when the name says nothing) or a
/// folder holding a manifest.yaml. A folder without one is searched; below the paths given, a
/// folder in which no bundle is found is one row ("no manifest.yaml …"), and one that holds
/// loose files beside a bundle further down says where that bundle was found. A loose file is a
/// row naming what it is (a PDF, a spreadsheet …). Names starting with a dot are skipped.
///
/// The search never follows a link and never waits on anything: it reads the first bytes of
/// regular files only, opened without blocking. A link to `/` or a loop of links cannot make it
/// endless. A link or a pipe, socket or device named like an archive is listed as a bundle —
/// the reader then refuses it, as a row of the summary.
package enum BundleFinder {
    package static let archiveSuffixes = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.zst", ".tar.bz2", ".tbz2", ".7z"]

    package static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return archiveSuffixes.contains { lower.hasSuffix($0) }
    }

    /// Something found under the inputs that is not a bundle, and why.
    package struct NotABundle: Sendable, Equatable {
        package var path: String
        package var reason: String
        /// A stable code (`batch.not-a-bundle.pdf` …), so a Welsh page can say it in Welsh.
        package var code: String
    }

    /// What the search found: the bundles, the items that are not bundles, and the entries
    /// whose names are not UTF-8 (shown escaped), which nod cannot name to read them.
    package struct Found: Sendable {
        package var bundles: [String] = []
        package var notBundles: [NotABundle] = []
        package var badNames: [String] = []
    }

    /// The paths given that name nothing (a usage error before anything is audited).
    package static func missing(_ paths: [String]) -> [String] {
        paths.filter { path in
            var status = stat()
            return stat(path, &status) != 0
        }
    }

    package static func find(_ paths: [String]) -> Found {
        var found = Found()
        for path in paths { _ = collect(path, into: &found, depth: 0) }
        found.bundles = Array(Set(found.bundles)).sorted()
        var seen = Set<String>()
        found.notBundles = found.notBundles.filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
        found.badNames = Array(Set(found.badNames)).sorted()
        return found
    }

    /// What one walk learns of a path: the bundles at or below it, how many files (anything
    /// but a folder) it holds, and whether it is itself a file that is not a bundle. Counted on
    /// the way down, so a folder with no bundle is never walked a second time.
    private struct Subtree {
        var bundles: [(path: String, depth: Int, isFolder: Bool)] = []
        var files = 0
        var isLooseFile = false
    }

    /// Adds what `path` holds to `found`.
    private static func collect(_ path: String, into found: inout Found, depth: Int) -> Subtree {
        var status = stat()
        // The paths given are taken as given (a link named on the command line is followed);
        // below them, nothing is.
        guard depth < 16, (depth == 0 ? stat(path, &status) : lstat(path, &status)) == 0 else { return Subtree() }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFDIR else {
            switch FileKind.of(path, mode: kind, explicitlyNamed: depth == 0) {
            case .archive:
                found.bundles.append(path)
                return Subtree(bundles: [(path, depth, false)], files: 1)
            case .other(let reason, let code):
                found.notBundles.append(NotABundle(path: path, reason: reason, code: code))
                return Subtree(files: 1, isLooseFile: true)
            }
        }
        var manifest = stat()
        if lstat((path as NSString).appendingPathComponent("manifest.yaml"), &manifest) == 0 {
            found.bundles.append(path)
            return Subtree(bundles: [(path, depth, true)])
        }
        var here = Subtree()
        var looseFiles = Set<String>()
        let rowsBefore = found.notBundles.count
        for name in ((try? FolderListing.names(atPath: path)) ?? []).sorted(by: { $0.lexicographicallyPrecedes($1) }) where name.first != UInt8(ascii: ".") {
            guard let child = String(validating: name, as: UTF8.self) else {
                let shown = name.map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
                found.badNames.append((path as NSString).appendingPathComponent(shown))
                here.files += 1
                continue
            }
            let childPath = (path as NSString).appendingPathComponent(child)
            let below = collect(childPath, into: &found, depth: depth + 1)
            here.bundles += below.bundles
            here.files += below.files
            if below.isLooseFile { looseFiles.insert(childPath) }
        }
        // The paths given are inboxes: what they hold is listed item by item. Below them, a
        // folder is one row when it holds no bundle, or loose files beside a bundle further down.
        guard depth > 0 else { return here }
        if here.bundles.isEmpty {
            found.notBundles.removeSubrange(rowsBefore...)
            let files = here.files
            let reason = files == 0 ? "an empty folder, not a bundle"
                : "no manifest.yaml in this folder or below it (\(files) \(files == 1 ? "file" : "files")), so not a bundle"
            found.notBundles.append(NotABundle(path: path, reason: reason, code: "batch.not-a-bundle.folder"))
        } else if !looseFiles.isEmpty, let nearest = here.bundles.min(by: { ($0.depth, $0.path) < ($1.depth, $1.path) }) {
            found.notBundles.removeAll { looseFiles.contains($0.path) }
            // A folder bundle's manifest sits in the bundle's folder; an archive sits in its parent.
            let levels = nearest.depth - depth - (nearest.isFolder ? 0 : 1)
            let whereFound = levels == 0 ? "in this folder" : "\(FolderDistance.words(levels)) down"
            let count = looseFiles.count
            found.notBundles.append(NotABundle(
                path: path, reason: "no manifest.yaml, so its \(count) loose \(count == 1 ? "file was" : "files were") not audited; "
                    + "found a bundle \(whereFound) at \(nearest.path), audited on its own", code: "batch.not-a-bundle.manifest-below"))
        }
        return here
    }
}

/// "one folder", "two folders" … for the distance between a folder and a bundle below it.
enum FolderDistance {
    static func words(_ levels: Int) -> String {
        let names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        let number = levels < names.count ? names[levels] : String(levels)
        return "\(number) \(levels == 1 ? "folder" : "folders")"
    }
}

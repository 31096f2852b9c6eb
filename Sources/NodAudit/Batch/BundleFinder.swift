import Foundation

/// Finds the bundles under the paths given to `nod batch`: archives by their extension, and
/// folders holding a manifest.yaml; other folders are searched recursively. Sorted, so every
/// run and every machine sees the same list.
package enum BundleFinder {
    package static let archiveSuffixes = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.zst", ".tar.bz2", ".tbz2", ".7z"]

    package static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return archiveSuffixes.contains { lower.hasSuffix($0) }
    }

    package static func find(_ paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths { collect(path, into: &found, depth: 0) }
        return Array(Set(found)).sorted()
    }

    private static func collect(_ path: String, into found: inout [String], depth: Int) {
        var isDirectory: ObjCBool = false
        guard depth < 16, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if !isDirectory.boolValue {
            if isArchive(path) || depth == 0 { found.append(path) }
            return
        }
        if FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("manifest.yaml")) {
            found.append(path)
            return
        }
        let children = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
        for child in children where !child.hasPrefix(".") {
            collect((path as NSString).appendingPathComponent(child), into: &found, depth: depth + 1)
        }
    }
}

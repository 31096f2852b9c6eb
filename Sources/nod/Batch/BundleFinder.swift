import Foundation

/// Finds the bundles under the paths given to `nod batch`: archives by their extension, and
/// folders holding a manifest.yaml; other folders are searched recursively. Sorted, so every
/// run and every machine sees the same list.
enum BundleFinder {
    static let archiveSuffixes = [".zip", ".tar", ".tgz", ".tar.gz", ".tar.xz", ".txz", ".tar.zst", ".tar.bz2", ".tbz2", ".7z"]

    static func isArchive(_ path: String) -> Bool {
        let lower = path.lowercased()
        return archiveSuffixes.contains { lower.hasSuffix($0) }
    }

    static func find(_ paths: [String]) -> [String] {
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

/// `--shard K/N`: a stable 1/N of the bundles, chosen by a hash of each bundle's file name
/// (FNV-1a), so the same bundle lands in the same shard on every machine and every run.
struct Shard: Sendable, Equatable {
    let index: Int
    let count: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    func contains(_ path: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ((path as NSString).lastPathComponent).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index - 1
    }
}

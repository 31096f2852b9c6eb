public import Foundation

/// Paths inside this repository (examples, the built binary), found from the test's source file.
public enum RepositoryPaths {
    public static func root(file: StaticString = #filePath) -> URL {
        var url = URL(fileURLWithPath: "\(file)")
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    public static var examples: URL { root().appendingPathComponent("Examples") }

    /// How many regular files a folder of the repository holds, at any depth: what a listing
    /// of it must count, so that adding a file to an example breaks no count.
    public static func fileCount(under relative: String) -> Int {
        let folder = root().appendingPathComponent(relative)
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var count = 0
        while let url = walker?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { count += 1 }
        }
        return count
    }
}

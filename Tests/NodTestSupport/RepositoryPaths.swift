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
}

public import Foundation

/// Validates YAML or JSON files against a schema in `Schemas/` with Scripts/validate-json-schema.py
/// (Debian's python3-jsonschema), and returns its exit status and what it printed.
public enum SchemaValidator {
    public static func validate(schema: String, _ documents: [URL]) throws -> (status: Int32, output: String) {
        let root = RepositoryPaths.root()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [root.appendingPathComponent("Scripts/validate-json-schema.py").path,
                             root.appendingPathComponent("Schemas/\(schema)").path] + documents.map(\.path)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: output), as: UTF8.self))
    }
}

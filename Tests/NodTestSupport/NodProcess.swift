public import Foundation

/// Runs the built `nod` binary as a user would, capturing what it prints and its exit code.
public struct NodProcess {
    public struct Outcome: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The `nod` executable next to the test bundle (SwiftPM builds it because the tests depend on it).
    public static var executable: URL {
        let beside = Bundle.main.bundleURL.appendingPathComponent("nod")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return RepositoryPaths.root().appendingPathComponent(".build/debug/nod")
    }

    /// Runs nod with `arguments`. `memoryCapMiB` caps its address space (`ulimit -v`), so a
    /// test can show that a limit holds without the machine's memory: nod dies if it goes over.
    /// `environment` replaces the inherited one when given.
    public static func run(_ arguments: [String], in directory: URL? = nil, memoryCapMiB: Int? = nil,
                           environment: [String: String]? = nil, input: String? = nil) throws -> Outcome {
        // Output goes to files, not pipes: nothing can fill up, and no thread waits on another.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nod-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        if let memoryCapMiB {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -v \(memoryCapMiB * 1024) && exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory ?? RepositoryPaths.root()
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inURL = scratch.appendingPathComponent("stdin")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

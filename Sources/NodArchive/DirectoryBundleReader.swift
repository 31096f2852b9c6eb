import Foundation

/// Reads a bundle that is a plain directory, with the same checks as an archive:
/// links, devices and over-limit files are refused, never followed or skipped silently.
struct DirectoryBundleReader {
    let source: String
    let root: URL
    let limits: BundleLimits

    func read() throws(BundleError) -> BundleIntake {
        var intake = BundleIntake(source: source, limits: limits)
        try walk(root.path, components: [], intake: &intake)
        return intake
    }

    private func walk(_ directory: String, components: [String], intake: inout BundleIntake) throws(BundleError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw BundleError(.unreadable, source: source, entry: components.isEmpty ? nil : components.joined(separator: "/"),
                              "the folder could not be listed: \(error.localizedDescription)")
        }
        for name in names {
            let raw = (components + [name]).joined(separator: "/")
            try intake.countEntry(BundlePath.escaped(raw))
            let checked = try BundlePath.normalise(raw, source: source)
            let normalised = checked.components, path = checked.path
            let full = directory + "/" + name
            let type = (try? FileManager.default.attributesOfItem(atPath: full)[.type] as? FileAttributeType) ?? .typeUnknown
            switch type {
            case .typeDirectory:
                intake.addDirectory(normalised)
                try walk(full, components: components + [name], intake: &intake)
            case .typeRegular:
                if BundlePath.isIgnored(normalised) { continue }
                try intake.claim(path)
                try readFile(full, path: path, components: normalised, intake: &intake)
            case .typeSymbolicLink:
                throw BundleError(.link, source: source, entry: path, "symbolic links are not allowed in a bundle")
            default:
                throw BundleError(.device, source: source, entry: path,
                                  "device files, sockets and pipes are not allowed in a bundle")
            }
        }
    }

    private func readFile(_ full: String, path: String, components: [String], intake: inout BundleIntake) throws(BundleError) {
        var stream = intake.stream(for: path)
        guard let handle = FileHandle(forReadingAtPath: full) else {
            throw BundleError(.unreadable, source: source, entry: stream.path, "the file could not be opened")
        }
        defer { try? handle.close() }
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw BundleError(.unreadable, source: source, entry: stream.path, "the file could not be read: \(error.localizedDescription)")
            }
            if chunk.isEmpty { break }
            let result: Result<Void, BundleError> = chunk.withUnsafeBytes { bytes in
                do throws(BundleError) {
                    try intake.append(bytes, to: &stream)
                    return .success(())
                } catch {
                    return .failure(error)
                }
            }
            try result.get()
        }
        intake.finish(stream, components: components)
    }
}

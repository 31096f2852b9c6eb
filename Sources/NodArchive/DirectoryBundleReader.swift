import Foundation
import NodCore
#if canImport(Glibc)
import Glibc
#endif

/// Reads a bundle that is a plain directory, with the same checks as an archive: links,
/// devices, pipes and over-limit files are refused, never followed, opened or skipped silently.
///
/// Every step is made through the descriptor of the folder above it, without following links
/// (`openat` with `O_NOFOLLOW`), and each file is checked again once open: it must be the
/// regular file, same device and inode, that the listing saw. Swapping a file for a link
/// between the listing and the reading cannot make nod read outside the bundle, and a FIFO
/// put in its place cannot make it wait (`O_NONBLOCK`).
struct DirectoryBundleReader {
    let source: String
    let root: String
    let limits: BundleLimits

    func read() throws(BundleError) -> BundleIntake {
        var intake = BundleIntake(source: source, limits: limits)
        let descriptor = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw BundleError(.unreadable, source: source, "the folder could not be opened: \(SystemCallError(code: errno))")
        }
        defer { close(descriptor) }
        try walk(descriptor, components: [], intake: &intake)
        return intake
    }

    private func walk(_ folder: Int32, components: [String], intake: inout BundleIntake) throws(BundleError) {
        let names: [[UInt8]]
        do throws(SystemCallError) {
            names = try FolderListing.names(of: folder)
        } catch {
            throw BundleError(.unreadable, source: source, entry: components.isEmpty ? nil : components.joined(separator: "/"),
                              "the folder could not be listed: \(error)")
        }
        for bytes in names {
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = (components + [String(decoding: bytes, as: UTF8.self)]).joined(separator: "/")
                throw BundleError(.badName, source: source, entry: BundlePath.escaped(shown), "the name is not valid UTF-8")
            }
            let raw = (components + [name]).joined(separator: "/")
            try intake.countEntry(BundlePath.escaped(raw))
            let checked = try BundlePath.normalise(raw, source: source)
            let normalised = checked.components, path = checked.path
            var listed = stat()
            guard fstatat(folder, name, &listed, AT_SYMLINK_NOFOLLOW) == 0 else {
                throw BundleError(.unreadable, source: source, entry: path, "could not be examined: \(SystemCallError(code: errno))")
            }
            switch listed.st_mode & S_IFMT {
            case S_IFDIR:
                if BundlePath.isIgnored(normalised) { continue }
                let child = try openChecked(name, in: folder, path: path, flags: O_DIRECTORY, expecting: listed)
                defer { close(child) }
                intake.addDirectory(normalised)
                try walk(child, components: components + [name], intake: &intake)
            case S_IFREG:
                if BundlePath.isIgnored(normalised) { continue }
                try intake.claim(path)
                let file = try openChecked(name, in: folder, path: path, flags: O_NONBLOCK, expecting: listed)
                defer { close(file) }
                try readFile(file, path: path, components: normalised, intake: &intake)
            case S_IFLNK:
                throw BundleError(.link, source: source, entry: path, "symbolic links are not allowed in a bundle")
            default:
                throw BundleError(.device, source: source, entry: path, "device files, sockets and pipes are not allowed in a bundle")
            }
        }
    }

    /// Opens `name` without following a link, and checks it is still what the listing saw.
    private func openChecked(_ name: String, in folder: Int32, path: String, flags: Int32, expecting listed: stat) throws(BundleError) -> Int32 {
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | flags)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP || code == ENOTDIR {
                throw BundleError(.link, source: source, entry: path, "changed into a link while the bundle was read; links are not allowed in a bundle")
            }
            throw BundleError(.unreadable, source: source, entry: path, "could not be opened: \(SystemCallError(code: code))")
        }
        var opened = stat()
        guard fstat(descriptor, &opened) == 0, opened.st_mode & S_IFMT == listed.st_mode & S_IFMT,
              opened.st_dev == listed.st_dev, opened.st_ino == listed.st_ino else {
            close(descriptor)
            throw BundleError(.unreadable, source: source, entry: path, "changed while the bundle was read; read it again when it is still")
        }
        return descriptor
    }

    private func readFile(_ descriptor: Int32, path: String, components: [String], intake: inout BundleIntake) throws(BundleError) {
        var stream = intake.stream(for: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count: Int
            do throws(SystemCallError) {
                count = try SystemCall.retrying { Glibc.read(descriptor, buffer.baseAddress!, buffer.count) }
            } catch {
                throw BundleError(.unreadable, source: source, entry: stream.path, "the file could not be read: \(error)")
            }
            if count == 0 { break }
            try intake.append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), to: &stream)
        }
        intake.finish(stream, components: components)
    }
}

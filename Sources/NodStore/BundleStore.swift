package import Foundation
import Crypto
import NodCore

/// The submitted bundles, kept as the files they arrived as under `DATA/bundles/`, each named
/// by the SHA-256 of its bytes: the same upload is stored once, a stored bundle cannot change
/// under its name, and a name is never a path a stranger chose. A bundle is written to a
/// temporary file in the same folder, flushed, then renamed into place, so a crash leaves
/// either the whole bundle or none; it is never extracted — nod reads it as the archive it is.
package struct BundleStore: Sendable {
    /// What the store knows of a bundle it holds.
    package struct StoredBundle: Sendable, Hashable {
        package var sha256: String
        package var bytes: Int64
        package var url: URL
    }

    /// Why a bundle could not be stored or found.
    package enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case tooLarge(limit: Int64)
        case notADigest(String)
        case io(String)

        package var description: String {
            switch self {
            case .tooLarge(let limit): "the bundle is larger than the \(limit) bytes the store accepts"
            case .notADigest(let text): "'\(text)' is not a SHA-256 digest"
            case .io(let reason): "the bundle store could not be written: \(reason)"
            }
        }
    }

    /// 512 MiB: larger than any co-op's year of evidence, small enough to hold in memory once.
    package static let defaultLimit: Int64 = 512 << 20

    package let root: URL
    /// The largest bundle the store accepts, in bytes.
    package let limit: Int64

    /// A store under `data` (`data/bundles/`), created if need be.
    package init(data: URL, limit: Int64 = BundleStore.defaultLimit) throws(Failure) {
        root = data.appendingPathComponent("bundles", isDirectory: true)
        self.limit = limit
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io("\(root.path): \(error.localizedDescription)")
        }
    }

    /// Stores `bytes`; storing the same bytes again returns the bundle already held.
    package func put(_ bytes: Data) throws(Failure) -> StoredBundle {
        guard Int64(bytes.count) <= limit else { throw .tooLarge(limit: limit) }
        let digest = SHA256.hash(data: bytes).hexString
        let destination = url(forDigest: digest)
        if FileManager.default.fileExists(atPath: destination.path) {
            return StoredBundle(sha256: digest, bytes: Int64(bytes.count), url: destination)
        }
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".incoming-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
            // rename(2) is atomic within a folder; a racing store of the same bytes is harmless.
            guard rename(temporary.path, destination.path) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(error.localizedDescription)
        }
        return StoredBundle(sha256: digest, bytes: Int64(bytes.count), url: destination)
    }

    /// Begins a bundle that arrives in pieces (an upload streamed from the network): the bytes
    /// go to a temporary file as they come, hashed on the way, never held whole in memory.
    package func incoming() throws(Failure) -> Incoming {
        let temporary = root.appendingPathComponent(".incoming-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw .io("\(temporary.path) could not be created")
        }
        return Incoming(store: self, temporary: temporary, handle: handle)
    }

    /// A bundle being written: `append` each piece, then `finish` to store it under its digest
    /// or `discard` to leave no trace. Used by one task at a time (which may hand it to a
    /// thread of its own to flush), hence `@unchecked Sendable`.
    package final class Incoming: @unchecked Sendable {
        private let store: BundleStore
        private let temporary: URL
        private let handle: FileHandle
        private var hasher = SHA256()
        /// Bytes received so far.
        package private(set) var count: Int64 = 0
        private var closed = false

        fileprivate init(store: BundleStore, temporary: URL, handle: FileHandle) {
            self.store = store
            self.temporary = temporary
            self.handle = handle
        }

        /// Adds a piece; past the store's limit the bundle is discarded and `tooLarge` thrown.
        package func append(_ bytes: some Collection<UInt8>) throws(Failure) {
            count += Int64(bytes.count)
            guard count <= store.limit else {
                discard()
                throw .tooLarge(limit: store.limit)
            }
            let data = Data(bytes)
            hasher.update(data: data)
            do { try handle.write(contentsOf: data) } catch {
                discard()
                throw .io(error.localizedDescription)
            }
        }

        /// Flushes and renames the file into place under its digest.
        package func finish() throws(Failure) -> StoredBundle {
            let digest = hasher.finalize().hexString
            let destination = store.url(forDigest: digest)
            do {
                try handle.synchronize()
                try handle.close()
                closed = true
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
                guard rename(temporary.path, destination.path) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
            } catch {
                discard()
                throw .io(error.localizedDescription)
            }
            return StoredBundle(sha256: digest, bytes: count, url: destination)
        }

        /// Removes the partial file.
        package func discard() {
            if !closed { try? handle.close(); closed = true }
            try? FileManager.default.removeItem(at: temporary)
        }

        deinit { if !closed { try? handle.close() } }
    }

    /// Removes a stored bundle (its submissions were deleted, or only their reports are kept).
    package func remove(_ sha256: String) throws(Failure) {
        guard Self.isDigest(sha256) else { throw .notADigest(sha256) }
        try? FileManager.default.removeItem(at: url(forDigest: sha256))
    }

    /// Removes temporary files left by uploads a crash interrupted: every one when this server
    /// is the store's only user, else those untouched for `olderThan` seconds (another server
    /// sharing the folder may be receiving the rest).
    package func removeAbandonedUploads(olderThan age: TimeInterval = 0, now: Date = Date()) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names where name.hasPrefix(".incoming-") {
            let file = root.appendingPathComponent(name)
            if age > 0, let modified = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date,
               now.timeIntervalSince(modified) < age { continue }
            try? FileManager.default.removeItem(at: file)
        }
    }

    /// The bundle stored under `sha256`, or `nil` when the store does not hold it. Anything
    /// but 64 lower-case hex digits is refused: a digest is never a path.
    package func bundle(_ sha256: String) throws(Failure) -> StoredBundle? {
        guard Self.isDigest(sha256) else { throw .notADigest(sha256) }
        let location = url(forDigest: sha256)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: location.path),
              let size = attributes[.size] as? NSNumber else { return nil }
        return StoredBundle(sha256: sha256, bytes: size.int64Value, url: location)
    }

    /// `bundles/ab/abcdef…`: two hex digits of fan-out keep folders small.
    fileprivate func url(forDigest digest: String) -> URL {
        root.appendingPathComponent(String(digest.prefix(2)), isDirectory: true).appendingPathComponent(digest)
    }

    static func isDigest(_ text: String) -> Bool { text.isLowercaseHex(digits: 64) }
}

import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import NodStore

/// Why an upload was refused before any audit.
enum UploadFailure: Error, Equatable {
    case tooLarge
    case malformed(String)
    case noFile
    case staleForm
    case store(String)
}

/// What an upload left in the store.
struct ReceivedUpload {
    var bundle: BundleStore.StoredBundle
    var fileName: String
    var keepEvidence: Bool
    /// The sender says this is a certificate's surveillance audit.
    var surveillance: Bool
}

/// Takes a bundle from a request as it streams in, straight into the bundle store under the
/// size limit: never whole in memory, never extracted. Pages send `multipart/form-data` (the
/// CSRF field first, as the form orders it, checked before a byte of the file is kept); the
/// API sends the archive as the body.
enum UploadReceiver {
    /// Past this many bytes of part headers without content, the request is not a form.
    static let headerLimit = 16 << 10

    static func multipart(_ request: Request, store: BundleStore, csrf: String) async throws(UploadFailure) -> ReceivedUpload {
        guard let contentType = request.headers[.contentType], let boundary = boundary(of: contentType) else {
            throw .malformed("not multipart/form-data with a boundary")
        }
        if let declared = request.headers[.contentLength].flatMap(Int64.init), declared > store.limit + (1 << 20) { throw .tooLarge }
        let collector = PartCollector(store: store, csrf: csrf)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.partComplete() }
        do {
            for try await buffer in request.body {
                collector.headerBytes += buffer.readableBytes
                try parser.execute(buffer)
                if let failure = collector.failure { throw failure }
                if collector.headerBytes > headerLimit { throw UploadFailure.malformed("part headers too long") }
            }
        } catch let failure as UploadFailure {
            collector.discard()
            throw failure
        } catch {
            collector.discard()
            throw .malformed("the form could not be read")
        }
        if let failure = collector.failure { collector.discard(); throw failure }
        if collector.folderFiles > 0 {
            do { try collector.incoming?.append(TarWriter.end) } catch { collector.discard(); throw .tooLarge }
        }
        guard let incoming = collector.incoming, collector.fileComplete || collector.folderFiles > 0, incoming.count > 0 else {
            collector.discard()
            throw .noFile
        }
        let bundle = try await finish(incoming)
        return ReceivedUpload(bundle: bundle, fileName: collector.uploadName, keepEvidence: collector.fields["keep"] == "yes",
                              surveillance: collector.fields["purpose"] == "surveillance")
    }

    /// The API's upload: the request body is the archive.
    static func raw(_ request: Request, store: BundleStore) async throws(UploadFailure) -> BundleStore.StoredBundle {
        if let declared = request.headers[.contentLength].flatMap(Int64.init), declared > store.limit { throw .tooLarge }
        let incoming: BundleStore.Incoming
        do { incoming = try store.incoming() } catch { throw .store("\(error)") }
        do {
            for try await buffer in request.body {
                try buffer.withUnsafeReadableBytes { try incoming.append($0) }
            }
        } catch BundleStore.Failure.tooLarge {
            throw .tooLarge
        } catch {
            incoming.discard()
            throw .malformed("the upload ended early")
        }
        guard incoming.count > 0 else { incoming.discard(); throw .noFile }
        return try await finish(incoming)
    }

    /// Flushes and names the stored bundle on a thread of its own: the flush waits for the
    /// disk, and must not hold one of the few threads every request and audit shares.
    private static func finish(_ incoming: BundleStore.Incoming) async throws(UploadFailure) -> BundleStore.StoredBundle {
        let result = await OffLoop.run { Result { () throws(BundleStore.Failure) in try incoming.finish() } }
        do { return try result.get() } catch { throw .store("\(error)") }
    }

    /// The boundary parameter of a multipart content type: 1 to 70 characters (RFC 2046), so
    /// the parser is never given an empty one.
    static func boundary(of contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = String(pair[1])
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            guard (1...70).contains(value.utf8.count), value.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F || $0 == 0x20 }) else { return nil }
            return value
        }
        return nil
    }

    /// `name` and `filename` of a `Content-Disposition: form-data` header.
    static func disposition(_ value: String) -> (name: String?, fileName: String?) {
        var name: String?, fileName: String?
        var rest = Substring(value)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
            guard let equals = rest.firstIndex(of: "=") else { break }
            let key = rest[..<equals].lowercased()
            var after = rest[rest.index(after: equals)...]
            var parsed = ""
            if after.first == "\"" {
                after = after.dropFirst()
                var escaped = false
                var end = after.endIndex
                for index in after.indices {
                    let character = after[index]
                    if escaped { parsed.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { end = index; break } else { parsed.append(character) }
                }
                rest = end < after.endIndex ? after[after.index(after: end)...] : after[after.endIndex...]
            } else {
                let end = after.firstIndex(of: ";") ?? after.endIndex
                parsed = String(after[..<end])
                rest = after[end...]
            }
            if key == "name" { name = parsed } else if key == "filename" { fileName = parsed }
        }
        return (name, fileName)
    }
}

/// The parser's callbacks' state for one request (used by that request's task alone). A
/// `bundle` part is the archive itself; `files` parts are a folder's files, each kept in a
/// temporary file until whole, then added to a tar archive being written into the store.
private final class PartCollector {
    let store: BundleStore
    let csrf: String
    var fields: [String: String] = [:]
    var headers: [(String, String)] = []
    var kind: Kind?
    var incoming: BundleStore.Incoming?
    var fileName = ""
    var fileComplete = false
    var failure: UploadFailure?
    var headerBytes = 0
    /// How many files of a folder were added.
    var folderFiles = 0
    private var folderNames: Set<String> = []
    private var fieldBytes: [UInt8] = []
    private var part: (path: String, url: URL, handle: FileHandle, bytes: Int64)?

    /// The most files a folder upload may hold (the bundle limits allow 10 000 entries).
    static let maximumFiles = 10_000

    enum Kind { case file, folderFile, field(String), ignored }

    init(store: BundleStore, csrf: String) {
        self.store = store
        self.csrf = csrf
    }

    /// The name the submission is shown by: the archive's, or the folder's.
    var uploadName: String {
        guard folderFiles > 0 else { return fileName }
        if folderNames.count == 1, let folder = folderNames.first, !folder.isEmpty { return "\(folder)/" }
        return "\(folderFiles) files"
    }

    func header(_ name: String, _ value: String) {
        headers.append((name.lowercased(), value))
    }

    private func beginPart() {
        guard kind == nil else { return }
        let disposition = headers.first { $0.0 == "content-disposition" }.map { UploadReceiver.disposition($0.1) }
        switch (disposition?.name, disposition?.fileName) {
        case ("bundle", .some(let name)) where !name.isEmpty:
            guard CSRF.matches(fields["csrf"], csrf) else { fail(.staleForm); return }
            guard incoming == nil else { fail(.malformed("more than one archive, or an archive and a folder")); return }
            do { incoming = try store.incoming() } catch { fail(.store("\(error)")); return }
            fileName = InertText.name((name as NSString).lastPathComponent)
            kind = .file
        case ("files", .some(let name)) where !name.isEmpty:
            guard CSRF.matches(fields["csrf"], csrf) else { fail(.staleForm); return }
            guard !fileComplete, kind == nil, folderFiles < Self.maximumFiles else { fail(.malformed("an archive and a folder, or too many files")); return }
            guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { fail(.malformed("a file name with control characters")); return }
            let url = store.root.appendingPathComponent(".incoming-part-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                  let handle = try? FileHandle(forWritingTo: url) else { fail(.store("a temporary file could not be made")); return }
            part = (name, url, handle, 0)
            kind = .folderFile
        case (.some(let field), nil) where ["csrf", "keep", "purpose"].contains(field):
            kind = .field(field)
        default:
            kind = .ignored
        }
    }

    private func fail(_ reason: UploadFailure) {
        failure = reason
        kind = .ignored
    }

    func body(_ buffer: inout ByteBuffer) {
        headerBytes = 0
        beginPart()
        guard failure == nil else { return }
        switch kind {
        case .file:
            do {
                try buffer.withUnsafeReadableBytes { try incoming?.append($0) }
            } catch BundleStore.Failure.tooLarge {
                failure = .tooLarge
            } catch {
                failure = .store("\(error)")
            }
        case .folderFile:
            guard let current = part else { return }
            let count = Int64(buffer.readableBytes)
            guard current.bytes + count + (incoming?.count ?? 0) <= store.limit else { failure = .tooLarge; return }
            do { try current.handle.write(contentsOf: buffer.readableBytesView) } catch { failure = .store("\(error)"); return }
            part?.bytes += count
        case .field:
            guard fieldBytes.count + buffer.readableBytes <= 256 else { failure = .malformed("a field is too long"); return }
            fieldBytes += buffer.readableBytesView
        case .ignored, nil:
            break
        }
    }

    func partComplete() {
        headerBytes = 0
        beginPart()
        if case .field(let name) = kind { fields[name] = String(decoding: fieldBytes, as: UTF8.self) }
        if case .file = kind { fileComplete = true }
        if case .folderFile = kind, failure == nil { addFolderFile() }
        removePart()
        kind = nil
        headers = []
        fieldBytes = []
    }

    /// Writes the finished part into the archive: its header, its bytes, its padding.
    private func addFolderFile() {
        guard let current = part else { return }
        do {
            if incoming == nil { incoming = try store.incoming() }
            guard let incoming else { return }
            try current.handle.close()
            try incoming.append(try TarWriter.header(path: current.path, size: current.bytes))
            let reader = try FileHandle(forReadingFrom: current.url)
            defer { try? reader.close() }
            while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty { try incoming.append(chunk) }
            try incoming.append(TarWriter.padding(after: current.bytes))
            folderFiles += 1
            if let root = current.path.split(separator: "/").first, current.path.contains("/") {
                folderNames.insert(InertText.name(String(root)))
            } else {
                folderNames.insert("")
            }
        } catch BundleStore.Failure.tooLarge {
            failure = .tooLarge
        } catch let error as TarWriter.Failure {
            failure = .malformed("\(error)")
        } catch {
            failure = .store("\(error)")
        }
    }

    private func removePart() {
        guard let current = part else { return }
        try? current.handle.close()
        try? FileManager.default.removeItem(at: current.url)
        part = nil
    }

    func discard() {
        removePart()
        incoming?.discard()
    }
}

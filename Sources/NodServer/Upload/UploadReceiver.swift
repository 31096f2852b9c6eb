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
        guard let incoming = collector.incoming, collector.fileComplete, incoming.count > 0 else { collector.discard(); throw .noFile }
        do {
            let bundle = try incoming.finish()
            return ReceivedUpload(bundle: bundle, fileName: collector.fileName, keepEvidence: collector.fields["keep"] == "yes")
        } catch {
            throw .store("\(error)")
        }
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
        do { return try incoming.finish() } catch { throw .store("\(error)") }
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

/// The parser's callbacks' state for one request (used by that request's task alone).
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
    private var fieldBytes: [UInt8] = []

    enum Kind { case file, field(String), ignored }

    init(store: BundleStore, csrf: String) {
        self.store = store
        self.csrf = csrf
    }

    func header(_ name: String, _ value: String) {
        headers.append((name.lowercased(), value))
    }

    private func beginPart() {
        guard kind == nil else { return }
        let disposition = headers.first { $0.0 == "content-disposition" }.map { UploadReceiver.disposition($0.1) }
        switch (disposition?.name, disposition?.fileName) {
        case ("bundle", .some(let name)) where !name.isEmpty:
            guard CSRF.matches(fields["csrf"], csrf) else { failure = .staleForm; kind = .ignored; return }
            guard incoming == nil else { failure = .malformed("more than one file"); kind = .ignored; return }
            do { incoming = try store.incoming() } catch { failure = .store("\(error)"); kind = .ignored; return }
            fileName = InertText.name((name as NSString).lastPathComponent)
            kind = .file
        case (.some(let field), nil) where ["csrf", "keep"].contains(field):
            kind = .field(field)
        default:
            kind = .ignored
        }
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
        kind = nil
        headers = []
        fieldBytes = []
    }

    func discard() { incoming?.discard() }
}

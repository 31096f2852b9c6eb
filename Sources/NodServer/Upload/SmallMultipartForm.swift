import Hummingbird
import MultipartKit
import NIOCore

/// A small `multipart/form-data` form read whole into memory under a hard limit — a signed
/// file to verify, a review's YAML files — as named parts. Bundles never come this way: they
/// stream into the store (`UploadReceiver`).
struct SmallMultipartForm {
    private(set) var parts: [String: [UInt8]] = [:]

    /// `nil` when the body is not such a form or is larger than `limit`.
    init?(_ request: Request, limit: Int) async {
        guard let contentType = request.headers[.contentType], let boundary = UploadReceiver.boundary(of: contentType),
              let body = try? await request.body.collect(upTo: limit) else { return nil }
        final class Collector {
            var parts: [String: [UInt8]] = [:]
            var name: String?
            var bytes: [UInt8] = []
            var count = 0
        }
        let collector = Collector()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { collector.name = UploadReceiver.disposition(value).name }
        }
        parser.onBody = { buffer in collector.bytes += buffer.readableBytesView }
        parser.onPartComplete = {
            if let name = collector.name, collector.parts.count < 16 { collector.parts[name] = collector.bytes }
            collector.name = nil
            collector.bytes = []
        }
        do { try parser.execute(body) } catch { return nil }
        parts = collector.parts
    }

    subscript(_ name: String) -> [UInt8]? { parts[name] }

    /// A text field's value.
    func text(_ name: String) -> String? { parts[name].map { String(decoding: $0, as: UTF8.self) } }
}

import Foundation
import Hummingbird
import NIOCore
import NodStore

/// What operators and browsers fetch without signing in: liveness, readiness, metrics, and
/// the stylesheet.
struct OperationsRoutes {
    let office: Office

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/healthz") { _, _ in Self.text("ok\n") }
        router.get("/readyz") { _, _ in
            do {
                _ = try await office.ledger.accountCount()
                return Self.text("ready\n")
            } catch {
                return Self.text("the ledger cannot be read\n", status: .serviceUnavailable)
            }
        }
        router.get("/metrics") { _, _ in
            if let length = try? await office.ledger.queueLength() { office.metrics.queueLength(length) }
            return Self.text(office.metrics.text(), type: "text/plain; version=0.0.4; charset=utf-8")
        }
        router.get("/assets/site.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: SiteStylesheet.css)))
        }
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok, type: String = "text/plain; charset=utf-8") -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

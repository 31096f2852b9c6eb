import Foundation
import Hummingbird
package import Logging
import Mustache
import NodCore
import NodStore
import ServiceLifecycle
import Synchronization

/// The web office (`nod serve`): opens the ledger and the bundle store under the data folder,
/// starts the audit queue, and serves the pages and the API until it is told to stop.
package struct WebOffice: Sendable {
    let configuration: OfficeConfiguration
    let logger: Logger

    package init(configuration: OfficeConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs until SIGTERM or SIGINT; then stops taking requests and audits, lets the audits in
    /// hand finish, and closes the ledger. `onReady` is told the port it listens on.
    package func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let office = try await Office.open(configuration: configuration, logger: logger)
        do {
            try await application(office, onReady: onReady).runService()
        } catch {
            try? await office.ledger.close()
            throw error
        }
        try? await office.ledger.close()
    }

    /// The server and its audit queue, over an office already open (tests drive it directly).
    func application(_ office: Office, onReady: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let queue = AuditQueue(ledger: office.ledger, store: office.store, configuration: configuration, metrics: office.metrics, bell: office.bell, logger: logger)
        return Application(
            router: OfficeRoutes.router(office),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "nod"),
            services: [queue, CycleSweep(office: office)],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                office.boundPort.withLock { $0 = port }
                await onReady(port)
            },
            logger: logger)
    }
}

/// What every route shares: the ledger, the store, the templates, the metrics, the throttle.
final class Office: Sendable {
    let configuration: OfficeConfiguration
    let ledger: Ledger
    let store: BundleStore
    let templates: MustacheLibrary
    let metrics: OfficeMetrics
    let throttle = LoginThrottle()
    let bell = QueueBell()
    let renderedReports = FragmentCache<String>()
    /// Submission pages' own parts, cut where each viewer's CSRF token goes (`csrfPlaceholder`).
    let renderedPages = FragmentCache<[String]>(capacity: 256)
    /// Random per run, so that no text in a bundle can be it.
    let csrfPlaceholder = "csrf-\(UUID().uuidString)"
    let body: CertificationBody
    /// The cycle's today (`--date`, or the calendar's).
    let clock: OfficeClock
    /// The port the server listens on, once it does.
    let boundPort = Mutex(0)
    let logger: Logger

    private init(configuration: OfficeConfiguration, ledger: Ledger, store: BundleStore, templates: MustacheLibrary, body: CertificationBody,
                 logger: Logger) {
        self.configuration = configuration
        self.body = body
        clock = OfficeClock(configuration.auditDate)
        self.ledger = ledger
        self.store = store
        self.templates = templates
        metrics = OfficeMetrics()
        self.logger = logger
    }

    static func open(configuration: OfficeConfiguration, logger: Logger) async throws -> Office {
        let ledger = try await Ledger.open(configuration.ledgerLocation, logger: logger)
        let store: BundleStore
        do { store = try BundleStore(data: configuration.data, limit: configuration.uploadLimit) } catch {
            try? await ledger.close()
            throw error
        }
        // Replicas share the store's folder: an upload another is receiving is not abandoned.
        store.removeAbandonedUploads(olderThan: ledger.dialect == .sqlite ? 0 : 3600)
        let body: CertificationBody
        do {
            body = try CertificationBody.load(configuration.signingKey, data: configuration.data)
        } catch {
            try? await ledger.close()
            throw error
        }
        return Office(configuration: configuration, ledger: ledger, store: store, templates: try Templates.library(), body: body, logger: logger)
    }

    var reports: URL { configuration.reports }

    func registerURL(_ number: String) -> String {
        configuration.registerURL(number, boundPort: configuration.port == 0 ? boundPort.withLock { $0 } : configuration.port)
    }
}

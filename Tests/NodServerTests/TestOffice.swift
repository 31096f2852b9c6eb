import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import NodArchiveTesting
import NodCore
@testable import NodServer
import NodStore
import NodTestSupport
import Synchronization

/// A web office on a fresh data folder, served on a loopback port for one test, with its
/// audit workers (the built `nod batch-worker`), and a client that keeps cookies like a browser.
struct TestOffice {
    let office: Office
    let data: URL

    static func with<T: Sendable>(_ adjust: (inout OfficeConfiguration) -> Void = { _ in },
                                  _ body: @Sendable (TestOffice, Browser) async throws -> T) async throws -> T {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("nod-office-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }
        var configuration = OfficeConfiguration(data: data, workerCommand: [NodProcess.executable.path, "batch-worker"])
        configuration.port = 0
        configuration.jobs = 1
        configuration.auditDate = LocalDate(iso8601: "2026-06-30")
        // NOD_TEST_POSTGRES: the office's ledger in a new database on that server instead.
        if let server = ProcessInfo.processInfo.environment["NOD_TEST_POSTGRES"], !server.isEmpty {
            let name = "nod_office_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            configuration.database = .postgres(url: try await PostgresPool.createDatabase(named: name, onServer: server))
        }
        adjust(&configuration)
        var logger = Logger(label: "nod.test")
        logger.logLevel = ProcessInfo.processInfo.environment["NOD_TEST_LOG"] == nil ? .critical : .debug
        let office = try await Office.open(configuration: configuration, logger: logger)
        let app = WebOffice(configuration: configuration, logger: logger).application(office)
        let result: T
        do {
            result = try await app.test(.live) { client in
                try await body(TestOffice(office: office, data: data), Browser(client: client))
            }
        } catch {
            try? await office.ledger.close()
            throw error
        }
        try await office.ledger.close()
        return result
    }

    /// An account and a signed-in browser session for it (the password is checked by other tests).
    func signedIn(_ email: String, role: AccountRole, organisation: String? = nil, browser: Browser) async throws -> Account {
        try await office.ledger.addAccount(email: email, password: "a long enough passphrase", role: role, organisation: organisation)
        let account = try await office.ledger.account(email: email)!
        let (token, _) = try await office.ledger.startSession(accountID: account.id)
        browser.cookies.withLock { $0[Identify.sessionCookie] = token }
        return account
    }

    /// An API token for an account.
    func token(for account: Account) async throws -> String {
        try await office.ledger.createAPIToken(accountID: account.id, label: "test").secret
    }

    /// Waits until the submission's audit has ended.
    func waitForAudit(_ publicID: String, seconds: Int = 60) async throws -> Submission {
        for _ in 0..<(seconds * 10) {
            if let submission = try await office.ledger.submission(publicID: publicID), submission.status == .audited || submission.status == .rejected {
                return submission
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestFailure("the audit of \(publicID) did not end")
    }

    /// The example bundle as a zip, optionally with files changed or added.
    static func exampleZip(_ example: String = "gofal-dyffryn", replacing: [String: String] = [:]) throws -> Data {
        let root = RepositoryPaths.root().appendingPathComponent("Examples/\(example)")
        var entries: [ArchiveBuilder.Entry] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
        var paths: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        for path in paths.sorted() {
            if let replacement = replacing[path] {
                entries.append(.text(path, replacement))
            } else {
                entries.append(.file(path, .bytes(Array(try Data(contentsOf: root.appendingPathComponent(path))))))
            }
        }
        for (path, text) in replacing where !paths.contains(path) { entries.append(.text(path, text)) }
        return try ArchiveBuilder.build(entries, format: .zip)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A client that keeps cookies and sends the CSRF token the way a page's form does.
final class Browser: Sendable {
    let client: any TestClientProtocol
    let cookies = Mutex<[String: String]>([:])

    init(client: any TestClientProtocol) { self.client = client }

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let text: String
        /// The body's bytes (for files that are not text).
        let data: Data
        var location: String? { headers[.location] }
    }

    @discardableResult
    func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: extra, body: nil)
    }

    /// A URL-encoded form; `csrf` is added unless `withToken` is false.
    @discardableResult
    func post(_ uri: String, form: [(String, String)], withToken: Bool = true, headers extra: HTTPFields = [:]) async throws -> Page {
        var fields = form
        if withToken { fields.insert(("csrf", try await csrfToken()), at: 0) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = extra
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// The upload form: the CSRF field first, then the file, as the page orders them.
    func upload(_ uri: String, file: Data, name: String, keep: Bool = true, withToken: Bool = true, fields: [(String, String)] = []) async throws -> Page {
        let boundary = "----nodtest\(UUID().uuidString.prefix(8))"
        var body = Data()
        func part(_ text: String) { body.append(Data(text.utf8)) }
        if withToken { part("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(try await csrfToken())\r\n") }
        if keep { part("--\(boundary)\r\nContent-Disposition: form-data; name=\"keep\"\r\n\r\nyes\r\n") }
        for (field, value) in fields { part("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"\r\n\r\n\(value)\r\n") }
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"\(name)\"\r\nContent-Type: application/zip\r\n\r\n")
        body.append(file)
        part("\r\n--\(boundary)--\r\n")
        return try await send(uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(bytes: body))
    }

    /// A form with one file and no CSRF field (the public verification form).
    func uploadFile(_ uri: String, field: String, file: Data, name: String) async throws -> Page {
        let boundary = "----nodtest\(UUID().uuidString.prefix(8))"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\nContent-Type: application/json\r\n\r\n".utf8)
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(bytes: body))
    }

    /// The upload form with a folder's files (`files` parts, each named by its path), as a
    /// browser sends a folder chosen with `webkitdirectory`.
    func uploadFolder(_ uri: String, files: [(path: String, bytes: Data)]) async throws -> Page {
        let boundary = "----nodtest\(UUID().uuidString.prefix(8))"
        var body = Data()
        func part(_ text: String) { body.append(Data(text.utf8)) }
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(try await csrfToken())\r\n")
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n")
        for file in files {
            part("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.path)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.append(file.bytes)
            part("\r\n")
        }
        part("--\(boundary)\r\nContent-Disposition: form-data; name=\"keep\"\r\n\r\nyes\r\n--\(boundary)--\r\n")
        return try await send(uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(bytes: body))
    }

    func send(_ uri: String, method: HTTPRequest.Method, headers extra: HTTPFields, body: ByteBuffer?) async throws -> Page {
        var headers = extra
        let cookieHeader = cookies.withLock { $0.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if !cookieHeader.isEmpty { headers[.cookie] = cookieHeader }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            let name = String(pair[0]), content = String(pair[1])
            cookies.withLock { if content.isEmpty || value.contains("Max-Age=0") { $0[name] = nil } else { $0[name] = content } }
        }
        return Page(status: response.status, headers: response.headers, text: String(buffer: response.body),
                    data: Data(response.body.readableBytesView))
    }

    /// The token forms carry: read from a page, as a browser would have it.
    func csrfToken() async throws -> String {
        let page = try await get("/account")
        if let range = page.text.range(of: #"name="csrf" value="([0-9a-f]{64})""#, options: .regularExpression) {
            return String(page.text[range].dropFirst(#"name="csrf" value=""#.count).prefix(64))
        }
        if let anonymous = cookies.withLock({ $0[Identify.csrfCookie] }) { return anonymous }
        _ = try await get("/sign-in")
        return cookies.withLock { $0[Identify.csrfCookie] } ?? ""
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}

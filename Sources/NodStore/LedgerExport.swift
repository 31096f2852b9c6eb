import Foundation
import NodCore

/// `nod ledger export`: the events, then the certificates with their status histories, one
/// JSON object per line, keys sorted — a form any tool can read, diff and archive.
package enum LedgerExport {
    private struct EventLine: Encodable {
        var type = "event"
        var event: LedgerEvent
        func encode(to encoder: any Encoder) throws {
            try event.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(type, forKey: Key(stringValue: "type"))
        }
    }

    private struct CertificateLine: Encodable {
        var type = "certificate"
        var number: String
        var organisation: String
        var profile: String
        var level: String
        var decided: LocalDate
        var expires: LocalDate
        var status: String
        var history: [Change]
        var document: String
        struct Change: Encodable { var status: String; var reason: String; var changed: LocalDate; var actor: String }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    package static func write(_ ledger: Ledger, to output: (String) -> Void) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var after = 0
        while true {
            let events = try await ledger.events(after: after, limit: 1000)
            guard let last = events.last else { break }
            for event in events { output(String(decoding: try encoder.encode(EventLine(event: event)), as: UTF8.self) + "\n") }
            after = last.id
        }
        for certificate in try await ledger.certificates().reversed() {
            let history = try await ledger.statusHistory(certificateID: certificate.id).map {
                CertificateLine.Change(status: $0.status.rawValue, reason: $0.reason, changed: $0.changed, actor: $0.actor)
            }
            let line = CertificateLine(number: certificate.number, organisation: certificate.organisationName, profile: certificate.profile,
                                       level: certificate.level, decided: certificate.decided, expires: certificate.expires,
                                       status: certificate.status.rawValue, history: history, document: certificate.document)
            output(String(decoding: try encoder.encode(line), as: UTF8.self) + "\n")
        }
    }
}

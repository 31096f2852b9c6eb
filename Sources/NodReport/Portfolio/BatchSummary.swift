package import Foundation
package import NodCore
import NodEvidence
package import NodRules

/// The portfolio summary of a batch, the model behind summary.csv (one row per bundle, for
/// spreadsheets), summary.json (the same, for scripts) and summary.html
/// (`PortfolioHTMLRenderer`): the batch runner writes all three.
package struct BatchSummary: CanonicalJSONObject {
    package var batchFormat = 1
    package var auditDate: LocalDate
    package var profile: String
    package var counts: [String: Int]
    package var mostNotMet: [RuleCount]
    package var rows: [BatchRow]
    package let language: Language
    package let titles: [String: LocalizedText]
    package let levelTitles: [String: LocalizedText]
    /// The endings of each bundle's reports (`json`, then the other format asked for), so the
    /// portfolio page links every report written.
    package let formats: [String]

    package struct RuleCount: CanonicalJSONObject {
        package var rule: String
        package var bundles: Int

        package func writeFields(to json: inout CanonicalJSONWriter) {
            json.field("bundles", bundles)
            json.field("rule", rule)
        }
    }

    package init(rows: [BatchRow], profile: Profile, auditDate: LocalDate, language: Language, packs: [LoadedPack], formats: [String] = ["json"]) {
        self.rows = rows
        self.formats = formats
        self.profile = profile.id
        self.auditDate = auditDate
        self.language = language
        var counts: [String: Int] = ["items": rows.count, "bundles": rows.count(where: { $0.status != BatchRow.notABundle })]
        for row in rows { counts[row.outcome, default: 0] += 1 }
        self.counts = counts
        var notMet: [String: Int] = [:]
        for row in rows { for rule in row.notMet ?? [] { notMet[rule, default: 0] += 1 } }
        mostNotMet = notMet.map { RuleCount(rule: $0.key, bundles: $0.value) }.sorted { ($1.bundles, $0.rule) < ($0.bundles, $1.rule) }.prefix(10).map { $0 }
        titles = Dictionary(packs.flatMap { $0.pack.rules.map { ($0.id, $0.title) } }, uniquingKeysWith: { a, _ in a })
        levelTitles = Dictionary(profile.levels.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every kind of row counted: "6 found: 2 awarded, 1 with conditions, 1 not awarded,
    /// 0 rejected, 2 not bundles".
    package var closingLine: String {
        let notBundles = counts[BatchRow.notABundle] ?? 0
        return "\(rows.count) found: \(counts["awarded"] ?? 0) awarded, \(counts["awarded-with-conditions"] ?? 0) with conditions, "
            + "\(counts["not-awarded"] ?? 0) not awarded, \(counts["rejected"] ?? 0) rejected, "
            + "\(notBundles) \(notBundles == 1 ? "not a bundle" : "not bundles")"
    }

    /// summary.csv: one row per bundle, for spreadsheets (RFC 4180, CRLF line ends).
    package var csv: Data {
        var csv = BatchRow.csvColumns.joined(separator: ",") + "\r\n"
        for row in rows { csv += row.csvFields.map(OutputEscaping.csv).joined(separator: ",") + "\r\n" }
        return Data(csv.utf8)
    }

    /// summary.json: keys sorted and laid out as the reports are (`CanonicalJSONWriter`);
    /// `JSONEncoder` took a thousand-bundle batch 25 ms more, with both cores idle.
    package var json: Data {
        var json = CanonicalJSONWriter(capacity: 1024 * (rows.count + 4))
        json.object(self)
        return json.finish()
    }

    package func writeFields(to json: inout CanonicalJSONWriter) {
        json.field("audit-date", auditDate.description)
        json.field("batch-format", batchFormat)
        json.sortedField("counts", counts)
        json.field("most-not-met", mostNotMet)
        json.field("profile", profile)
        json.field("rows", rows)
        json.objectField("tool") { json in
            json.field("name", "nod")
            json.field("version", NodVersion.current)
        }
    }
}

import NodAudit
import Foundation
import NodArchive
import NodCore
import NodEvidence
import NodFuzzing
import NodReport
import NodRules
import NodTestSupport
import Testing

/// Absence and corruption are never compliance: damaging the evidence of a bundle, one file
/// at a time and cumulatively, never raises its decision or level, and nod never crashes.
@Suite(.tags(.slow))
struct EvidenceLossTests {
    /// A small deterministic generator (SplitMix64), so a failure names a seed that reproduces it.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Ways a submitted file goes wrong.
    enum Damage: CaseIterable {
        case remove, empty, truncate, flipBytes, dropLine, duplicateLine, garbleField, latin1, utf16, binary

        func apply(to bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8]? {
            switch self {
            case .remove: return nil
            case .empty: return []
            case .truncate: return Array(bytes.prefix(bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)))
            case .flipBytes:
                var damaged = bytes
                for _ in 0..<max(1, bytes.count / 200) where !damaged.isEmpty {
                    damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                return damaged
            case .dropLine, .duplicateLine, .garbleField:
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { return bytes }
                let index = Int.random(in: 0..<lines.count, using: &random)
                switch self {
                case .dropLine: lines.remove(at: index)
                case .duplicateLine: lines.insert(lines[index], at: index)
                default:
                    let garbage = ["", "n/a", "-1", "9999-99-99", "\"", "yes", "🙂", "1e309", ",,,,", ": :"].randomElement(using: &random)!
                    if let comma = lines[index].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }) {
                        lines[index].replaceSubrange((comma + 1)..<lines[index].endIndex, with: Array(garbage.utf8))
                    } else {
                        lines[index] = Array(garbage.utf8)
                    }
                }
                return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            case .latin1:
                return Array((String(decoding: bytes, as: UTF8.self).data(using: .isoLatin1, allowLossyConversion: true) ?? Data()))
            case .utf16:
                return Array(String(decoding: bytes, as: UTF8.self).data(using: .utf16) ?? Data())
            case .binary:
                return (0..<64).map { _ in UInt8.random(in: 0...255, using: &random) }
            }
        }
    }

    /// Chains per baseline: NOD_EVIDENCE_LOSS_CHAINS raises it for a longer search (12 on CI).
    static let chains = ProcessInfo.processInfo.environment["NOD_EVIDENCE_LOSS_CHAINS"].flatMap(Int.init) ?? 12

    /// Decision first, then level (later levels are higher): the order a co-op would rank outcomes.
    static func rank(_ report: AuditReport, levels: [String]) -> (Int, Int) {
        let decision = switch report.decision {
        case .notAwarded: 0
        case .awardedWithConditions: 1
        case .awarded: 2
        }
        let level = report.level.flatMap { levels.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return (decision, level)
    }

    /// Valid bundles at every level: awarded at the top, awarded with conditions, and not
    /// awarded (the same evidence judged a year on, when it is out of date).
    static let baselines: [(example: String, profile: String, date: String, seed: UInt64)] = [
        ("gofal-dyffryn", "care-quality-mark", "2026-06-30", 1),
        ("gofal-dyffryn", "care-quality-mark", "2027-03-31", 2),
        ("eryri-byw-annibynnol", "care-quality-mark", "2026-06-30", 3),
        ("bristol-adaptations", "care-quality-mark", "2026-06-30", 4),
        ("bristol-adaptations", "governance-only", "2026-06-30", 5),
    ]

    @Test(arguments: baselines)
    func damagingEvidenceNeverRaisesTheDecision(example: String, profile: String, date: String, seed: UInt64) throws {
        let audit = try #require(ShippedAudit(profile: profile, auditDate: LocalDate(iso8601: date)!))
        let levels = audit.pipeline.profile.levels.map(\.id)
        let original = try BundleReader().read(path: RepositoryPaths.examples.appendingPathComponent(example).path)
        var random = SeededGenerator(state: seed)
        let damageable = original.files.map(\.path).filter { $0 != "manifest.yaml" }
        var checked = 0
        let baseline = try #require(audit.audit(original))
        let top = Self.rank(baseline, levels: levels)
        // Chains of up to 8 cumulative damages: each damaged bundle is judged against the
        // valid one it came from, and must not rank above it.
        for chain in 0..<Self.chains {
            var current = original
            var history: [String] = []
            for _ in 0..<8 {
                // Only files still present are damaged: "damaging" a removed file would add it back.
                let present = damageable.filter { current.file(at: $0) != nil }
                guard let path = present.randomElement(using: &random) else { break }
                let damage = Damage.allCases.randomElement(using: &random)!
                // Attachments are only hashed, so any bytes stand for them.
                let before = current.file(at: path)?.content ?? Array("%PDF-1.4 scanned page".utf8)
                current = current.replacing(path, with: damage.apply(to: before, using: &random))
                history.append("\(damage) \(path)")
                guard let report = audit.audit(current) else {
                    Issue.record("seed \(seed), chain \(chain): a damaged evidence file made the whole bundle unreadable: \(history)")
                    break
                }
                checked += 1
                let now = Self.rank(report, levels: levels)
                #expect(now <= top, "seed \(seed), chain \(chain): \(history.joined(separator: " → ")) raised \(baseline.decision.rawValue)/\(baseline.level ?? "-") to \(report.decision.rawValue)/\(report.level ?? "-")")
                if now > top { break }
            }
        }
        #expect(checked >= Self.chains * 6)
    }

    /// Nothing empty scores better than absence: a register with its header row and no rows
    /// ranks no higher than the same bundle without the file; so does each rule's result (a
    /// header-only list of directors must not be "met" where the missing list is "not met").
    /// Logs are the one exception by design (docs/bundle.md): a complaints log with a header
    /// and no rows states that there were none, which a missing log does not.
    @Test(arguments: baselines)
    func aHeaderOnlyFileNeverBeatsAMissingOne(example: String, profile: String, date: String, seed: UInt64) throws {
        let audit = try #require(ShippedAudit(profile: profile, auditDate: LocalDate(iso8601: date)!))
        let levels = audit.pipeline.profile.levels.map(\.id)
        let original = try BundleReader().read(path: RepositoryPaths.examples.appendingPathComponent(example).path)
        for file in original.files where file.path.hasSuffix(".csv") && !file.path.hasPrefix("logs/") {
            guard let content = file.content, let newline = content.firstIndex(of: UInt8(ascii: "\n")) else { continue }
            let headerOnly = try #require(audit.audit(original.replacing(file.path, with: Array(content[...newline]))))
            let removed = try #require(audit.audit(original.replacing(file.path, with: nil)))
            #expect(Self.rank(headerOnly, levels: levels) <= Self.rank(removed, levels: levels),
                    "\(example) \(date): \(file.path) with no rows ranks \(headerOnly.decision.rawValue)/\(headerOnly.level ?? "-"), missing \(removed.decision.rawValue)/\(removed.level ?? "-")")
            let missing = Dictionary(uniqueKeysWithValues: removed.results.map { ($0.rule, $0.status) })
            for result in headerOnly.results where result.status.isMet && missing[result.rule].map({ !$0.isMet && $0.counts }) == true {
                Issue.record("\(example) \(date): \(result.rule) is met with \(file.path) empty but not met without it: \(result.message.en)")
            }
        }
    }

    /// The files `nod init` writes, for the period the examples audit.
    static func skeleton(model: CoopModel, language: Language) -> [BundleSkeleton.File] {
        let period = DatePeriod(start: LocalDate(year: 2025, month: 4, day: 1)!, end: LocalDate(year: 2026, month: 3, day: 31)!)
        return BundleSkeleton.files(model: model, language: language, period: period)
    }

    /// A file left as `nod init` wrote it is no evidence: each example with one of its files
    /// replaced by the skeleton's template ranks no higher than without the file, and no rule
    /// is met by the template that is not met without it (the template's `asset-lock: true`
    /// used to meet FIN-06). Logs are left out as above: an empty log states that nothing
    /// happened, which a missing one does not; the manifest by `theSkeletonAsWrittenMeetsNoRule`.
    @Test(arguments: baselines)
    func aTemplateFileNeverBeatsAMissingOne(example: String, profile: String, date: String, seed: UInt64) throws {
        let audit = try #require(ShippedAudit(profile: profile, auditDate: LocalDate(iso8601: date)!))
        let levels = audit.pipeline.profile.levels.map(\.id)
        let original = try BundleReader().read(path: RepositoryPaths.examples.appendingPathComponent(example).path)
        var replaced = 0
        for template in Self.skeleton(model: .multiStakeholder, language: .en)
        where template.path != "manifest.yaml" && original.file(at: template.path) != nil && !template.path.hasPrefix("logs/") {
            let templated = try #require(audit.audit(original.replacing(template.path, with: Array(template.text.utf8))))
            let removed = try #require(audit.audit(original.replacing(template.path, with: nil)))
            replaced += 1
            #expect(Self.rank(templated, levels: levels) <= Self.rank(removed, levels: levels),
                    "\(example) \(date): \(template.path) as the template ranks \(templated.decision.rawValue)/\(templated.level ?? "-"), missing \(removed.decision.rawValue)/\(removed.level ?? "-")")
            let missing = Dictionary(uniqueKeysWithValues: removed.results.map { ($0.rule, $0.status) })
            for result in templated.results where result.status.isMet && missing[result.rule].map({ !$0.isMet && $0.counts }) == true {
                Issue.record("\(example) \(date): \(result.rule) is met with \(template.path) as the template but not without it: \(result.message.en)")
            }
        }
        #expect(replaced >= 3)
    }

    /// The bundle `nod init` writes, audited as it stands, meets no rule and is not awarded,
    /// for every model, both languages and both shipped profiles.
    @Test(arguments: ["care-quality-mark", "governance-only"])
    func theSkeletonAsWrittenMeetsNoRule(profile: String) throws {
        let audit = try #require(ShippedAudit(profile: profile, auditDate: LocalDate(year: 2026, month: 6, day: 30)!))
        for model in CoopModel.allCases {
            for language in [Language.en, .cy] {
                var contents = BundleContents(source: "skeleton", files: [], archiveSHA256: nil, format: "directory")
                for file in Self.skeleton(model: model, language: language) {
                    contents = contents.replacing(file.path, with: Array(file.text.utf8))
                }
                let report = try #require(audit.audit(contents), "the skeleton for \(model) must read")
                #expect(report.decision == .notAwarded, "\(profile) \(model) \(language)")
                for result in report.results where result.status.isMet {
                    Issue.record("\(profile) \(model) \(language): the skeleton meets \(result.rule): \(result.message.en)")
                }
            }
        }
    }
}

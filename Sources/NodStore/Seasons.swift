package import Foundation
import SQLKit

/// One audit as a season of the regulator's portfolio counts it: the organisation's result
/// that season and the rules it did not meet.
package struct SeasonalAudit: Sendable, Equatable {
    package var season: String
    package var decision: String
    package var level: String?
    package var earned: Int
    package var possible: Int
    package var notMet: [String]

    package init(season: String, decision: String, level: String?, earned: Int, possible: Int, notMet: [String]) {
        self.season = season
        self.decision = decision
        self.level = level
        self.earned = earned
        self.possible = possible
        self.notMet = notMet
    }

    /// Decisions in order of merit, so a fall is a negative change.
    package static func rank(_ decision: String) -> Int {
        switch decision {
        case "awarded": 2
        case "awarded-with-conditions": 1
        default: 0
        }
    }
}

/// A season's number of organisations with one decision.
package struct SeasonCount: Sendable, Equatable {
    package var season: String
    package var decision: String
    package var organisations: Int
}

/// A rule's number of organisations not meeting it in one season.
package struct RuleSeasonCount: Sendable, Equatable {
    package var rule: String
    package var season: String
    package var notMet: Int
}

/// An organisation's results season by season, and how its decision moved since the season
/// before its latest (negative: it fell).
package struct OrganisationTrend: Sendable, Equatable {
    package struct Result: Sendable, Equatable {
        package var decision: String
        package var level: String?
        package var earned: Int
        package var possible: Int
        package var submissionPublicID: String
    }

    package var publicID: String
    package var name: String
    package var registration: String?
    package var trend: Int
    package var results: [String: Result]
}

/// What importing one report did.
package enum ImportOutcome: Sendable, Equatable {
    case imported(submissionPublicID: String, organisationPublicID: String)
    /// The same evidence was imported for that organisation and season before.
    case alreadyImported
}

extension Ledger {
    /// Records `audit` as the organisation's result for its season, replacing an earlier audit
    /// of the same season, and keeps the season's counts, the rules' counts and the
    /// organisation's trend up to date — so that no portfolio page counts rows in Swift.
    package func recordSeason(organisationID: Int, submissionID: Int, audit: SeasonalAudit) async throws {
        if let earlier = try await database.raw("""
            SELECT submission_id, decision FROM organisation_seasons WHERE organisation_id = \(bind: organisationID) AND season = \(bind: audit.season)
            """).first() {
            let earlierID = try earlier.decode(column: "submission_id", as: Int.self)
            let earlierDecision = try earlier.decode(column: "decision", as: String.self)
            try await database.raw("""
                UPDATE season_counts SET organisations = organisations - 1 WHERE season = \(bind: audit.season) AND decision = \(bind: earlierDecision)
                """).run()
            try await database.raw("""
                UPDATE rule_season_counts SET not_met = not_met - 1
                WHERE season = \(bind: audit.season) AND rule IN (SELECT rule FROM rule_failures WHERE submission_id = \(bind: earlierID))
                """).run()
        }
        try await database.raw("""
            INSERT INTO organisation_seasons (organisation_id, season, submission_id, decision, rank, level, earned, possible)
            VALUES (\(bind: organisationID), \(bind: audit.season), \(bind: submissionID), \(bind: audit.decision),
                    \(bind: SeasonalAudit.rank(audit.decision)), \(bind: audit.level), \(bind: audit.earned), \(bind: audit.possible))
            ON CONFLICT (organisation_id, season) DO UPDATE SET submission_id = excluded.submission_id, decision = excluded.decision,
                rank = excluded.rank, level = excluded.level, earned = excluded.earned, possible = excluded.possible
            """).run()
        try await database.raw("""
            INSERT INTO season_counts (season, decision, organisations) VALUES (\(bind: audit.season), \(bind: audit.decision), 1)
            ON CONFLICT (season, decision) DO UPDATE SET organisations = season_counts.organisations + 1
            """).run()
        for rule in Set(audit.notMet).sorted() {
            try await database.raw("""
                INSERT INTO rule_failures (submission_id, rule) VALUES (\(bind: submissionID), \(bind: rule)) ON CONFLICT DO NOTHING
                """).run()
            try await database.raw("""
                INSERT INTO rule_season_counts (rule, season, not_met) VALUES (\(bind: rule), \(bind: audit.season), 1)
                ON CONFLICT (rule, season) DO UPDATE SET not_met = rule_season_counts.not_met + 1
                """).run()
        }
        try await database.raw("UPDATE submissions SET season = \(bind: audit.season) WHERE id = \(bind: submissionID)").run()
        try await updateTrend(organisationID: organisationID)
    }

    /// Before a submission is deleted: it leaves the counts, and the organisation's earlier
    /// audit of the same season, if any, counts again in its place.
    package func forgetSeason(submissionID: Int) async throws {
        guard let row = try await database.raw("""
            SELECT organisation_id, season, decision FROM organisation_seasons WHERE submission_id = \(bind: submissionID)
            """).first() else {
            try await database.raw("DELETE FROM rule_failures WHERE submission_id = \(bind: submissionID)").run()
            return
        }
        let organisationID = try row.decode(column: "organisation_id", as: Int.self)
        let season = try row.decode(column: "season", as: String.self)
        try await database.raw("""
            UPDATE season_counts SET organisations = organisations - 1 WHERE season = \(bind: season)
                AND decision = \(bind: try row.decode(column: "decision", as: String.self))
            """).run()
        try await database.raw("""
            UPDATE rule_season_counts SET not_met = not_met - 1
            WHERE season = \(bind: season) AND rule IN (SELECT rule FROM rule_failures WHERE submission_id = \(bind: submissionID))
            """).run()
        try await database.raw("DELETE FROM rule_failures WHERE submission_id = \(bind: submissionID)").run()
        try await database.raw("DELETE FROM organisation_seasons WHERE submission_id = \(bind: submissionID)").run()
        if let earlier = try await database.raw("""
            SELECT id, decision, level, score_earned, score_possible FROM submissions
            WHERE organisation_id = \(bind: organisationID) AND season = \(bind: season) AND status = 'audited' AND id <> \(bind: submissionID)
            ORDER BY id DESC LIMIT 1
            """).first() {
            let earlierID = try earlier.decode(column: "id", as: Int.self)
            let notMet = try await database.raw("SELECT rule FROM rule_failures WHERE submission_id = \(bind: earlierID)").all()
                .map { try $0.decode(column: "rule", as: String.self) }
            try await recordSeason(organisationID: organisationID, submissionID: earlierID, audit: SeasonalAudit(
                season: season, decision: try earlier.decode(column: "decision", as: String?.self) ?? "not-awarded",
                level: try earlier.decode(column: "level", as: String?.self), earned: try earlier.decode(column: "score_earned", as: Int?.self) ?? 0,
                possible: try earlier.decode(column: "score_possible", as: Int?.self) ?? 0, notMet: notMet))
        } else {
            try await updateTrend(organisationID: organisationID)
        }
    }

    /// The organisation's move between the season before its latest and its latest.
    private func updateTrend(organisationID: Int) async throws {
        let latest = try await database.raw("""
            SELECT season, rank FROM organisation_seasons WHERE organisation_id = \(bind: organisationID) ORDER BY season DESC LIMIT 2
            """).all()
        let ranks = try latest.map { try $0.decode(column: "rank", as: Int.self) }
        let trend = ranks.count == 2 ? ranks[0] - ranks[1] : 0
        try await database.raw("""
            UPDATE organisations SET trend = \(bind: trend), latest_season = \(bind: try latest.first?.decode(column: "season", as: String.self))
            WHERE id = \(bind: organisationID)
            """).run()
    }

    /// Records a report from a batch (`nod ledger import`) as an audited submission of the
    /// organisation registered under `registration`, made if the ledger does not know it yet.
    /// The same evidence imported again for the same season changes nothing.
    package func importReport(registration: String, organisationName: String, bundleSHA256: String, fileName: String,
                              audit: SeasonalAudit, now: Date = Date()) async throws -> ImportOutcome {
        let organisation = try await organisation(registration: registration, name: organisationName)
        if try await database.raw("""
            SELECT id FROM submissions WHERE organisation_id = \(bind: organisation.id) AND bundle_sha256 = \(bind: bundleSHA256)
                AND season = \(bind: audit.season) AND source = 'batch'
            """).first() != nil {
            return .alreadyImported
        }
        let publicID = Self.publicID()
        guard let row = try await database.raw("""
            INSERT INTO submissions (public_id, organisation_id, bundle_sha256, file_name, bytes, keep_evidence, submitted, finished, status,
                                     decision, level, score_earned, score_possible, season, source)
            VALUES (\(bind: publicID), \(bind: organisation.id), \(bind: bundleSHA256), \(bind: fileName), 0, 0, \(bind: Self.timestamp(now)),
                    \(bind: Self.timestamp(now)), 'audited', \(bind: audit.decision), \(bind: audit.level), \(bind: audit.earned),
                    \(bind: audit.possible), \(bind: audit.season), 'batch')
            RETURNING id
            """).first() else { throw LedgerFailure.noRow("the imported submission") }
        let submissionID = try row.decode(column: "id", as: Int.self)
        try await record(.submission, actor: "import", organisationID: organisation.id, subject: publicID,
                         detail: ["bundle-sha256": bundleSHA256, "file": fileName, "season": audit.season, "source": "batch"], now: now)
        try await record(.judgement, actor: "import", organisationID: organisation.id, subject: publicID,
                         detail: ["decision": audit.decision, "score": "\(audit.earned)/\(audit.possible)"], now: now)
        try await recordSeason(organisationID: organisation.id, submissionID: submissionID, audit: audit)
        return .imported(submissionPublicID: publicID, organisationPublicID: organisation.publicID)
    }

    /// The organisation with this registration; else the one of this name, which takes the
    /// registration; else a new one.
    private func organisation(registration: String, name: String) async throws -> Organisation {
        if let found = try await database.raw("SELECT id, public_id, name FROM organisations WHERE registration = \(bind: registration)").first() {
            return Organisation(id: try found.decode(column: "id", as: Int.self), publicID: try found.decode(column: "public_id", as: String.self),
                                name: try found.decode(column: "name", as: String.self))
        }
        let organisation = try await addOrganisation(name: name)
        try await database.raw("""
            UPDATE organisations SET registration = \(bind: registration) WHERE id = \(bind: organisation.id) AND registration IS NULL
            """).run()
        return organisation
    }

    /// Every season with its counts, newest season first.
    package func seasonCounts() async throws -> [SeasonCount] {
        try await database.raw("SELECT season, decision, organisations FROM season_counts WHERE organisations > 0 ORDER BY season DESC, decision")
            .all().map { row in
                SeasonCount(season: try row.decode(column: "season", as: String.self), decision: try row.decode(column: "decision", as: String.self),
                            organisations: try row.decode(column: "organisations", as: Int.self))
            }
    }

    /// Every rule's count of organisations not meeting it, season by season.
    package func ruleSeasonCounts() async throws -> [RuleSeasonCount] {
        try await database.raw("SELECT rule, season, not_met FROM rule_season_counts WHERE not_met > 0 ORDER BY rule, season")
            .all().map { row in
                RuleSeasonCount(rule: try row.decode(column: "rule", as: String.self), season: try row.decode(column: "season", as: String.self),
                                notMet: try row.decode(column: "not_met", as: Int.self))
            }
    }

    /// How many organisations have a season's result.
    package func organisationsWithSeasons() async throws -> Int {
        try await database.raw("SELECT COUNT(*) AS n FROM organisations WHERE latest_season IS NOT NULL").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// A page of organisations with their results, those whose decision fell since the season
    /// before first, then by name. `limit: nil` gives them all (exports).
    package func organisationTrends(offset: Int = 0, limit: Int? = 50) async throws -> [OrganisationTrend] {
        let page = try await database.raw("""
            SELECT id, public_id, name, registration, trend FROM organisations WHERE latest_season IS NOT NULL
            ORDER BY trend, name, id LIMIT \(bind: limit ?? Int(Int32.max)) OFFSET \(bind: max(0, offset))
            """).all()
        guard !page.isEmpty else { return [] }
        var trends: [OrganisationTrend] = []
        var index: [Int: Int] = [:]
        for row in page {
            index[try row.decode(column: "id", as: Int.self)] = trends.count
            trends.append(OrganisationTrend(publicID: try row.decode(column: "public_id", as: String.self), name: try row.decode(column: "name", as: String.self),
                                            registration: try row.decode(column: "registration", as: String?.self),
                                            trend: try row.decode(column: "trend", as: Int.self), results: [:]))
        }
        let results = try await database.raw("""
            SELECT os.organisation_id, os.season, os.decision, os.level, os.earned, os.possible, s.public_id
            FROM organisation_seasons os JOIN submissions s ON s.id = os.submission_id
            WHERE os.organisation_id IN (SELECT id FROM organisations WHERE latest_season IS NOT NULL
                                         ORDER BY trend, name, id LIMIT \(bind: limit ?? Int(Int32.max)) OFFSET \(bind: max(0, offset)))
            """).all()
        for row in results {
            guard let position = index[try row.decode(column: "organisation_id", as: Int.self)] else { continue }
            trends[position].results[try row.decode(column: "season", as: String.self)] = OrganisationTrend.Result(
                decision: try row.decode(column: "decision", as: String.self), level: try row.decode(column: "level", as: String?.self),
                earned: try row.decode(column: "earned", as: Int.self), possible: try row.decode(column: "possible", as: Int.self),
                submissionPublicID: try row.decode(column: "public_id", as: String.self))
        }
        return trends
    }
}

import Foundation
import Hummingbird
import NodAudit
import NodCore
import NodEngine
import NodReport
import NodRules
import NodSpreadsheet
import NodStore

/// The regulator's portfolio across seasons (`/portfolio`): each season's decisions, each
/// organisation's decision season by season with those whose decision fell since the season
/// before first (fifty to a page), and how often each rule was not met, season by season. Each
/// view downloads as CSV and as a spreadsheet. Regulators, certifiers and administrators see
/// it; the counts are kept by the ledger as audits arrive, so a page reads a few indexed rows.
struct PortfolioRoutes {
    let office: Office
    static let perPage = 50
    /// The seasons shown side by side (the newest); the downloads hold every season.
    static let seasonsShown = 4

    func add(to router: Router<OfficeRequestContext>) {
        router.get("/portfolio") { request, context in
            guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
            guard Self.mayView(account.role) else { return office.notFound(request, context) }
            let page = max(1, Int(request.uri.queryParameters.get("page") ?? "1") ?? 1)
            let content = try await PortfolioContent.make(office.ledger, page: page, language: context.visitor.language)
            return office.page("portfolio", title: "portfolio", content: content, request: request, context: context)
        }
        router.get("/portfolio/:view") { request, context in
            guard let account = context.visitor.account else { return Office.redirect("/sign-in") }
            guard Self.mayView(account.role), let file = context.parameters.get("view"),
                  let dot = file.lastIndex(of: "."), let view = PortfolioView(rawValue: String(file[..<dot])),
                  let format = ExportFormat(rawValue: String(file[file.index(after: dot)...])) else { return office.notFound(request, context) }
            let sheet = try await view.sheet(office.ledger, language: context.visitor.language)
            switch format {
            case .csv:
                return Office.download(PortfolioExport.csv(sheet), name: "nod-\(view.rawValue).csv", type: "text/csv; charset=utf-8")
            case .xlsx:
                return Office.download(try Spreadsheet(sheets: [sheet]).xlsx(), name: "nod-\(view.rawValue).xlsx",
                                       type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            }
        }
    }

    static func mayView(_ role: AccountRole) -> Bool { role == .regulator || role == .certifier || role == .admin }

    enum ExportFormat: String { case csv, xlsx }
}

/// The portfolio's three views, each a table a download carries whole.
enum PortfolioView: String, CaseIterable {
    case seasons, organisations, rules

    func sheet(_ ledger: Ledger, language: Language) async throws -> Spreadsheet.Sheet {
        let words = SiteText.words(language)
        switch self {
        case .seasons:
            let lines = PortfolioContent.seasonLines(try await ledger.seasonCounts(), words: words)
            return Spreadsheet.Sheet(
                name: words["seasons"] ?? "", header: [words["season"] ?? "", words["audited"] ?? "", words["decisionAwarded"] ?? "",
                                                       words["decisionConditions"] ?? "", words["decisionNotAwarded"] ?? ""],
                rows: lines.map { [.text($0.season), .number(Double($0.audited)), .number(Double($0.awarded)),
                                   .number(Double($0.conditions)), .number(Double($0.notAwarded))] })
        case .organisations:
            let seasons = Array(Set(try await ledger.seasonCounts().map(\.season))).sorted()
            let trends = try await ledger.organisationTrends(limit: nil)
            return Spreadsheet.Sheet(
                name: words["organisations"] ?? "",
                header: [words["organisation"] ?? "", words["registration"] ?? "", words["movement"] ?? ""]
                    + seasons.flatMap { ["\(words["season"] ?? "") \($0)", "\(words["score"] ?? "") \($0)"] },
                rows: trends.map { trend in
                    [.text(trend.name), trend.registration.map { .text($0) } ?? .empty, .text(PortfolioContent.movement(trend.trend, words: words))]
                        + seasons.flatMap { season -> [Spreadsheet.Cell] in
                            guard let result = trend.results[season] else { return [.empty, .empty] }
                            return [.text(PortfolioContent.decisionName(result.decision, words: words)),
                                    .text("\(result.earned)/\(result.possible)")]
                        }
                })
        case .rules:
            let counts = try await ledger.seasonCounts()
            let seasons = Array(Set(counts.map(\.season))).sorted()
            let lines = PortfolioContent.ruleLines(try await ledger.ruleSeasonCounts(), counts: counts, seasons: seasons, language: language, words: words)
            return Spreadsheet.Sheet(
                name: words["rules"] ?? "", header: [words["rule"] ?? "", words["title"] ?? ""] + seasons.map { "\(words["notMet"] ?? "") \($0)" },
                rows: lines.map { line in [.text(line.rule), .text(line.title)] + line.numbers.map { $0.map { .number(Double($0)) } ?? .empty } })
        }
    }
}

/// CSV of a sheet: the same escaping as every CSV nod writes (a leading `=` is quoted away).
enum PortfolioExport {
    static func csv(_ sheet: Spreadsheet.Sheet) -> Data {
        var text = sheet.header.map(OutputEscaping.csv).joined(separator: ",") + "\r\n"
        for row in sheet.rows {
            text += row.map { cell -> String in
                switch cell {
                case .text(let value): OutputEscaping.csv(value)
                case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
                case .empty: ""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }
}

/// What the portfolio page shows (stored properties only: the templates read them by reflection).
struct PortfolioContent {
    struct SeasonLine { let season: String; let audited: Int; let awarded: Int; let conditions: Int; let notAwarded: Int }
    /// A season's cell; `label` names its column where a phone shows the row as a card.
    struct Cell { let label: String; let text: String; let url: String?; let fell: Bool }
    struct OrganisationLine { let name: String; let url: String; let registration: String?; let movement: String; let fell: Bool; let cells: [Cell] }
    struct RuleLine { let rule: String; let title: String; let cells: [Cell]; let numbers: [Int?] }
    struct Link { let url: String; let label: String }

    let hasSeasons: Bool
    let seasons: [SeasonLine]
    let shownSeasons: [String]
    let organisations: [OrganisationLine]
    let rules: [RuleLine]
    let hasRules: Bool
    let page: Int
    let pages: Int
    let previous: String?
    let next: String?
    let paged: Bool
    let downloads: [Link]

    static func make(_ ledger: Ledger, page: Int, language: Language) async throws -> PortfolioContent {
        let words = SiteText.words(language)
        let counts = try await ledger.seasonCounts()
        let seasons = Array(Set(counts.map(\.season))).sorted()
        let shown = Array(seasons.suffix(PortfolioRoutes.seasonsShown))
        let total = try await ledger.organisationsWithSeasons()
        let pages = max(1, (total + PortfolioRoutes.perPage - 1) / PortfolioRoutes.perPage)
        let current = min(page, pages)
        let trends = try await ledger.organisationTrends(offset: (current - 1) * PortfolioRoutes.perPage, limit: PortfolioRoutes.perPage)
        let organisations = trends.map { trend in
            OrganisationLine(
                name: InertText.name(trend.name), url: "/organisations/\(trend.publicID)", registration: trend.registration,
                movement: movement(trend.trend, words: words), fell: trend.trend < 0,
                cells: shown.map { season in
                    let label = "\(words["season"] ?? "") \(season)"
                    guard let result = trend.results[season] else { return Cell(label: label, text: "–", url: nil, fell: false) }
                    return Cell(label: label, text: "\(decisionName(result.decision, words: words)) · \(result.earned)/\(result.possible)",
                                url: "/submissions/\(result.submissionPublicID)", fell: result.decision == "not-awarded")
                })
        }
        let rules = ruleLines(try await ledger.ruleSeasonCounts(), counts: counts, seasons: shown, language: language, words: words)
        var downloads: [Link] = []
        for view in PortfolioView.allCases {
            downloads.append(Link(url: "/portfolio/\(view.rawValue).csv", label: "\(words[view.rawValue] ?? "") (CSV)"))
            downloads.append(Link(url: "/portfolio/\(view.rawValue).xlsx", label: "\(words[view.rawValue] ?? "") (\(words["spreadsheet"] ?? ""))"))
        }
        return PortfolioContent(
            hasSeasons: !seasons.isEmpty, seasons: seasonLines(counts, words: words), shownSeasons: shown, organisations: organisations,
            rules: rules, hasRules: !rules.isEmpty, page: current, pages: pages,
            previous: current > 1 ? "/portfolio?page=\(current - 1)" : nil, next: current < pages ? "/portfolio?page=\(current + 1)" : nil,
            paged: pages > 1, downloads: downloads)
    }

    static func seasonLines(_ counts: [SeasonCount], words: [String: String]) -> [SeasonLine] {
        let bySeason = Dictionary(grouping: counts, by: \.season)
        return bySeason.keys.sorted(by: >).map { season in
            let lines = bySeason[season] ?? []
            func count(_ decision: String) -> Int { lines.first { $0.decision == decision }?.organisations ?? 0 }
            return SeasonLine(season: season, audited: lines.reduce(0) { $0 + $1.organisations }, awarded: count("awarded"),
                              conditions: count("awarded-with-conditions"), notAwarded: count("not-awarded"))
        }
    }

    /// Each rule not met in some season: "3 of 40" per season, the newest season's most first.
    static func ruleLines(_ ruleCounts: [RuleSeasonCount], counts: [SeasonCount], seasons: [String], language: Language,
                          words: [String: String]) -> [RuleLine] {
        var audited: [String: Int] = [:]
        for count in counts { audited[count.season, default: 0] += count.organisations }
        let byRule = Dictionary(grouping: ruleCounts, by: \.rule)
        let lines = byRule.keys.map { rule in
            let numbers = seasons.map { season in byRule[rule]?.first { $0.season == season }?.notMet }
            let cells = zip(seasons, numbers).map { season, number in
                Cell(label: "\(words["notMet"] ?? "") \(season)",
                     text: number.map { "\($0) / \(audited[season] ?? 0) (\(percent($0, of: audited[season] ?? 0)))" } ?? "–", url: nil, fell: false)
            }
            return RuleLine(rule: rule, title: ruleTitles[rule]?.text(language.rawValue) ?? "", cells: cells, numbers: numbers)
        }
        return lines.sorted { a, b in
            let (x, y) = (a.numbers.last.flatMap { $0 } ?? 0, b.numbers.last.flatMap { $0 } ?? 0)
            return x != y ? x > y : a.rule < b.rule
        }
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        return "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    static func movement(_ trend: Int, words: [String: String]) -> String {
        trend < 0 ? words["fell"] ?? "" : trend > 0 ? words["rose"] ?? "" : words["steady"] ?? ""
    }

    static func decisionName(_ decision: String, words: [String: String]) -> String {
        switch decision {
        case "awarded": words["decisionAwarded"] ?? decision
        case "awarded-with-conditions": words["decisionConditions"] ?? decision
        default: words["decisionNotAwarded"] ?? decision
        }
    }

    /// The shipped rules' titles, for rules named by their id in the counts.
    static let ruleTitles: [String: LocalizedText] = {
        guard let library = try? RuleChoice().load() else { return [:] }
        return Dictionary(library.allRules.map { ($0.rule.id, $0.rule.title) }, uniquingKeysWith: { first, _ in first })
    }()
}

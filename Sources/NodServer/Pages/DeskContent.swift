import Foundation
import NodCore
import NodStore

/// The certification desk: what waits for a certifier today, by kind — audits to review,
/// reviews to decide, closures to check, surveillance and recertification coming due, and
/// overdue corrective actions.
struct DeskContent {
    struct Item { let url: String; let label: String; let detail: String?; let late: Bool }
    struct Section {
        let heading: String, items: [Item], hasItems: Bool
        init(heading: String, items: [Item]) {
            self.heading = heading
            self.items = items
            hasItems = !items.isEmpty
        }
    }

    let today: String
    let sections: [Section]

    static func make(_ office: Office, language: Language) async throws -> DeskContent {
        let words = SiteText.words(language), today = office.clock.today
        let (review, decision) = try await office.ledger.certificationQueue()
        var names: [Int: String] = [:]
        for organisation in try await office.ledger.organisations() { names[organisation.id] = InertText.name(organisation.name) }
        func submissionItem(_ submission: Submission) -> Item {
            Item(url: "/submissions/\(submission.publicID)", label: "\(names[submission.organisationID] ?? "") · \(InertText.name(submission.fileName))",
                 detail: Office.shortDate(submission.submitted), late: false)
        }
        let certificates = Dictionary(uniqueKeysWithValues: try await office.ledger.certificates().map { ($0.id, $0) })
        func certificateLabel(_ id: Int) -> String {
            certificates[id].map { "\($0.number) · \(InertText.name($0.organisationName))" } ?? ""
        }
        let closures = try await office.ledger.closuresToCheck().map { action in
            Item(url: "/certificates/\(certificates[action.certificateID]?.number ?? "")/manage#action-\(action.publicID)",
                 label: "\(certificateLabel(action.certificateID)) · \(action.rule)", detail: nil, late: false)
        }
        let milestones = try await office.ledger.milestones(openDueBy: today.adding(days: 90)).compactMap { milestone -> Item? in
            guard let certificate = certificates[milestone.certificateID], [.active, .suspended].contains(certificate.status) else { return nil }
            return Item(url: "/certificates/\(certificate.number)/manage", label: certificateLabel(milestone.certificateID),
                        detail: "\(words["milestone.\(milestone.kind.rawValue)"] ?? "") · \(words["due"] ?? "") \(milestone.due)",
                        late: milestone.due < today)
        }
        let overdue = try await office.ledger.overdueActions(on: today).compactMap { action -> Item? in
            guard let certificate = certificates[action.certificateID], certificate.status != .withdrawn, certificate.status != .expired else { return nil }
            return Item(url: "/certificates/\(certificate.number)/manage#action-\(action.publicID)",
                        label: "\(certificateLabel(action.certificateID)) · \(action.rule)", detail: "\(words["due"] ?? "") \(action.due)", late: true)
        }
        return DeskContent(today: today.description, sections: [
            Section(heading: words["awaitingReview"] ?? "", items: review.map(submissionItem)),
            Section(heading: words["awaitingDecision"] ?? "", items: decision.map(submissionItem)),
            Section(heading: words["closuresToCheck"] ?? "", items: closures),
            Section(heading: words["dueSoon"] ?? "", items: milestones),
            Section(heading: words["overdueActions"] ?? "", items: overdue),
        ])
    }
}

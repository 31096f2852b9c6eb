import Foundation
import NodArchive
import NodArchiveTesting
import NodCore
import NodEvidence
import NodTestSupport
import Testing

/// Every evidence type of docs/bundle.md, parsed from the shipped example.
struct ExampleBundleTests {
    static func load() throws -> EvidenceModel {
        let path = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn").path
        let contents = try BundleReader().read(path: path, source: "gofal-dyffryn")
        return try EvidenceLoader().load(files: contents.files, source: contents.source, digest: contents.digest,
                                         archiveSHA256: contents.archiveSHA256)
    }

    static func date(_ text: String) -> LocalDate { LocalDate(iso8601: text)! }

    @Test func readsWithoutProblems() throws {
        let model = try Self.load()
        #expect(model.problems.map(\.description) == [])
    }

    @Test func manifest() throws {
        let manifest = try Self.load().manifest
        #expect(manifest.organisation.name == "Gofal Cydweithredol Dyffryn Cyf.")
        #expect(manifest.organisation.model == .multiStakeholder)
        #expect(manifest.organisation.legalForm == .coOperativeSociety)
        #expect(manifest.organisation.nation == .wales)
        #expect(manifest.organisation.regulatedService)
        #expect(manifest.organisation.registration?.number == "RS008812")
        #expect(manifest.period.value == DatePeriod(start: Self.date("2025-04-01"), end: Self.date("2026-03-31")))
        #expect(manifest.period.location == FileLocation(file: "manifest.yaml", line: 13, column: 9))
        #expect(manifest.language == .cy)
        #expect(manifest.stakeholderClasses == [.workers, .serviceUsers, .carers, .community])
        #expect(manifest.constitution.voting == .weightedByClass)
        #expect(manifest.constitution.classWeights[.workers] == 40)
        #expect(manifest.constitution.quorum.general == Quorum(minimum: 2, percent: 10))
        #expect(manifest.constitution.noticeDays == 14)
        #expect(manifest.constitution.assetLock == true)
        #expect(manifest.policies.count == 10)
        #expect(manifest.policy("complaints")?.languages == [.cy, .en])
        #expect(manifest.memberships.map(\.name) == ["Cwmpas", "Co-operatives UK"])
        #expect(manifest.welshLanguage?.usersPreferringWelsh == 12)
    }

    @Test func registers() throws {
        let model = try Self.load()
        let members = try #require(model.members.value)
        #expect(members.count == 74)
        #expect(members.filter { $0.stakeholderClass == .workers }.count == 22)
        #expect(members.filter { $0.left != nil }.count == 3)
        #expect(members.first?.location == FileLocation(file: "members/register.csv", line: 2))
        let directors = try #require(model.directors.value)
        #expect(directors.count == 9)
        #expect(directors.first { $0.id == "D08" }?.route == .coOptedExternal)
        #expect(directors.first { $0.id == "D09" }?.left == Self.date("2025-09-20"))
        #expect(model.staff.value?.count == 28)
        #expect(model.supervision.value?.contains { $0.kind == .appraisal } == true)
        #expect(model.training.value?.contains { $0.course == "welsh-language-awareness" } == true)
    }

    @Test func minutes() throws {
        let model = try Self.load()
        #expect(model.meetings.count == 8)
        #expect(model.meetings.map(\.kind.value).filter { $0 == .agm }.count == 2)
        let agm = try #require(model.meetings.first { $0.date.value == Self.date("2025-09-20") })
        #expect(agm.path == "minutes/2025-09-20-agm.md")
        #expect(agm.date.location.line == 3)
        #expect(agm.noticeGiven?.value == Self.date("2025-09-01"))
        #expect(agm.membersPresent == 25)
        #expect(agm.proxies == 2)
        #expect(agm.resolutions.map(\.kind) == [.accountsApproval, .auditDisapplication, .communityPolicy])
        #expect(agm.resolutions[1].votesAgainst == 2)
        #expect(agm.elections.map(\.memberID) == ["M004", "M009", "M015", "M027", "M041", "M055", "M066"])
        #expect(agm.languages == [.cy, .en])
        #expect(agm.text.firstLine == 23)
        #expect(agm.text.lines(containing: "accountant's report") == [34])
        let board = try #require(model.meetings.first { $0.date.value == Self.date("2025-07-09") })
        #expect(board.directorsPresent?.value.count == 6)
        #expect(board.conflictsDeclared.first?.withdrew == true)
        let forum = try #require(model.meetings.first { $0.kind.value == .membersForum })
        #expect(forum.coProduction.first?.with.contains(.serviceUsers) == true)
    }

    @Test func accounts() throws {
        let accounts = try Self.load().accounts
        #expect(accounts.map(\.path) == ["accounts/2023-24.yaml", "accounts/2024-25.yaml", "accounts/2025-26-draft.yaml"])
        let older = accounts[0]
        #expect(older.surplus.value == Decimal(string: "8549.50"))
        #expect(older.income.total.value - older.expenditure.total.value == older.surplus.value)
        let judged = accounts[1]
        #expect(judged.scrutiny?.value == .accountantReport)
        #expect(judged.distributions?.value.community == 5000)
        #expect(judged.surplus.location == FileLocation(file: "accounts/2024-25.yaml", line: 5, column: 10))
    }

    @Test func regulatorDocuments() throws {
        let documents = try Self.load().regulatorDocuments
        var kinds: [String] = []
        for document in documents {
            switch document {
            case .fcaAnnualReturn(let filing):
                kinds.append("fca")
                #expect(filing.yearEnd.value == Self.date("2025-03-31"))
            case .ciwInspection(let inspection):
                kinds.append("inspection")
                #expect(inspection.ratings.all.map(\.rating.value) == [.good, .good, .notApplicable, .good])
                #expect(inspection.activeOffer?.value == .provides)
            case .ratingDisplay(let display):
                kinds.append("display")
                #expect(display.website.value == .shown)
            case .ciwAnnualReturn(let filing):
                kinds.append("ciw-return")
                #expect(filing.complaintsTotal == 3)
            }
        }
        #expect(kinds.sorted() == ["ciw-return", "ciw-return", "display", "fca", "inspection"])
    }

    @Test func careRecords() throws {
        let model = try Self.load()
        #expect(model.visits.map(\.date.value.description) == ["2025-04-22", "2025-07-15", "2025-10-09", "2026-01-08", "2026-03-26"])
        #expect(model.visits.allSatisfy { ($0.peopleSpokenTo?.value ?? 0) > 0 && ($0.staffMet?.value ?? 0) > 0 })
        #expect(model.reviews.count == 2)
        #expect(Set(model.reviews[0].covers?.value ?? []) == Set(ReviewTopic.allCases))
        #expect(model.reviews[1].recommendations?.value == 2)
        #expect(model.complaints.value?.map(\.outcome) == [.partlyUpheld, .upheld, .notUpheld])
        #expect(model.safeguarding.value?.allSatisfy { $0.referral != nil && $0.outcome != nil } == true)
        #expect(model.whistleblowing.value?.count == 1)
    }

    @Test func surveysAndSocialValue() throws {
        let model = try Self.load()
        #expect(model.surveys.map(\.name) == ["2024-wellbeing", "2025-06-voice", "2025-wellbeing", "2026-02-control"])
        let wellbeing = try #require(model.surveys.first { $0.name == "2025-wellbeing" })
        #expect(wellbeing.description.instrument.value == .swemwbs)
        #expect(wellbeing.description.previous?.value == "surveys/2024-wellbeing.yaml")
        #expect(wellbeing.responses.count == 41)
        #expect(wellbeing.responses[3].answers.count == 6)
        #expect(wellbeing.responses[0].answers.count == 7)
        let control = try #require(model.surveys.first { $0.name == "2026-02-control" })
        #expect(control.responses.allSatisfy { (1...4).contains($0.answers["control_daily_life"] ?? 0) })
        let sroi = try #require(model.socialValue.first)
        #expect(sroi.ratio?.value == Decimal(string: "4.20"))
        #expect(sroi.presentedAt?.value == "minutes/2025-09-20-agm.md")
        #expect(sroi.sensitivityAnalysis == true)
        #expect(model.attachments.contains("attachments/certificate-of-registration.pdf"))
        #expect(model.attachments.contains("policies/safeguarding.md"))
    }

    @Test func sameEvidenceSameDigestAsAZip() throws {
        let model = try Self.load()
        let root = RepositoryPaths.examples.appendingPathComponent("gofal-dyffryn")
        var entries: [ArchiveBuilder.Entry] = []
        for file in model.files {
            let data = try Data(contentsOf: root.appendingPathComponent(file.path))
            entries.append(.file("gofal-dyffryn/" + file.path, .bytes(Array(data))))
        }
        let zip = try ArchiveBuilder.build(entries, format: .zip)
        let contents = try BundleReader().read(data: zip, source: "gofal-dyffryn.zip")
        #expect(contents.digest == model.digest)
    }
}

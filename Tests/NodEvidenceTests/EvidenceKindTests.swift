import Foundation
import NodCore
import NodEvidence
import Testing

/// The evidence-kind catalogue: one place for every path of the bundle layout.
struct EvidenceKindTests {
    @Test func everyKindHasItsOwnPathAndName() {
        let kinds = EvidenceKind.all
        #expect(Set(kinds.map(\.path)).count == kinds.count)
        #expect(Set(kinds.map(\.id)).count == kinds.count)
        for kind in kinds {
            switch kind.layout {
            case .table(let path, let header):
                #expect(path.hasSuffix(".csv") && !header.isEmpty && kind.template == nil, "\(kind.id)")
            case .yamlDocuments(let folder), .markdownDocuments(let folder), .surveys(let folder):
                #expect(folder.hasSuffix("/") && kind.template != nil, "\(kind.id)")
            }
        }
    }

    /// `nod init` writes a file for every kind: the table with its header, or the folder's template.
    @Test func theSkeletonHasEveryKind() {
        let period = DatePeriod(start: LocalDate(year: 2025, month: 4, day: 1)!, end: LocalDate(year: 2026, month: 3, day: 31)!)
        let paths = Set(BundleSkeleton.files(model: .worker, language: .en, period: period).map(\.path))
        for kind in EvidenceKind.all {
            switch kind.layout {
            case .table(let path, _): #expect(paths.contains(path), "\(kind.id)")
            default: #expect(paths.contains(kind.path + "TEMPLATE.txt"), "\(kind.id)")
            }
        }
    }

    /// A file of every kind is read as that kind (counted, not left as an attachment), and a
    /// table's header from the catalogue is one its reader accepts.
    @Test func eachKindsFilesAreClaimedByItsReader() throws {
        let period = DatePeriod(start: LocalDate(year: 2025, month: 4, day: 1)!, end: LocalDate(year: 2026, month: 3, day: 31)!)
        let skeleton = BundleSkeleton.files(model: .worker, language: .en, period: period)
        let files = skeleton.map { BundleFile(path: $0.path, bytes: Int64($0.text.utf8.count), sha256: "", content: Array($0.text.utf8)) }
        let model = try EvidenceLoader().load(files: files, source: "skeleton", digest: "", archiveSHA256: nil)
        for kind in EvidenceKind.all {
            guard case .table(let path, _) = kind.layout else { continue }
            #expect(!model.attachments.contains(path), "\(kind.id)")
            #expect(model.problems(in: path).isEmpty, "\(kind.id): \(model.problems(in: path))")
        }
        #expect(model.counts.map(\.kind) == EvidenceKind.all.flatMap { $0.id == "surveys" ? ["surveys", "survey-responses"] : [$0.id] } + ["policies", "attachments"])
    }
}

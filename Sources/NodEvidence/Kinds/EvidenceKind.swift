package import NodCore
package import NodYAML

/// A kind of evidence file — where it lives in a bundle, how it is read, which field of the
/// model holds it, what it counts as in `nod inspect`, and what `nod init` writes for it.
///
/// Every path of the bundle layout is written once, in the kind's own file under `Kinds/`:
/// the loader, the skeleton, the counts and the checkers all take it from there. A new kind
/// is one file here, a field of `ParsedEvidence`, and its entry in `EvidenceKind.all`.
package struct EvidenceKind: Sendable {
    /// Where the kind's files are.
    package enum Layout: Sendable, Equatable {
        /// One CSV file with a header row.
        case table(path: String, header: String)
        /// A folder of YAML files, one per document.
        case yamlDocuments(folder: String)
        /// A folder of Markdown files, each with YAML front matter.
        case markdownDocuments(folder: String)
        /// A folder of surveys: NAME.yaml describing each, NAME.csv with its answers.
        case surveys(folder: String)
    }

    /// The kind's name in counts and documentation (`members`, `meetings` …).
    package let id: String
    package let layout: Layout
    /// What `nod init` writes in a folder of documents (TEMPLATE.txt), when anything.
    package let template: String?
    /// Reads the kind's files into its field.
    let read: @Sendable (inout FileRouter, inout ParsedEvidence) -> Void
    /// Copies the kind's field from evidence read on another thread.
    let copy: @Sendable (ParsedEvidence, inout ParsedEvidence) -> Void
    /// What it counts in `nod inspect` (a survey counts itself and its responses).
    let counts: @Sendable (ParsedEvidence) -> [(kind: String, count: Int)]

    /// The file's path (a table) or the folder's, ending in `/`.
    package var path: String {
        switch layout {
        case .table(let path, _): path
        case .yamlDocuments(let folder), .markdownDocuments(let folder), .surveys(let folder): folder
        }
    }

    /// Markdown is read on the thread that reads the manifest; the rest on the second one.
    var readsMarkdown: Bool {
        if case .markdownDocuments = layout { return true }
        return false
    }
}

extension EvidenceKind {
    /// One CSV register or log, read into `field` (absent, unusable, or its records).
    static func table<Record: CSVRecordType>(_ id: String, path: String, header: String,
                                             into field: any WritableKeyPath<ParsedEvidence, EvidenceFile<[Record]>> & Sendable) -> EvidenceKind {
        EvidenceKind(id: id, layout: .table(path: path, header: header), template: nil,
                     read: { router, evidence in evidence[keyPath: field] = router.table(path) },
                     copy: { from, to in to[keyPath: field] = from[keyPath: field] },
                     counts: { [(id, $0[keyPath: field].value?.count ?? 0)] })
    }

    /// A folder of YAML documents, in path order or sorted by `order`.
    static func yamlDocuments<Document: YAMLReadable & Sendable>(
        _ id: String, folder: String, template: String, into field: any WritableKeyPath<ParsedEvidence, [Document]> & Sendable,
        order: (@Sendable (Document, Document) -> Bool)? = nil
    ) -> EvidenceKind {
        EvidenceKind(id: id, layout: .yamlDocuments(folder: folder), template: template,
                     read: { router, evidence in
                         let documents = router.yaml(in: folder, as: Document.self)
                         evidence[keyPath: field] = order.map { documents.sorted(by: $0) } ?? documents
                     },
                     copy: { from, to in to[keyPath: field] = from[keyPath: field] },
                     counts: { [(id, $0[keyPath: field].count)] })
    }

    /// A folder of Markdown documents with front matter, sorted by date then path.
    static func markdownDocuments<Document: DatedMarkdownDocument>(
        _ id: String, folder: String, template: String, into field: any WritableKeyPath<ParsedEvidence, [Document]> & Sendable
    ) -> EvidenceKind {
        EvidenceKind(id: id, layout: .markdownDocuments(folder: folder), template: template,
                     read: { router, evidence in
                         evidence[keyPath: field] = router.markdown(in: folder, as: Document.self) { $0.text = $1 }
                             .sorted { ($0.date.value, $0.path) < ($1.date.value, $1.path) }
                     },
                     copy: { from, to in to[keyPath: field] = from[keyPath: field] },
                     counts: { [(id, $0[keyPath: field].count)] })
    }
}

/// A document read from Markdown with front matter: dated, and keeping its text.
package protocol DatedMarkdownDocument: YAMLReadable, Sendable {
    var date: Located<LocalDate> { get }
    var path: String { get }
    var text: MarkdownText { get set }
}

extension Meeting: DatedMarkdownDocument {}
extension RIVisit: DatedMarkdownDocument {}
extension QualityReview: DatedMarkdownDocument {}

package import NodCore
package import NodYAML

/// Turns a bundle's files into the `EvidenceModel`, routing each path to its parser.
///
/// Never throws for a broken evidence file: each becomes a located `Problem`. Only a
/// missing or malformed manifest throws, because nothing can be judged without it.
package struct EvidenceLoader: Sendable {
    package var yamlLimits: YAMLLimits
    /// Read the registers, surveys and YAML documents on a second thread while this one reads
    /// the manifest and the Markdown: for a single audit, whose other core is otherwise idle
    /// by then. A batch keeps it off: its workers already use every core.
    package var concurrent: Bool

    package init(yamlLimits: YAMLLimits = .default, concurrent: Bool = false) {
        self.yamlLimits = yamlLimits
        self.concurrent = concurrent
    }

    package func load(files: [BundleFile], source: String, digest: String, archiveSHA256: String?) throws(EvidenceError) -> EvidenceModel {
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let limits = yamlLimits
        let tabular = concurrent ? BackgroundResult { TabularEvidence(files: byPath, limits: limits) } : nil
        let manifest: Manifest
        do throws(EvidenceError) {
            manifest = try readManifest(byPath["manifest.yaml"])
        } catch {
            _ = tabular?.wait()  // a refused bundle leaves no thread reading behind it
            throw error
        }
        var reader = FileRouter(files: byPath, limits: yamlLimits)
        let meetings = reader.markdown(in: "minutes/", as: Meeting.self) { $0.text = $1 }
        let visits = reader.markdown(in: "visits/", as: RIVisit.self) { $0.text = $1 }
        let reviews = reader.markdown(in: "reviews/", as: QualityReview.self) { $0.text = $1 }
        let other = tabular?.wait() ?? TabularEvidence(files: byPath, limits: limits)
        var model = EvidenceModel(
            source: source, files: files, digest: digest, archiveSHA256: archiveSHA256, manifest: manifest,
            members: other.members, directors: other.directors, staff: other.staff, supervision: other.supervision,
            training: other.training, complaints: other.complaints, safeguarding: other.safeguarding,
            whistleblowing: other.whistleblowing, meetings: meetings, accounts: other.accounts,
            regulatorDocuments: other.regulatorDocuments, visits: visits, reviews: reviews, surveys: other.surveys,
            socialValue: other.socialValue, attachments: [], problems: [])
        model.meetings.sort { ($0.date.value, $0.path) < ($1.date.value, $1.path) }
        model.accounts.sort { $0.period.value.end < $1.period.value.end }
        model.visits.sort { ($0.date.value, $0.path) < ($1.date.value, $1.path) }
        model.reviews.sort { ($0.date.value, $0.path) < ($1.date.value, $1.path) }
        let claimed = reader.claimed.union(other.claimed)
        model.attachments = files.map(\.path).filter { !claimed.contains($0) && $0 != "manifest.yaml" }
        model.problems = (reader.problems + other.problems + crossReferenceProblems(manifest: manifest, model: model, paths: byPath)).sorted()
        return model
    }

    private func readManifest(_ file: BundleFile?) throws(EvidenceError) -> Manifest {
        guard let file, let content = file.content else {
            throw EvidenceError(.noManifest, at: FileLocation(file: "manifest.yaml"), "the bundle has no manifest.yaml")
        }
        do {
            return try YAMLDocument.read(Manifest.self, from: content, file: file.path, limits: yamlLimits)
        } catch {
            throw EvidenceError(.badManifest, at: error.location, error.message)
        }
    }

    /// References from one file to another that lead nowhere.
    private func crossReferenceProblems(manifest: Manifest, model: EvidenceModel, paths: [String: BundleFile]) -> [Problem] {
        var problems: [Problem] = []
        for policy in manifest.policies where paths[policy.file.value] == nil {
            problems.append(Problem(code: "evidence.missing-policy-file", location: policy.file.location,
                                    message: "policy '\(policy.id)' names '\(policy.file.value)', which is not in the bundle", scope: .record))
        }
        for survey in model.surveys {
            if let previous = survey.description.previous, paths[previous.value] == nil {
                problems.append(Problem(code: "evidence.missing-previous-survey", location: previous.location,
                                        message: "the previous wave '\(previous.value)' is not in the bundle", scope: .record))
            }
        }
        for summary in model.socialValue {
            if let minutes = summary.presentedAt, paths[minutes.value] == nil {
                problems.append(Problem(code: "evidence.missing-minutes", location: minutes.location,
                                        message: "presented-at names '\(minutes.value)', which is not in the bundle", scope: .record))
            }
        }
        return problems
    }
}

/// The registers, logs, surveys and YAML documents: the half of a bundle that does not need
/// the manifest, read by its own `FileRouter` so it can run on another thread.
private struct TabularEvidence: Sendable {
    var members: EvidenceFile<[Member]>
    var directors: EvidenceFile<[Director]>
    var staff: EvidenceFile<[StaffMember]>
    var supervision: EvidenceFile<[SupervisionRecord]>
    var training: EvidenceFile<[TrainingRecord]>
    var complaints: EvidenceFile<[Complaint]>
    var safeguarding: EvidenceFile<[Concern]>
    var whistleblowing: EvidenceFile<[Concern]>
    var accounts: [AccountsSummary]
    var regulatorDocuments: [RegulatorDocument]
    var surveys: [Survey]
    var socialValue: [SocialValueSummary]
    var claimed: Set<String>
    var problems: [Problem]

    init(files: [String: BundleFile], limits: YAMLLimits) {
        var reader = FileRouter(files: files, limits: limits)
        members = reader.table("members/register.csv")
        directors = reader.table("board/directors.csv")
        staff = reader.table("staff/register.csv")
        supervision = reader.table("staff/supervision.csv")
        training = reader.table("staff/training.csv")
        complaints = reader.table("logs/complaints.csv")
        safeguarding = reader.table("logs/safeguarding.csv")
        whistleblowing = reader.table("logs/whistleblowing.csv")
        accounts = reader.yaml(in: "accounts/", as: AccountsSummary.self)
        regulatorDocuments = reader.yaml(in: "regulator/", as: RegulatorDocument.self)
        surveys = reader.surveys()
        socialValue = reader.yaml(in: "social-value/", as: SocialValueSummary.self)
        claimed = reader.claimed
        problems = reader.problems
    }
}

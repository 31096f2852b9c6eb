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
        let (foreground, background) = (EvidenceKind.all.filter(\.readsMarkdown), EvidenceKind.all.filter { !$0.readsMarkdown })
        let other = concurrent ? BackgroundResult { KindReading(background, files: byPath, limits: limits) } : nil
        let manifest: Manifest
        do throws(EvidenceError) {
            manifest = try readManifest(byPath["manifest.yaml"])
        } catch {
            _ = other?.wait()  // a refused bundle leaves no thread reading behind it
            throw error
        }
        var reading = KindReading(foreground, files: byPath, limits: limits)
        reading.take(background, from: other?.wait() ?? KindReading(background, files: byPath, limits: limits))
        var model = EvidenceModel(source: source, files: files, digest: digest, archiveSHA256: archiveSHA256, manifest: manifest,
                                  parsed: reading.evidence)
        model.attachments = files.map(\.path).filter { !reading.claimed.contains($0) && $0 != "manifest.yaml" }
        model.problems = Self.bounded((reading.problems + crossReferenceProblems(manifest: manifest, model: model, paths: byPath)).sorted())
        return model
    }

    /// The most problems a bundle's report lists (each file lists its first hundred): what a
    /// person can act on, and a report whose size the limits bound.
    static let maxProblems = 1000

    /// Every problem that makes a file unusable is kept (rules need them to say `error`);
    /// of the others, the first until `maxProblems`, then a note of how many more.
    private static func bounded(_ problems: [Problem]) -> [Problem] {
        guard problems.count > maxProblems else { return problems }
        var budget = max(0, maxProblems - problems.count(where: { $0.scope == .file }))
        var dropped = 0
        var kept: [Problem] = []
        for problem in problems {
            if problem.scope == .file || budget > 0 {
                kept.append(problem)
                if problem.scope != .file { budget -= 1 }
            } else {
                dropped += 1
            }
        }
        guard dropped > 0, let last = kept.last else { return kept }
        return kept + [Problem(code: .evidenceMoreProblems, location: last.location,
                               message: "and \(dropped) more problems in the bundle, not listed", scope: .note)]
    }

    private func readManifest(_ file: BundleFile?) throws(EvidenceError) -> Manifest {
        guard let file, let content = file.content else {
            throw EvidenceError(.noManifest, at: FileLocation(file: "manifest.yaml"), "the bundle has no manifest.yaml",
                                welsh: "nid oes manifest.yaml yn y bwndel")
        }
        do {
            return try YAMLDocument.read(Manifest.self, from: content, file: file.path, limits: yamlLimits)
        } catch {
            throw EvidenceError(.badManifest, at: error.location, error.message, welsh: error.welsh)
        }
    }

    /// References from one file to another that lead nowhere.
    private func crossReferenceProblems(manifest: Manifest, model: EvidenceModel, paths: [String: BundleFile]) -> [Problem] {
        var problems: [Problem] = []
        for policy in manifest.policies where paths[policy.file.value] == nil {
            problems.append(Problem(code: .evidenceMissingPolicyFile, location: policy.file.location,
                                    message: "policy '\(policy.id)' names '\(policy.file.value)', which is not in the bundle", scope: .record))
        }
        for survey in model.surveys {
            if let previous = survey.description.previous, paths[previous.value] == nil {
                problems.append(Problem(code: .evidenceMissingPreviousSurvey, location: previous.location,
                                        message: "the previous wave '\(previous.value)' is not in the bundle", scope: .record))
            }
        }
        for summary in model.socialValue {
            if let minutes = summary.presentedAt, paths[minutes.value] == nil {
                problems.append(Problem(code: .evidenceMissingMinutes, location: minutes.location,
                                        message: "presented-at names '\(minutes.value)', which is not in the bundle", scope: .record))
            }
        }
        return problems
    }
}

/// Some kinds of evidence read by one `FileRouter`: the Markdown kinds beside the manifest,
/// the others (registers, logs, surveys, YAML documents) on a second thread when it is free.
private struct KindReading: Sendable {
    var evidence = ParsedEvidence()
    var claimed: Set<String>
    var problems: [Problem]

    init(_ kinds: [EvidenceKind], files: [String: BundleFile], limits: YAMLLimits) {
        var router = FileRouter(files: files, limits: limits)
        for kind in kinds { kind.read(&router, &evidence) }
        claimed = router.claimed
        problems = router.problems
    }

    /// Adds what `other` read of `kinds`.
    mutating func take(_ kinds: [EvidenceKind], from other: KindReading) {
        for kind in kinds { kind.copy(other.evidence, &evidence) }
        claimed.formUnion(other.claimed)
        problems += other.problems
    }
}

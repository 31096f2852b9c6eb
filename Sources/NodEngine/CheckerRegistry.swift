package import NodCore
package import NodYAML

/// A checker of any type, with its options decoder, behind one value type.
package struct AnyChecker: Sendable {
    package let id: String
    package let summary: String
    /// Made on demand: building every checker's example evidence on each run cost more
    /// than a typical audit's checks (measured with perf).
    package var examples: [CheckerExample] { makeExamples() }
    private let makeExamples: @Sendable () -> [CheckerExample]
    /// `built-in`, or the plug-in's name.
    package let source: String
    package let version: String
    /// The Swift type of a built-in checker (`AGMHeld`); a plug-in check's id.
    package let typeName: String
    private let binder: @Sendable (YAMLNode, String) throws -> BoundCheck

    package init<C: Checker>(_ checker: C, source: String = "built-in", version: String = NodVersion.current) {
        id = C.id
        summary = C.summary
        makeExamples = { C.examples }
        self.source = source
        self.version = version
        typeName = String(describing: C.self)
        binder = { node, _ in
            let options = try C.Options(yaml: YAMLValue(node))
            return BoundCheck { input in try checker.check(input, options: options) }
        }
    }

    /// A checker known only at run time (a plug-in's): `bind` receives the rule's parameters and id.
    package init(id: String, summary: String, source: String, version: String,
                bind: @escaping @Sendable (YAMLNode, String) throws -> BoundCheck) {
        self.id = id
        self.summary = summary
        self.makeExamples = { [] }
        self.source = source
        self.version = version
        typeName = id
        self.binder = bind
    }

    /// Decodes the rule's parameters into the checker's options (located errors when they are wrong).
    package func bind(_ parameters: YAMLNode?, at location: FileLocation, rule: String = "") throws -> BoundCheck {
        try binder(parameters ?? YAMLNode(.mapping([]), at: location), rule)
    }
}

/// A checker with its options decided: ready to run on bundles.
package struct BoundCheck: Sendable {
    let run: @Sendable (CheckInput) throws -> CheckOutcome

    package init(run: @escaping @Sendable (CheckInput) throws -> CheckOutcome) {
        self.run = run
    }
}

/// The checkers available to a run, by id. Built once and passed in; never mutated.
package struct CheckerRegistry: Sendable {
    package let checkers: [String: AnyChecker]

    /// Why two checkers cannot share an id.
    package struct DuplicateChecker: Error, CustomStringConvertible {
        package var id: String
        package var sources: [String]
        package var description: String { "checker '\(id)' is provided twice (\(sources.joined(separator: " and ")))" }
    }

    package init(_ checkers: [AnyChecker]) throws(DuplicateChecker) {
        var byID: [String: AnyChecker] = [:]
        for checker in checkers {
            if let existing = byID[checker.id] {
                throw DuplicateChecker(id: checker.id, sources: [existing.source, checker.source])
            }
            byID[checker.id] = checker
        }
        self.checkers = byID
    }

    package subscript(id: String) -> AnyChecker? { checkers[id] }
    package var ids: [String] { checkers.keys.sorted() }
}

extension BoundCheck {
    /// Runs the check alone, without a rule, mapping its outcome to a status (for the checker tests).
    package func evaluate(_ input: CheckInput) -> (status: RuleStatus, message: LocalizedText, severity: Severity?) {
        do {
            let outcome = try run(input)
            switch outcome.verdict {
            case .pass: return (.pass, outcome.message, outcome.severity)
            case .fail: return (.fail, outcome.message, outcome.severity)
            case .notEvidenced: return (.notEvidenced, outcome.message, outcome.severity)
            case .notApplicable(let reason): return (.notApplicable, reason, nil)
            }
        } catch let failure as CheckFailure {
            return (.error, failure.message, nil)
        } catch {
            return (.error, LocalizedText(en: "\(error)", cy: "\(error)"), nil)
        }
    }
}

import NodCore

/// The report as canonical JSON: the keys and shapes of cli.md, the same bytes `JSONEncoder`
/// gave (the `Codable` conformance stays for reading reports back: `verify`, `diff`, `--resume`).
extension AuditReport {
    public var canonicalJSON: CanonicalJSON {
        .fields([
            "report-format": .integer(reportFormat),
            "tool": .fields(["name": .string(tool.name), "version": .string(tool.version)]),
            "audit-date": .string(auditDate.description),
            "language": .string(language),
            "bundle": .fields([
                "sha256": .string(bundle.sha256),
                "archive-sha256": bundle.archiveSHA256.map(CanonicalJSON.string),
                "organisation": .string(bundle.organisation),
                "model": .string(bundle.model),
                "nation": .string(bundle.nation),
                "regulated-service": .bool(bundle.regulatedService),
                "period": bundle.period.canonicalJSON,
            ]),
            "rules": .fields([
                "profile": .string(rules.profile),
                "profile-version": .string(rules.profileVersion),
                "packs": .array(rules.packs.map { pack in
                    .fields([
                        "id": .string(pack.id), "version": .string(pack.version), "sha256": .string(pack.sha256),
                        "title": pack.title?.canonicalJSON,
                    ])
                }),
            ]),
            "decision": .string(decision.rawValue),
            "blocking": .bool(blocking),
            "level": level.map(CanonicalJSON.string),
            "level-title": levelTitle?.canonicalJSON,
            "score": .fields([
                "earned": .integer(score.earned), "possible": .integer(score.possible), "percent": .number(score.percent),
            ]),
            "corrective-actions": .array(correctiveActions.map { action in
                .fields(["rule": .string(action.rule), "due": .string(action.due.description)])
            }),
            "results": .array(results.map(\.canonicalJSON)),
            "evidence": .array(evidence.map { entry in
                .fields(["path": .string(entry.path), "sha256": .string(entry.sha256), "bytes": .integer(entry.bytes)])
            }),
            "problems": .array(problems.map { problem in
                .fields([
                    "code": .string(problem.code), "path": .string(problem.path),
                    "line": problem.line.map(CanonicalJSON.integer), "column": problem.column.map(CanonicalJSON.integer),
                    "message": .string(problem.message),
                ])
            }),
            "waivers": waivers.map { waivers in
                .fields(["expired": .array(waivers.expired.map(\.canonicalJSON)), "unused": .array(waivers.unused.map(\.canonicalJSON))])
            },
            "signature": signature.map { signature in
                .fields(["algorithm": .string(signature.algorithm), "key-id": .string(signature.keyID), "value": .string(signature.value)])
            },
        ])
    }
}

extension AuditReport.Result {
    var canonicalJSON: CanonicalJSON {
        .fields([
            "rule": .string(rule),
            "pack": .string(pack),
            "title": title.canonicalJSON,
            "status": .string(status.rawValue),
            "severity": .string(severity.rawValue),
            "message": message.canonicalJSON,
            "reason": reason.map(CanonicalJSON.string),
            "reason-text": reasonText?.canonicalJSON,
            "measures": measures.map { measures in .object(measures.map { ($0.key, .number($0.value)) }) },
            "evidence": .array(evidence.map { citation in
                .fields(["path": .string(citation.path), "line": citation.line.map(CanonicalJSON.integer)])
            }),
            "guidance": guidance?.canonicalJSON,
            "waiver": waiver?.canonicalJSON,
            "attestation": attestation.map { attestation in
                .fields([
                    "attester": .string(attestation.attester), "date": .string(attestation.date.description),
                    "outcome": .string(attestation.outcome), "note": .string(attestation.note),
                ])
            },
        ])
    }
}

extension AuditReport.WaiverRecord {
    var canonicalJSON: CanonicalJSON {
        .fields([
            "rule": .string(rule), "justification": .string(justification), "approver": .string(approver),
            "granted": .string(granted.description), "expires": .string(expires.description),
            "scope": scope.map(CanonicalJSON.string), "reason": reason?.canonicalJSON,
        ])
    }
}

extension LocalizedText {
    var canonicalJSON: CanonicalJSON { .fields(["en": .string(en), "cy": .string(cy)]) }
}

extension DatePeriod {
    var canonicalJSON: CanonicalJSON { .fields(["start": .string(start.description), "end": .string(end.description)]) }
}

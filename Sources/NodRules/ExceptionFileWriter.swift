package import NodCore

/// One attestation as plain values, to write (the web office's review) or read back.
package struct AttestationEntry: Sendable, Equatable {
    package var rule: String
    package var attester: String
    package var date: LocalDate
    package var outcome: Attestation.Outcome
    package var note: String

    package init(rule: String, attester: String, date: LocalDate, outcome: Attestation.Outcome, note: String) {
        self.rule = rule
        self.attester = attester
        self.date = date
        self.outcome = outcome
        self.note = note
    }

    package init(_ attestation: Attestation) {
        self.init(rule: attestation.rule.value, attester: attestation.attester, date: attestation.date.value,
                  outcome: attestation.outcome, note: attestation.note)
    }
}

/// One waiver as plain values.
package struct WaiverEntry: Sendable, Equatable {
    package var rule: String
    package var justification: String
    package var approver: String
    package var granted: LocalDate
    package var expires: LocalDate

    package init(rule: String, justification: String, approver: String, granted: LocalDate, expires: LocalDate) {
        self.rule = rule
        self.justification = justification
        self.approver = approver
        self.granted = granted
        self.expires = expires
    }

    package init(_ waiver: Waiver) {
        self.init(rule: waiver.rule.value, justification: waiver.justification, approver: waiver.approver,
                  granted: waiver.granted.value, expires: waiver.expires.value)
    }
}

/// Writes the files `ExceptionFiles` reads: every text as a YAML double-quoted scalar (any
/// character a person types survives the round trip, and none can start YAML syntax).
package enum ExceptionFileWriter {
    package static func attestations(_ entries: [AttestationEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        var text = "attestations-format: 1\nattestations:\n"
        for entry in entries {
            text += "  - rule: \(quoted(entry.rule))\n    attester: \(quoted(entry.attester))\n    date: \(entry.date)\n"
            text += "    outcome: \(entry.outcome.rawValue)\n    note: \(quoted(entry.note))\n"
        }
        return text
    }

    package static func waivers(_ entries: [WaiverEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        var text = "waivers-format: 1\nwaivers:\n"
        for entry in entries {
            text += "  - rule: \(quoted(entry.rule))\n    justification: \(quoted(entry.justification))\n    approver: \(quoted(entry.approver))\n"
            text += "    granted: \(entry.granted)\n    expires: \(entry.expires)\n"
        }
        return text
    }

    /// A YAML double-quoted scalar: backslash, quote and every control character escaped.
    package static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

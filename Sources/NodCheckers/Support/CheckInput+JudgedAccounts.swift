import Foundation
import NodCore
import NodEngine
import NodEvidence

extension CheckInput {
    /// The accounts the accounts rules judge (docs/bundle.md): the latest financial year whose
    /// filing deadline — seven months after its year end — has passed on the audit date.
    /// A malformed accounts file makes this unknowable, so it is an error, never a guess.
    func judgedAccounts() throws(CheckFailure) -> AccountsSummary? {
        if let problem = evidence.problems(in: EvidenceKind.accounts.path).first { throw .unusable(problem) }
        return evidence.accounts
            .filter { $0.period.value.end.adding(months: 7) <= auditDate }
            .max { $0.period.value.end < $1.period.value.end }
    }

    static let noJudgedAccounts = CheckOutcome.notEvidenced(
        "No accounts for a financial year whose filing deadline has passed (accounts/*.yaml).",
        "Dim cyfrifon ar gyfer blwyddyn ariannol y mae ei dyddiad cau ar gyfer ffeilio wedi mynd heibio (accounts/*.yaml).")
}

extension Decimal {
    var double: Double { NSDecimalNumber(decimal: self).doubleValue }
}


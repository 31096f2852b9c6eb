import ArgumentParser
import Foundation
import NodServer

/// `nod serve`'s certification scheme: the body's key, the public address, and the cycle's rules.
struct SchemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The certification body's private key (from nod keygen); default DATA/keys/certification-body.key, made on first start.",
                               valueName: "key"))
    var signingKey: String?

    @Option(help: ArgumentHelp("The address the public reaches this office at (for certificates' QR codes), e.g. https://nod.example.org.",
                               valueName: "url"))
    var publicURL: String?

    @Option(help: "Years a certificate lasts.")
    var certificateYears = 3

    @Option(help: "Days after its due date that an open corrective action suspends the certificate (it warns from the due date).")
    var actionGraceDays = 30

    @Option(help: "Days after its due date that a missed surveillance audit suspends the certificate.")
    var surveillanceGraceDays = 30

    @Flag(help: "Let the certifier who reviewed an audit also decide it (small schemes; shown on the decision and certificate).")
    var reviewerMayDecide = false

    func validate() throws {
        guard (1...10).contains(certificateYears) else { throw ValidationError("--certificate-years must be between 1 and 10") }
        guard (0...365).contains(actionGraceDays), (0...365).contains(surveillanceGraceDays) else {
            throw ValidationError("grace periods must be between 0 and 365 days")
        }
        if let publicURL {
            guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil else {
                throw ValidationError("--public-url must be an http or https address such as https://nod.example.org")
            }
        }
    }

    func apply(to configuration: inout OfficeConfiguration) {
        configuration.signingKey = signingKey.map { URL(fileURLWithPath: $0) }
        configuration.publicURL = publicURL
        configuration.policy.certificateYears = certificateYears
        configuration.policy.actionGraceDays = actionGraceDays
        configuration.policy.surveillanceGraceDays = surveillanceGraceDays
        configuration.policy.reviewerMayDecide = reviewerMayDecide
    }
}

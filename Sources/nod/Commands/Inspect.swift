import ArgumentParser
import Foundation
import NodAudit
import NodCore
import NodEvidence
import NodReport

/// `nod inspect BUNDLE`: what nod reads in a bundle, before any rule is applied.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "List a bundle's evidence, its digest, what was parsed and every problem found.",
        discussion: HelpText.flow("""
        Use it to check a bundle before an audit: every file is listed with its size and
        SHA-256, followed by the bundle digest (the same for the same evidence in any
        container), counts of what was parsed, and each problem as file:line:column.

        Problems do not stop an audit: the rules that need a broken file report it. Only
        an unreadable archive, a file over a limit or a bad manifest.yaml rejects the
        bundle (exit code 3, with the reason on standard error).

        Examples:
          nod inspect Examples/gofal-dyffryn
          nod inspect Examples/gofal-dyffryn --lang cy
          nod inspect submission.zip --format json | jq '.bundle.sha256'
        """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("The bundle: a folder or an archive.", valueName: "bundle"))
    var bundle: String

    @Option(help: "Output format: text for people, json for scripts.")
    var format: Format = .text

    @Option(help: "Language of the listing and of a refusal: cy or en. Default: the locale's (LANG=cy_GB.UTF-8: Welsh), else en.")
    var lang: Language?

    @OptionGroup(title: "Limits") var limits: LimitOptions
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let logger = logging.makeLogger("nod.inspect")
        let model: EvidenceModel
        switch BundleLoader(bundleLimits: limits.bundleLimits, yamlLimits: limits.yamlLimits, logger: logger).read(bundle) {
        case .success(let read): model = read
        case .failure(let rejection): throw StandardError.exit(rejection, language: StandardError.language(lang))
        }
        let listing = InspectionListing(model: model)
        switch format {
        case .text: StandardOutput.write(listing.text(language: StandardError.language(lang)))
        case .json: StandardOutput.write(try listing.json() + "\n")
        }
    }
}

import ArgumentParser
import Foundation
import NodServer
import NodStore

extension LedgerCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Record a batch's reports in the ledger as a season of their organisations' submissions.",
            discussion: HelpText.flow("""
            Reads OUT/summary.json and each audited bundle's report. Each becomes an audited
            submission of the organisation its manifest registers (organisation.registration:
            register and number), which is made when the ledger does not know it; its report is
            kept where the web office shows reports. The season is the batch's audit year
            unless --season names it. Importing the same evidence again into the same season
            changes nothing. Rows that cannot be imported (rejected, not a bundle, no
            registration) are listed with why. The data folder is made if it is new. With
            --database, the submissions go into the PostgreSQL ledger the servers share, and
            --data is the folder they share.

            Example:
              nod batch submissions/ --out reports-2026/ --date 2026-06-30
              nod ledger import reports-2026/ --data /srv/nod
            """))

        @Argument(help: ArgumentHelp("The folder a batch wrote (its --out).", valueName: "out"))
        var out: String

        @OptionGroup var data: LedgerOptions

        @Option(help: ArgumentHelp("The season's name. Default: the batch's audit year.", valueName: "name"))
        var season: String?

        func validate() throws {
            guard data.data != nil else {
                throw ValidationError("give --data: reports are kept in its reports/ folder (with --database, the folder the servers share)")
            }
        }

        func run() throws {
            try LedgerCommand.importBatch(out: out, data: data, season: season)
        }
    }

    /// Imports a batch's folder and prints what happened; shared with `nod batch --ledger`.
    static func importBatch(out: String, data: LedgerOptions, season: String?) throws {
        let importer = SeasonImport(data: URL(fileURLWithPath: data.data ?? "."))
        let folder = URL(fileURLWithPath: out)
        let result = try data.withLedger(creating: true) { ledger -> Result<SeasonImport.Outcome, SeasonImport.Failure> in
            do { return .success(try await importer.run(out: folder, season: season, ledger: ledger)) } catch let failure as SeasonImport.Failure {
                return .failure(failure)
            }
        }
        switch result {
        case .success(let outcome):
            for skipped in outcome.skipped { StandardError.write("\(skipped.bundle): not imported: \(skipped.reason)") }
            StandardError.write(outcome.line)
        case .failure(let failure):
            StandardError.write("error: \(failure.description)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}

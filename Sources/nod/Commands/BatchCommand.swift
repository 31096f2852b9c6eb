import ArgumentParser

/// `nod batch`: a batch (`nod batch PATH… --out DIR`, the default) or the merge of its shards.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Audit many bundles in parallel (nod batch PATH… --out DIR), or merge the outputs of sharded batches.",
        discussion: HelpText.flow("""
        nod batch PATH… --out DIR runs a batch: every option is described by nod batch run --help.
        nod batch merge SHARD… --out DIR makes the outputs of --shard K/N runs one output.

        Examples:
          nod batch submissions/ --out reports/ --date 2026-06-30 --format html
          nod batch merge reports/shard-1 reports/shard-2 --out reports/all
        """),
        subcommands: [BatchRun.self, BatchMergeCommand.self],
        defaultSubcommand: BatchRun.self)
}

import ArgumentParser
import NodArchive
import NodYAML

/// The bundle limits of docs/bundle.md, each overridable on the command line.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Most entries (files and folders) a bundle may hold.", valueName: "n"))
    var maxEntries = BundleLimits.default.maxEntries

    @Option(help: ArgumentHelp("Most uncompressed bytes of all files together.", valueName: "bytes"))
    var maxTotalBytes = Int(BundleLimits.default.maxTotalBytes)

    @Option(help: ArgumentHelp("Largest structured file (YAML, CSV, Markdown), in bytes.", valueName: "bytes"))
    var maxFileBytes = Int(BundleLimits.default.maxStructuredFileBytes)

    @Option(help: ArgumentHelp("Highest compression ratio of an entry over 1 MiB (N for N:1).", valueName: "n"))
    var maxRatio = Int(BundleLimits.default.maxCompressionRatio)

    @Option(help: ArgumentHelp("Deepest YAML nesting.", valueName: "n"))
    var maxYamlDepth = YAMLLimits.default.maxDepth

    @Option(help: ArgumentHelp("Most YAML nodes in one document after alias expansion.", valueName: "n"))
    var maxYamlNodes = YAMLLimits.default.maxNodes

    func validate() throws {
        for (name, value) in [("--max-entries", maxEntries), ("--max-total-bytes", maxTotalBytes),
                              ("--max-file-bytes", maxFileBytes), ("--max-ratio", maxRatio),
                              ("--max-yaml-depth", maxYamlDepth), ("--max-yaml-nodes", maxYamlNodes)] where value <= 0 {
            throw ValidationError("\(name) must be a positive number, not \(value)")
        }
    }

    /// The options again, as a worker process is given them.
    var arguments: [String] {
        ["--max-entries", String(maxEntries), "--max-total-bytes", String(maxTotalBytes), "--max-file-bytes", String(maxFileBytes),
         "--max-ratio", String(maxRatio), "--max-yaml-depth", String(maxYamlDepth), "--max-yaml-nodes", String(maxYamlNodes)]
    }

    var bundleLimits: BundleLimits {
        // Int on the command line (one option type fewer for ArgumentParser to reflect on);
        // Int64 in the reader, whose sizes are file offsets.
        BundleLimits(maxEntries: maxEntries, maxTotalBytes: Int64(maxTotalBytes), maxStructuredFileBytes: Int64(maxFileBytes),
                     maxCompressionRatio: Int64(maxRatio))
    }

    var yamlLimits: YAMLLimits {
        YAMLLimits(maxDepth: maxYamlDepth, maxNodes: maxYamlNodes)
    }
}

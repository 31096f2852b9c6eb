import NodCore
import NodReport

extension BatchRun {
    /// `nod batch-worker` with this batch's choices: what each isolated worker runs.
    func workerCommand(date: LocalDate) -> [String] {
        var command = [Executable.path, "batch-worker", "--out", out, "--profile", profile, "--date", date.description,
                       "--memory-mib", String(workerMemory)]
        if let lang { command += ["--lang", lang.rawValue] }
        if let format { command += ["--format", format.rawValue] }
        if resume { command.append("--resume") }
        for path in rules.rulePaths { command += ["--rules", path] }
        if rules.withDefaultRules { command.append("--with-default-rules") }
        for path in plugins.paths { command += ["--plugin-path", path] }
        command += limits.arguments
        return command
    }
}

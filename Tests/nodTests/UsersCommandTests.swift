import Foundation
import NodTestSupport
import Testing

/// `nod users add`: the first administrator made at the terminal, the password from standard
/// input only.
struct UsersCommandTests {
    @Test func theFirstAdministratorIsAddedFromStandardInput() throws {
        try TemporaryDirectory.with { dir in
            let added = try NodProcess.run(["users", "add", "admin@example.coop", "--role", "admin", "--data", dir.path],
                                           input: "a long pass phrase\n")
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stdout.contains("admin@example.coop (admin)"))
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ledger.sqlite").path))
            let again = try NodProcess.run(["users", "add", "admin@example.coop", "--role", "admin", "--data", dir.path],
                                           input: "a long pass phrase\n")
            #expect(again.status == 2)
            #expect(again.stderr.contains("an account for admin@example.coop already exists"))
            let noPassword = try NodProcess.run(["users", "add", "b@example.coop", "--role", "admin", "--data", dir.path])
            #expect(noPassword.status == 2)
            #expect(noPassword.stderr.contains("standard input"))
            let badRole = try NodProcess.run(["users", "add", "c@example.coop", "--role", "owner", "--data", dir.path], input: "a long pass phrase\n")
            #expect(badRole.status == 2 && badRole.stderr.contains("not a role"))
        }
    }
}

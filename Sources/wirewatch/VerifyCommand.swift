import ArgumentParser
import Ledger

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the ledger: lines parse, seq rises by one, ids are unique, the index agrees.",
        discussion: "Exits 1 and lists what is wrong when it is not clean. Safe beside a running daemon without --repair."
    )

    @Option(help: "The ledger to check.")
    var ledger = "Logs/ledger.jsonl"
    @Flag(help: "Truncate a torn last line and rebuild the index (stop the daemon first).")
    var repair = false

    func run() throws {
        if repair {
            let recovery = try LedgerVerifier.repair(path: ledger)
            if recovery.truncatedBytes > 0 { print("truncated a torn tail of \(recovery.truncatedBytes) bytes") }
            print("rebuilt the index")
        }
        let report = try LedgerVerifier.verify(path: ledger)
        if report.isClean {
            print("ok: \(report.lines) lines, seq 1...\(report.lines), ids unique, index agrees")
            return
        }
        for problem in report.problems { print("problem: \(problem)") }
        print("\(report.lines) lines checked; the ledger is not clean")
        throw ExitCode(1)
    }
}

import ArgumentParser
import Foundation
import Glibc

/// Writes a burst of small articles into the drop folder of a running daemon, far more than
/// the kernel's inotify queue holds, and checks that all are ingested exactly once.
struct BurstHarness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "burst",
        abstract: "Burst N articles into Drop/ of a running daemon (forcing IN_Q_OVERFLOW); print articles/s and peak RSS; check exactly-once.",
        discussion: "With --rounds 2 or more the same ledger keeps growing, which shows whether memory grows with it."
    )

    @OptionGroup var options: HarnessOptions
    @Option(help: "Articles per burst.")
    var articles = 100_000
    @Option(help: "Bursts, each with a restarted daemon on the same ledger.")
    var rounds = 1
    @Option(help: "Seed for the articles.")
    var seed: UInt64 = 7
    @Option(help: "The daemon's --queue-capacity; a small one forces its own overflows in a short burst.")
    var queueCapacity: Int?

    func run() throws {
        let folder = try HarnessFolder(options: options, label: "burst")
        let binary = options.binary ?? CrashHarness.siblingBinary()
        var rng = SeededGenerator(seed: seed)
        var inputs: [String: InputKind] = [:]
        var passed = true
        let queueLimit = (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        print("inotify queue limit (fs.inotify.max_queued_events): \(queueLimit)")
        for round in 1...rounds {
            let daemon = try DaemonUnderTest(
                binary: binary, folder: folder, logPath: folder.path + "/daemon-\(round).log",
                extraArguments: queueCapacity.map { ["--queue-capacity", String($0)] } ?? []
            )
            guard daemon.waitUntilReady() else {
                print("problem: the daemon did not become ready; log:\n\(daemon.log)")
                throw ExitCode(1)
            }
            let linesBefore = folder.indexedLines
            var bytes = 0
            let started = ContinuousClock.now
            for i in 0..<articles {
                let name = String(format: "burst-%d-%06d.txt", round, i)
                let article = SyntheticArticle.make(index: (round - 1) * articles + i, using: &rng)
                try folder.drop(article, as: name)
                inputs[name] = .article
                bytes += article.count
            }
            let written = ContinuousClock.now
            let deadline = written + .seconds(max(120, articles / 50))
            while folder.indexedLines < linesBefore + articles, ContinuousClock.now < deadline, daemon.process.isRunning {
                usleep(20_000)
            }
            let done = ContinuousClock.now
            let peak = daemon.memory("VmHWM") ?? 0
            let after = daemon.memory("VmRSS") ?? 0
            let status = daemon.terminate()
            let log = daemon.log
            let overflows = log.components(separatedBy: "a queue of waiting inputs overflowed").count - 1
            let total = (done - started).inSeconds
            print(String(format: "round %d: %d articles (%.1f MB) written in %.2f s; all in the ledger after %.2f s: %.0f articles/s, %.2f MB/s",
                         round, articles, Double(bytes) / 1e6, (written - started).inSeconds, total, Double(articles) / total, Double(bytes) / 1e6 / total))
            print(String(format: "round %d: peak RSS %.1f MB, RSS after the burst %.1f MB, ledger %d -> %d lines, %d queue overflows, SIGTERM exit %@",
                         round, Double(peak) / 1024, Double(after) / 1024, linesBefore, folder.indexedLines, overflows, status.map(String.init) ?? "none"))
            if status != 0 { print("problem: the daemon did not stop cleanly"); passed = false }
        }
        let audit = LedgerAudit(folder: folder, inputs: inputs)
        passed = audit.report() && passed
        folder.remove(unless: options.keep || !passed)
        guard passed else {
            print("FAILED; the run's folder is kept: \(folder.path)")
            throw ExitCode(1)
        }
        print("PASSED")
    }
}

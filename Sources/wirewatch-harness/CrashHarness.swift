import ArgumentParser
import Foundation
import Glibc
import Synchronization

/// Drops articles while the daemon is SIGKILLed at random moments and restarted, then
/// checks that every input is in the ledger exactly once.
struct CrashHarness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash",
        abstract: "SIGKILL the daemon at seeded random moments while articles arrive; check exactly-once afterwards.",
        discussion: "Rerun a failure with the printed --seed. Some inputs are byte-for-byte copies (duplicates) and some are binary (rejected)."
    )

    @OptionGroup var options: HarnessOptions
    @Option(help: "Inputs to drop.")
    var articles = 2_000
    @Option(help: "SIGKILLs, each followed by a restart.")
    var kills = 25
    @Option(help: "Seed for the inputs, the way each is dropped and the kill moments (default: random, printed).")
    var seed: UInt64?
    @Option(help: "Longest wait, in milliseconds, from a (re)start to its SIGKILL.")
    var maxKillDelay = 700

    func run() throws {
        let seed = seed ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("seed \(seed) (rerun with --seed \(seed))")
        var rng = SeededGenerator(seed: seed)
        let folder = try HarnessFolder(options: options, label: "crash")
        let binary = options.binary ?? Self.siblingBinary()

        // The inputs: 4% copies of an earlier article, 2% binary, the rest unique articles.
        var inputs: [(name: String, bytes: [UInt8], kind: InputKind, staged: Bool)] = []
        for i in 0..<articles {
            let name = String(format: "article-%05d.txt", i)
            let roll = Int.random(in: 0..<100, using: &rng)
            let staged = Bool.random(using: &rng)
            if roll < 4, let original = inputs.lazy.filter({ $0.kind != .binary }).last {
                inputs.append((name, original.bytes, .copy, staged))
                if case .article = original.kind, let k = inputs.firstIndex(where: { $0.name == original.name }) { inputs[k].kind = .copy }
            } else if roll < 6 {
                inputs.append((String(format: "noise-%05d.bin", i), SyntheticArticle.binary(index: i, using: &rng), .binary, staged))
            } else {
                inputs.append((name, SyntheticArticle.make(index: i, using: &rng), .article, staged))
            }
        }
        let killDelays = (0..<kills).map { _ in Int.random(in: 20...maxKillDelay, using: &rng) }
        // Spread the drops over the whole kill phase, so kills land mid-ingest.
        let dropInterval = max(0, killDelays.reduce(0, +) * 1_000 / max(1, articles))

        let started = ContinuousClock.now
        var daemon = try DaemonUnderTest(binary: binary, folder: folder, logPath: folder.path + "/daemon-0.log")
        let dropped = Mutex(0)
        let toDrop = inputs.map { (name: $0.name, bytes: $0.bytes, staged: $0.staged) }
        let dropper = Thread {
            for input in toDrop {
                do {
                    if input.staged { try folder.stageAndMove(input.bytes, as: input.name) } else { try folder.drop(input.bytes, as: input.name) }
                } catch {
                    print("harness: cannot drop \(input.name): \(error)")
                }
                dropped.withLock { $0 += 1 }
                if dropInterval > 0 { usleep(UInt32(dropInterval)) }
            }
        }
        dropper.start()

        var linesAtKill: [Int] = []
        for (k, delay) in killDelays.enumerated() {
            usleep(UInt32(delay * 1_000))
            daemon.kill()
            linesAtKill.append(folder.indexedLines)
            daemon = try DaemonUnderTest(binary: binary, folder: folder, logPath: folder.path + "/daemon-\(k + 1).log")
        }
        while dropped.withLock({ $0 }) < inputs.count { usleep(10_000) }
        let allDropped = ContinuousClock.now

        // Let the last daemon finish the backlog, then stop it the polite way.
        let deadline = ContinuousClock.now + .seconds(max(60, articles / 20))
        while (folder.indexedLines < inputs.count || !folder.names(in: folder.drop).isEmpty), ContinuousClock.now < deadline {
            usleep(50_000)
        }
        let drained = ContinuousClock.now
        // SIGTERM before the signal handlers are in would only test the default action.
        _ = daemon.waitUntilReady()
        let exit = daemon.terminate()

        let logs = (0...kills).map { (try? String(contentsOfFile: folder.path + "/daemon-\($0).log", encoding: .utf8)) ?? "" }
        let torn = logs.filter { $0.contains("truncated a torn last line") }.count
        let rebuiltIndex = logs.filter { $0.contains("rebuilt the ledger index") }.count
        let finishedMoves = logs.map { $0.components(separatedBy: "finished moving an input").count - 1 }.reduce(0, +)
        print("dropped \(inputs.count) inputs (\(inputs.filter { $0.kind == .copy }.count) in copy groups, \(inputs.filter { $0.kind == .binary }.count) binary) in \(String(format: "%.2f s", (allDropped - started).inSeconds))")
        print("\(kills) SIGKILLs at \(killDelays.map(String.init).joined(separator: ",")) ms after each start; ledger lines at each kill: \(linesAtKill.map(String.init).joined(separator: ","))")
        print("recovery on restart: \(torn) torn last lines truncated, \(rebuiltIndex) index rebuilds, \(finishedMoves) moves finished after a crash")
        print("backlog drained \(String(format: "%.2f s", (drained - allDropped).inSeconds)) after the last drop; final SIGTERM exit status \(exit.map(String.init) ?? "none (hung)")")

        let audit = LedgerAudit(folder: folder, inputs: Dictionary(uniqueKeysWithValues: inputs.map { ($0.name, $0.kind) }))
        var passed = audit.report()
        if exit != 0 {
            print("problem: the daemon did not stop cleanly on SIGTERM; its log is \(folder.path)/daemon-\(kills).log")
            passed = false
        }
        folder.remove(unless: options.keep || !passed)
        if !passed {
            print("FAILED (seed \(seed)); the run's folder is kept: \(folder.path)")
            throw ExitCode(1)
        }
        print("PASSED")
    }

    static func siblingBinary() -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("wirewatch").path
    }
}

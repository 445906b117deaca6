import ArgumentParser
import Foundation
import Glibc

/// Times single drops into an idle daemon: from the file's close to the moment the daemon
/// moves it into the archive, which it does only after the ledger line is fsynced.
struct LatencyHarness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency",
        abstract: "Drop articles one at a time into an idle daemon; print p50/p99 from close(2) to the fsynced ledger line.",
        discussion: "The end mark is the input's arrival in the archive (inotify IN_MOVED_TO), which follows the ledger fsync, so the figures are an upper bound."
    )

    @OptionGroup var options: HarnessOptions
    @Option(help: "Single drops to time.")
    var drops = 1_000
    @Option(help: "Idle pause between drops, in milliseconds.")
    var pause = 20

    func run() throws {
        let folder = try HarnessFolder(options: options, label: "latency")
        let daemon = try DaemonUnderTest(binary: options.binary ?? CrashHarness.siblingBinary(), folder: folder, logPath: folder.path + "/daemon.log")
        guard daemon.waitUntilReady() else {
            print("problem: the daemon did not become ready; log:\n\(daemon.log)")
            throw ExitCode(1)
        }
        let watch = inotify_init1(Int32(IN_CLOEXEC))
        guard watch >= 0, inotify_add_watch(watch, folder.archive, UInt32(IN_MOVED_TO)) >= 0 else {
            throw ValidationError("cannot watch \(folder.archive): \(String(cString: strerror(errno)))")
        }
        defer { close(watch) }
        var rng = SeededGenerator(seed: 11)
        var latencies: [Double] = []
        var inputs: [String: InputKind] = [:]
        var buffer = [UInt8](repeating: 0, count: 4096)
        for i in 0..<drops {
            let name = String(format: "single-%05d.txt", i)
            let article = SyntheticArticle.make(index: i, using: &rng)
            inputs[name] = .article
            let fd = open(folder.drop + "/" + name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw ValidationError("cannot create \(name): \(String(cString: strerror(errno)))") }
            _ = article.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
            let closed = ContinuousClock.now
            var waiting = pollfd(fd: watch, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 10_000) == 1 else {
                print("problem: \(name) was not archived within 10 s")
                throw ExitCode(1)
            }
            let archived = ContinuousClock.now
            _ = buffer.withUnsafeMutableBytes { read(watch, $0.baseAddress!, $0.count) }
            latencies.append((archived - closed).inSeconds * 1000)
            usleep(UInt32(pause * 1000))
        }
        let status = daemon.terminate()
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        print(String(format: "%d single drops, close -> ledger line fsynced (input archived): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms",
                     drops, percentile(0.5), percentile(0.9), percentile(0.99), latencies.last ?? 0))
        var passed = LedgerAudit(folder: folder, inputs: inputs).report()
        if status != 0 { print("problem: the daemon did not stop cleanly"); passed = false }
        folder.remove(unless: options.keep || !passed)
        guard passed else { throw ExitCode(1) }
        print("PASSED")
    }
}

import ArgumentParser
import Extraction
import Foundation
import Glibc
import Ingest
import Ledger
import Logging

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Wirewatch and print the figures.",
        subcommands: [StartupBench.self]
    )
}

/// How long start-up takes with a large ledger: the daemon reads the id index, not every record.
struct StartupBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Time daemon start-up (ledger open, index load, watch) on a synthetic ledger of N lines."
    )

    @Option(help: "Lines in the synthetic ledger.")
    var lines = 100_000
    @Option(help: "Folder to build it in (a temp folder by default; removed afterwards).")
    var folder: String?
    @Option(help: "Timed start-ups; the median is reported.")
    var runs = 5

    func run() throws {
        let base = folder ?? NSTemporaryDirectory() + "wirewatch-bench-\(getpid())"
        defer { if folder == nil { try? FileManager.default.removeItem(atPath: base) } }
        let configuration = IngestConfiguration(
            dropFolder: base + "/Drop", ledgerPath: base + "/Logs/ledger.jsonl",
            archiveFolder: base + "/Logs/archive", quarantineFolder: base + "/Logs/quarantine"
        )
        try FileManager.default.createDirectory(atPath: base + "/Logs", withIntermediateDirectories: true)
        let bytes = try writeSyntheticLedger(path: configuration.ledgerPath, lines: lines)
        print("ledger: \(lines) lines, \(bytes / 1_000_000) MB")

        let rebuild = try time { _ = try Ledger(path: configuration.ledgerPath) }
        print(String(format: "first open, index built from the ledger: %.0f ms", rebuild * 1000))

        var logger = Logger(label: "bench")
        logger.logLevel = .critical
        var timings: [Double] = []
        for _ in 0..<runs {
            timings.append(try time {
                let pipeline = try IngestPipeline(configuration: configuration, logger: logger)
                let watcher = try DropFolderWatcher(folder: configuration.dropFolder, queue: DropQueue(), tick: .seconds(1))
                precondition(pipeline.ledger.count == lines)
                _ = watcher
            })
        }
        timings.sort()
        print(String(format: "start-up to ready (ledger open with index, folders, inotify watch): median %.0f ms, max %.0f ms over %d runs",
                     timings[timings.count / 2] * 1000, timings.last! * 1000, runs))
        print("peak RSS: \(peakRSSMegabytes()) MB")
    }

    private func time(_ body: () throws -> Void) rethrows -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Lines shaped like real ones (a record of about 1 KB), written in bulk without fsync.
    private func writeSyntheticLedger(path: String, lines: Int) throws -> Int {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        let recordEncoder = JSONEncoder()
        recordEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let record = ArticleExtractor().extract(String(repeating: "Synthetic headline\n\nA body sentence about an event. ", count: 12))
        var chunk = [UInt8]()
        var total = 0
        for seq in 1...lines {
            let entry = LedgerEntry<ArticleRecord>(
                seq: seq, status: .ok, id: ContentID.of(Array("synthetic \(seq)".utf8)).hex, file: "article-\(seq).txt",
                bytes: 1200, ingestedAt: "2026-01-10T09:00:00.000Z", decodedAs: "utf-8", record: record
            )
            chunk.append(contentsOf: try entry.jsonLine(recordEncoder: recordEncoder))
            chunk.append(UInt8(ascii: "\n"))
            if chunk.count > 1 << 22 {
                handle.write(Data(chunk))
                total += chunk.count
                chunk.removeAll(keepingCapacity: true)
            }
        }
        handle.write(Data(chunk))
        try? FileManager.default.removeItem(atPath: path + ".idx")
        return total + chunk.count
    }
}

/// Peak resident set size of this process (VmHWM), in MB.
func peakRSSMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

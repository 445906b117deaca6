import ArgumentParser
import Extraction
import Stories
import Foundation
import Ledger

struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Show the ledger as short summaries, and follow it with -f."
    )

    @Option(help: "The ledger to read.")
    var ledger = "Logs/ledger.jsonl"
    @Flag(name: .shortAndLong, help: "Keep following the ledger as lines are appended.")
    var follow = false
    @Flag(help: "Print the ledger lines themselves instead of summaries.")
    var json = false
    @Option(name: .shortAndLong, help: "Start with the last N lines (all with 0).")
    var lines = 10

    func run() async throws {
        guard FileManager.default.fileExists(atPath: ledger) else {
            printError("no ledger at \(ledger) yet: start the daemon with `make run`, or pass --ledger")
            throw ExitCode(1)
        }
        var reader = try LedgerReader(path: ledger)
        defer { reader.close() }
        // Keep only the last N summaries of what is already there.
        var backlog: [String] = []
        while let (_, bytes) = try reader.nextLine() {
            backlog.append(render(bytes))
            if lines > 0, backlog.count > lines { backlog.removeFirst() }
        }
        backlog.forEach(emit)
        guard follow else { return }
        while !Task.isCancelled {
            let (_, bytes) = try await reader.follow()
            emit(render(bytes))
        }
    }

    /// Unbuffered, so `tail -f | jq` shows each line as it comes.
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private func render(_ bytes: [UInt8]) -> String {
        if json { return String(decoding: bytes, as: UTF8.self) }
        guard let entry = try? JSONDecoder().decode(LedgerEntry<ArticleRecord, StoryLink>.self, from: Data(bytes)) else {
            return "?      unreadable line: \(String(decoding: bytes.prefix(80), as: UTF8.self))"
        }
        return Self.summary(entry)
    }

    static func summary(_ entry: LedgerEntry<ArticleRecord, StoryLink>) -> String {
        let head = "#\(entry.seq) \(entry.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))"
        switch entry.status {
        case .duplicate:
            return "\(head) \(entry.file) (same as #\(entry.duplicateOf ?? 0))"
        case .rejected:
            return "\(head) \(entry.file): \(entry.error?.code ?? "?"): \(entry.error?.message ?? "")"
        case .ok:
            guard let record = entry.record else { return "\(head) \(entry.file)" }
            let people = record.entities.filter { $0.type == .person }.count
            var title = record.title ?? entry.file
            if title.count > 72 { title = String(title.prefix(71)) + "…" }
            var toll = ""
            if let killed = record.toll.killed { toll += " · \(killed) killed" }
            if let injured = record.toll.injured { toll += " · \(injured) injured" }
            return "\(head) \(title) — \(record.outlet ?? "outlet unknown") · \(people) people · \(record.quotes.count) quotes · \(record.counts.count) figures\(toll)"
        }
    }
}

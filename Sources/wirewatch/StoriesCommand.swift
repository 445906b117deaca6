import ArgumentParser
import Extraction
import Foundation
import Ledger
import Stories

/// `wirewatch stories`: the ledger's stories, with their outlets and disagreements.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories in the ledger: title, outlets, first and last seen, and disagreeing figures.",
        discussion: "Stories of one article are left out unless --all is given."
    )

    @Option(help: "The ledger to read.")
    var ledger = "Logs/ledger.jsonl"
    @Flag(help: "One JSON object per story instead of text.")
    var json = false
    @Flag(help: "Include stories with a single article.")
    var all = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: ledger) else {
            printError("no ledger at \(ledger) yet: start the daemon with `make run`, or pass --ledger")
            throw ExitCode(1)
        }
        var reader = try LedgerReader(path: ledger)
        defer { reader.close() }
        let decoder = JSONDecoder()
        var catalog = StoryCatalog()
        while let (_, bytes) = try reader.nextLine() {
            guard let entry = try? decoder.decode(LedgerEntry<ArticleRecord, StoryLink>.self, from: Data(bytes)),
                  entry.status == .ok, let story = entry.story
            else { continue }
            catalog.add(
                seq: entry.seq, story: story.id, title: entry.record?.title, source: entry.record?.outlet ?? entry.file,
                seenAt: entry.ingestedAt, counts: entry.record?.counts ?? []
            )
        }
        let shown = catalog.stories.filter { all || $0.articles.count > 1 }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for story in shown { print(String(decoding: try encoder.encode(story), as: UTF8.self)) }
            return
        }
        for story in shown { print(Self.render(story)) }
        let articles = catalog.stories.reduce(0) { $0 + $1.articles.count }
        print("\(catalog.stories.count) stories from \(articles) articles; \(catalog.stories.filter { $0.articles.count > 1 }.count) with more than one")
    }

    static func render(_ story: StoryReport) -> String {
        var lines = ["story \(story.id): \(story.title ?? "(no title)")"]
        lines.append("  \(story.articles.count) articles (seq \(story.articles.map(String.init).joined(separator: ", "))) from \(story.outlets.joined(separator: ", "))")
        lines.append("  first seen \(story.firstSeen), last seen \(story.lastSeen)")
        for disagreement in story.disagreements {
            let sides = disagreement.claims.map { claim in
                "\(claim.source) says \(claim.values.map { $0.formatted(.number.grouping(.never)) }.joined(separator: " or "))"
            }
            lines.append("  disagree on \(disagreement.figure): \(sides.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}

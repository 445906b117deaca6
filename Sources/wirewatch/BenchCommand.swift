import ArgumentParser
import Extraction
import Stories
import Foundation
import Glibc
import Ingest
import Ledger
import Logging

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Wirewatch and print the figures.",
        discussion: "Without a subcommand, `bench pipeline`: each stage's articles/s, MB/s and tokens/s over --corpus, per-article p50/p99, peak RSS, and the time per MB of one article as it grows.",
        subcommands: [PipelineBenchCommand.self, StartupBench.self, EntityBench.self, CoreBench.self, StoryBench.self],
        defaultSubcommand: PipelineBenchCommand.self
    )
}

/// `wirewatch bench [pipeline]`. Its options live here, not on `bench`: options of a parent
/// command take their values from the whole command line, so `bench stories --corpus X`
/// would have set the parent's corpus and left the subcommand's at its default.
struct PipelineBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Each stage's speed over a corpus, per-article latency, peak RSS, and the slope over one growing article."
    )

    @Option(help: "A folder of plain-text articles (or a corpus folder with an articles/ subfolder).")
    var corpus = "../shared/corpus/bbc"
    @Option(help: "Timed passes over the corpus; the best is reported.")
    var passes = 3
    @Flag(help: "Skip the long-article slope (for profiling the corpus passes alone).")
    var noSlope = false

    func run() throws {
        try PipelineBench(corpus: corpus, passes: passes, slope: !noSlope).run()
    }
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
        print(String(format: "in process, ledger open with index, story replay, folders, inotify watch: median %.0f ms, max %.0f ms over %d runs",
                     timings[timings.count / 2] * 1000, timings.last! * 1000, runs))
        print("peak RSS: \(peakRSSMegabytes()) MB")

        // What a user waits for: exec of `wirewatch run` to its ready line (sent with READY=1).
        var execTimings: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            process.arguments = ["run", "--drop", configuration.dropFolder, "--ledger", configuration.ledgerPath,
                                 "--archive", configuration.archiveFolder, "--quarantine", configuration.quarantineFolder]
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "NOTIFY_SOCKET")
            process.environment = environment
            let pipe = Pipe()
            process.standardError = pipe
            let started = ContinuousClock.now
            try process.run()
            var seen = Data()
            while !String(decoding: seen, as: UTF8.self).contains("ready in") {
                let chunk = pipe.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            execTimings.append((ContinuousClock.now - started).inSeconds)
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        execTimings.sort()
        print(String(format: "exec of wirewatch run to ready: median %.0f ms, max %.0f ms over %d runs",
                     execTimings[execTimings.count / 2] * 1000, execTimings.last! * 1000, runs))
    }

    private func time(_ body: () throws -> Void) rethrows -> Double {
        try ContinuousClock().measure(body).inSeconds
    }

    /// Lines shaped like real ones (a record and a story field with its signature, about
    /// 4 KB), written in bulk without fsync.
    private func writeSyntheticLedger(path: String, lines: Int) throws -> Int {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw ValidationError("cannot write \(path)") }
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        let recordEncoder = JSONEncoder()
        recordEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = """
            Protesters clash with police in Almaty as fuel prices double

            ALMATY (Reuters) – More than 1,600 people were injured and 7,939 arrested after protests over fuel \
            prices turned violent on Wednesday, the interior ministry said. "Well-organized groups of fighters were \
            deployed," President Kassym-Jomart Tokayev said in a televised address, adding that 2,000 CSTO soldiers \
            would stay "for a limited period of time". Russian President Vladimir Putin said the unrest used \
            "Maidan techniques", according to Tass.
            """
        let record = try ArticleExtractor.withBundledModel().extract(text)
        let signature = StoryLinker().signature(text: text, record: record, published: nil)
        var chunk = [UInt8]()
        var total = 0
        for seq in 1...lines {
            let entry = LedgerEntry<ArticleRecord, StoryLink>(
                seq: seq, status: .ok, id: ContentID.of(Array("synthetic \(seq)".utf8)).hex, file: "article-\(seq).txt",
                bytes: 1200, ingestedAt: "2026-01-10T09:00:00.000Z", decodedAs: "utf-8", record: record,
                // Each line its own story, joined to the one before: the replay reads every field.
                story: StoryLink(id: seq, related: seq > 1 ? [RelatedArticle(seq: seq - 1, score: 0.42, why: ["words", "entities"])] : [],
                                 syndicatedOf: nil, signature: signature)
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

/// The decoded texts of the `.txt` articles in `folder`, in name order.
/// The `.txt` files of a corpus folder, sorted; an error that says what to give if there are none.
func corpusFileNames(_ folder: String) throws -> [String] {
    guard let all = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        throw ValidationError("cannot read the folder \(folder); give --corpus a folder of .txt articles, such as ../shared/corpus/bbc/articles")
    }
    let names = all.filter { $0.hasSuffix(".txt") }.sorted()
    guard !names.isEmpty else { throw ValidationError("no .txt articles in \(folder); give --corpus a folder of .txt articles") }
    return names
}

func corpusArticles(_ folder: String) throws -> [String] {
    try corpusFileNames(folder).compactMap { name in
        guard let data = FileManager.default.contents(atPath: folder + "/" + name),
            case .success(let decoded) = InputDecoder.decode(Array(data)) else { return nil }
        return decoded.text
    }
}

/// Tokenising plus entity tagging over a folder of articles: the speed figure.
struct EntityBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Tokens per second for tokenising plus entity tagging, over a folder of articles, on one core."
    )

    @Option(help: "A folder of plain-text articles.")
    var corpus = "../shared/corpus/bbc/articles"
    @Option(help: "Timed passes over the corpus; the best is reported.")
    var passes = 3

    func run() throws {
        let texts = try corpusArticles(corpus).map(ArticleText.init)
        let model = try EntityModel.bundledOrExplained()
        let tagger = EntityTagger(model: model)
        let tokenizer = Tokenizer()
        let bytes = texts.reduce(0) { $0 + String(String.UnicodeScalarView($1.scalars)).utf8.count }
        var best = (tokens: 0, tokenize: Double.infinity, tag: Double.infinity, mentions: 0)
        // One untimed pass first, so page faults and one-time set-up are not counted.
        for pass in 0...passes {
            var tokens = 0, mentions = 0
            var tokenizeTime = 0.0, tagTime = 0.0
            let clock = ContinuousClock()
            for text in texts {
                var sentences: [[Token]] = []
                tokenizeTime += clock.measure { sentences = tokenizer.sentences(text).map(\.tokens) }.inSeconds
                tagTime += clock.measure { mentions += tagger.mentions(in: sentences).count }.inSeconds
                tokens += sentences.reduce(0) { $0 + $1.count }
            }
            if pass > 0, tokenizeTime + tagTime < best.tokenize + best.tag {
                best = (tokens, tokenizeTime, tagTime, mentions)
            }
        }
        let total = best.tokenize + best.tag
        print("\(corpus): \(texts.count) articles, \(bytes / 1000) KB, \(best.tokens) tokens, \(best.mentions) entity mentions")
        print(String(format: "tokenise + tag: %.0f tokens/s, %.2f MB/s (%.3f s, best of %d passes, one core)",
                     Double(best.tokens) / total, Double(bytes) / total / 1e6, total, passes))
        print(String(format: "  tokenise: %.0f tokens/s   tag: %.0f tokens/s", Double(best.tokens) / best.tokenize, Double(best.tokens) / best.tag))
    }
}

/// The whole extraction core (layout, quote marks, tokenise, tag, resolve, quotes, counts,
/// dates) over a folder of articles: the 2 MB/s figure.
struct CoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core",
        abstract: "MB/s and articles/s of the whole extraction core over a folder of articles, on one core."
    )

    @Option(help: "A folder of plain-text articles.")
    var corpus = "../shared/corpus/bbc/articles"
    @Option(help: "Timed passes over the corpus; the best is reported.")
    var passes = 3

    func run() throws {
        let texts = try corpusArticles(corpus)
        let extractor = try ArticleExtractor.withBundledModel()
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var best = Double.infinity
        var latencies: [Double] = []
        var items = (quotes: 0, counts: 0, dates: 0, entities: 0)
        var tokens = 0
        let clock = ContinuousClock()
        // One untimed pass first, so page faults and one-time set-up are not counted.
        for pass in 0...passes {
            var total = 0.0
            var passLatencies: [Double] = []
            items = (0, 0, 0, 0)
            var counter = TokenCounter()
            for text in texts {
                var record = ArticleRecord()
                let seconds = clock.measure { record = extractor.extract(ArticleText(text), stages: &counter) }.inSeconds
                total += seconds
                passLatencies.append(seconds)
                items.quotes += record.quotes.count
                items.counts += record.counts.count
                items.dates += record.dates.count
                items.entities += record.entities.count
            }
            tokens = counter.tokens
            if pass > 0, total < best {
                best = total
                latencies = passLatencies.sorted()
            }
        }
        print("\(corpus): \(texts.count) articles, \(bytes / 1000) KB")
        print("found: \(items.entities) entities, \(items.quotes) quotes, \(items.counts) counts, \(items.dates) dates")
        print(String(format: "whole core: %.2f MB/s, %.0f articles/s (%.3f s, best of %d passes, one core)",
                     Double(bytes) / best / 1e6, Double(texts.count) / best, best, passes))
        print(String(format: "%.0f tokens/s: %.0f times spaCy's full pipeline (about 4,500 tokens/s on one core here)",
                     Double(tokens) / best, Double(tokens) / best / 4500))
        let p50 = latencies[latencies.count / 2], p99 = latencies[min(latencies.count - 1, latencies.count * 99 / 100)]
        print(String(format: "per article: p50 %.2f ms, p99 %.2f ms; peak RSS %d MB", p50 * 1000, p99 * 1000, peakRSSMegabytes()))
    }
}

/// Counts tokens as extraction reports them, and times nothing.
private struct TokenCounter: StageTimer {
    var tokens = 0
    @inline(__always) func run<T>(_ stage: ExtractionStage, _ body: () -> T) -> T { body() }
    mutating func count(tokens: Int) { self.tokens += tokens }
}

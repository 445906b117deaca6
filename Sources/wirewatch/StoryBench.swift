import ArgumentParser
import Extraction
import Foundation
import Stories

/// `wirewatch bench stories`: what linking adds to an article's cost once a large history is indexed.
struct StoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Story linking time per article with a large history already indexed, against extraction time.",
        discussion: """
            Indexes --indexed articles first: the corpus's own signatures, each copy with its words \
            and entities re-hashed so it reads as a different article of the same shape. Then links \
            the corpus --passes more times, timing extraction, signature, proposal and commit of each \
            article in turn, and reports the median pass.
            """
    )

    @Option(help: "A folder of plain-text articles.")
    var corpus = "../shared/corpus/bbc/articles"
    @Option(help: "Articles indexed before timing.")
    var indexed = 100_000
    @Option(help: "Give every article this publication date (YYYY-MM-DD), as a burst of drops on one day would get.")
    var date: String?
    @OptionGroup var tuning: LinkerTuning
    @Option(help: "Timed passes over the corpus; the median pass is reported.")
    var passes = 3

    func validate() throws {
        guard passes >= 1 else { throw ValidationError("--passes must be at least 1") }
        if let date, CivilDate(iso: date) == nil { throw ValidationError("--date must be a date such as 2026-11-22, not \(date)") }
    }

    /// One pass's summed times, in seconds.
    struct PassTimes {
        var extraction = 0.0, signature = 0.0, propose = 0.0, commit = 0.0
        var linking: Double { signature + propose + commit }
    }

    func run() throws {
        let texts = try corpusArticles(corpus)
        let extractor = try ArticleExtractor.withBundledModel()
        let clock = ContinuousClock()
        let records = texts.map { extractor.extract($0) }
        let fresh = StoryLinker()
        let signatures = zip(texts, records).map { fresh.signature(text: $0, record: $1, published: nil) }

        let configuration = tuning.configuration
        var linker = StoryLinker(configuration: configuration)
        let rssBefore = peakRSSMegabytes()
        var seq = 0
        let fillSeconds = clock.measure {
            while seq < indexed {
                let copy = seq / signatures.count + 1
                let signature = Self.disguised(signatures[seq % signatures.count], copy: UInt32(copy))
                seq += 1
                linker.commit(linker.propose(signature, seq: seq), seq: seq)
            }
        }.inSeconds
        print("\(corpus): \(texts.count) articles; indexed \(indexed) first (\(String(format: "%.1f", fillSeconds)) s), \(linker.activeArticles) kept in the window")

        // Extraction is timed in the same loop as linking, article by article, as the daemon runs
        // them: on a shared machine a slow spell then weighs on both sides of the ratio alike.
        // Each pass links the corpus under a new disguise, so it finds no earlier pass's copies.
        var runs: [PassTimes] = []
        for pass in 1...passes {
            var run = PassTimes()
            let disguise = UInt32(indexed / max(1, texts.count) + 1 + pass)
            for text in texts {
                seq += 1
                var record: ArticleRecord?
                run.extraction += clock.measure { record = extractor.extract(text) }.inSeconds
                var signature: StorySignature?
                run.signature += clock.measure { signature = linker.signature(text: text, record: record!, published: nil) }.inSeconds
                let disguised = Self.disguised(signature!, copy: disguise)
                var link: StoryLink?
                run.propose += clock.measure { link = linker.propose(disguised, seq: seq) }.inSeconds
                run.commit += clock.measure { linker.commit(link!, seq: seq) }.inSeconds
            }
            runs.append(run)
        }
        let n = Double(texts.count)
        for (pass, run) in runs.enumerated() {
            print(String(format: "pass %d: extraction %.3f ms per article; linking %.3f ms = %.1f%% (signature %.3f, propose %.3f, commit %.3f ms)",
                         pass + 1, run.extraction * 1000 / n, run.linking * 1000 / n, 100 * run.linking / run.extraction,
                         run.signature * 1000 / n, run.propose * 1000 / n, run.commit * 1000 / n))
        }
        let median = runs.sorted { $0.linking / $0.extraction < $1.linking / $1.extraction }[runs.count / 2]
        print(String(format: "extraction %.3f ms per article; linking %.3f ms per article = %.1f%% of extraction (median of %d passes)",
                     median.extraction * 1000 / n, median.linking * 1000 / n, 100 * median.linking / median.extraction, runs.count))
        print(String(format: "  signature %.3f ms, propose %.3f ms, commit %.3f ms", median.signature * 1000 / n, median.propose * 1000 / n, median.commit * 1000 / n))
        print("peak RSS \(peakRSSMegabytes()) MB (\(rssBefore) MB before indexing)")

        // The corpus alone, in order: how many articles join an earlier story.
        let published = date.flatMap(CivilDate.init(iso:))
        let dated = zip(texts, records).map { fresh.signature(text: $0, record: $1, published: published) }
        var alone = StoryLinker(configuration: configuration)
        var joined: [(Int, Int)] = []
        for (index, signature) in dated.enumerated() {
            let link = alone.propose(signature, seq: index + 1)
            if link.id != index + 1 { joined.append((index + 1, link.related.first?.seq ?? link.id)) }
            alone.commit(link, seq: index + 1)
        }
        print("on its own, \(joined.count) of \(texts.count) articles join an earlier story")
        for (seq, partner) in joined.prefix(10) {
            print("  \(seq) ~ \(partner): \(records[seq - 1].title ?? "") | \(records[partner - 1].title ?? "")")
        }
    }

    /// The same article shape with different words: every bucket moved by a per-copy salt.
    static func disguised(_ signature: StorySignature, copy: UInt32) -> StorySignature {
        let salt = copy &* 0x9E37_79B9
        let mask: UInt32 = (1 << 21) - 1
        func move(_ list: [UInt32]) -> [UInt32] { list.map { ($0 ^ salt) & mask }.sorted() }
        var copy = signature
        copy.terms = signature.terms.map { .init(term: ($0.term ^ salt) & mask, count: $0.count) }
        copy.entities = move(signature.entities)
        copy.people = move(signature.people)
        copy.places = move(signature.places)
        copy.title = move(signature.title)
        copy.quotes = move(signature.quotes)
        copy.figures = move(signature.figures)
        copy.protagonists = move(signature.protagonists)
        copy.lines = move(signature.lines)
        copy.simhash = signature.simhash ^ (UInt64(salt) << 17 | UInt64(salt))
        return copy
    }
}

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
            the corpus once more, timing signature, proposal and commit, and compares with extraction.
            """
    )

    @Option(help: "A folder of plain-text articles.")
    var corpus = "../shared/corpus/bbc/articles"
    @Option(help: "Articles indexed before timing.")
    var indexed = 100_000
    @Option(help: "Join threshold instead of the default, for tuning.")
    var threshold: Double?
    @Option(help: "Give every article this publication date (YYYY-MM-DD), as a burst of drops on one day would get.")
    var date: String?

    func run() throws {
        let texts = try corpusArticles(corpus)
        let extractor = ArticleExtractor()
        let clock = ContinuousClock()
        var records: [ArticleRecord] = []
        let extractSeconds = clock.measure { records = texts.map { extractor.extract($0) } }.inSeconds
        let fresh = StoryLinker()
        let signatures = zip(texts, records).map { fresh.signature(text: $0, record: $1, published: nil) }

        var linker = StoryLinker()
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

        var stages = (signature: 0.0, propose: 0.0, commit: 0.0)
        for (text, record) in zip(texts, records) {
            seq += 1
            var signature: StorySignature?
            stages.signature += clock.measure { signature = linker.signature(text: text, record: record, published: nil) }.inSeconds
            var link: StoryLink?
            stages.propose += clock.measure { link = linker.propose(signature!, seq: seq) }.inSeconds
            stages.commit += clock.measure { linker.commit(link!, seq: seq) }.inSeconds
        }
        let linkSeconds = stages.signature + stages.propose + stages.commit
        let perArticle = linkSeconds / Double(texts.count), extraction = extractSeconds / Double(texts.count)
        print(String(format: "extraction %.3f ms per article; linking %.3f ms per article = %.1f%% of extraction",
                     extraction * 1000, perArticle * 1000, 100 * perArticle / extraction))
        let n = Double(texts.count)
        print(String(format: "  signature %.3f ms, propose %.3f ms, commit %.3f ms", stages.signature * 1000 / n, stages.propose * 1000 / n, stages.commit * 1000 / n))
        print("peak RSS \(peakRSSMegabytes()) MB (\(rssBefore) MB before indexing)")

        // The corpus alone, in order: how many articles join an earlier story.
        var configuration = StoryLinker.Configuration()
        if let threshold { configuration.threshold = threshold }
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

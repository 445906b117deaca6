import ArgumentParser
import Extraction
import Foundation
import Stories

/// `wirewatch eval stories`: story ids against ECB+ clusters or GVA incidents.
struct EvalStoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "B-cubed and pairwise P/R/F1 of story linking on ECB+ or GVA.",
        discussion: """
            Feeds the articles one by one, as the daemon would (ECB+ by id, GVA by date then id), \
            and scores the story ids against the gold clusters, by the corpus README's convention.
            """
    )

    @Option(help: "ECB+ documents file (JSONL with id, cluster, text).")
    var ecbplus: String?
    @Option(help: "GVA folder with articles.jsonl.")
    var gva: String?
    @Option(help: ArgumentHelp("Articles kept comparable instead of the default, so that a short corpus also exercises eviction.", visibility: .hidden))
    var window: Int?
    @OptionGroup var tuning: LinkerTuning
    @Option(help: "Print this many wrong links and misses.")
    var show = 0
    @Option(help: "Write each article's candidate pairs with their features and gold label (TSV), for fitting the weights.")
    var pairs: String?
    @Option(help: "Write each article's ledger `story` value (JSON lines), to check that a change to the linker keeps its decisions and signatures.")
    var links: String?

    struct Document: Decodable {
        let id: String
        let text: String
        let cluster: String?
        let incident: String?
        let dct: String?
    }

    func run() throws {
        var documents: [Document]
        let source: String
        if let ecbplus {
            documents = try readJSONLines(ecbplus)
            documents.sort { $0.id < $1.id }
            source = ecbplus
        } else if let gva {
            documents = try readJSONLines(gva + "/articles.jsonl")
            documents.sort { ($0.dct ?? "", $0.id) < ($1.dct ?? "", $1.id) }
            source = gva
        } else {
            throw ValidationError("give --ecbplus FILE or --gva DIR, e.g. --ecbplus ../shared/corpus/ecbplus/documents-dev.jsonl")
        }
        var configuration = tuning.configuration
        if let window {
            guard (1...StoryLinker.maximumWindow).contains(window) else {
                throw ValidationError("--window must be between 1 and \(StoryLinker.maximumWindow)")
            }
            configuration.window = window
        }
        var linker = StoryLinker(configuration: configuration)
        let extractor = try ArticleExtractor.withBundledModel()
        var predicted: [Int] = []
        var gold: [String] = []
        var pairLines: [String] = []
        var linkLines = Data()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var linkSeconds = 0.0
        var extractSeconds = 0.0
        for (index, document) in documents.enumerated() {
            let published = document.dct.flatMap { CivilDate(iso: String($0.prefix(10))) }
            let start = DispatchTime.now().uptimeNanoseconds
            let record = extractor.extract(document.text, published: published)
            let signature = linker.signature(text: document.text, record: record, published: published)
            let extracted = DispatchTime.now().uptimeNanoseconds
            let goldStory = document.cluster ?? document.incident ?? document.id
            if pairs != nil {
                let candidates = linker.candidateFeatures(signature)
                for candidate in candidates {
                    let label = gold[candidate.seq - 1] == goldStory ? 1 : 0
                    pairLines.append("\(index + 1)\t\(candidate.seq)\t\(label)\t" + candidate.features.map { String(format: "%.4f", $0) }.joined(separator: "\t"))
                }
                // Gold partners the retrieval missed, so recall of the candidate step shows.
                let found = Set(candidates.map(\.seq))
                let missed = gold.indices.filter { gold[$0] == goldStory && !found.contains($0 + 1) }.count
                if missed > 0 { pairLines.append("\(index + 1)\t0\t\(missed)") }
            }
            let link = linker.propose(signature, seq: index + 1)
            linker.commit(link, seq: index + 1)
            let linked = DispatchTime.now().uptimeNanoseconds
            extractSeconds += Double(extracted - start) / 1e9
            linkSeconds += Double(linked - extracted) / 1e9
            predicted.append(link.id)
            if links != nil {
                linkLines.append(try encoder.encode(link))
                linkLines.append(UInt8(ascii: "\n"))
            }
            gold.append(goldStory)
            if show > 0, let best = link.related.first {
                let joined = link.id != index + 1
                if joined != (gold[best.seq - 1] == gold[index]) {
                    print("\(joined ? "WRONG" : "MISSED") \(document.id) ~ \(documents[best.seq - 1].id) score \(best.score) \(best.why)")
                }
            }
        }
        if let links { try linkLines.write(to: URL(fileURLWithPath: links)) }
        if let pairs { try (pairLines.joined(separator: "\n") + "\n").write(toFile: pairs, atomically: true, encoding: .utf8) }
        let score = ClusterScore(predicted: predicted, gold: gold)
        print("\(source): \(documents.count) articles, \(Set(gold).count) gold stories, \(Set(predicted).count) predicted")
        print(String(format: "B-cubed   P %.3f  R %.3f  F1 %.3f", score.bcubed.p, score.bcubed.r, score.bcubed.f1))
        print(String(format: "pairwise  P %.3f  R %.3f  F1 %.3f", score.pairwise.p, score.pairwise.r, score.pairwise.f1))
        print(String(format: "linking %.2f ms per article (extraction %.2f ms)", linkSeconds * 1000 / Double(max(1, documents.count)), extractSeconds * 1000 / Double(max(1, documents.count))))
    }
}

/// B-cubed and pairwise precision, recall and F1 of a clustering against gold.
struct ClusterScore {
    struct PRF {
        var p: Double
        var r: Double
        var f1: Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }
    }

    let bcubed: PRF
    let pairwise: PRF

    init<P: Hashable, G: Hashable>(predicted: [P], gold: [G]) {
        precondition(predicted.count == gold.count)
        let n = predicted.count
        var predictedSize: [P: Int] = [:], goldSize: [G: Int] = [:]
        var both: [Pair<P, G>: Int] = [:]
        for i in 0..<n {
            predictedSize[predicted[i], default: 0] += 1
            goldSize[gold[i], default: 0] += 1
            both[Pair(a: predicted[i], b: gold[i]), default: 0] += 1
        }
        // B-cubed: per item, the share of its predicted cluster in its gold cluster and back.
        var p = 0.0, r = 0.0
        for i in 0..<n {
            let shared = Double(both[Pair(a: predicted[i], b: gold[i])]!)
            p += shared / Double(predictedSize[predicted[i]]!)
            r += shared / Double(goldSize[gold[i]]!)
        }
        bcubed = PRF(p: n > 0 ? p / Double(n) : 0, r: n > 0 ? r / Double(n) : 0)
        func pairs(_ k: Int) -> Double { Double(k * (k - 1) / 2) }
        let truePairs = both.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSize.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSize.values.reduce(0) { $0 + pairs($1) }
        pairwise = PRF(p: predictedPairs > 0 ? truePairs / predictedPairs : 0, r: goldPairs > 0 ? truePairs / goldPairs : 0)
    }

    private struct Pair<A: Hashable, B: Hashable>: Hashable {
        let a: A
        let b: B
    }
}

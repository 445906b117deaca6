import ArgumentParser
import Extraction
import Foundation
import Ingest
import Stories

/// Times each stage a dropped article goes through, from its bytes to its story link, as the
/// daemon runs them (without the ledger's fsync, which `wirewatch-harness latency` measures).
struct PipelineBench {
    let corpus: String
    let passes: Int
    var slope = true

    /// Adds up each stage's time over a pass.
    struct StageClock: StageTimer {
        var seconds: [ExtractionStage: Double] = [:]
        var tokens = 0
        private let clock = ContinuousClock()

        mutating func run<T>(_ stage: ExtractionStage, _ body: () -> T) -> T {
            var result: T?
            seconds[stage, default: 0] += clock.measure { result = body() }.inSeconds
            return result!
        }

        mutating func count(tokens: Int) { self.tokens += tokens }
    }

    func run() throws {
        let folder = FileManager.default.fileExists(atPath: corpus + "/articles") ? corpus + "/articles" : corpus
        let names = try corpusFileNames(folder)
        let inputs = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map(Array.init) }
        let bytes = inputs.reduce(0) { $0 + $1.count }
        let extractor = try ArticleExtractor.withBundledModel()
        let clock = ContinuousClock()

        var best: (total: Double, decode: Double, stories: Double, stages: StageClock, latencies: [Double])?
        // One untimed pass first, so page faults and one-time set-up are not counted.
        for pass in 0...passes {
            var stages = StageClock()
            var decode = 0.0, stories = 0.0
            var latencies: [Double] = []
            var linker = StoryLinker()
            for (seq, input) in inputs.enumerated() {
                let started = clock.now
                var decoded: DecodedInput?
                decode += clock.measure { decoded = try? InputDecoder.decode(input).get() }.inSeconds
                guard let text = decoded?.text else { continue }
                let record = extractor.extract(ArticleText(text), published: nil, stages: &stages)
                stories += clock.measure {
                    let signature = linker.signature(text: text, record: record, published: nil)
                    linker.commit(linker.propose(signature, seq: seq + 1), seq: seq + 1)
                }.inSeconds
                latencies.append((clock.now - started).inSeconds)
            }
            let total = latencies.reduce(0, +)
            if pass > 0, total < best?.total ?? .infinity {
                best = (total, decode, stories, stages, latencies.sorted())
            }
        }
        guard let best else { return }
        let tokens = Double(best.stages.tokens)
        let megabytes = Double(bytes) / 1e6
        print("\(folder): \(inputs.count) articles, \(String(format: "%.1f", megabytes)) MB, \(best.stages.tokens) tokens; best of \(passes) passes, one core")
        print("stage          articles/s        MB/s      tokens/s   share")
        func row(_ name: String, _ seconds: Double) {
            let figures = String(format: "%12.0f %11.2f %13.0f %6.1f%%", Double(inputs.count) / seconds, megabytes / seconds, tokens / seconds, 100 * seconds / best.total)
            print(name.padding(toLength: 12, withPad: " ", startingAt: 0) + figures)
        }
        row("decode", best.decode)
        for stage in ExtractionStage.allCases { row(stage.rawValue, best.stages.seconds[stage] ?? 0) }
        row("stories", best.stories)
        row("all", best.total)
        // The extraction core alone (every stage but decode and stories), against spaCy's full
        // pipeline at about 4,500 tokens/s on one core of the development machine.
        let core = ExtractionStage.allCases.reduce(0) { $0 + (best.stages.seconds[$1] ?? 0) }
        row("core", core)
        print(String(format: "core: %.0f times spaCy's 4,500 tokens/s; with decode and stories, %.0f times", tokens / core / 4500, tokens / best.total / 4500))
        let latencies = best.latencies
        print(String(format: "per article: p50 %.2f ms, p99 %.2f ms, max %.2f ms; peak RSS %d MB",
                     latencies[latencies.count / 2] * 1000, latencies[min(latencies.count - 1, latencies.count * 99 / 100)] * 1000,
                     latencies.last! * 1000, peakRSSMegabytes()))
        guard slope else { return }
        try slope(texts: inputs.compactMap { try? InputDecoder.decode($0).get().text }, extractor: extractor)
    }

    /// Extraction time of one long article made of the corpus's texts, at growing sizes: a
    /// linear core keeps the time per MB flat.
    private func slope(texts: [String], extractor: ArticleExtractor) throws {
        let clock = ContinuousClock()
        print("one long article (the corpus's texts run together):")
        var previous: Double?
        for target in [125_000, 250_000, 500_000, 1_000_000, 2_000_000] {
            var text = "A long article\n\n"
            var i = 0
            while text.utf8.count < target {
                text += texts[i % texts.count] + "\n\n"
                i += 1
            }
            let seconds = clock.measure { _ = extractor.extract(text) }.inSeconds
            let perMB = seconds / (Double(text.utf8.count) / 1e6)
            let growth = previous.map { String(format: "  (x%.2f per MB on the size before)", perMB / $0) } ?? ""
            print(String(format: "  %5.0f KB: %7.0f ms, %5.0f ms per MB%@", Double(text.utf8.count) / 1000, seconds * 1000, perMB * 1000, growth as NSString))
            previous = perMB
        }
    }
}

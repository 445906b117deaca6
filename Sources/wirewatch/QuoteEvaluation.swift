import ArgumentParser
import Extraction
import Foundation

/// `wirewatch eval quotes --polnear FILE`: quote P/R/F1 and speaker accuracy, by the corpus
/// README's convention.
struct EvalQuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quote P/R/F1 (direct+mixed, indirect) and speaker accuracy on PolNeAR.",
        discussion: """
            Gold: relations with a source, of type direct or mixed, and separately of type indirect \
            with a speech cue (said, told, according to, ...). A predicted quote matches when its span \
            covers at least half of the gold content; the speaker is right when its mention overlaps a \
            gold speaker span. A prediction that matches a relation outside the scored set (no source, \
            or an indirect relation with another kind of cue) is left out of precision.
            """
    )

    @Option(help: "PolNeAR JSONL file.")
    var polnear = "../shared/corpus/polnear/polnear-dev.jsonl"
    @Option(help: "Print the misses and false alarms of this many articles.")
    var show = 0

    struct Article: Decodable {
        let id: String
        let date: String?
        let text: String
        let quotes: [Relation]
    }

    struct Relation: Decodable {
        let type: String
        let has_source: Bool
        let cue: String?
        let content_spans: [[Int]]
        let speaker_spans: [[Int]]
    }

    func run() throws {
        let articles: [Article] = try readJSONLines(polnear)
        let extractor = try ArticleExtractor.withBundledModel()
        var direct = QuoteTally(), indirect = QuoteTally()
        var characters = 0
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        for (index, article) in articles.enumerated() {
            characters += article.text.unicodeScalars.count
            let published = article.date.flatMap { CivilDate(iso: String($0.prefix(10))) }
            var record: ArticleRecord!
            elapsed += clock.measure { record = extractor.extract(article.text, published: published) }
            let verbose = index < show
            if verbose { print("== \(article.id)") }
            let text = Array(article.text.unicodeScalars)
            direct.score(
                predicted: record.quotes.filter { $0.kind != .indirect },
                gold: article.quotes.filter { $0.type != "indirect" },
                scored: { $0.has_source }, text: text, verbose: verbose)
            indirect.score(
                predicted: record.quotes.filter { $0.kind == .indirect },
                gold: article.quotes.filter { $0.type == "indirect" },
                scored: { $0.has_source && Self.isSpeechCue($0.cue) }, text: text, verbose: verbose)
        }
        print("\(polnear): \(articles.count) articles")
        print("direct+mixed  \(direct.report(speakers: true))")
        print("indirect      \(indirect.report(speakers: true))")
        let seconds = elapsed.inSeconds
        print(String(format: "speed         %.0f articles/s, %.2f MB/s of text (one core)", Double(articles.count) / seconds, Double(characters) / seconds / 1e6))
    }

    static let speechCues: Set<String> = [
        "said", "says", "say", "saying", "told", "tell", "tells", "telling", "added", "adds", "add", "adding",
        "stated", "states", "announced", "announces", "noted", "notes", "noting", "reported", "reports", "explained",
        "explains", "wrote", "writes", "asked", "asks", "argued", "argues", "arguing", "claimed", "claims", "warned",
        "warns", "insisted", "insists", "acknowledged", "admitted", "confirmed", "denied", "suggested", "suggests",
        "stressed", "declared", "replied", "responded", "tweeted", "predicted", "promised", "vowed", "recalled",
        "testified", "alleged", "contended", "concluded", "repeated", "mentioned", "commented", "emphasized",
    ]

    static func isSpeechCue(_ cue: String?) -> Bool {
        guard let cue = cue?.lowercased() else { return false }
        if cue.contains("according to") { return true }
        return cue.split(whereSeparator: { !$0.isLetter }).contains { speechCues.contains(String($0)) }
    }
}

/// Matches predicted quotes to gold relations one to one and counts.
struct QuoteTally {
    var truePositives = 0, predicted = 0, gold = 0, speakerRight = 0

    mutating func score(predicted quotes: [Quote], gold relations: [EvalQuotesCommand.Relation], scored: (EvalQuotesCommand.Relation) -> Bool, text: [Unicode.Scalar], verbose: Bool) {
        var used = Set<Int>()
        var matchedPredictions = Set<Int>()
        func overlap(_ span: Span, _ spans: [[Int]]) -> Int {
            spans.reduce(0) { $0 + max(0, min(span.end, $1[1]) - max(span.start, $1[0])) }
        }
        func length(_ spans: [[Int]]) -> Int { spans.reduce(0) { $0 + $1[1] - $1[0] } }
        func matches(_ quote: Quote, _ relation: EvalQuotesCommand.Relation) -> Int? {
            let covered = overlap(quote.span, relation.content_spans)
            let needed = length(relation.content_spans)
            return needed > 0 && 2 * covered >= needed ? covered : nil
        }
        // Scored gold first, so a prediction is only set aside when it matches nothing scored.
        for relation in relations where scored(relation) {
            gold += 1
            var best: (Int, Int)?
            for (p, quote) in quotes.enumerated() where !used.contains(p) {
                if let covered = matches(quote, relation), best.map({ covered > $0.1 }) ?? true { best = (p, covered) }
            }
            if let (p, _) = best {
                used.insert(p)
                matchedPredictions.insert(p)
                truePositives += 1
                let span = quotes[p].speaker?.span
                if let span, relation.speaker_spans.contains(where: { min(span.end, $0[1]) > max(span.start, $0[0]) }) {
                    speakerRight += 1
                } else if verbose {
                    print("  speaker \(quotes[p].speaker?.name ?? "-") for: \(String(slice(text, quotes[p].span).prefix(80)))  gold: \(relation.speaker_spans.map { slice(text, Span($0[0], $0[1])) })")
                }
            } else if verbose {
                let first = relation.content_spans.first ?? [0, 0]
                let before = slice(text, Span(max(0, first[0] - 90), first[0])).replacingOccurrences(of: "\n", with: "¶")
                print("  MISS \(relation.type) [\(relation.cue ?? "")]: …\(before)⟦\(String(slice(text, Span(first[0], first[1])).prefix(100)))")
            }
        }
        for (p, quote) in quotes.enumerated() where !used.contains(p) {
            if relations.contains(where: { !scored($0) && matches(quote, $0) != nil }) { continue }
            predicted += 1
            if verbose { print("  FALSE \(quote.kind) [\(quote.cue ?? "")] \(quote.speaker?.name ?? "-"): \(String(quote.text.prefix(100)))") }
        }
        predicted += matchedPredictions.count
    }

    func report(speakers: Bool) -> String {
        let p = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        let r = gold == 0 ? 0 : Double(truePositives) / Double(gold)
        let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
        let s = truePositives == 0 ? 0 : Double(speakerRight) / Double(truePositives)
        return String(format: "P %.3f  R %.3f  F1 %.3f  speaker accuracy %.3f  (gold %d, predicted %d, matched %d)", p, r, f, s, gold, predicted, truePositives)
    }
}

private func slice(_ text: [Unicode.Scalar], _ span: Span) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text[max(0, span.start)..<min(text.count, span.end)])
    return String(view)
}

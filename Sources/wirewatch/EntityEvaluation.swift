import Extraction
import Foundation

extension Duration {
    /// As a floating-point number of seconds, for printing rates.
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Scores entity mentions against CoNLL gold by the corpus convention: exact span and type on
/// the rebuilt text, micro P/R/F1 over PER, ORG, LOC and MISC.
struct EntityScore {
    var truePositives: [EntityType: Int] = [:]
    var predicted: [EntityType: Int] = [:]
    var gold: [EntityType: Int] = [:]
    var tokens = 0
    var seconds = 0.0
    var tokenizeSeconds = 0.0

    static func evaluate(_ documents: [[LabelledSentence]], tagger: EntityTagger) -> EntityScore {
        var score = EntityScore()
        let tokenizer = Tokenizer()
        let rebuilt = documents.map(CoNLLCorpus.rebuild)
        var found: [[EntityMention]] = []
        let clock = ContinuousClock()
        for document in rebuilt {
            var sentences: [[Token]] = []
            score.tokenizeSeconds += (clock.measure {
                sentences = tokenizer.sentences(ArticleText(document.text)).map(\.tokens)
            }).inSeconds
            score.seconds += clock.measure { found.append(tagger.mentions(in: sentences)) }.inSeconds
        }
        score.seconds += score.tokenizeSeconds
        for (document, mentions) in zip(rebuilt, found) {
            score.tokens += document.tokens
            let gold = Set(document.gold)
            for mention in document.gold { score.gold[mention.type, default: 0] += 1 }
            for mention in mentions {
                score.predicted[mention.type, default: 0] += 1
                if gold.contains(mention) { score.truePositives[mention.type, default: 0] += 1 }
            }
        }
        return score
    }

    static func prf(_ tp: Int, _ predicted: Int, _ gold: Int) -> (p: Double, r: Double, f: Double) {
        let p = predicted == 0 ? 0 : Double(tp) / Double(predicted)
        let r = gold == 0 ? 0 : Double(tp) / Double(gold)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    var micro: (p: Double, r: Double, f: Double) {
        Self.prf(truePositives.values.reduce(0, +), predicted.values.reduce(0, +), gold.values.reduce(0, +))
    }

    func report() -> String {
        var lines: [String] = []
        for type in EntityType.allCases {
            let s = Self.prf(truePositives[type] ?? 0, predicted[type] ?? 0, gold[type] ?? 0)
            lines.append(String(format: "%@   P %.3f  R %.3f  F1 %.3f  (gold %d)", type.rawValue.padding(toLength: 4, withPad: " ", startingAt: 0), s.p, s.r, s.f, gold[type] ?? 0))
        }
        let m = micro
        lines.append(String(format: "micro  P %.3f  R %.3f  F1 %.3f", m.p, m.r, m.f))
        lines.append(String(format: "speed  %.0f tokens/s (tokenise + tag, %d tokens in %.3f s; tokenise alone %.0f tokens/s, tag alone %.0f tokens/s)",
                            Double(tokens) / seconds, tokens, seconds, Double(tokens) / tokenizeSeconds, Double(tokens) / (seconds - tokenizeSeconds)))
        return lines.joined(separator: "\n")
    }
}

import ArgumentParser
import Extraction
import Foundation

/// `wirewatch eval counts --gva DIR`: killed and injured counts against the Gun Violence Archive.
struct EvalCountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counts",
        abstract: "Accuracy of killed and injured counts on the GVA articles.",
        discussion: """
            Scores each article's record toll (its killed and injured, read from its count claims: \
            see CasualtyToll). A gold number is scored only where the article states it (as digits or \
            as a word); exact value, by the corpus README's convention. The accuracy never sees an \
            article whose incident GVA counts as zero, so a second line says how often the toll gives \
            a figure there: an answer no article supports.
            """
    )

    @Option(help: "Folder with articles.jsonl and incidents.jsonl.")
    var gva = "../shared/corpus/gva"
    @Option(help: "Print this many wrong answers.")
    var show = 0

    struct Article: Decodable {
        let id: String
        let incident: String
        let dct: String?
        let text: String
    }

    struct Incident: Decodable {
        struct Numbers: Decodable {
            let num_killed: Int?
            let num_injured: Int?
        }
        let incident: String
        let gva: Numbers?
    }

    func run() throws {
        let articles: [Article] = try readJSONLines(gva + "/articles.jsonl")
        let incidents: [Incident] = try readJSONLines(gva + "/incidents.jsonl")
        let byIncident = Dictionary(incidents.compactMap { i in i.gva.map { (i.incident, $0) } }, uniquingKeysWith: { a, _ in a })
        let extractor = try ArticleExtractor.withBundledModel()
        var killed = Tally(), injured = Tally()
        var shown = 0
        for article in articles {
            guard let gold = byIncident[article.incident] else { continue }
            let published = article.dct.flatMap { CivilDate(iso: String($0.prefix(10))) }
            let record = extractor.extract(article.text, published: published)
            for (predicted, goldValue, label) in [(record.toll.killed, gold.num_killed, "killed"), (record.toll.injured, gold.num_injured, "injured")] {
                if goldValue == 0 {
                    let figure = (predicted ?? 0) > 0
                    if label == "killed" { killed.addNone(gaveAFigure: figure) } else { injured.addNone(gaveAFigure: figure) }
                }
                guard let goldValue, Self.states(goldValue, in: article.text) else { continue }
                let right = predicted == goldValue
                if label == "killed" { killed.add(right, answered: predicted != nil) } else { injured.add(right, answered: predicted != nil) }
                if !right, shown < show {
                    shown += 1
                    print("\(article.id) \(label): gold \(goldValue), predicted \(predicted.map(String.init) ?? "none")")
                }
            }
        }
        print("\(gva): \(articles.count) articles")
        print("killed   \(killed.report())")
        print("injured  \(injured.report())")
        var both = killed
        both.right += injured.right
        both.total += injured.total
        both.answered += injured.answered
        print("both     \(both.report())")
        print("killed   \(killed.noneReport())")
        print("injured  \(injured.noneReport())")
    }

    struct Tally {
        var right = 0, total = 0, answered = 0
        /// Articles whose incident GVA counts as zero, and how many of them got a figure.
        var none = 0, figuresForNone = 0
        mutating func add(_ isRight: Bool, answered didAnswer: Bool) {
            total += 1
            if isRight { right += 1 }
            if didAnswer { answered += 1 }
        }
        mutating func addNone(gaveAFigure: Bool) {
            none += 1
            if gaveAFigure { figuresForNone += 1 }
        }
        func noneReport() -> String {
            String(format: "gave a figure on %d of %d articles where GVA counts none (%.3f)",
                   figuresForNone, none, none == 0 ? 0 : Double(figuresForNone) / Double(none))
        }
        func report() -> String {
            String(format: "accuracy %.3f (%d of %d articles that state the number; answered %d)",
                   total == 0 ? 0 : Double(right) / Double(total), right, total, answered)
        }
    }

    private static let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                "nineteen", "twenty"]

    /// Whether the text writes `value` as a whole number or a number word.
    static func states(_ value: Int, in text: String) -> Bool {
        guard value > 0 else { return false }
        let tokens = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let digits = String(value)
        if tokens.contains(where: { $0 == digits }) { return true }
        if value < words.count, tokens.contains(where: { $0 == words[value] }) { return true }
        return false
    }
}

func readJSONLines<T: Decodable>(_ path: String) throws -> [T] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("cannot read \(path); the evaluation corpora live in ../shared/corpus")
    }
    let decoder = JSONDecoder()
    return try data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }.map { try decoder.decode(T.self, from: $0) }
}

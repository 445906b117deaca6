import ArgumentParser
import Extraction
import Foundation

/// `wirewatch eval counts --gva DIR`: killed and injured counts against the Gun Violence Archive.
struct EvalCountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counts",
        abstract: "Accuracy of killed and injured counts on the GVA articles.",
        discussion: """
            Per article, the killed count is the first KILL claim (news gives the main figures first) \
            and the injured count the first WOUND claim, each with the others of the same event told \
            next in its sentence ("two in critical condition and two others injured"); where a SHOOT \
            claim comes first, or there is \
            no WOUND claim, the people shot less the killed (not less where they are others, as in "two other \
            gunshot victims"; or 1 where one person is shot and \
            another killed). A gold number is scored only where the article states it (as digits or \
            as a word); exact value, by the corpus README's convention.
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
            for (event, goldValue, label) in [("KILL", gold.num_killed, "killed"), ("WOUND", gold.num_injured, "injured")] {
                guard let goldValue, Self.states(goldValue, in: article.text) else { continue }
                let predicted = Self.predicted(event, in: record.counts, text: article.text)
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
    }

    /// The article's count for `event`: its first claim of it. News gives the main figures first
    /// (headline, lead); later numbers are often background, such as other incidents or a year's
    /// total. GVA's injured are the people shot who lived, so where a SHOOT claim comes before any
    /// WOUND claim they are that claim less the killed; and where one person is said to be shot
    /// and another killed ("a father was killed and his son was shot"), the one shot.
    static func predicted(_ event: String, in claims: [CountClaim], text: String) -> Int? {
        let ordered = claims.sorted { $0.span.start < $1.span.start }
        func first(_ event: String) -> CountClaim? { ordered.first { $0.event == event } }
        // "Two men were in critical condition and two others injured": the others of the same
        // event, told next in the same sentence, add to the first figure.
        func withOthers(_ claim: CountClaim) -> Int {
            guard let next = ordered.first(where: { $0.event == claim.event && $0.span.start >= claim.span.end }),
                next.object.lowercased().hasPrefix("other")
            else { return Int(claim.value) }
            let scalars = Array(text.unicodeScalars)
            let gap = String(String.UnicodeScalarView(scalars[claim.span.end..<min(next.span.start, scalars.count)]))
            guard gap.count <= 80, !gap.contains(where: { ".!?;\n".contains($0) }) else { return Int(claim.value) }
            return Int(claim.value + next.value)
        }
        let found = first(event)
        guard event == "WOUND", let shot = first("SHOOT") else { return found.map(withOthers) }
        // The first figure given wins here too: "Four people were shot …" before "one is in
        // critical condition" makes the wounded those shot less the dead.
        if let found, found.span.start < shot.span.start { return withOthers(found) }
        let killed = first("KILL")
        // "two other gunshot victims": others than the dead, so none of them is taken off.
        let hurt = Int(shot.value) - (shot.object.lowercased().hasPrefix("other") ? 0 : Int(killed?.value ?? 0))
        if hurt > 0 { return hurt }
        if let found { return withOthers(found) }
        if let killed, shot.value == 1, killed.value == 1, shot.object != killed.object { return 1 }
        return nil
    }

    struct Tally {
        var right = 0, total = 0, answered = 0
        mutating func add(_ isRight: Bool, answered didAnswer: Bool) {
            total += 1
            if isRight { right += 1 }
            if didAnswer { answered += 1 }
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

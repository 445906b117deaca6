import ArgumentParser
import Extraction
import Foundation

struct BuildLexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-lexicon",
        abstract: "Write the list of common words: words unlabelled news text writes in lower case.",
        discussion: "A capitalised word on this list, alone, is not taken for a name (\"Intelligence agencies\", \"Groups of fighters\"). Deterministic."
    )

    @Option(help: "A folder of plain-text articles.")
    var corpus = "../shared/corpus/bbc/articles"
    @Option(help: "Where to write the list.")
    var out = "Sources/Extraction/Resources/common-words.txt"
    @Option(help: "Lower-case uses a word needs.")
    var minimum = 5
    @Option(help: "Share of its uses that must be lower case.")
    var ratio = 0.8

    func run() throws {
        let names = try corpusFileNames(corpus)
        var lower: [String: Int] = [:]
        var capitalised: [String: Int] = [:]
        let tokenizer = Tokenizer()
        for name in names {
            guard let data = FileManager.default.contents(atPath: corpus + "/" + name) else { continue }
            for sentence in tokenizer.sentences(ArticleText(String(decoding: data, as: UTF8.self))) {
                for token in sentence.tokens.dropFirst() {
                    guard let first = token.text.unicodeScalars.first, first.properties.isAlphabetic else { continue }
                    if first.properties.isLowercase { lower[token.text, default: 0] += 1 }
                    else if first.properties.isUppercase { capitalised[token.text.lowercased(), default: 0] += 1 }
                }
            }
        }
        let common = lower.filter { word, count in
            count >= minimum && Double(count) / Double(count + (capitalised[word] ?? 0)) >= ratio
        }.keys.sorted()
        try (common.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        print("\(names.count) articles: \(common.count) common words written to \(out)")
    }
}

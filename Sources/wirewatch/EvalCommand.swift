import ArgumentParser
import Extraction
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the extraction core against annotated corpora.",
        subcommands: [EvalNERCommand.self, EvalQuotesCommand.self, EvalCountsCommand.self, EvalStoriesCommand.self]
    )
}

struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity P/R/F1 per type and micro, and tokens per second, on a CoNLL-2003 file.",
        discussion: "Rebuilds each document's text from its tokens and scores exact span and type, the corpus README's convention."
    )

    @Option(help: "CoNLL-2003 file to score on.")
    var conll = "../shared/corpus/conll2003/eng.testa"
    @Option(help: "A model file instead of the bundled one.")
    var model: String?

    func run() throws {
        let corpus = try CoNLLCorpus(path: conll)
        let entityModel: EntityModel
        if let model {
            guard let data = FileManager.default.contents(atPath: model), let loaded = EntityModel(bytes: Array(data)) else {
                throw ValidationError("\(model) is not a Wirewatch entity model; make one with `wirewatch train-ner --out \(model)`")
            }
            entityModel = loaded
        } else {
            entityModel = try EntityModel.bundledOrExplained()
        }
        print("\(conll): \(corpus.documents.count) documents")
        print(EntityScore.evaluate(corpus.documents, tagger: EntityTagger(model: entityModel)).report())
    }
}

import ArgumentParser
import Extraction
import Foundation

struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the entity tagger on CoNLL-2003 and write the model resource.",
        discussion: "Deterministic: the same files and seed give the same bytes. Prints dev figures after each epoch."
    )

    @Option(help: "Training file (CoNLL-2003 format).")
    var train = "../shared/corpus/conll2003/eng.train"
    @Option(help: "Development file, scored after each epoch.")
    var dev = "../shared/corpus/conll2003/eng.testa"
    @Option(help: "Where to write the model.")
    var out = "Sources/Extraction/Resources/entities.model"
    // The defaults are what the shipped model was trained with: rerunning reproduces it byte for byte.
    @Option(help: "Passes over the training data.")
    var epochs = 8
    @Option(help: "log2 of the number of feature buckets.")
    var bucketBits = 20
    @Option(help: "Shuffling seed.")
    var seed: UInt64 = 20_260_110

    func run() throws {
        let training = try CoNLLCorpus(path: train)
        let development = try CoNLLCorpus(path: dev)
        print("training on \(training.documents.count) documents, scoring on \(development.documents.count)")
        let trainer = EntityTrainer(bucketBits: bucketBits, epochs: epochs, seed: seed)
        let model = trainer.train(documents: training.documents) { epoch, model in
            let score = EntityScore.evaluate(development.documents, tagger: EntityTagger(model: model))
            let m = score.micro
            print(String(format: "epoch %2d  dev P %.3f  R %.3f  F1 %.3f", epoch, m.p, m.r, m.f))
        }
        let bytes = model.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print("wrote \(out) (\(bytes.count / 1024) KiB)")
        print(EntityScore.evaluate(development.documents, tagger: EntityTagger(model: model)).report())
    }
}

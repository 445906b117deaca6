import ArgumentParser
import Stories

/// The story linker's settings that `eval stories` and `bench stories` may override, for tuning.
struct LinkerTuning: ParsableArguments {
    @Option(help: "Join threshold instead of the default, for tuning.")
    var threshold: Double?
    @Option(help: ArgumentHelp("Candidates scored in full per article instead of the default, for tuning.", visibility: .hidden))
    var candidates: Int?
    @Option(help: ArgumentHelp("Postings kept per feature instead of the default, for tuning.", visibility: .hidden))
    var postings: Int?
    @Option(help: ArgumentHelp("Rarest words that retrieve candidates instead of the default, for tuning.", visibility: .hidden))
    var retrievalWords: Int?

    func validate() throws {
        for (name, value) in [("--candidates", candidates), ("--postings", postings), ("--retrieval-words", retrievalWords)] {
            if let value, !(1...255).contains(value) { throw ValidationError("\(name) must be between 1 and 255") }
        }
    }

    /// The default configuration with the options given applied.
    var configuration: StoryLinker.Configuration {
        var configuration = StoryLinker.Configuration()
        if let threshold { configuration.threshold = threshold }
        if let candidates { configuration.candidates = candidates }
        if let postings { configuration.postingsPerFeature = postings }
        if let retrievalWords { configuration.retrievalWords = retrievalWords }
        return configuration
    }
}

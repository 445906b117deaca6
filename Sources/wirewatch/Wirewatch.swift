import ArgumentParser

@main
struct Wirewatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wirewatch",
        abstract: "Turns news articles dropped into a folder into structured facts in a JSONL ledger.",
        subcommands: [RunCommand.self, ExtractCommand.self, TailCommand.self, StoriesCommand.self, VerifyCommand.self, BenchCommand.self, TrainNERCommand.self, BuildLexiconCommand.self, EvalCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

import ArgumentParser

/// Reliability and load harnesses that drive a real `wirewatch run` and check its ledger.
@main
struct Harness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wirewatch-harness",
        abstract: "Crash, burst and latency harnesses for the wirewatch daemon. Each prints its figures and exits 1 on a broken guarantee.",
        subcommands: [CrashHarness.self, BurstHarness.self, LatencyHarness.self]
    )
}

/// Where the daemon binary and the harness's working folder are.
struct HarnessOptions: ParsableArguments {
    @Option(help: "The wirewatch binary (default: the one beside this harness).")
    var binary: String?
    @Option(help: "Folder to work in; it must not exist yet. Default: a new folder under .build/harness (on the repository's disk, not a tmpfs).")
    var work: String?
    @Flag(help: "Keep the working folder afterwards.")
    var keep = false
}

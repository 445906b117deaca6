import ArgumentParser
import Glibc
import Ingest
import Logging
import ServiceLifecycle

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the drop folder and append one ledger line per input (the daemon)."
    )

    @Option(help: "The folder producers drop articles into.")
    var drop = "Drop"
    @Option(help: "The JSONL ledger to append to.")
    var ledger = "Logs/ledger.jsonl"
    @Option(help: "Where ingested inputs are moved.")
    var archive = "Logs/archive"
    @Option(help: "Where rejected inputs are moved.")
    var quarantine = "Logs/quarantine"
    @Option(name: .customLong("max-bytes"), help: "Inputs over this size are rejected (e.g. 10MiB, 500KB).")
    var maxBytes = ByteSize(bytes: 10 << 20)
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("unknown log level '\(logLevel)': use trace, debug, info, notice, warning, error or critical")
        }
        // SIGIO would end the process if a file lease check ever overlapped a writer's open.
        signal(SIGIO, SIG_IGN)
        var logger = Logger(label: "wirewatch") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        let service = IngestService(
            configuration: IngestConfiguration(
                dropFolder: drop, ledgerPath: ledger, archiveFolder: archive, quarantineFolder: quarantine,
                maxBytes: maxBytes.bytes
            ),
            logger: logger
        )
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        do {
            try await group.run()
        } catch let error as IngestError {
            // Say what to do, without a stack of wrapper types around it.
            logger.critical("\(error)")
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import Extraction
import Glibc
import Ingest
import Logging
import ServiceLifecycle

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the drop folder and append one ledger line per input (the daemon).",
        discussion: """
            Settings come from --config (key = value lines: drop, ledger, archive, quarantine, \
            max_bytes, ignore, log_level); flags given here override the file. SIGHUP re-reads \
            the file and applies max_bytes, ignore and log_level; the folders need a restart.
            """
    )

    @Option(help: "A configuration file, e.g. /etc/wirewatch/wirewatch.conf.")
    var config: String?
    @Option(help: "The folder producers drop articles into. (default: Drop)")
    var drop: String?
    @Option(help: "The JSONL ledger to append to. (default: Logs/ledger.jsonl)")
    var ledger: String?
    @Option(help: "Where ingested inputs are moved. (default: Logs/archive)")
    var archive: String?
    @Option(help: "Where rejected inputs are moved. (default: Logs/quarantine)")
    var quarantine: String?
    @Option(name: .customLong("max-bytes"), help: "Inputs over this size are rejected, e.g. 2MiB or 500KB. (default: 2MiB)")
    var maxBytes: ByteSize?
    @Option(name: .customLong("ignore"), help: "A name pattern to ignore (repeatable). (default: .* *.tmp *.part *.swp *~)")
    var ignore: [String] = []
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical. (default: info)")
    var logLevel: String?
    @Option(name: .customLong("queue-capacity"), help: "Names of waiting inputs held in memory; a larger backlog is found by rescanning the folder. (default: 8192)")
    var queueCapacity: Int?
    @Option(name: .customLong("fault-hang-marker"), help: .hidden)
    var faultHangMarker: String?

    func run() async throws {
        // SIGIO would end the process if a file lease check ever overlapped a writer's open.
        signal(SIGIO, SIG_IGN)
        let file = try loadFile()
        let level = SharedLogLevel(try resolvedLevel(file))
        let logger = Logger(label: "wirewatch") { label in
            if JournalLogHandler.stderrIsJournal {
                return JournalLogHandler(identifier: "wirewatch", level: level)
            }
            return LevelFollowingLogHandler(wrapping: StreamLogHandler.standardError(label: label), level: level)
        }
        if EntityModel.bundled == nil {
            logger.error("the entity model was not found (looked in \(EntityModel.searchedFolders.joined(separator: ", "))); articles are ingested without entities. Reinstall with Deploy/install.sh, or set WIREWATCH_RESOURCES")
        }
        var reload: (@Sendable () throws -> IngestConfiguration)?
        if config != nil {
            let command = self
            reload = {
                let file = try command.loadFile()
                level.current = try command.resolvedLevel(file)
                return command.settings(file)
            }
        }
        let service = IngestService(
            configuration: settings(file), logger: logger, reload: reload, faultHangMarker: faultHangMarker
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

    private func loadFile() throws -> ConfigurationFile {
        guard let config else { return ConfigurationFile() }
        do {
            return try ConfigurationFile.load(path: config)
        } catch let error as ConfigurationFile.ParseError {
            throw ValidationError("\(error)")
        }
    }

    /// Flags first, then the file, then the defaults.
    private func settings(_ file: ConfigurationFile) -> IngestConfiguration {
        IngestConfiguration(
            dropFolder: drop ?? file.drop ?? "Drop",
            ledgerPath: ledger ?? file.ledger ?? "Logs/ledger.jsonl",
            archiveFolder: archive ?? file.archive ?? "Logs/archive",
            quarantineFolder: quarantine ?? file.quarantine ?? "Logs/quarantine",
            maxBytes: maxBytes?.bytes ?? file.maxBytes ?? IngestConfiguration.defaultMaxBytes,
            ignoreRule: IgnoreRule(patterns: !ignore.isEmpty ? ignore : file.ignore ?? IgnoreRule.defaultPatterns),
            queueCapacity: max(1, queueCapacity ?? IngestConfiguration.defaultQueueCapacity)
        )
    }

    private func resolvedLevel(_ file: ConfigurationFile) throws -> Logger.Level {
        let name = logLevel ?? file.logLevel ?? "info"
        guard let level = Logger.Level(rawValue: name) else {
            throw ValidationError("unknown log level '\(name)': use trace, debug, info, notice, warning, error or critical")
        }
        return level
    }
}

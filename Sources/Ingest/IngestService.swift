public import Extraction
import Glibc
import Ledger
public import Logging
public import ServiceLifecycle
import UnixSignals

/// The daemon: watches the drop folder and ingests every input into the ledger, telling
/// systemd how it goes. Run it in a `ServiceGroup`; SIGTERM or SIGINT stop it gracefully
/// after the current input, and SIGHUP re-reads the configuration through `reload`.
public struct IngestService: Service {
    public let configuration: IngestConfiguration
    private let extractor: ArticleExtractor
    private let clock: any DaemonClock
    private let notifier: SystemdNotifier
    private let logger: Logger
    private let reload: (@Sendable () throws -> IngestConfiguration)?
    private let faultHangMarker: String?

    /// - Parameters:
    ///   - reload: gives the configuration anew on SIGHUP; without it SIGHUP only says so in the log.
    ///   - faultHangMarker: for tests of the watchdog only. When a file at this path exists, the
    ///     processing loop deletes it and then hangs, as a wedged daemon would.
    public init(
        configuration: IngestConfiguration, extractor: ArticleExtractor = ArticleExtractor(),
        clock: any DaemonClock = SystemClock(), notifier: SystemdNotifier = SystemdNotifier(), logger: Logger,
        reload: (@Sendable () throws -> IngestConfiguration)? = nil, faultHangMarker: String? = nil
    ) {
        self.configuration = configuration
        self.extractor = extractor
        self.clock = clock
        self.notifier = notifier
        self.logger = logger
        self.reload = reload
        self.faultHangMarker = faultHangMarker
    }

    public func run() async throws {
        let started = clock.uptime()
        let pipeline = try IngestPipeline(configuration: configuration, extractor: extractor, clock: clock, logger: logger)
        let recovery = pipeline.ledger.recovery
        if recovery.truncatedBytes > 0 {
            logger.warning("truncated a torn last line of \(recovery.truncatedBytes) bytes from the ledger (a crash came mid-append; that input is still in the drop folder)")
        }
        if recovery.rebuiltIndex {
            logger.notice("rebuilt the ledger index from the ledger (\(pipeline.ledger.count) lines)")
        }
        let queue = DropQueue(capacity: configuration.queueCapacity)
        let watchdog = notifier.watchdogInterval
        let tick = min(watchdog ?? .seconds(1), .seconds(1))
        // The watch goes in before the backlog scan, so a file dropped in between is seen by one or the other.
        let watcher = try DropFolderWatcher(folder: configuration.dropFolder, queue: queue, tick: tick)
        queue.requestRescan()
        watcher.start()
        defer { watcher.stop() }

        var loop = ProcessingLoop(
            pipeline: pipeline, queue: queue, clock: clock, notifier: notifier, logger: logger,
            watchdogInterval: watchdog, folderName: configuration.dropFolder, reload: reload,
            faultHangMarker: faultHangMarker
        )
        notifier.ready(status: loop.statusText())
        let elapsed = clock.uptime() - started
        logger.info(
            "watching \(configuration.dropFolder) (ledger \(configuration.ledgerPath): \(pipeline.ledger.count) lines, ready in \(elapsed.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1)))))"
        )
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        try await withGracefulShutdownHandler {
            try await withThrowingTaskGroup(of: Void.self) { group in
                // SIGHUP becomes a reload between two inputs, never in the middle of one.
                group.addTask {
                    for await _ in hangups { queue.requestReload() }
                }
                try await loop.run()
                group.cancelAll()
            }
        } onGracefulShutdown: {
            notifier.stopping()
            queue.finish()
        }
        logger.info("stopped: \(pipeline.ingested) ingested, \(pipeline.duplicates) duplicates, \(pipeline.rejected) rejected since start")
    }
}

/// Drains the queue, one input at a time, and keeps systemd informed.
struct ProcessingLoop {
    let pipeline: IngestPipeline
    let queue: DropQueue
    let clock: any DaemonClock
    let notifier: SystemdNotifier
    let logger: Logger
    let watchdogInterval: Duration?
    let folderName: String
    let reload: (@Sendable () throws -> IngestConfiguration)?
    let faultHangMarker: String?
    private var lastWatchdog: Duration = .zero
    private var lastStatusAt: Duration?
    private var lastStatus = ""
    private var pausedBy: String?
    private var overflowsSeen = 0

    init(
        pipeline: IngestPipeline, queue: DropQueue, clock: any DaemonClock, notifier: SystemdNotifier, logger: Logger,
        watchdogInterval: Duration?, folderName: String, reload: (@Sendable () throws -> IngestConfiguration)?,
        faultHangMarker: String?
    ) {
        self.pipeline = pipeline
        self.queue = queue
        self.clock = clock
        self.notifier = notifier
        self.logger = logger
        self.watchdogInterval = watchdogInterval
        self.folderName = folderName
        self.reload = reload
        self.faultHangMarker = faultHangMarker
    }

    func statusText() -> String {
        if let pausedBy { return "paused: \(pausedBy) (backlog \(queue.backlog))" }
        var text = "watching \(folderName): \(pipeline.ingested) ingested, \(pipeline.rejected) rejected"
        if pipeline.duplicates > 0 { text += ", \(pipeline.duplicates) duplicates" }
        return text + ", backlog \(queue.backlog)"
    }

    mutating func run() async throws {
        var wakeups = queue.wakeups.makeAsyncIterator()
        while !queue.isFinished {
            keepSystemdInformed()
            if let faultHangMarker, unlink(faultHangMarker) == 0 {
                logger.critical("fault switch: the processing loop now hangs on purpose (a watchdog test)")
                while true { sleep(60) }
            }
            guard let work = queue.next() else {
                // Empty: sleep until the watcher queues something or ticks.
                if await wakeups.next() == nil { break }
                continue
            }
            switch work {
            case .reload:
                reloadConfiguration()
            case .rescan:
                if queue.overflows > overflowsSeen {
                    overflowsSeen = queue.overflows
                    logger.notice("a queue of waiting inputs overflowed (the kernel's events or the daemon's names); rescanning the drop folder, so no input is missed", metadata: ["overflows": "\(overflowsSeen)"])
                }
                let names = pipeline.scanDropFolder(limit: queue.capacity)
                logger.debug("scanned the drop folder: \(names.count) inputs queued")
                names.forEach(queue.add)
                // More than the queue holds: the rest are found by the next scan.
                if names.count == queue.capacity { queue.requestRescanWhenDrained() }
            case .input(let name):
                try await ingest(name)
            }
        }
        keepSystemdInformed()
    }

    private mutating func ingest(_ name: DropName) async throws {
        do {
            let outcome = try pipeline.ingest(name)
            if pausedBy != nil {
                logger.notice("the ledger is writable again; ingestion resumed")
                pausedBy = nil
            }
            if case .skipped(let why) = outcome {
                logger.debug("skipped: \(why)", metadata: ["file": "\(name)"])
            }
        } catch where error.isTransient {
            // Leave the input where it is and try again shortly: nothing is lost.
            if pausedBy == nil { logger.error("ingestion paused: \(error)") }
            pausedBy = error.isOutOfSpace ? "the ledger's disk is full" : "the ledger cannot be written"
            queue.putBack(name)
            keepSystemdInformed()
            try? await Task.sleep(for: min(watchdogInterval ?? .seconds(1), .seconds(1)))
        } catch {
            logger.critical("\(error)")
            throw IngestError.ledger(error)
        }
    }

    /// RELOADING=1, the new configuration, then READY=1. The watch stays up throughout,
    /// so events that arrive meanwhile wait in the queue.
    private mutating func reloadConfiguration() {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        notifier.send("RELOADING=1\nMONOTONIC_USEC=\(Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1000)")
        if let reload {
            do {
                let needRestart = pipeline.apply(try reload())
                logger.notice("configuration reloaded: max bytes \(pipeline.configuration.maxBytes), ignoring \(pipeline.configuration.ignoreRule.patterns.joined(separator: " "))")
                if !needRestart.isEmpty {
                    logger.warning("changed settings that apply only after a restart: \(needRestart.joined(separator: ", "))")
                }
            } catch {
                logger.error("configuration not reloaded, the old one stays in force: \(error)")
            }
        } else {
            logger.notice("SIGHUP received; there is no configuration file to re-read")
        }
        notifier.ready(status: statusText())
    }

    /// WATCHDOG=1 at its interval, and STATUS when it changed, at most once a second.
    private mutating func keepSystemdInformed() {
        let now = clock.uptime()
        if let watchdogInterval, now - lastWatchdog >= watchdogInterval {
            notifier.watchdog()
            lastWatchdog = now
        }
        if lastStatusAt.map({ now - $0 >= .seconds(1) }) ?? true {
            let status = statusText()
            if status != lastStatus {
                notifier.status(status)
                lastStatus = status
                lastStatusAt = now
            }
        }
    }
}

extension IngestService: CustomStringConvertible {
    /// ServiceLifecycle describes each service when it is configured; the default reflection
    /// would print the extractor's whole model (megabytes, seconds of start-up).
    public var description: String { "IngestService(drop: \(configuration.dropFolder), ledger: \(configuration.ledgerPath))" }
}

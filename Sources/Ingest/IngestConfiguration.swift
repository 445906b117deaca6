/// Where the daemon reads, writes and moves files, and what it accepts.
public struct IngestConfiguration: Sendable {
    /// The folder producers drop articles into.
    public var dropFolder: String
    /// The JSONL ledger; its indexes sit beside it as `<ledger>.idx` and `<ledger>.ids`.
    public var ledgerPath: String
    /// Where ingested inputs are moved (same filesystem as the drop folder).
    public var archiveFolder: String
    /// Where rejected inputs are moved, each with a `.reason` note.
    public var quarantineFolder: String
    /// Inputs larger than this are rejected as `too_large` without being read into memory.
    public var maxBytes: Int
    /// 2 MiB: news articles are under 200 KB, and extraction holds about 60 bytes of
    /// working memory per input byte, so this keeps one input's peak near 130 MB.
    public static let defaultMaxBytes = 2 << 20
    public var ignoreRule: IgnoreRule
    /// Names of waiting inputs held in memory; a larger backlog is found by rescanning.
    public var queueCapacity: Int
    public static let defaultQueueCapacity = 8_192

    public init(
        dropFolder: String = "Drop", ledgerPath: String = "Logs/ledger.jsonl", archiveFolder: String = "Logs/archive",
        quarantineFolder: String = "Logs/quarantine", maxBytes: Int = defaultMaxBytes, ignoreRule: IgnoreRule = IgnoreRule(),
        queueCapacity: Int = defaultQueueCapacity
    ) {
        self.queueCapacity = queueCapacity
        self.dropFolder = dropFolder
        self.ledgerPath = ledgerPath
        self.archiveFolder = archiveFolder
        self.quarantineFolder = quarantineFolder
        self.maxBytes = maxBytes
        self.ignoreRule = ignoreRule
    }
}

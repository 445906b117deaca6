import CSystemd
import Glibc
public import Logging
import Synchronization

/// A swift-log handler that writes structured entries to journald with `sd_journal_sendv`.
///
/// Each entry has PRIORITY, MESSAGE and SYSLOG_IDENTIFIER, and each metadata key as a
/// field named `WIREWATCH_<KEY>` (`file` becomes WIREWATCH_FILE), so
/// `journalctl -u wirewatch WIREWATCH_STATUS=rejected` finds the rejections.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level {
        get { level.current }
        set { level.current = newValue }
    }
    private let identifier: String
    private let level: SharedLogLevel

    /// `level` may be shared with other handlers, so a reload changes them all.
    public init(identifier: String, level: SharedLogLevel) {
        self.identifier = identifier
        self.level = level
    }

    /// True when stderr is connected to the journal: systemd sets JOURNAL_STREAM to its device and inode.
    public static var stderrIsJournal: Bool {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        var info = stat()
        guard fstat(2, &info) == 0 else { return false }
        return value == "\(info.st_dev):\(info.st_ino)"
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = [
            "PRIORITY=\(Self.priority(event.level))",
            "MESSAGE=\(event.message)",
            "SYSLOG_IDENTIFIER=\(identifier)",
            "CODE_FILE=\(event.file)",
            "CODE_LINE=\(event.line)",
            "CODE_FUNC=\(event.function)",
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields.append("WIREWATCH_\(Self.fieldName(key))=\(value)")
        }
        Self.send(fields)
    }

    /// syslog priorities, as journald expects them.
    public static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Journal field names are upper-case letters, digits and underscores.
    public static func fieldName(_ key: String) -> String {
        String(key.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    private static func send(_ fields: [String]) {
        // Fields may hold newlines (file names can), which sd_journal_sendv carries as-is.
        let buffers = fields.map { Array($0.utf8) }
        let pointers = buffers.map { bytes -> UnsafeMutableRawPointer in
            let pointer = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            bytes.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            return pointer
        }
        defer { pointers.forEach { $0.deallocate() } }
        var vectors = zip(pointers, buffers).map { iovec(iov_base: $0, iov_len: $1.count) }
        _ = sd_journal_sendv(&vectors, Int32(vectors.count))
    }
}

/// A log level that several handlers read, so a configuration reload can change it at once.
public final class SharedLogLevel: Sendable {
    private let value: Mutex<Logger.Level>

    public init(_ level: Logger.Level) {
        value = Mutex(level)
    }

    public var current: Logger.Level {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// A handler whose level follows a ``SharedLogLevel``, wrapping another handler (stderr, say).
public struct LevelFollowingLogHandler: LogHandler {
    private var wrapped: any LogHandler
    private let level: SharedLogLevel

    public init(wrapping handler: any LogHandler, level: SharedLogLevel) {
        wrapped = handler
        self.level = level
        wrapped.logLevel = .trace
    }

    public var logLevel: Logger.Level {
        get { level.current }
        set { level.current = newValue }
    }

    public var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        wrapped.log(event: event)
    }
}

import Foundation
import Glibc

/// What opening the ledger had to repair. Start-up logs it.
public struct LedgerRecovery: Sendable, Equatable {
    /// Bytes cut from the end: a line torn by a crash mid-append.
    public var truncatedBytes: Int64 = 0
    /// True when the index disagreed with the ledger (or was missing) and was rebuilt.
    public var rebuiltIndex = false
    /// Lines that were in the ledger but not yet in the index, added on open.
    public var indexedOnOpen = 0

    public init() {}
}

/// The append-only JSONL ledger: one line per input, each fsynced before the input moves.
///
/// Not thread-safe: one owner (the ingest pipeline, or a command) uses it at a time.
/// Only one process may append; the daemon is that process.
public final class Ledger {
    public let path: String
    private let fd: Int32
    private var index: LedgerIndex
    /// Bytes in the ledger, which is also the offset the next line starts at.
    public private(set) var size: Int64
    /// The seq of the last line, 0 when empty.
    public private(set) var lastSeq: Int
    public let recovery: LedgerRecovery
    /// Whether the last append failed for want of space.
    private var outOfSpace = false
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    /// The number of lines.
    public var count: Int { index.count }

    /// Opens (creating if needed) the ledger at `path`, truncating a torn last line and
    /// bringing its index (`path + ".idx"`) up to date.
    public init(path: String) throws(LedgerError) {
        self.path = path
        fd = try FileIO.open(path, O_RDWR | O_CREAT | O_APPEND)
        var recovery = LedgerRecovery()
        do throws(LedgerError) {
            size = try FileIO.size(fd, path: path)
            // A line without its newline never finished its append.
            let tailStart = try FileIO.startOfLine(before: size, fd, path: path)
            if tailStart < size {
                recovery.truncatedBytes = size - tailStart
                try FileIO.truncate(fd, to: tailStart, path: path)
                try FileIO.sync(fd, path: path)
                size = tailStart
            }
            lastSeq = 0
            if size > 0 {
                let lastStart = try FileIO.startOfLine(before: size - 1, fd, path: path)
                guard let line = try FileIO.line(fd, at: lastStart, path: path), let header = Self.header(of: line) else {
                    throw LedgerError.corrupt(path, "its last line (at byte \(lastStart)) is not a ledger line")
                }
                lastSeq = header.seq
            }
            index = try LedgerIndex(path: path + ".idx", tablePath: path + ".ids")
            try Self.reconcile(&index, ledgerFD: fd, ledgerSize: size, path: path, recovery: &recovery)
        } catch {
            Glibc.close(fd)
            throw error
        }
        self.recovery = recovery
    }

    deinit {
        Glibc.close(fd)
        index.close()
    }

    /// Appends the line `makeEntry` builds for the next seq, and fsyncs it.
    ///
    /// On failure nothing of the line stays in the ledger, so the caller can retry later.
    @discardableResult
    public func append<Record, Story>(_ makeEntry: (_ seq: Int) -> LedgerEntry<Record, Story>) throws(LedgerError) -> LedgerEntry<Record, Story> {
        let entry = makeEntry(lastSeq + 1)
        guard let id = ContentID(hex: entry.id) else {
            preconditionFailure("ledger entries carry a SHA-256 hex id, got \(entry.id)")
        }
        var line: [UInt8]
        do { line = try entry.jsonLine(recordEncoder: encoder) } catch { throw .unencodable(path, "\(error)") }
        line.append(UInt8(ascii: "\n"))
        let offset = size
        // After a failure for want of space, a retry writes only once a whole line fits: a
        // partial line written and taken back on every retry would show readers a torn tail.
        if outOfSpace, let free = FileIO.freeBytes(fd), free < Int64(line.count) { throw .write(path, errno: ENOSPC) }
        do {
            try FileIO.writeAll(fd, line, path: path)
            try FileIO.sync(fd, path: path)
        } catch {
            // Take back a partial line so the ledger never ends torn while we keep running.
            _ = ftruncate(fd, off_t(offset))
            outOfSpace = error.isOutOfSpace
            throw error
        }
        outOfSpace = false
        size += Int64(line.count)
        lastSeq = entry.seq
        index.append(.init(prefix: id.prefix, seq: UInt64(entry.seq), offset: UInt64(offset)))
        return entry
    }

    /// The headers of every line with this id, oldest first.
    /// Where line `seq` starts, for reading the ledger's tail without its head; 0 when unknown.
    public func offset(ofSeq seq: Int) -> Int64 {
        index.offset(ofSeq: seq).map { Int64($0) } ?? 0
    }

    public func lines(withID id: ContentID) throws(LedgerError) -> [LedgerLineHeader] {
        var found: [LedgerLineHeader] = []
        for offset in try index.offsets(prefix: id.prefix) {
            guard let bytes = try FileIO.line(fd, at: Int64(offset), path: path) else { continue }
            guard let header = try? JSONDecoder().decode(LedgerLineHeader.self, from: Data(bytes)) else {
                throw .corrupt(path, "the line at byte \(offset) does not parse")
            }
            if header.id == id.hex { found.append(header) }
        }
        return found
    }

    /// Discards the index and rebuilds it from the ledger.
    public func rebuildIndex() throws {
        var recovery = LedgerRecovery()
        try index.reset()
        try Self.catchUp(&index, ledgerFD: fd, from: 0, ledgerSize: size, path: path, recovery: &recovery)
    }

    static func header(of line: [UInt8]) -> LineHeaderScanner.Header? {
        if let fast = LineHeaderScanner.scan(line) { return fast }
        guard let header = try? JSONDecoder().decode(LedgerLineHeader.self, from: Data(line)),
            let id = ContentID(hex: header.id)
        else { return nil }
        return .init(seq: header.seq, id: id)
    }

    /// Checks the index's last entry against the ledger, then indexes the lines after it;
    /// rebuilds from scratch when they disagree.
    private static func reconcile(
        _ index: inout LedgerIndex, ledgerFD fd: Int32, ledgerSize: Int64, path: String, recovery: inout LedgerRecovery
    ) throws(LedgerError) {
        var resumeAt: Int64 = 0
        if let last = index.last {
            if Int64(last.offset) < ledgerSize, let line = try FileIO.line(fd, at: Int64(last.offset), path: path),
                let header = header(of: line), header.seq == Int(last.seq), header.id.prefix == last.prefix
            {
                resumeAt = Int64(last.offset) + Int64(line.count) + 1
            } else {
                recovery.rebuiltIndex = true
                try index.reset()
            }
        } else if ledgerSize > 0 {
            recovery.rebuiltIndex = true
        }
        try catchUp(&index, ledgerFD: fd, from: resumeAt, ledgerSize: ledgerSize, path: path, recovery: &recovery)
    }

    private static func catchUp(
        _ index: inout LedgerIndex, ledgerFD fd: Int32, from start: Int64, ledgerSize: Int64, path: String,
        recovery: inout LedgerRecovery
    ) throws(LedgerError) {
        var reader = LineReader(fd: fd, path: path, offset: start, limit: ledgerSize)
        while let (offset, line) = try reader.next() {
            guard let header = header(of: line) else {
                throw LedgerError.corrupt(path, "the line at byte \(offset) is not a ledger line")
            }
            index.append(.init(prefix: header.id.prefix, seq: UInt64(header.seq), offset: UInt64(offset)), bulk: true)
            recovery.indexedOnOpen += 1
        }
        index.finishBulk()
    }
}

/// Buffered reading of complete lines from a file descriptor.
struct LineReader {
    let fd: Int32
    let path: String
    private(set) var offset: Int64
    let limit: Int64?
    private var buffer: [UInt8] = []
    private var bufferStart: Int64
    private var cursor = 0

    init(fd: Int32, path: String, offset: Int64, limit: Int64? = nil) {
        self.fd = fd
        self.path = path
        self.offset = offset
        self.limit = limit
        bufferStart = offset
    }

    /// The next complete line and its offset; nil at end of file or when only a partial line is left.
    mutating func next() throws(LedgerError) -> (Int64, [UInt8])? {
        while true {
            if let newline = buffer[cursor...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[cursor..<newline])
                let lineOffset = bufferStart + Int64(cursor)
                cursor = newline + 1
                offset = bufferStart + Int64(cursor)
                return (lineOffset, line)
            }
            // Keep the partial line and read more after it.
            let readAt = bufferStart + Int64(buffer.count)
            var want = max(1 << 20, buffer.count - cursor)
            if let limit { want = Int(min(Int64(want), limit - readAt)) }
            guard want > 0 else { return nil }
            let more = try FileIO.read(fd, at: readAt, count: want, path: path)
            if more.isEmpty { return nil }
            buffer.removeFirst(cursor)
            bufferStart += Int64(cursor)
            cursor = 0
            buffer.append(contentsOf: more)
        }
    }
}

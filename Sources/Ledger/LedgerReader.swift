import Foundation
import Glibc

/// Reads ledger lines in order, and follows the file as the daemon appends to it.
///
/// A reader never takes a lock and never writes, so it is safe beside a running daemon.
/// A line is returned only once its newline is there: a half-written tail is not read.
public struct LedgerReader {
    public let path: String
    private let fd: Int32
    private var lines: LineReader

    /// Opens the ledger for reading from its start, or from `offset`.
    public init(path: String, offset: Int64 = 0) throws(LedgerError) {
        self.path = path
        fd = try FileIO.open(path, O_RDONLY)
        lines = LineReader(fd: fd, path: path, offset: offset)
    }

    /// The offset of the first byte not yet returned.
    public var offset: Int64 { lines.offset }

    /// The next complete line (without its newline) and its offset, or nil at the current end.
    public mutating func nextLine() throws(LedgerError) -> (offset: Int64, bytes: [UInt8])? {
        guard let (offset, bytes) = try lines.next() else { return nil }
        return (offset, bytes)
    }

    /// Complete lines as they are appended, polling every `interval` at the end of the file.
    public mutating func follow(every interval: Duration = .milliseconds(200)) async throws -> (offset: Int64, bytes: [UInt8]) {
        while true {
            if let line = try nextLine() { return line }
            try await Task.sleep(for: interval)
        }
    }

    public func close() {
        Glibc.close(fd)
    }
}

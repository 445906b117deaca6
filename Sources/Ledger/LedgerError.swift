import Glibc

/// A failure of the ledger file or its index, with what to do about it.
public struct LedgerError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case open, read, write, sync, truncate, corrupt, unencodable
    }

    private let code: Code
    /// The file concerned.
    public let path: String
    /// The operating system's errno, when the failure came from a system call.
    public let errno: Int32?
    private let detail: String

    private init(_ code: Code, path: String, errno: Int32? = nil, detail: String = "") {
        self.code = code
        self.path = path
        self.errno = errno
        self.detail = detail
    }

    static func open(_ path: String, errno: Int32) -> LedgerError { .init(.open, path: path, errno: errno) }
    static func read(_ path: String, errno: Int32) -> LedgerError { .init(.read, path: path, errno: errno) }
    static func write(_ path: String, errno: Int32) -> LedgerError { .init(.write, path: path, errno: errno) }
    static func sync(_ path: String, errno: Int32) -> LedgerError { .init(.sync, path: path, errno: errno) }
    static func truncate(_ path: String, errno: Int32) -> LedgerError { .init(.truncate, path: path, errno: errno) }
    static func corrupt(_ path: String, _ detail: String) -> LedgerError { .init(.corrupt, path: path, detail: detail) }
    static func unencodable(_ path: String, _ detail: String) -> LedgerError { .init(.unencodable, path: path, detail: detail) }

    /// True when the filesystem holding the ledger is full or over quota: waiting may help.
    public var isOutOfSpace: Bool { errno == ENOSPC || errno == EDQUOT }

    /// True for failures that may pass by themselves (no space, I/O hiccups), as opposed to a
    /// ledger that needs a person to look at it.
    public var isTransient: Bool {
        switch code {
        case .write, .sync: true
        case .open, .read, .truncate, .corrupt, .unencodable: false
        }
    }

    public var description: String {
        let reason = errno.map { String(cString: strerror($0)) } ?? detail
        switch code {
        case .open:
            return "cannot open the ledger \(path): \(reason). Check that its folder exists and is writable by this user."
        case .read:
            return "cannot read the ledger \(path): \(reason)."
        case .write where isOutOfSpace:
            return "cannot append to the ledger \(path): \(reason). Free space on its filesystem; ingestion resumes by itself."
        case .write:
            return "cannot append to the ledger \(path): \(reason)."
        case .sync:
            return "cannot fsync the ledger \(path): \(reason). The disk may be failing."
        case .truncate:
            return "cannot truncate the torn tail of the ledger \(path): \(reason)."
        case .unencodable:
            return "a line for the ledger \(path) could not be encoded: \(reason). This is a bug in wirewatch; please report it."
        case .corrupt:
            return "the ledger \(path) is damaged: \(reason). Run `wirewatch verify --ledger \(path)` to see where."
        }
    }
}

import Glibc
import Ledger

/// A failure that stops the daemon from starting or running, with what to do about it.
///
/// Problems with one input never surface as this error: they become a `rejected`
/// ledger line and a quarantined file.
public struct IngestError: Error, CustomStringConvertible, Sendable {
    private enum Code: Sendable {
        case folder, watch, sameFilesystem, ledger
    }

    private let code: Code
    public let path: String
    public let errno: Int32?
    private let detail: String

    private init(_ code: Code, path: String, errno: Int32? = nil, detail: String = "") {
        self.code = code
        self.path = path
        self.errno = errno
        self.detail = detail
    }

    static func folder(_ path: String, errno: Int32) -> IngestError { .init(.folder, path: path, errno: errno) }
    static func watch(_ path: String, errno: Int32) -> IngestError { .init(.watch, path: path, errno: errno) }
    static func sameFilesystem(_ path: String, drop: String) -> IngestError {
        .init(.sameFilesystem, path: path, detail: drop)
    }
    static func ledger(_ error: LedgerError) -> IngestError {
        .init(.ledger, path: error.path, errno: error.errno, detail: error.description)
    }

    public var description: String {
        let reason = errno.map { String(cString: strerror($0)) } ?? ""
        switch code {
        case .folder:
            return "cannot use the folder \(path): \(reason). Create it, or make it writable by this user."
        case .watch where errno == ENOSPC || errno == EMFILE:
            return "cannot watch \(path): \(reason). Raise fs.inotify.max_user_watches or max_user_instances (sysctl)."
        case .watch:
            return "cannot watch \(path): \(reason)."
        case .sameFilesystem:
            return "\(path) is on another filesystem than the drop folder \(detail): inputs are moved with rename(2), which cannot cross filesystems. Put both on one filesystem."
        case .ledger:
            return detail
        }
    }
}

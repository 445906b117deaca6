import Foundation
import Glibc

/// Plays systemd's side of the notify protocol: a unix datagram socket that collects
/// what the daemon sends. Point the daemon at it with `NOTIFY_SOCKET=<path>`.
public final class NotifySocketListener: @unchecked Sendable {
    /// The socket's path, the value for NOTIFY_SOCKET.
    public let path: String
    private let fd: Int32
    // Only touched by the thread that calls `waitFor`; tests use one listener from one task.
    private var received: [String] = []
    // Messages before this index were matched (or passed over) by an earlier wait.
    private var consumed = 0

    /// Binds a socket at `path` (which must not exist yet; 107 bytes at most).
    public init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw POSIXError(.ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            let error = errno
            close(fd)
            throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)
        }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Every message received so far, oldest first (each may hold several `KEY=value` lines).
    public var messages: [String] {
        drain(timeout: .zero)
        return received
    }

    /// Waits for a message, sent after the one the previous wait matched, that has an
    /// assignment satisfying `matches`; returns that whole message (all its `KEY=value` lines),
    /// or nil after `timeout`. Successive waits therefore follow the order the daemon sends in.
    public func waitFor(timeout: Duration = .seconds(10), _ matches: (String) -> Bool) -> String? {
        let deadline = ContinuousClock.now + timeout
        while true {
            while consumed < received.count {
                let message = received[consumed]
                consumed += 1
                if message.split(separator: "\n").contains(where: { matches(String($0)) }) { return message }
            }
            let left = deadline - ContinuousClock.now
            if left <= .zero {
                // A thread starved past the deadline still reads what arrived meanwhile.
                if drain(timeout: .zero) == 0 { return nil }
                continue
            }
            drain(timeout: min(left, .milliseconds(100)))
        }
    }

    /// Waits for an exact assignment such as `READY=1`, sent after the previous match.
    public func waitFor(_ assignment: String, timeout: Duration = .seconds(10)) -> Bool {
        waitFor(timeout: timeout) { $0 == assignment } != nil
    }

    /// Reads what has arrived, waiting up to `timeout` for the first message; returns how many were read.
    @discardableResult
    private func drain(timeout: Duration) -> Int {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        var wait = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var read = 0
        while poll(&descriptor, 1, wait) > 0 {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
            if n <= 0 { break }
            received.append(String(decoding: buffer[0..<n], as: UTF8.self))
            read += 1
            wait = 0
        }
        return read
    }
}

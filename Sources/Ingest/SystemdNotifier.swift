import CSystemd
import Glibc

/// The daemon's side of systemd's notify protocol, through libsystemd's `sd_notify`.
///
/// Without `NOTIFY_SOCKET` in the environment every call is a silent no-op, which is
/// what a run outside systemd wants.
public struct SystemdNotifier: Sendable {
    public init() {}

    /// How often systemd wants WATCHDOG=1: half of `WATCHDOG_USEC`, or nil when no watchdog is set.
    public var watchdogInterval: Duration? {
        var usec: UInt64 = 0
        guard sd_watchdog_enabled(0, &usec) > 0, usec > 0 else { return nil }
        return .microseconds(Int64(usec / 2))
    }

    /// READY=1, with the first STATUS.
    public func ready(status: String) { send("READY=1\nSTATUS=\(status)") }
    public func status(_ text: String) { send("STATUS=\(text)") }
    public func watchdog() { send("WATCHDOG=1") }
    public func stopping() { send("STOPPING=1") }

    /// Sends raw newline-separated `KEY=value` assignments.
    public func send(_ assignments: String) {
        _ = sd_notify(0, assignments)
    }
}

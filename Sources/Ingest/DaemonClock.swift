import Glibc

/// Where the daemon reads time from, so tests can drive it.
public protocol DaemonClock: Sendable {
    /// Wall-clock seconds since 1970, for `ingested_at`.
    func secondsSince1970() -> Double
    /// Monotonic time since an arbitrary start, for pacing STATUS and WATCHDOG.
    func uptime() -> Duration
}

/// The real clocks: `CLOCK_REALTIME` and `CLOCK_MONOTONIC`.
public struct SystemClock: DaemonClock {
    public init() {}

    public func secondsSince1970() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    public func uptime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }
}

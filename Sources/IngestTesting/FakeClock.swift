public import Ingest
import Synchronization

/// A clock that moves only when a test moves it.
public final class FakeClock: DaemonClock {
    private let state: Mutex<(wall: Double, uptime: Duration)>

    /// Starts at `wall` seconds since 1970 (2026-01-10T09:00:00Z by default) and zero uptime.
    public init(wall: Double = 1_768_035_600) {
        state = Mutex((wall, .zero))
    }

    public func secondsSince1970() -> Double { state.withLock { $0.wall } }
    public func uptime() -> Duration { state.withLock { $0.uptime } }

    /// Moves both clocks forward.
    public func advance(by duration: Duration) {
        state.withLock { state in
            state.uptime += duration
            state.wall += Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
    }
}

import Synchronization

/// The work waiting in the drop folder: names to ingest, in the order they were seen,
/// and whether the whole folder must be scanned (on start-up and after an overflow).
///
/// It holds at most ``capacity`` names, so memory does not follow the backlog: past that,
/// names are dropped as the kernel drops events, and a scan after the queue drains finds
/// them again in the folder. The watcher thread fills it; the processing loop drains it
/// and sleeps on ``wakeups`` when it is empty.
public final class DropQueue: Sendable {
    /// One piece of work for the processing loop.
    public enum Work: Equatable, Sendable {
        /// Re-read the configuration (SIGHUP).
        case reload
        /// List the drop folder and queue everything in it.
        case rescan
        case input(DropName)
    }

    private struct State {
        var order: [DropName] = []
        var head = 0
        var queued: Set<DropName> = []
        var rescan = false
        /// A scan that waits until the queued names are done (after an overflow).
        var rescanWhenDrained = false
        var overflows = 0
        var reload = false
        var finished = false
    }

    private let state = Mutex(State())
    private let continuation: AsyncStream<Void>.Continuation
    /// Yields whenever there may be new work (or a tick passed); ends after ``finish()``.
    public let wakeups: AsyncStream<Void>

    /// Names held at most.
    public let capacity: Int

    public init(capacity: Int = IngestConfiguration.defaultQueueCapacity) {
        self.capacity = capacity
        (wakeups, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Queues a name unless it is already waiting; when the queue is full, asks for a scan
    /// once it drains instead.
    public func add(_ name: DropName) {
        let added = state.withLock { state in
            if state.order.count - state.head >= capacity, !state.queued.contains(name) {
                if !state.rescanWhenDrained { state.overflows += 1 }
                state.rescanWhenDrained = true
                return false
            }
            guard state.queued.insert(name).inserted else { return false }
            state.order.append(name)
            return true
        }
        if added { continuation.yield() }
    }

    /// Queues a name to be tried before everything else (a retry after a pause).
    public func putBack(_ name: DropName) {
        state.withLock { state in
            guard state.queued.insert(name).inserted else { return }
            if state.head > 0 {
                state.head -= 1
                state.order[state.head] = name
            } else {
                state.order.insert(name, at: 0)
            }
        }
    }

    /// Asks for a full scan of the folder: the kernel's event queue overflowed, or we just started.
    public func requestRescan() {
        state.withLock { $0.rescan = true }
        continuation.yield()
    }

    /// Events were dropped (IN_Q_OVERFLOW): count it, and scan the folder once the names
    /// already queued are done.
    public func overflowed() {
        state.withLock {
            $0.overflows += 1
            $0.rescanWhenDrained = true
        }
        continuation.yield()
    }

    /// A scan found more inputs than it queued: scan again once these are done.
    public func requestRescanWhenDrained() {
        state.withLock { $0.rescanWhenDrained = true }
    }

    /// How many times events or names were dropped (the kernel's queue or this one overflowed).
    public var overflows: Int { state.withLock { $0.overflows } }

    /// Asks for the configuration to be re-read before the next input.
    public func requestReload() {
        state.withLock { $0.reload = true }
        continuation.yield()
    }

    /// Wakes the processing loop without new work, so it can ping the watchdog.
    public func tick() {
        continuation.yield()
    }

    /// The next piece of work, or nil when there is none.
    public func next() -> Work? {
        state.withLock { state in
            if state.reload {
                state.reload = false
                return .reload
            }
            if state.rescan {
                state.rescan = false
                return .rescan
            }
            guard state.head < state.order.count else {
                guard state.rescanWhenDrained else { return nil }
                state.rescanWhenDrained = false
                return .rescan
            }
            let name = state.order[state.head]
            state.head += 1
            state.queued.remove(name)
            // Reclaim the consumed prefix now and then, so memory follows the backlog.
            if state.head > 1024, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
            return .input(name)
        }
    }

    /// Names waiting, for STATUS.
    public var backlog: Int {
        state.withLock { $0.order.count - $0.head }
    }

    /// Ends the wakeups: the processing loop stops after its current input.
    public func finish() {
        state.withLock { $0.finished = true }
        continuation.finish()
    }

    public var isFinished: Bool { state.withLock { $0.finished } }
}

import Foundation
import Glibc
import Synchronization

/// One event read from inotify.
public struct InotifyEvent: Equatable, Sendable {
    public var mask: UInt32
    public var name: DropName?

    public init(mask: UInt32, name: DropName?) {
        self.mask = mask
        self.name = name
    }

    public static let closeWrite: UInt32 = 0x0000_0008
    public static let movedTo: UInt32 = 0x0000_0080
    public static let create: UInt32 = 0x0000_0100
    public static let queueOverflow: UInt32 = 0x0000_4000
    public static let ignored: UInt32 = 0x0000_8000
    public static let isDirectory: UInt32 = 0x4000_0000
    static let onlyDirectory: UInt32 = 0x0100_0000

    /// Parses the records in a buffer read from an inotify descriptor.
    public static func parse(_ buffer: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        let headerSize = 16  // wd, mask, cookie, len: four 32-bit fields
        while offset + headerSize <= buffer.count {
            let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            guard offset + headerSize + length <= buffer.count else { break }
            var name: DropName?
            if length > 0 {
                let raw = buffer[(offset + headerSize)..<(offset + headerSize + length)]
                let bytes = raw.prefix { $0 != 0 }
                if !bytes.isEmpty { name = DropName(bytes: Array(bytes)) }
            }
            events.append(InotifyEvent(mask: mask, name: name))
            offset += headerSize + length
        }
        return events
    }

    /// Encodes events the way the kernel does, for tests that inject them.
    public static func encode(_ events: [InotifyEvent]) -> [UInt8] {
        var out: [UInt8] = []
        for event in events {
            var name = event.name?.bytes ?? []
            if !name.isEmpty {
                name.append(0)
                while name.count % 4 != 0 { name.append(0) }
            }
            for field in [UInt32(1), event.mask, 0, UInt32(name.count)] {
                withUnsafeBytes(of: field) { out.append(contentsOf: $0) }
            }
            out.append(contentsOf: name)
        }
        return out
    }
}

/// Watches the drop folder with inotify and feeds a ``DropQueue``.
///
/// Reads happen on a thread of its own, blocked in `poll`, so a quiet folder costs nothing
/// and the cooperative thread pool never waits on the kernel. Only finished files are
/// queued: IN_CLOSE_WRITE and IN_MOVED_TO, and IN_CREATE for things that are not regular
/// files (FIFOs, symlinks, sockets, folders), which never get a close-after-write.
public final class DropFolderWatcher: Sendable {
    public let folder: String
    private let queue: DropQueue
    private let inotifyFD: Int32
    private let folderFD: Int32
    private let stopPipe: (read: Int32, write: Int32)
    private let tick: Duration
    private let stopped = Mutex(false)

    /// Installs the watch. Events start to queue up in the kernel at once, so a scan
    /// made after this call and the events cannot miss a file between them.
    public init(folder: String, queue: DropQueue, tick: Duration) throws(IngestError) {
        self.folder = folder
        self.queue = queue
        self.tick = tick
        let fd = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        guard fd >= 0 else { throw .watch(folder, errno: errno) }
        let mask = InotifyEvent.closeWrite | InotifyEvent.movedTo | InotifyEvent.create | InotifyEvent.onlyDirectory
        guard inotify_add_watch(fd, folder, mask) >= 0 else {
            let error = errno
            close(fd)
            throw .watch(folder, errno: error)
        }
        var fds: [Int32] = [0, 0]
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0, pipe(&fds) == 0 else {
            let error = errno
            close(fd)
            if directory >= 0 { close(directory) }
            throw .watch(folder, errno: error)
        }
        for end in fds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        inotifyFD = fd
        folderFD = directory
        stopPipe = (fds[0], fds[1])
    }

    /// Starts the reading thread.
    public func start() {
        let thread = Thread { [self] in readLoop() }
        thread.name = "wirewatch-inotify"
        thread.start()
    }

    /// Stops the reading thread; it closes its descriptors on the way out.
    public func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        if first { _ = write(stopPipe.write, "x", 1) }
    }

    /// Applies events to the queue. The reading thread calls this; tests call it to inject events.
    public func handle(_ events: [InotifyEvent]) {
        for event in events {
            if event.mask & InotifyEvent.queueOverflow != 0 {
                queue.overflowed()
                continue
            }
            guard let name = event.name else { continue }
            if event.mask & (InotifyEvent.closeWrite | InotifyEvent.movedTo) != 0 {
                queue.add(name)
            } else if event.mask & InotifyEvent.create != 0, !isRegularFile(name) {
                queue.add(name)
            }
        }
    }

    private func isRegularFile(_ name: DropName) -> Bool {
        var info = stat()
        let found = name.withCString { fstatat(folderFD, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0
        guard found else { return true }  // gone already: nothing to queue
        return info.st_mode & S_IFMT == S_IFREG
    }

    private func readLoop() {
        let timeoutMS = Int32(max(1, tick.components.seconds * 1000 + tick.components.attoseconds / 1_000_000_000_000_000))
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var polls = [
            pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let ready = poll(&polls, 2, timeoutMS)
            if ready < 0 && errno != EINTR { break }
            if polls[1].revents != 0 { break }
            if ready == 0 {
                queue.tick()
                continue
            }
            while true {
                let n = buffer.withUnsafeMutableBytes { read(inotifyFD, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                let events = buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
                handle(events)
            }
            queue.tick()
        }
        close(inotifyFD)
        close(folderFD)
        close(stopPipe.read)
        close(stopPipe.write)
    }
}

import Foundation
import Glibc
import Ingest
import IngestTesting
import Testing

/// Waits up to `timeout` for the queue to hand out work.
/// Generous: it returns as soon as work arrives, and a loaded 2-core CI box can take seconds.
/// The queue is looked at once more after the deadline: blocking tests running beside this one
/// can hold every cooperative thread for longer than the timeout, and the watcher (on its own
/// thread) may have queued the work long before this task got to run again.
func nextWork(_ queue: DropQueue, timeout: Duration = .seconds(30)) async -> DropQueue.Work? {
    let deadline = ContinuousClock.now + timeout
    while true {
        if let work = queue.next() { return work }
        if ContinuousClock.now >= deadline { return nil }
        try? await Task.sleep(for: .milliseconds(10))
    }
}

/// A watcher running on a temp folder, stopped and removed at the end of the test.
final class WatchedFolder {
    let folder: TemporaryFolder
    let queue = DropQueue()
    let watcher: DropFolderWatcher

    init(subfolder: String? = nil) throws {
        folder = try TemporaryFolder("watch")
        var path = folder.path
        if let subfolder {
            path = folder.appending(subfolder)
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        watcher = try DropFolderWatcher(folder: path, queue: queue, tick: .milliseconds(50))
        watcher.start()
    }

    deinit {
        watcher.stop()
        folder.remove()
    }
}

@Suite("Watching the drop folder")
struct DropFolderWatcherTests {
    @Test func fileBeingWrittenIsQueuedOnlyAfterItsClose() async throws {
        let watched = try WatchedFolder()
        let queue = watched.queue
        let fd = open(watched.folder.appending("slow.txt"), O_WRONLY | O_CREAT, 0o644)
        _ = write(fd, "Headline\n", 9)
        #expect(await nextWork(queue, timeout: .milliseconds(300)) == nil)
        _ = write(fd, "Body.\n", 6)
        close(fd)
        #expect(await nextWork(queue) == .input(DropName("slow.txt")))
    }

    @Test func moveIntoTheFolderIsSeen() async throws {
        let watched = try WatchedFolder(subfolder: "Drop")
        let staged = try watched.folder.write(Array("Headline\nBody".utf8), to: "staged.txt")
        #expect(rename(staged, watched.folder.appending("Drop/article.txt")) == 0)
        #expect(await nextWork(watched.queue) == .input(DropName("article.txt")))
    }

    @Test func nonRegularFilesAreQueuedOnCreation() async throws {
        let watched = try WatchedFolder()
        #expect(mkfifo(watched.folder.appending("pipe"), 0o644) == 0)
        #expect(await nextWork(watched.queue) == .input(DropName("pipe")))
        #expect(symlink("/etc/hostname", watched.folder.appending("link")) == 0)
        #expect(await nextWork(watched.queue) == .input(DropName("link")))
    }

    @Test func overflowAsksForARescan() throws {
        let folder = try TemporaryFolder("watch")
        defer { folder.remove() }
        let queue = DropQueue()
        let watcher = try DropFolderWatcher(folder: folder.path, queue: queue, tick: .seconds(1))
        // What the kernel sends when its queue overflows: IN_Q_OVERFLOW, without a name.
        let buffer = InotifyEvent.encode([
            InotifyEvent(mask: InotifyEvent.closeWrite, name: DropName("a.txt")),
            InotifyEvent(mask: InotifyEvent.queueOverflow, name: nil),
        ])
        let events = buffer.withUnsafeBytes { InotifyEvent.parse($0) }
        #expect(events.count == 2)
        watcher.handle(events)
        #expect(queue.overflows == 1)
        // The names already queued first, then the scan that finds what was dropped.
        #expect(queue.next() == .input(DropName("a.txt")))
        #expect(queue.next() == .rescan)
        #expect(queue.next() == nil)
    }

    @Test func aFullQueueDropsNamesAndScansOnceItDrains() {
        let queue = DropQueue(capacity: 2)
        for name in ["a", "b", "c", "d"] { queue.add(DropName(name)) }
        #expect(queue.backlog == 2)
        #expect(queue.overflows == 1)
        #expect(queue.next() == .input(DropName("a")))
        queue.add(DropName("e"))  // room again
        #expect(queue.next() == .input(DropName("b")))
        #expect(queue.next() == .input(DropName("e")))
        #expect(queue.next() == .rescan)
        #expect(queue.next() == nil)
    }

    @Test func queueKeepsOrderAndDropsRepeats() {
        let queue = DropQueue()
        for name in ["b", "a", "b", "c"] { queue.add(DropName(name)) }
        #expect(queue.backlog == 3)
        #expect(queue.next() == .input(DropName("b")))
        queue.putBack(DropName("b"))
        #expect([queue.next(), queue.next(), queue.next(), queue.next()] == [.input(DropName("b")), .input(DropName("a")), .input(DropName("c")), nil])
    }
}

import Foundation
import Glibc
import IngestTesting
import Ledger
import Testing

@Suite(
    "wirewatch run: the ledger's disk fills up", .serialized,
    .enabled(if: binaryBuilt, "needs the wirewatch binary next to the tests: run `swift build` (make test does)"),
    .enabled(if: getuid() == 0, "needs root to mount a small tmpfs for the ledger (CI runs as root)")
)
struct DiskFullEndToEndTests {
    @Test func ingestionPausesOnENOSPCAndResumesWhenSpaceReturns() throws {
        let folder = try TemporaryFolder("e2e-full")
        defer { folder.remove() }
        // The ledger on a 256 KB tmpfs of its own; drop, archive and quarantine on the real disk.
        let logs = folder.appending("Logs")
        #expect(mkdir(logs, 0o755) == 0)
        guard mount("tmpfs", logs, "tmpfs", 0, "size=256k") == 0 else {
            Issue.record("cannot mount a tmpfs on \(logs): \(String(cString: strerror(errno)))")
            return
        }
        defer { umount2(logs, Int32(MNT_DETACH)) }
        try folder.write(Array("""
            drop = \(folder.appending("Drop"))
            ledger = \(logs)/ledger.jsonl
            archive = \(folder.appending("archive"))
            quarantine = \(folder.appending("quarantine"))
            log_level = info

            """.utf8), to: "wirewatch.conf")
        let notify = try NotifySocketListener(path: folder.appending("notify.sock"))
        let daemon = try DaemonProcess(folder: folder, notify: notify, config: folder.appending("wirewatch.conf"))
        #expect(notify.waitFor("READY=1"), "daemon log:\n\(daemon.log)")
        func article(_ n: Int) -> [UInt8] {
            Array("Flooding closes roads in district \(n)\n\nMore than \(n * 10) people were evacuated on Monday, the mayor said. \"We are doing what we can,\" she said.\n".utf8)
        }
        try folder.write(article(1), to: "Drop/before.txt")
        #expect(daemon.waitForLines(1).count == 1, "daemon log:\n\(daemon.log)")

        // Fill the tmpfs to the last byte.
        let filler = logs + "/filler"
        let fd = open(filler, O_WRONLY | O_CREAT, 0o644)
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        while chunk.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) > 0 {}
        _ = write(fd, chunk, 1)
        close(fd)

        // A line or two may still fit in the slack of the ledger's last page; seven cannot.
        for n in 2...8 { try folder.write(article(n), to: "Drop/during-\(n).txt") }
        let paused = notify.waitFor(timeout: .seconds(10)) { $0.hasPrefix("STATUS=paused") }
        #expect(paused?.contains("the ledger's disk is full") == true, "daemon log:\n\(daemon.log)")
        #expect(daemon.log.contains("ingestion paused: cannot append to the ledger"))
        #expect(daemon.log.contains("No space left on device. Free space on its filesystem; ingestion resumes by itself."))
        // Nothing lost, nothing torn: what has no line waits in the drop folder.
        let recorded = daemon.ledger().count
        #expect(recorded < 8)
        #expect(try folder.names(in: "Drop").filter { $0.hasPrefix("during-") }.count == 8 - recorded)
        #expect(try LedgerVerifier.verify(path: logs + "/ledger.jsonl").isClean)
        #expect(daemon.process.isRunning)

        // Space returns: the rest are ingested without a restart.
        #expect(unlink(filler) == 0)
        let lines = daemon.waitForLines(8, timeout: .seconds(15))
        #expect(lines.map(\.seq) == Array(1...8), "daemon log:\n\(daemon.log)")
        #expect(lines.allSatisfy { $0.status == .ok })
        #expect(daemon.waitForEmptyDropFolder().isEmpty)
        #expect(daemon.log.contains("the ledger is writable again; ingestion resumed"))
        #expect(notify.waitFor(timeout: .seconds(5)) { $0.hasPrefix("STATUS=watching") } != nil)
        #expect(daemon.terminate() == 0)
        let report = try LedgerVerifier.verify(path: logs + "/ledger.jsonl")
        #expect(report.isClean && report.lines == 8, "\(report.problems)")
    }
}

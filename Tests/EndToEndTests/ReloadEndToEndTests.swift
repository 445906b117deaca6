import Foundation
import Glibc
import IngestTesting
import Ledger
import Testing

@Suite("wirewatch run: configuration file and SIGHUP reload", .serialized, .enabled(if: binaryBuilt, "needs the wirewatch binary next to the tests: run `swift build` (make test does)"))
struct ReloadEndToEndTests {
    @Test func sighupRereadsTheFileWithoutLosingEvents() throws {
        let folder = try TemporaryFolder("e2e-reload")
        defer { folder.remove() }
        let configuration = folder.daemonConfiguration()
        let configPath = folder.appending("wirewatch.conf")
        func writeConfig(maxBytes: String) throws {
            try folder.write(Array("""
                # test configuration
                drop = \(configuration.dropFolder)
                ledger = \(configuration.ledgerPath)
                archive = \(configuration.archiveFolder)
                quarantine = \(configuration.quarantineFolder)
                max_bytes = \(maxBytes)
                ignore = .*, *.tmp, *.skip
                log_level = debug

                """.utf8), to: "wirewatch.conf")
        }
        try writeConfig(maxBytes: "100")
        let notify = try NotifySocketListener(path: folder.appending("notify.sock"))
        let daemon = try DaemonProcess(folder: folder, notify: notify, config: configPath)
        #expect(notify.waitFor("READY=1"), "daemon log:\n\(daemon.log)")

        let article = Array(("Long enough headline\n\n" + String(repeating: "A sentence of the body. ", count: 10)).utf8)
        try folder.write(article, to: "Drop/first.txt")
        try folder.write(Array("ignored\n".utf8), to: "Drop/note.skip")
        #expect(daemon.waitForLines(1).last?.error?.code == "too_large")

        try writeConfig(maxBytes: "1MiB")
        kill(daemon.process.processIdentifier, SIGHUP)
        // systemd's reload protocol: RELOADING=1 with MONOTONIC_USEC, then READY=1 once done.
        let reloading = try #require(notify.waitFor { $0 == "RELOADING=1" }, "no RELOADING=1; daemon log:\n\(daemon.log)")
        let monotonic = reloading.split(separator: "\n").first { $0.hasPrefix("MONOTONIC_USEC=") }
        #expect(Int(monotonic?.dropFirst("MONOTONIC_USEC=".count) ?? "") ?? 0 > 0)
        #expect(notify.waitFor("READY=1"))

        var second = article
        second.append(contentsOf: Array("One more.".utf8))
        try folder.write(second, to: "Drop/second.txt")
        let lines = daemon.waitForLines(2)
        #expect(lines.last?.status == .ok, "daemon log:\n\(daemon.log)")
        #expect(daemon.log.contains("configuration reloaded"))
        #expect(daemon.terminate() == 0)
        #expect(try folder.names(in: "Drop") == ["note.skip"])
    }

    @Test func aBadConfigurationFileIsNamedWithItsLine() throws {
        let folder = try TemporaryFolder("e2e-badconf")
        defer { folder.remove() }
        let path = try folder.write(Array("drop = Drop\nmax_byte = 10\n".utf8), to: "bad.conf")
        let result = try WirewatchBinary.run(["run", "--config", path])
        #expect(result.status != 0)
        #expect(result.output.contains("bad.conf:2: unknown key 'max_byte'"))
    }
}

import Foundation
import Glibc
import IngestTesting
import Ledger
import Testing

@Suite("wirewatch run, end to end", .serialized, .enabled(if: binaryBuilt, "needs the wirewatch binary next to the tests: run `swift build` (make test does)"))
struct DaemonEndToEndTests {
    @Test(.enabled(if: SharedFixtures.seedsAvailable, SharedFixtures.seedsMissing))
    func seedsHostileInputsAndARestart() throws {
        let folder = try TemporaryFolder("e2e")
        defer { folder.remove() }
        let notify = try NotifySocketListener(path: folder.appending("notify.sock"))
        let daemon = try DaemonProcess(folder: folder, notify: notify)
        #expect(notify.waitFor("READY=1"), "no READY=1; daemon log:\n\(daemon.log)")

        // One seed by write-then-rename, the other by a direct write.
        let seed000 = try SharedFixtures.seed("000")
        let seed003 = try SharedFixtures.seed("003")
        let staged = try folder.write(seed000, to: "staged.txt")
        #expect(rename(staged, folder.appending("Drop/000.txt")) == 0)
        try folder.write(seed003, to: "Drop/003.txt")
        var lines = daemon.waitForLines(2)
        #expect(lines.map(\.status) == [.ok, .ok], "daemon log:\n\(daemon.log)")
        let titles = Set(daemon.ledgerObjects().compactMap { ($0["record"] as? [String: Any])?["title"] as? String })
        #expect(titles == ["“Maidan techniques” were used in Kazakhstan", "Maidan Technologies Used in Kazakhstan, Putin Says"])

        // A copy under another name is a duplicate of the first.
        try folder.write(seed003, to: "Drop/003-copy.txt")
        lines = daemon.waitForLines(3)
        let first003 = try #require(lines.first { $0.file == "003.txt" })
        #expect(lines.last?.status == .duplicate && lines.last?.duplicateOf == first003.seq)

        // Random binary bytes (with a NUL for certain) are rejected into quarantine.
        var random = SystemRandomNumberGenerator()
        try folder.write((0..<4096).map { $0 == 100 ? 0 : UInt8.random(in: .min ... .max, using: &random) }, to: "Drop/noise.bin")
        lines = daemon.waitForLines(4)
        #expect(lines.last?.status == .rejected && lines.last?.error?.code == "binary")

        // A FIFO and a symlink are rejected without being read, and do not block what follows.
        #expect(mkfifo(folder.appending("Drop/pipe"), 0o644) == 0)
        #expect(symlink("/etc/shadow", folder.appending("Drop/shadow")) == 0)
        try folder.write(Array("After the FIFO\n\nStill working.".utf8), to: "Drop/after.txt")
        lines = daemon.waitForLines(7)
        let byFile = Dictionary(uniqueKeysWithValues: lines.map { ($0.file, $0) })
        #expect(byFile["pipe"]?.error?.code == "not_regular")
        #expect(byFile["shadow"]?.error?.code == "not_regular")
        #expect(byFile["after.txt"]?.status == .ok)
        #expect(daemon.waitForEmptyDropFolder().isEmpty)
        let quarantined = try folder.names(in: "Logs/quarantine")
        #expect(quarantined.contains { $0.hasSuffix("-noise.bin") } && quarantined.contains { $0.hasSuffix("-pipe") })
        #expect(notify.waitFor(timeout: .seconds(3)) { $0.hasPrefix("STATUS=watching") && $0.contains("ingested") } != nil)

        // SIGTERM: STOPPING=1 and a clean exit.
        #expect(daemon.terminate() == 0, "daemon log:\n\(daemon.log)")
        #expect(notify.waitFor("STOPPING=1", timeout: .seconds(1)))

        // A restart adds nothing, and the ledger verifies.
        let restartNotify = try NotifySocketListener(path: folder.appending("notify2.sock"))
        let restarted = try DaemonProcess(folder: folder, notify: restartNotify)
        #expect(restartNotify.waitFor("READY=1"))
        usleep(300_000)
        #expect(restarted.terminate() == 0)
        #expect(restarted.ledger().count == 7)
        let verify = try WirewatchBinary.run(["verify", "--ledger", folder.appending("Logs/ledger.jsonl")])
        #expect(verify.status == 0, "\(verify.output)")
    }

    @Test func backlogPresentBeforeStartIsIngested() throws {
        let folder = try TemporaryFolder("e2e-backlog")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.appending("Drop"), withIntermediateDirectories: true)
        for n in 1...20 { try folder.write(Array("Backlog item \(n)\n\nBody \(n).".utf8), to: "Drop/item-\(n).txt") }
        try folder.write(Array("hidden".utf8), to: "Drop/.hidden")
        let notify = try NotifySocketListener(path: folder.appending("notify.sock"))
        let daemon = try DaemonProcess(folder: folder, notify: notify)
        #expect(notify.waitFor("READY=1"))
        let lines = daemon.waitForLines(20)
        #expect(lines.count == 20 && lines.allSatisfy { $0.status == .ok })
        #expect(daemon.terminate() == 0)
        #expect(try folder.names(in: "Drop") == [".hidden"])
    }

    @Test func tornTailIsTruncatedAtStartAndSaidSo() throws {
        let folder = try TemporaryFolder("e2e-torn")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.appending("Logs"), withIntermediateDirectories: true)
        try folder.write(Array(#"{"schema":"wirewatch.ledger/1","seq":1,"sta"#.utf8), to: "Logs/ledger.jsonl")
        let notify = try NotifySocketListener(path: folder.appending("notify.sock"))
        let daemon = try DaemonProcess(folder: folder, notify: notify)
        #expect(notify.waitFor("READY=1"))
        try folder.write(Array("Fresh\n\nstart".utf8), to: "Drop/fresh.txt")
        let lines = daemon.waitForLines(1)
        #expect(daemon.terminate() == 0)
        #expect(lines.map(\.seq) == [1])
        #expect(daemon.log.contains("truncated a torn last line"))
    }

    @Test func runsWithoutSystemd() throws {
        let folder = try TemporaryFolder("e2e-plain")
        defer { folder.remove() }
        let configuration = folder.daemonConfiguration()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: WirewatchBinary.path)
        process.arguments = ["run", "--drop", configuration.dropFolder, "--ledger", configuration.ledgerPath,
                             "--archive", configuration.archiveFolder, "--quarantine", configuration.quarantineFolder]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NOTIFY_SOCKET")
        process.environment = environment
        let logPath = folder.appending("daemon.log")
        try #require(FileManager.default.createFile(atPath: logPath, contents: nil), "cannot create \(logPath)")
        process.standardError = FileHandle(forWritingAtPath: logPath)
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: configuration.dropFolder), ContinuousClock.now < deadline { usleep(20_000) }
        usleep(200_000)
        try folder.write(Array("Plain run\n\nno systemd here".utf8), to: "Drop/plain.txt")
        while (FileManager.default.contents(atPath: configuration.ledgerPath)?.count ?? 0) == 0, ContinuousClock.now < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        #expect(String(decoding: FileManager.default.contents(atPath: configuration.ledgerPath) ?? Data(), as: UTF8.self).contains(#""status":"ok""#), "daemon log:\n\(log)")
    }

    @Test func verifyFailsOnADamagedLedgerAndSaysWhy() throws {
        let folder = try TemporaryFolder("e2e-verify")
        defer { folder.remove() }
        let path = try folder.write(Array("{\"not\":\"a ledger line\"}\n".utf8), to: "ledger.jsonl")
        let result = try WirewatchBinary.run(["verify", "--ledger", path])
        #expect(result.status == 1)
        #expect(result.output.contains("line 1") && result.output.contains("not a valid ledger line"))
    }

    /// `eval counts` scores the first figure of each event, with the others told next to it or
    /// the people shot less the dead, and only where the article writes the gold number (here
    /// in a time of day; article c writes neither).
    @Test func evalCountsScoresTheFirstFigureWithItsOthers() throws {
        let folder = try TemporaryFolder("e2e-counts")
        defer { folder.remove() }
        let articles = [
            #"{"id":"a","incident":"1","dct":"2015-03-01","text":"Shooting on Main Street\n\nTwo men were in critical condition and two others injured at 4 a.m. One man died."}"#,
            #"{"id":"b","incident":"2","dct":"2015-03-02","text":"Shooting\n\nFive people were shot, two of them fatally, at 3 a.m."}"#,
            #"{"id":"c","incident":"3","dct":"2015-03-03","text":"Shooting\n\nPolice said nobody was hurt."}"#,
        ]
        let incidents = [
            #"{"incident":"1","gva":{"num_killed":1,"num_injured":4}}"#,
            #"{"incident":"2","gva":{"num_killed":2,"num_injured":3}}"#,
            #"{"incident":"3","gva":{"num_killed":0,"num_injured":7}}"#,
        ]
        _ = try folder.write(Array((articles.joined(separator: "\n") + "\n").utf8), to: "articles.jsonl")
        _ = try folder.write(Array((incidents.joined(separator: "\n") + "\n").utf8), to: "incidents.jsonl")
        let result = try WirewatchBinary.run(["eval", "counts", "--gva", folder.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("killed   accuracy 1.000 (2 of 2 "), "\(result.output)")
        #expect(result.output.contains("injured  accuracy 1.000 (2 of 2 "), "\(result.output)")
    }

    /// `bench` once took `--corpus` and `--passes` itself, so its subcommands silently ran on their defaults.
    @Test(arguments: [["bench"], ["bench", "core"], ["bench", "entities"], ["bench", "stories"]])
    func everyBenchReadsTheCorpusItIsGiven(_ command: [String]) throws {
        let result = try WirewatchBinary.run(command + ["--corpus", "/nonexistent-corpus", "--passes", "1"])
        #expect(result.status != 0)
        #expect(result.output.contains("cannot read the folder /nonexistent-corpus; give --corpus"), "\(result.output)")
    }
}

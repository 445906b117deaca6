import Foundation
import Glibc
import IngestTesting
import Ledger
import Testing

/// The built `wirewatch` binary, next to this test bundle (or `WIREWATCH_BIN`).
enum WirewatchBinary {
    static let path: String = {
        if let path = ProcessInfo.processInfo.environment["WIREWATCH_BIN"] { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wirewatch").path
    }()

    /// Runs a subcommand (of `executable`, by default this binary) to completion and returns
    /// its exit status and its output.
    static func run(_ arguments: [String], executable: String = path) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// `wirewatch run` on a temp folder, with a NOTIFY_SOCKET listener playing systemd.
final class DaemonProcess {
    let folder: TemporaryFolder
    let notify: NotifySocketListener
    let process = Process()
    let logPath: String

    init(folder: TemporaryFolder, notify: NotifySocketListener, config: String? = nil, extraArguments: [String] = []) throws {
        self.folder = folder
        self.notify = notify
        let configuration = folder.daemonConfiguration()
        logPath = folder.appending("daemon-\(UUID().uuidString.prefix(8)).log")
        try #require(FileManager.default.createFile(atPath: logPath, contents: nil), "cannot create \(logPath)")
        process.executableURL = URL(fileURLWithPath: WirewatchBinary.path)
        if let config {
            process.arguments = ["run", "--config", config] + extraArguments
        } else {
            process.arguments = [
                "run", "--drop", configuration.dropFolder, "--ledger", configuration.ledgerPath,
                "--archive", configuration.archiveFolder, "--quarantine", configuration.quarantineFolder, "--log-level", "debug",
            ] + extraArguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = notify.path
        environment.removeValue(forKey: "WATCHDOG_USEC")
        process.environment = environment
        process.standardError = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = FileHandle(forWritingAtPath: logPath)
        try process.run()
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Sends SIGTERM and waits up to `timeout` for the exit; nil if it did not exit.
    func terminate(timeout: Duration = .seconds(5)) -> Int32? {
        kill(process.processIdentifier, SIGTERM)
        return waitForExit(timeout: timeout)
    }

    func waitForExit(timeout: Duration) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// The ledger's lines, parsed.
    func ledger() -> [LedgerLineHeader] {
        guard let data = FileManager.default.contents(atPath: folder.appending("Logs/ledger.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONDecoder().decode(LedgerLineHeader.self, from: Data($0)) }
    }

    /// Raw ledger lines as JSON objects, for looking into records.
    func ledgerObjects() -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: folder.appending("Logs/ledger.jsonl")) else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
    }

    /// Waits until the ledger has at least `count` lines.
    @discardableResult
    func waitForLines(_ count: Int, timeout: Duration = .seconds(10)) -> [LedgerLineHeader] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let lines = ledger()
            if lines.count >= count || ContinuousClock.now >= deadline { return lines }
            usleep(20_000)
        }
    }

    /// Waits until the drop folder is empty and returns what is left in it. An input leaves it
    /// just after its ledger line is written, so a test that has seen the line may still find it there.
    func waitForEmptyDropFolder(timeout: Duration = .seconds(10)) -> [String] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let left = (try? folder.names(in: "Drop")) ?? []
            if left.isEmpty || ContinuousClock.now >= deadline { return left }
            usleep(20_000)
        }
    }
}

/// True when the binary exists; the end-to-end tests need `swift build` to have run.
let binaryBuilt = FileManager.default.isExecutableFile(atPath: WirewatchBinary.path)

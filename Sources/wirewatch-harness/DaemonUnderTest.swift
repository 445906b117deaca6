import ArgumentParser
import Foundation
import Glibc

/// One `wirewatch run` child process on a harness folder, its output in a log file.
final class DaemonUnderTest {
    let process = Process()
    let logPath: String

    /// Starts the daemon on `folder`'s `Drop/` and `Logs/`; `notifySocket` plays systemd when given.
    init(binary: String, folder: HarnessFolder, logPath: String, notifySocket: String? = nil, extraArguments: [String] = []) throws {
        self.logPath = logPath
        guard FileManager.default.createFile(atPath: logPath, contents: nil) else {
            throw ValidationError("cannot create the daemon's log \(logPath); give --work a folder you can write to")
        }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "run", "--drop", folder.drop, "--ledger", folder.ledger,
            "--archive", folder.archive, "--quarantine", folder.quarantine,
        ] + extraArguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "WATCHDOG_USEC")
        environment.removeValue(forKey: "NOTIFY_SOCKET")
        if let notifySocket { environment["NOTIFY_SOCKET"] = notifySocket }
        process.environment = environment
        let log = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = log
        process.standardError = log
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Waits for the daemon's "ready in" log line; false after `timeout` or if it exited.
    func waitUntilReady(timeout: Duration = .seconds(30)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline, process.isRunning {
            if log.contains("ready in") { return true }
            usleep(5_000)
        }
        return false
    }

    /// SIGKILL, as a power cut or the OOM killer would; waits for the process to go.
    func kill() {
        Glibc.kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM and the exit status, or nil when it did not exit within `timeout` (then SIGKILL).
    func terminate(timeout: Duration = .seconds(30)) -> Int32? {
        Glibc.kill(pid, SIGTERM)
        let deadline = ContinuousClock.now + timeout
        while process.isRunning, ContinuousClock.now < deadline { usleep(10_000) }
        if process.isRunning {
            kill()
            return nil
        }
        return process.terminationStatus
    }

    /// Kilobytes from /proc/<pid>/status: VmHWM is the peak resident set, VmRSS the current one.
    func memory(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        }
        return nil
    }

    deinit {
        if process.isRunning { kill() }
    }
}

/// The daemon's folders under one harness folder: `Drop/`, `Logs/ledger.jsonl`, `Logs/archive/`, `Logs/quarantine/`.
struct HarnessFolder {
    let path: String
    var drop: String { path + "/Drop" }
    var ledger: String { path + "/Logs/ledger.jsonl" }
    var archive: String { path + "/Logs/archive" }
    var quarantine: String { path + "/Logs/quarantine" }
    var staging: String { path + "/staging" }

    /// Creates the folder, which must not exist yet (a harness never reuses an old run's files).
    init(options: HarnessOptions, label: String) throws {
        path = options.work ?? FileManager.default.currentDirectoryPath + "/.build/harness/\(label)-\(getpid())"
        guard !FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(path) exists already; give --work a new folder")
        }
        for folder in [drop, staging, path + "/Logs"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    /// Writes `bytes` straight into the drop folder (open, write, close).
    func drop(_ bytes: [UInt8], as name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: drop + "/" + name))
    }

    /// Writes `bytes` beside the drop folder, then renames them in, as careful uploaders do.
    func stageAndMove(_ bytes: [UInt8], as name: String) throws {
        let staged = staging + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: staged))
        guard rename(staged, drop + "/" + name) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Lines in the ledger, from the size of its id index (24 bytes a line after an 8-byte header).
    var indexedLines: Int {
        var info = stat()
        guard stat(ledger + ".idx", &info) == 0 else { return 0 }
        return max(0, (Int(info.st_size) - 8) / 24)
    }

    func names(in folder: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    }

    func remove(unless keep: Bool) {
        if keep { print("kept \(path)") } else { try? FileManager.default.removeItem(atPath: path) }
    }
}

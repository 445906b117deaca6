import Foundation

/// The daemon's settings file, `/etc/wirewatch/wirewatch.conf` in a service install.
///
/// One `key = value` per line; `#` starts a comment; unknown keys are an error, so a typo
/// is caught at start or reload instead of silently ignored:
///
/// ```
/// drop = /srv/wirewatch/drop
/// ledger = /var/log/wirewatch/ledger.jsonl
/// archive = /srv/wirewatch/archive
/// quarantine = /srv/wirewatch/quarantine
/// max_bytes = 2MiB
/// ignore = .*, *.tmp, *.part, *.swp, *~
/// log_level = info
/// ```
public struct ConfigurationFile: Sendable, Equatable {
    public var drop: String?
    public var ledger: String?
    public var archive: String?
    public var quarantine: String?
    public var maxBytes: Int?
    public var ignore: [String]?
    public var logLevel: String?

    public init(
        drop: String? = nil, ledger: String? = nil, archive: String? = nil, quarantine: String? = nil,
        maxBytes: Int? = nil, ignore: [String]? = nil, logLevel: String? = nil
    ) {
        self.drop = drop
        self.ledger = ledger
        self.archive = archive
        self.quarantine = quarantine
        self.maxBytes = maxBytes
        self.ignore = ignore
        self.logLevel = logLevel
    }

    /// A line of the file that could not be used.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let line: Int
        public let reason: String
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws -> ConfigurationFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParseError(path: path, line: 0, reason: "cannot be read; check that it exists and is readable by this user")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Parses the text of a configuration file; `path` is only for messages.
    public static func parse(_ text: String, path: String = "wirewatch.conf") throws -> ConfigurationFile {
        var file = ConfigurationFile()
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            func fail(_ reason: String) -> ParseError { ParseError(path: path, line: number + 1, reason: reason) }
            guard let equals = trimmed.firstIndex(of: "=") else { throw fail("expected `key = value`") }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "drop": file.drop = value
            case "ledger": file.ledger = value
            case "archive": file.archive = value
            case "quarantine": file.quarantine = value
            case "max_bytes":
                guard let bytes = parseByteSize(value) else { throw fail("max_bytes takes a size such as 10MiB, 500KB or 1048576") }
                file.maxBytes = bytes
            case "ignore":
                file.ignore = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            case "log_level":
                let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
                guard levels.contains(value) else { throw fail("log_level is one of \(levels.joined(separator: ", "))") }
                file.logLevel = value
            default:
                throw fail("unknown key '\(key)'; the keys are drop, ledger, archive, quarantine, max_bytes, ignore, log_level")
            }
        }
        return file
    }
}

/// `10MiB`, `512KB`, `1048576` as bytes; nil when it is not a size.
public func parseByteSize(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.prefix { $0.isNumber }
    guard let value = Int(digits) else { return nil }
    let units: [String: Int] = [
        "": 1, "b": 1, "k": 1 << 10, "kb": 1000, "kib": 1 << 10, "m": 1 << 20, "mb": 1_000_000, "mib": 1 << 20,
        "g": 1 << 30, "gb": 1_000_000_000, "gib": 1 << 30,
    ]
    guard let unit = units[trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()] else { return nil }
    return value * unit
}

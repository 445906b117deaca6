import Glibc

/// A file name in the drop folder, as raw bytes: names need not be UTF-8, and the
/// daemon must archive exactly the file it read.
public struct DropName: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ name: String) {
        bytes = Array(name.utf8)
    }

    /// The name for people and for the ledger: bytes that are not UTF-8 become U+FFFD.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    /// Calls `body` with the name as a C string.
    func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}

/// Which names in the drop folder are not articles: hidden files and editors' temp files.
///
/// Patterns are shell globs (`fnmatch`), matched against the whole name.
public struct IgnoreRule: Sendable {
    /// `.*`, `*.tmp`, `*.part`, `*.swp` and `*~`.
    public static let defaultPatterns = [".*", "*.tmp", "*.part", "*.swp", "*~"]

    public let patterns: [String]

    public init(patterns: [String] = IgnoreRule.defaultPatterns) {
        self.patterns = patterns
    }

    /// True when `name` matches a pattern.
    public func ignores(_ name: DropName) -> Bool {
        name.withCString { cName in
            patterns.contains { fnmatch($0, cName, 0) == 0 }
        }
    }
}

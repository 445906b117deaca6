import Foundation
public import Ingest

/// A fresh folder under the system's temp directory, removed by ``remove()``.
public struct TemporaryFolder: Sendable {
    public let path: String

    /// Creates `…/wirewatch-<label>-XXXXXX`.
    public init(_ label: String = "test") throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("wirewatch-\(label)-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CocoaError(.fileWriteUnknown)
        }
        path = String(cString: made)
    }

    /// `path/name`.
    public func appending(_ name: String) -> String {
        (path as NSString).appendingPathComponent(name)
    }

    /// Writes `contents` to `name` in this folder and returns its path.
    @discardableResult
    public func write(_ contents: [UInt8], to name: String) throws -> String {
        let target = appending(name)
        try Data(contents).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Names in `subfolder` (or this folder), sorted.
    public func names(in subfolder: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: subfolder.isEmpty ? path : appending(subfolder)).sorted()
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A daemon configuration whose folders all live in this folder:
    /// `Drop/`, `Logs/ledger.jsonl`, `Logs/archive/`, `Logs/quarantine/`.
    public func daemonConfiguration(maxBytes: Int = IngestConfiguration.defaultMaxBytes) -> IngestConfiguration {
        IngestConfiguration(
            dropFolder: appending("Drop"), ledgerPath: appending("Logs/ledger.jsonl"),
            archiveFolder: appending("Logs/archive"), quarantineFolder: appending("Logs/quarantine"),
            maxBytes: maxBytes
        )
    }
}

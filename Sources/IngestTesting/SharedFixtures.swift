import Foundation
public import Testing

/// The project's shared data beside the repository (`../shared`), which a user's fresh
/// clone does not have: tests that need it are skipped with a message saying so.
public enum SharedFixtures {
    /// `<repo>/../shared`, found from this source file's location.
    public static let sharedFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Sources/IngestTesting/this file
        return url.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    public static var seedsFolder: String { sharedFolder + "/seeds" }

    /// True when `../shared/seeds` holds the seed articles.
    public static var seedsAvailable: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: seedsFolder)) ?? []).contains { $0.hasSuffix(".txt") }
    }

    /// The seed article whose file name starts with `prefix` ("000", "003"), as bytes.
    public static func seed(_ prefix: String) throws -> [UInt8] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: seedsFolder + "/" + prefix + "*"])
        }
        return Array(try Data(contentsOf: URL(fileURLWithPath: seedsFolder + "/" + name)))
    }

    /// The message shown for tests skipped without the seeds.
    public static let seedsMissing: Comment = "needs ../shared/seeds (the seed articles), which is absent here"
}

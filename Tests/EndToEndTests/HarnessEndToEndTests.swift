import Foundation
import Testing

/// The short forms of the reliability harnesses (`make stress` and `make load` run the long ones).
@Suite("reliability harnesses, short form", .serialized, .enabled(if: binaryBuilt, "needs the wirewatch binary next to the tests: run `swift build` (make test does)"))
struct HarnessEndToEndTests {
    static let harness = URL(fileURLWithPath: WirewatchBinary.path).deletingLastPathComponent().appendingPathComponent("wirewatch-harness").path

    /// Runs the harness and returns its exit status and output.
    func harness(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.harness)
        process.arguments = arguments + ["--binary", WirewatchBinary.path, "--work", NSTemporaryDirectory() + "wirewatch-harness-\(UUID().uuidString.prefix(8))"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func sigkilledAtRandomMomentsEveryInputIsInTheLedgerExactlyOnce() throws {
        let run = try harness(["crash", "--articles", "300", "--kills", "6"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("exactly once: 300 ledger lines for 300 inputs"), "\(run.output)")
    }

    @Test func aBurstPastTheQueueIsIngestedExactlyOnce() throws {
        // 2,000 names into a queue of 256: names are dropped and found again by rescans.
        let run = try harness(["burst", "--articles", "2000", "--queue-capacity", "256"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("exactly once: 2000 ledger lines"), "\(run.output)")
        #expect(!run.output.contains(", 0 queue overflows"), "no overflow was forced: \(run.output)")
    }
}

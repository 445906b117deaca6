import Foundation
import Testing

/// The short forms of the reliability harnesses (`make stress` and `make load` run the long ones).
@Suite("reliability harnesses, short form", .serialized, .enabled(if: binaryBuilt, "needs the wirewatch binary next to the tests: run `swift build` (make test does)"))
struct HarnessEndToEndTests {
    static let harness = URL(fileURLWithPath: WirewatchBinary.path).deletingLastPathComponent().appendingPathComponent("wirewatch-harness").path

    /// Runs the harness against the built daemon in a fresh temp folder.
    func harness(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let work = NSTemporaryDirectory() + "wirewatch-harness-\(UUID().uuidString.prefix(8))"
        return try WirewatchBinary.run(arguments + ["--binary", WirewatchBinary.path, "--work", work], executable: Self.harness)
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

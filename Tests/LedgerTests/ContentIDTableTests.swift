import Foundation
import Ledger
import Testing

/// The `.ids` file: ids found on disk, so memory stays flat as the ledger grows.
@Suite("The id table beside the ledger")
struct ContentIDTableTests {
    /// Writes `count` lines straight into the ledger file, as a ledger written elsewhere would be.
    private func writeLines(_ count: Int, to fixture: borrowing LedgerFixture) throws {
        let encoder = JSONEncoder()
        var bytes: [UInt8] = []
        for seq in 1...count {
            bytes += try entry(seq, id: id(seq)).jsonLine(recordEncoder: encoder)
            bytes.append(UInt8(ascii: "\n"))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: fixture.path))
    }

    @Test func growsPastItsFirstSizeAndStillFindsEveryID() throws {
        let fixture = LedgerFixture()
        // 4,096 slots at first, grown when half full: 5,000 lines force two doublings.
        try writeLines(5_000, to: fixture)
        let ledger = try Ledger(path: fixture.path)
        #expect(ledger.recovery.indexedOnOpen == 5_000)
        for n in stride(from: 1, through: 5_000, by: 7) {
            #expect(try ledger.lines(withID: id(n)).map(\.seq) == [n])
        }
        #expect(try ledger.lines(withID: id(5_001)).isEmpty)
        let tableSize = try #require(FileManager.default.attributesOfItem(atPath: fixture.path + ".ids")[.size] as? Int)
        #expect(tableSize == 4096 + 16_384 * 16, "5,000 ids fill 16,384 slots to under a third")
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func aMissingOrDamagedTableIsRebuilt() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...4 { try ledger.append { entry($0, id: id(n)) } }
        }
        try FileManager.default.removeItem(atPath: fixture.path + ".ids")
        do {
            let ledger = try Ledger(path: fixture.path)
            #expect(try ledger.lines(withID: id(3)).map(\.seq) == [3])
        }
        // A header that is not a table's.
        var table = Array(FileManager.default.contents(atPath: fixture.path + ".ids")!)
        table[0] = UInt8(ascii: "X")
        try Data(table).write(to: URL(fileURLWithPath: fixture.path + ".ids"))
        let ledger = try Ledger(path: fixture.path)
        #expect(try ledger.lines(withID: id(4)).map(\.seq) == [4])
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func linesAfterTheLastSyncAreInsertedAgainOnOpen() throws {
        let fixture = LedgerFixture()
        let tablePath = fixture.path + ".ids"
        var afterTwo = Data()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...2 { try ledger.append { entry($0, id: id(n)) } }
        }
        afterTwo = FileManager.default.contents(atPath: tablePath)!
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 3...4 { try ledger.append { entry($0, id: id(n)) } }
        }
        // What a power cut can leave: the table as of its last fsync, the ledger complete.
        try afterTwo.write(to: URL(fileURLWithPath: tablePath))
        let ledger = try Ledger(path: fixture.path)
        #expect(try ledger.lines(withID: id(4)).map(\.seq) == [4])
        #expect(try ledger.lines(withID: id(1)).map(\.seq) == [1])
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func aTableFromALongerLedgerIsRebuilt() throws {
        let long = LedgerFixture()
        do {
            let ledger = try Ledger(path: long.path)
            for n in 1...6 { try ledger.append { entry($0, id: id(n)) } }
        }
        let short = LedgerFixture()
        do {
            let ledger = try Ledger(path: short.path)
            for n in 11...12 { try ledger.append { entry($0, id: id(n)) } }
        }
        try FileManager.default.removeItem(atPath: short.path + ".ids")
        try FileManager.default.copyItem(atPath: long.path + ".ids", toPath: short.path + ".ids")
        #expect(!(try LedgerVerifier.verify(path: short.path).isClean), "the foreign table lacks this ledger's ids")
        let ledger = try Ledger(path: short.path)
        #expect(try ledger.lines(withID: id(12)).map(\.seq) == [2])
        #expect(try ledger.lines(withID: id(6)).isEmpty)
        #expect(try LedgerVerifier.verify(path: short.path).isClean)
    }

    @Test func withoutRoomForTheTableTheLedgerStillOpensAndFindsIDs() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...3 { try ledger.append { entry($0, id: id(n)) } }
        }
        // A table that cannot be built, as on a full disk: its temporary path is taken.
        try FileManager.default.removeItem(atPath: fixture.path + ".ids")
        try FileManager.default.createDirectory(atPath: fixture.path + ".ids.new", withIntermediateDirectories: false)
        do {
            let ledger = try Ledger(path: fixture.path)
            try ledger.append { entry($0, id: id(4)) }
            #expect(try ledger.lines(withID: id(2)).map(\.seq) == [2], "found by reading the .idx file")
            #expect(try ledger.lines(withID: id(4)).map(\.seq) == [4])
            #expect(!FileManager.default.fileExists(atPath: fixture.path + ".ids"))
            // Room again: the next append builds the table.
            try FileManager.default.removeItem(atPath: fixture.path + ".ids.new")
            try ledger.append { entry($0, id: id(5)) }
            #expect(FileManager.default.fileExists(atPath: fixture.path + ".ids"))
            #expect(try ledger.lines(withID: id(4)).map(\.seq) == [4])
            #expect(try ledger.lines(withID: id(5)).map(\.seq) == [5])
        }
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func verifyReportsAnIDTheTableLost() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...3 { try ledger.append { entry($0, id: id(n)) } }
        }
        let tablePath = fixture.path + ".ids"
        var table = Array(FileManager.default.contents(atPath: tablePath)!)
        let slot = try #require(stride(from: 4096, to: table.count, by: 16).first { table[$0 + 8] != 0 })
        table.replaceSubrange(slot..<slot + 16, with: [UInt8](repeating: 0, count: 16))
        try Data(table).write(to: URL(fileURLWithPath: tablePath))
        let report = try LedgerVerifier.verify(path: fixture.path)
        #expect(report.indexDisagrees)
        #expect(report.problems.contains { $0.contains("the id table") && $0.contains("lacks line") })
        _ = try LedgerVerifier.repair(path: fixture.path)
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }
}

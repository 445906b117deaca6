import Foundation
import Glibc
import Ledger
import Testing

/// A ledger in a temp folder, removed at the end of each test.
struct LedgerFixture: ~Copyable {
    let folder: String
    var path: String { folder + "/ledger.jsonl" }

    init() {
        folder = NSTemporaryDirectory() + "wirewatch-ledger-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func bytes() -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }
    func lines() -> [String] { String(decoding: bytes(), as: UTF8.self).split(separator: "\n").map(String.init) }
    func append(_ text: String) {
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }
}

struct Note: Codable, Sendable, Equatable {
    var title: String
}

func entry(_ seq: Int, id: ContentID, status: LedgerStatus = .ok, duplicateOf: Int? = nil) -> LedgerEntry<Note, Note> {
    LedgerEntry(
        seq: seq, status: status, id: id.hex, file: "article-\(seq).txt", bytes: 10, ingestedAt: "2026-01-10T09:00:00.000Z",
        decodedAs: "utf-8", duplicateOf: duplicateOf, record: status == .ok ? Note(title: "title \(seq)") : nil,
        story: status == .ok ? Note(title: "story \(seq)") : nil
    )
}

func id(_ n: Int) -> ContentID { ContentID.of(Array("input \(n)".utf8)) }

@Suite("Ledger append, recovery and index")
struct LedgerTests {
    @Test func appendsNumberedLinesInTheDocumentedShape() throws {
        let fixture = LedgerFixture()
        let ledger = try Ledger(path: fixture.path)
        for n in 1...3 { try ledger.append { entry($0, id: id(n)) } }
        #expect(ledger.lastSeq == 3)
        let lines = fixture.lines()
        #expect(lines.count == 3)
        // Header keys in contract order, nulls written out.
        #expect(lines[0].hasPrefix(#"{"schema":"wirewatch.ledger/1","seq":1,"status":"ok","id":""#))
        #expect(lines[0].contains(#""duplicate_of":null,"error":null,"record":{"title":"title 1"},"story":{"title":"story 1"}}"#))
        let decoded = try JSONDecoder().decode(LedgerEntry<Note, Note>.self, from: Data(lines[2].utf8))
        #expect(decoded.seq == 3 && decoded.record == Note(title: "title 3") && decoded.story == Note(title: "story 3") && decoded.id == id(3).hex)
    }

    @Test func reopeningContinuesTheSequenceFromTheIndex() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...5 { try ledger.append { entry($0, id: id(n)) } }
        }
        let ledger = try Ledger(path: fixture.path)
        #expect(ledger.recovery == LedgerRecovery())
        #expect(ledger.lastSeq == 5 && ledger.count == 5)
        let found = try ledger.lines(withID: id(4))
        #expect(found.map(\.seq) == [4])
        #expect(try ledger.lines(withID: id(99)).isEmpty)
    }

    @Test func tornTailIsTruncatedOnOpen() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...2 { try ledger.append { entry($0, id: id(n)) } }
        }
        let whole = fixture.bytes().count
        let torn = #"{"schema":"wirewatch.ledger/1","seq":3,"status":"o"#
        fixture.append(torn)
        let ledger = try Ledger(path: fixture.path)
        #expect(ledger.recovery.truncatedBytes == Int64(torn.utf8.count))
        #expect(fixture.bytes().count == whole)
        try ledger.append { entry($0, id: id(3)) }
        #expect(ledger.lastSeq == 3)
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func verifierReportsATornTailAndRepairFixesIt() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            try ledger.append { entry($0, id: id(1)) }
        }
        let torn = #"{"schema":"wirew"#
        fixture.append(torn)
        let report = try LedgerVerifier.verify(path: fixture.path)
        #expect(report.tornTailBytes == Int64(torn.utf8.count) && !report.isClean)
        let recovery = try LedgerVerifier.repair(path: fixture.path)
        #expect(recovery.truncatedBytes == Int64(torn.utf8.count))
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func missingIndexIsRebuiltFromTheLedger() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...4 { try ledger.append { entry($0, id: id(n)) } }
        }
        try FileManager.default.removeItem(atPath: fixture.path + ".idx")
        let ledger = try Ledger(path: fixture.path)
        #expect(ledger.recovery.rebuiltIndex && ledger.recovery.indexedOnOpen == 4)
        #expect(try ledger.lines(withID: id(2)).map(\.seq) == [2])
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func indexThatDisagreesIsRebuilt() throws {
        let fixture = LedgerFixture()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...3 { try ledger.append { entry($0, id: id(n)) } }
        }
        // Overwrite the last index entry's seq with garbage.
        let indexPath = fixture.path + ".idx"
        var index = Array(FileManager.default.contents(atPath: indexPath)!)
        index[index.count - 16] ^= 0xFF
        try Data(index).write(to: URL(fileURLWithPath: indexPath))
        #expect(try LedgerVerifier.verify(path: fixture.path).indexDisagrees)
        let ledger = try Ledger(path: fixture.path)
        #expect(ledger.recovery.rebuiltIndex)
        #expect(try ledger.lines(withID: id(3)).map(\.seq) == [3])
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
    }

    @Test func indexBehindTheLedgerCatchesUp() throws {
        let fixture = LedgerFixture()
        let indexPath = fixture.path + ".idx"
        var afterTwo = Data()
        do {
            let ledger = try Ledger(path: fixture.path)
            for n in 1...2 { try ledger.append { entry($0, id: id(n)) } }
            afterTwo = FileManager.default.contents(atPath: indexPath)!
            for n in 3...4 { try ledger.append { entry($0, id: id(n)) } }
        }
        try afterTwo.write(to: URL(fileURLWithPath: indexPath))
        let ledger = try Ledger(path: fixture.path)
        #expect(!ledger.recovery.rebuiltIndex && ledger.recovery.indexedOnOpen == 2)
        #expect(try ledger.lines(withID: id(4)).map(\.seq) == [4])
    }

    @Test func duplicateRule() throws {
        let fixture = LedgerFixture()
        let ledger = try Ledger(path: fixture.path)
        try ledger.append { entry($0, id: id(1)) }
        try ledger.append { entry($0, id: id(1), status: .duplicate, duplicateOf: 1) }
        #expect(try ledger.lines(withID: id(1)).map(\.seq) == [1, 2])
        #expect(try LedgerVerifier.verify(path: fixture.path).isClean)
        // The same id again without being marked duplicate breaks the rule.
        try ledger.append { entry($0, id: id(1)) }
        let report = try LedgerVerifier.verify(path: fixture.path)
        #expect(report.problems.contains { $0.contains("seq 3 repeats the id of seq 1") })
    }

    @Test func verifierFindsSeqGapsAndJunk() throws {
        let fixture = LedgerFixture()
        let ledger = try Ledger(path: fixture.path)
        try ledger.append { entry($0, id: id(1)) }
        fixture.append("not json\n")
        let report = try LedgerVerifier.verify(path: fixture.path)
        #expect(report.problems.contains { $0.contains("line 2") && $0.contains("not a valid ledger line") })
    }

    @Test func readerReturnsOnlyCompleteLines() throws {
        let fixture = LedgerFixture()
        let ledger = try Ledger(path: fixture.path)
        try ledger.append { entry($0, id: id(1)) }
        fixture.append(#"{"partial"#)
        var reader = try LedgerReader(path: fixture.path)
        defer { reader.close() }
        #expect(try reader.nextLine() != nil)
        #expect(try reader.nextLine() == nil)
        fixture.append("}\n")
        #expect(try reader.nextLine().map { String(decoding: $0.bytes, as: UTF8.self) } == #"{"partial}"#)
    }

    @Test func escapesAwkwardFileNames() throws {
        let fixture = LedgerFixture()
        let ledger = try Ledger(path: fixture.path)
        try ledger.append { seq in
            var line = entry(seq, id: id(1))
            line.file = "-a \"quoted\"\nname\u{1}\\"
            return line
        }
        let decoded = try JSONDecoder().decode(LedgerLineHeader.self, from: Data(fixture.lines()[0].utf8))
        #expect(decoded.file == "-a \"quoted\"\nname\u{1}\\")
        #expect(fixture.lines().count == 1)
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(LedgerTimestamp.format(secondsSince1970: 1_768_035_600.1234) == "2026-01-10T09:00:00.123Z")
    }
}

@Suite("Reading a line's story without its record")
struct LedgerStoryFieldTests {
    @Test func theStoryValueIsFoundFromTheLineEnd() throws {
        let fixture = LedgerFixture()
        let ledger = try Ledger(path: fixture.path)
        try ledger.append { seq in
            LedgerEntry(
                seq: seq, status: .ok, id: id(1).hex, file: "a.txt", bytes: 1, ingestedAt: "2026-01-10T09:00:00.000Z",
                // A record whose text mimics the key must not be taken for it.
                record: Note(title: #"fake ,"story":{"title":"no"}"#), story: Note(title: "yes")
            )
        }
        try ledger.append { entry($0, id: id(2), status: .rejected) }
        let lines = fixture.lines().map { Array($0.utf8)[...] }
        let found = try #require(LedgerLineHeader.story(ofLine: lines[0]))
        #expect(found.seq == 1)
        #expect(try JSONDecoder().decode(Note.self, from: Data(found.story)) == Note(title: "yes"))
        #expect(LedgerLineHeader.story(ofLine: lines[1]) == nil, "a rejected line's story is null")
        #expect(ledger.offset(ofSeq: 2) == Int64(lines[0].count + 1))
    }
}

@Suite("A ledger on a full disk", .enabled(if: getuid() == 0, "needs root to mount a small tmpfs (CI runs as root)"))
struct FullDiskLedgerTests {
    /// While the disk stays full, a retried append writes nothing: a partial line written and
    /// taken back on every retry would show readers of the ledger a torn tail.
    @Test func aRetryOnAFullDiskWritesNothingUntilALineFits() throws {
        let fixture = LedgerFixture()
        guard mount("tmpfs", fixture.folder, "tmpfs", 0, "size=64k") == 0 else {
            Issue.record("cannot mount a tmpfs on \(fixture.folder): \(String(cString: strerror(errno)))")
            return
        }
        defer { umount2(fixture.folder, Int32(MNT_DETACH)) }
        let ledger = try Ledger(path: fixture.path)
        try ledger.append { entry($0, id: id(1)) }
        // Fill the filesystem; the ledger's last page keeps some slack, too little for a long line.
        let filler = fixture.folder + "/filler"
        let fd = open(filler, O_WRONLY | O_CREAT, 0o644)
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        while chunk.withUnsafeBytes({ write(fd, $0.baseAddress!, $0.count) }) > 0 {}
        close(fd)
        func long(_ seq: Int) -> LedgerEntry<Note, Note> {
            LedgerEntry(seq: seq, status: .ok, id: id(2).hex, file: "long.txt", bytes: 10, ingestedAt: "2026-01-10T09:00:00.000Z",
                        decodedAs: "utf-8", duplicateOf: nil, record: Note(title: String(repeating: "x", count: 8192)), story: nil)
        }
        #expect(throws: LedgerError.self) { try ledger.append(long) }
        var before = stat(), after = stat()
        #expect(stat(fixture.path, &before) == 0)
        usleep(20_000)  // past the kernel's coarse file-time tick
        #expect(throws: LedgerError.self) { try ledger.append(long) }
        #expect(stat(fixture.path, &after) == 0)
        #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        #expect(ledger.count == 1 && fixture.lines().count == 1)
        // Space returns: the same append goes through.
        #expect(unlink(filler) == 0)
        try ledger.append(long)
        #expect(ledger.count == 2 && fixture.lines().count == 2)
    }
}

import Extraction
import Stories
import Foundation
import Glibc
import InMemoryLogging
import Ingest
import IngestTesting
import Ledger
import Logging
import Testing

/// A pipeline over temp folders with a fake clock; everything is removed afterwards.
final class PipelineFixture {
    let folder: TemporaryFolder
    let clock = FakeClock()
    let logs = InMemoryLogHandler()
    let pipeline: IngestPipeline

    init(maxBytes: Int = IngestConfiguration.defaultMaxBytes) throws {
        folder = try TemporaryFolder("pipeline")
        let logs = self.logs
        let logger = Logger(label: "test") { _ in logs }
        pipeline = try IngestPipeline(configuration: folder.daemonConfiguration(maxBytes: maxBytes), clock: clock, logger: logger)
    }

    deinit { folder.remove() }

    @discardableResult
    func drop(_ text: String, as name: String) throws -> DropName {
        try drop(Array(text.utf8), as: name)
    }

    @discardableResult
    func drop(_ bytes: [UInt8], as name: String) throws -> DropName {
        try folder.write(bytes, to: "Drop/" + name)
        return DropName(name)
    }

    func entry(_ outcome: IngestOutcome) -> LedgerEntry<ArticleRecord, StoryLink>? {
        if case .appended(let entry) = outcome { return entry }
        return nil
    }
}

@Suite("Ingesting one input")
struct IngestPipelineTests {
    @Test func articleIsExtractedRecordedAndArchived() throws {
        let fixture = try PipelineFixture()
        let name = try fixture.drop("Quake hits coast\n\nThe ground shook.", as: "quake.txt")
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(name)))
        #expect(entry.status == .ok && entry.seq == 1 && entry.file == "quake.txt")
        #expect(entry.record?.title == "Quake hits coast")
        #expect(entry.ingestedAt == "2026-01-10T09:00:00.000Z")
        #expect(entry.id == ContentID.of(Array("Quake hits coast\n\nThe ground shook.".utf8)).hex)
        #expect(try fixture.folder.names(in: "Drop").isEmpty)
        #expect(try fixture.folder.names(in: "Logs/archive") == ["00000001-quake.txt"])
    }

    @Test func copyUnderAnotherNameIsADuplicate() throws {
        let fixture = try PipelineFixture()
        #expect(fixture.entry(try fixture.pipeline.ingest(try fixture.drop("Same\ntext", as: "first.txt")))?.status == .ok)
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(try fixture.drop("Same\ntext", as: "second.txt"))))
        #expect(entry.status == .duplicate && entry.duplicateOf == 1 && entry.record == nil)
        #expect(try fixture.folder.names(in: "Logs/archive") == ["00000001-first.txt", "00000002-second.txt"])
    }

    @Test func crashBetweenAppendAndMoveOnlyFinishesTheMove() throws {
        let fixture = try PipelineFixture()
        let name = try fixture.drop("Headline\nBody", as: "a.txt")
        #expect(fixture.entry(try fixture.pipeline.ingest(name)) != nil)
        // Put the input back as if the rename had never happened.
        #expect(rename(fixture.folder.appending("Logs/archive/00000001-a.txt"), fixture.folder.appending("Drop/a.txt")) == 0)
        guard case .finishedMove(seq: 1) = try fixture.pipeline.ingest(name) else {
            Issue.record("the leftover input was not recognised as already recorded")
            return
        }
        #expect(fixture.pipeline.ledger.count == 1)
        #expect(try fixture.folder.names(in: "Logs/archive") == ["00000001-a.txt"])
        // The same name and bytes dropped again later is a new input: a duplicate.
        let again = try #require(fixture.entry(try fixture.pipeline.ingest(try fixture.drop("Headline\nBody", as: "a.txt"))))
        #expect(again.status == .duplicate && again.duplicateOf == 1)
    }

    @Test func binaryIsRejectedAndQuarantinedWithAReason() throws {
        let fixture = try PipelineFixture()
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(try fixture.drop([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2], as: "a.out"))))
        #expect(entry.status == .rejected && entry.error?.code == "binary" && entry.record == nil)
        #expect(try fixture.folder.names(in: "Logs/quarantine") == ["00000001-a.out", "00000001-a.out.reason"])
        let reason = try String(contentsOfFile: fixture.folder.appending("Logs/quarantine/00000001-a.out.reason"), encoding: .utf8)
        #expect(reason.hasPrefix("seq 1: binary: it looks binary"))
    }

    @Test func oversizedInputIsRejectedAsTooLarge() throws {
        let fixture = try PipelineFixture(maxBytes: 100)
        let bytes = Array(String(repeating: "word ", count: 50).utf8)
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(try fixture.drop(bytes, as: "long.txt"))))
        #expect(entry.status == .rejected && entry.error?.code == "too_large" && entry.bytes == 250)
        #expect(entry.id == ContentID.of(bytes).hex)
    }

    @Test func fifoIsRejectedWithoutBlocking() throws {
        let fixture = try PipelineFixture()
        #expect(mkfifo(fixture.folder.appending("Drop/pipe"), 0o644) == 0)
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(DropName("pipe"))))
        #expect(entry.status == .rejected && entry.error?.code == "not_regular")
        #expect(try fixture.folder.names(in: "Logs/quarantine").contains("00000001-pipe"))
    }

    @Test func symlinkIsRejectedWithoutBeingFollowed() throws {
        let fixture = try PipelineFixture()
        #expect(symlink("/etc/shadow", fixture.folder.appending("Drop/shadow")) == 0)
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(DropName("shadow"))))
        #expect(entry.status == .rejected && entry.error?.code == "not_regular" && entry.bytes == 11)
    }

    @Test func fileStillOpenForWritingIsLeftForLater() throws {
        let fixture = try PipelineFixture()
        let fd = open(fixture.folder.appending("Drop/open.txt"), O_WRONLY | O_CREAT, 0o644)
        defer { close(fd) }
        _ = write(fd, "Half a headl", 12)
        guard case .skipped = try fixture.pipeline.ingest(DropName("open.txt")) else {
            Issue.record("a file still open for writing was read")
            return
        }
        #expect(fixture.pipeline.ledger.count == 0)
        #expect(try fixture.folder.names(in: "Drop") == ["open.txt"])
    }

    @Test func vanishedAndIgnoredNamesAreSkipped() throws {
        let fixture = try PipelineFixture()
        guard case .skipped = try fixture.pipeline.ingest(DropName("never-there.txt")) else {
            Issue.record("a missing file produced a line")
            return
        }
        try fixture.drop("x\ny", as: "draft.tmp")
        guard case .skipped = try fixture.pipeline.ingest(DropName("draft.tmp")) else {
            Issue.record("an ignored name produced a line")
            return
        }
        #expect(fixture.pipeline.ledger.count == 0)
        #expect(fixture.pipeline.scanDropFolder().isEmpty)
    }

    @Test func folderThatCannotBeCreatedIsNamedWithTheSystemsReason() throws {
        let folder = try TemporaryFolder("pipeline-folder")
        defer { folder.remove() }
        let file = try folder.write(Array("not a folder".utf8), to: "plain-file")
        var configuration = folder.daemonConfiguration()
        configuration.dropFolder = file + "/Drop"
        #expect {
            try IngestPipeline(configuration: configuration, logger: Logger(label: "test"))
        } throws: { error in
            "\(error)" == "cannot use the folder \(file)/Drop: Not a directory. Create it, or make it writable by this user."
        }
    }

    @Test func nonUTF8NameIsArchivedUnderItsOwnBytes() throws {
        let fixture = try PipelineFixture()
        let raw = DropName(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        let path = Array(fixture.folder.appending("Drop/").utf8) + raw.bytes
        let file = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { creat($0.baseAddress!, 0o644) }
        _ = write(file, "Title\nBody", 10)
        close(file)
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(raw)))
        #expect(entry.status == .ok && entry.file == "caf\u{FFFD}.txt")
        #expect(fixture.pipeline.scanDropFolder().isEmpty)
    }
}

@Suite("Story links in the ledger")
struct IngestStoryTests {
    static let report = """
        Two killed in shooting at Elm Park cookout

        Marcus Dale and Terrence Ward were killed when gunfire erupted at a cookout in Elm Park, \
        Springfield police chief Ellen Ortiz said. "This was a family gathering that turned into a nightmare," Ortiz said.
        """
    static let followUp = """
        Police seek sedan after Elm Park cookout shooting

        Springfield police chief Ellen Ortiz said the killing of Marcus Dale and Terrence Ward at an Elm Park \
        cookout was "a family gathering that turned into a nightmare."
        """

    @Test func okLinesCarryAStoryAndARestartedPipelineKeepsLinking() throws {
        let fixture = try PipelineFixture()
        let first = try #require(fixture.entry(try fixture.pipeline.ingest(try fixture.drop(Self.report, as: "a.txt"))))
        #expect(first.story?.id == 1)
        #expect(first.story?.signature.terms.isEmpty == false)
        // A second pipeline over the same folders: its linker comes from the ledger's story fields.
        let logs = InMemoryLogHandler()
        let restarted = try IngestPipeline(
            configuration: fixture.folder.daemonConfiguration(maxBytes: 10 << 20), clock: fixture.clock,
            logger: Logger(label: "test") { _ in logs }
        )
        #expect(restarted.stories.activeArticles == 1)
        try fixture.folder.write(Array(Self.followUp.utf8), to: "Drop/b.txt")
        let second = try #require(fixture.entry(try restarted.ingest(DropName("b.txt"))))
        #expect(second.seq == 2)
        #expect(second.story?.id == 1)
        #expect(second.story?.related.first?.seq == 1)
        // Rejected and duplicate lines have no story.
        let duplicate = try #require(fixture.entry(try restarted.ingest(try fixture.drop(Self.report, as: "c.txt"))))
        #expect(duplicate.status == .duplicate && duplicate.story == nil)
    }
}

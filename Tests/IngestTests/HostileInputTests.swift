import Extraction
import Foundation
import Glibc
import Ingest
import IngestTesting
import Ledger
import Stories
import Testing

/// Issue 7's list of broken and hostile inputs: each gets one ledger line that says what
/// happened (or is left alone for a stated reason), and ingestion goes on afterwards.
@Suite("Hostile and broken inputs")
struct HostileInputTests {
    /// Ingests `name` and returns its line; then checks a normal article still goes through.
    func line(_ fixture: PipelineFixture, _ name: DropName) throws -> LedgerEntry<ArticleRecord, StoryLink> {
        let entry = try #require(fixture.entry(try fixture.pipeline.ingest(name)))
        let after = try #require(fixture.entry(try fixture.pipeline.ingest(try fixture.drop("Still working\n\nThe next article is fine.", as: "after-\(entry.seq).txt"))))
        #expect(after.status == .ok, "the input after \(name) was not ingested")
        return entry
    }

    // MARK: File shapes

    @Test(arguments: [("empty", ""), ("blank", "  \n\t\r\n  \n")])
    func emptyAndWhitespaceOnlyAreRejectedAsEmpty(name: String, text: String) throws {
        let fixture = try PipelineFixture()
        let entry = try line(fixture, try fixture.drop(text, as: name))
        #expect(entry.status == .rejected && entry.error?.code == "empty")
        #expect(try fixture.folder.names(in: "Logs/quarantine").contains("00000001-\(name).reason"))
    }

    @Test func a100MBFileIsRejectedWithoutBeingReadIntoMemory() throws {
        let fixture = try PipelineFixture()
        let path = fixture.folder.appending("Drop/huge.txt")
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        #expect(ftruncate(fd, 100_000_000) == 0)  // sparse: reads as 100 MB of NULs
        close(fd)
        let entry = try line(fixture, DropName("huge.txt"))
        #expect(entry.status == .rejected && entry.error?.code == "too_large" && entry.bytes == 100_000_000)
        #expect(entry.error?.message.contains("--max-bytes") == true)
    }

    @Test func aTenMegabyteLineWithoutNewlineIsRejectedAsTooLarge() throws {
        let fixture = try PipelineFixture()
        let name = try fixture.drop(Array(repeating: UInt8(ascii: "a"), count: 10_000_000), as: "one-line.txt")
        let entry = try line(fixture, name)
        #expect(entry.status == .rejected && entry.error?.code == "too_large")
    }

    @Test func binaryWithNULsIsRejected() throws {
        let fixture = try PipelineFixture()
        let entry = try line(fixture, try fixture.drop([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], as: "image.png"))
        #expect(entry.status == .rejected && entry.error?.code == "binary")
    }

    @Test func invalidUTF8AndLatin1AreReadAsWindows1252() throws {
        let fixture = try PipelineFixture()
        // "Café in Zürich" in Latin-1, and a stray 0x93/0x94 pair (Windows curly quotes).
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(" in Z".utf8) + [0xFC] + Array("rich\n\nHe said ".utf8) + [0x93] + Array("yes".utf8) + [0x94] + Array(".".utf8)
        let entry = try line(fixture, try fixture.drop(latin1, as: "latin1.txt"))
        #expect(entry.status == .ok && entry.decodedAs == "windows-1252")
        #expect(entry.record?.title == "Café in Zürich")
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsDecoded(littleEndian: Bool) throws {
        let fixture = try PipelineFixture()
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in "Flood in Dhaka\n\n“Water everywhere,” she said.".utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let entry = try line(fixture, try fixture.drop(bytes, as: "utf16.txt"))
        #expect(entry.status == .ok && entry.decodedAs == (littleEndian ? "utf-16le" : "utf-16be"))
        #expect(entry.record?.title == "Flood in Dhaka")
    }

    @Test func crlfLineEndsGiveACleanTitle() throws {
        let fixture = try PipelineFixture()
        let entry = try line(fixture, try fixture.drop("Storm hits coast\r\n\r\nWinds reached 150 km/h on Monday.\r\n", as: "crlf.txt"))
        #expect(entry.status == .ok && entry.record?.title == "Storm hits coast")
    }

    // MARK: Text content

    @Test func a100000QuoteMarkArticleIsIngested() throws {
        let fixture = try PipelineFixture()
        let kinds = ["\"", "“", "”", "'", "‘", "’"]
        let marks = (0..<100_000).map { kinds[($0 * 7 + $0 / 3) % kinds.count] }.joined()
        let entry = try line(fixture, try fixture.drop("Quotes\n\n" + marks, as: "quotes.txt"))
        #expect(entry.status == .ok)
    }

    @Test func unbalancedQuotesAreIngested() throws {
        let fixture = try PipelineFixture()
        let text = "Talks stall\n\n" + String(repeating: "The minister said \"we will never agree. Nobody answered. ", count: 1_500)
        let entry = try line(fixture, try fixture.drop(text, as: "unbalanced.txt"))
        #expect(entry.status == .ok)
        // No quote may run past the text it was found in.
        let length = text.unicodeScalars.count
        #expect(entry.record?.quotes.allSatisfy { $0.span.end <= length } == true)
    }

    /// A figure no Int holds once trapped in the story signature and took the daemon down.
    @Test func aHundredDigitFigureIsIngested() throws {
        let fixture = try PipelineFixture()
        let text = "Riots\n\nMore than " + String(repeating: "5", count: 100) + " were injured and " + String(repeating: "9", count: 40) + " killed."
        let entry = try line(fixture, try fixture.drop(text, as: "digits.txt"))
        #expect(entry.status == .ok)
        #expect(entry.record?.toll == CasualtyToll())
    }

    @Test func fiftyThousandCapitalisedWordsInARowAreIngested() throws {
        let fixture = try PipelineFixture()
        let names = ["Putin", "Moscow", "Alpha", "Kremlin", "President", "New", "York", "The"]
        let words = (0..<50_000).map { names[($0 * 5 + $0 / 7) % names.count] }
        let entry = try line(fixture, try fixture.drop("Names\n\n" + words.joined(separator: " ") + ".", as: "caps.txt"))
        #expect(entry.status == .ok)
        #expect(entry.record?.entities.isEmpty == false)
    }

    // MARK: File names

    @Test(arguments: ["line\nbreak.txt", "-leading-dash.txt", "--help"])
    func awkwardNamesAreIngestedAndArchivedUnderThemselves(name: String) throws {
        let fixture = try PipelineFixture()
        let entry = try line(fixture, try fixture.drop("Headline\n\nBody text.", as: name))
        #expect(entry.status == .ok && entry.file == name)
        #expect(try fixture.folder.names(in: "Logs/archive").contains("00000001-" + name))
    }

    // MARK: Not regular files

    @Test func aFolderIsRejectedWithoutBeingEntered() throws {
        let fixture = try PipelineFixture()
        #expect(mkdir(fixture.folder.appending("Drop/sub"), 0o755) == 0)
        let entry = try line(fixture, DropName("sub"))
        #expect(entry.status == .rejected && entry.error?.code == "not_regular")
        #expect(entry.error?.message.hasPrefix("a folder is not a regular file") == true)
    }

    @Test func aSocketIsRejectedWithoutBeingConnected() throws {
        let fixture = try PipelineFixture()
        let listener = try NotifySocketListener(path: fixture.folder.appending("Drop/sock"))
        let entry = try line(fixture, DropName("sock"))
        #expect(entry.status == .rejected && entry.error?.code == "not_regular")
        #expect(entry.error?.message.hasPrefix("a socket") == true)
        #expect(listener.messages.isEmpty)
    }

    // MARK: Races

    @Test func anUnreadableFileIsQuarantinedWithWhatToDo() throws {
        let fixture = try PipelineFixture()
        let name = try fixture.drop("Secret\n\nBody.", as: "secret.txt")
        #expect(chmod(fixture.folder.appending("Drop/secret.txt"), 0) == 0)
        // Root reads anything; take away this thread's power to do so while it ingests.
        let entry = try WithoutFilePermissionOverride.run { try fixture.entry(fixture.pipeline.ingest(name)) }
        let line = try #require(entry)
        #expect(line.status == .rejected && line.error?.code == "io")
        #expect(line.error?.message.contains("Permission denied. Make it readable by the user wirewatch runs as") == true)
    }

    @Test func aScanHoldsAtMostItsLimitOldestFirst() throws {
        let fixture = try PipelineFixture()
        for i in (0..<7).reversed() {
            try fixture.drop("Article \(i)\n\nBody.", as: "a\(i).txt")
            // Older mtimes for lower numbers, whatever the order of writing.
            var times = [timespec(tv_sec: 1_700_000_000 + i, tv_nsec: 0), timespec(tv_sec: 1_700_000_000 + i, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, fixture.folder.appending("Drop/a\(i).txt"), &times, 0) == 0)
        }
        #expect(fixture.pipeline.scanDropFolder(limit: 3).map(\.description) == ["a0.txt", "a1.txt", "a2.txt"])
        #expect(fixture.pipeline.scanDropFolder().count == 7)
    }
}

/// Clears CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the calling thread's effective set
/// for the length of `body` (capabilities are per thread on Linux), so a test run as root
/// meets permission bits like any other user. A no-op for other users.
enum WithoutFilePermissionOverride {
    private struct Header { var version: UInt32 = 0x2008_0522; var pid: Int32 = 0 }
    private struct Set { var effective: UInt32 = 0; var permitted: UInt32 = 0; var inheritable: UInt32 = 0 }

    static func run<T>(_ body: () throws -> T) throws -> T {
        var header = Header()
        var sets = [Set(), Set()]
        guard getuid() == 0, capget(&header, &sets) == 0 else { return try body() }
        let saved = sets
        sets[0].effective &= ~UInt32((1 << 1) | (1 << 2))
        _ = capset(&header, &sets)
        defer {
            var restored = saved
            _ = capset(&header, &restored)
        }
        return try body()
    }
}

// glibc's wrappers of the two system calls; the Glibc module does not import <sys/capability.h>.
@_silgen_name("capget") private func capget(_ header: UnsafeMutableRawPointer, _ data: UnsafeMutableRawPointer) -> Int32
@_silgen_name("capset") private func capset(_ header: UnsafeMutableRawPointer, _ data: UnsafeMutableRawPointer) -> Int32

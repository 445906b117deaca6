import Ingest
import Logging
import Testing

@Suite("Configuration file")
struct ConfigurationFileTests {
    @Test func parsesEveryKeyWithCommentsAndBlankLines() throws {
        let file = try ConfigurationFile.parse("""
            # Wirewatch
            drop = /srv/wirewatch/drop   # producers write here

            ledger=/var/log/wirewatch/ledger.jsonl
            archive = /srv/wirewatch/archive
            quarantine = /srv/wirewatch/quarantine
            max_bytes = 2MiB
            ignore = .*, *.tmp ,*~
            log_level = notice
            """)
        #expect(file == ConfigurationFile(
            drop: "/srv/wirewatch/drop", ledger: "/var/log/wirewatch/ledger.jsonl", archive: "/srv/wirewatch/archive",
            quarantine: "/srv/wirewatch/quarantine", maxBytes: 2 << 20, ignore: [".*", "*.tmp", "*~"], logLevel: "notice"))
    }

    @Test(arguments: [
        ("colour = blue", "1: unknown key 'colour'"),
        ("max_bytes = lots", "1: max_bytes takes a size"),
        ("drop /srv", "1: expected `key = value`"),
        ("\nlog_level = loud", "2: log_level is one of"),
    ])
    func rejectsMistakesWithTheLine(text: String, message: String) {
        #expect {
            try ConfigurationFile.parse(text, path: "w.conf")
        } throws: { error in
            "\(error)".hasPrefix("w.conf:") && "\(error)".contains(message)
        }
    }

    @Test func sizes() {
        #expect(parseByteSize("10MiB") == 10 << 20)
        #expect(parseByteSize("500KB") == 500_000)
        #expect(parseByteSize("1048576") == 1_048_576)
        #expect(parseByteSize("ten") == nil)
    }
}

@Suite("Journal fields")
struct JournalLogHandlerTests {
    @Test func metadataKeysBecomeJournalFieldNames() {
        #expect(JournalLogHandler.fieldName("file") == "FILE")
        #expect(JournalLogHandler.fieldName("duplicate_of") == "DUPLICATE_OF")
        #expect(JournalLogHandler.fieldName("sl-service") == "SL_SERVICE")
    }

    @Test func prioritiesFollowSyslog() {
        #expect([Logger.Level.debug, .info, .notice, .warning, .error, .critical].map(JournalLogHandler.priority) == [7, 6, 5, 4, 3, 2])
    }

    @Test func sharedLevelChangesEveryHandler() {
        let level = SharedLogLevel(.info)
        let a = LevelFollowingLogHandler(wrapping: SwiftLogNoOpLogHandler(), level: level)
        let b = JournalLogHandler(identifier: "x", level: level)
        level.current = .debug
        #expect(a.logLevel == .debug && b.logLevel == .debug)
    }
}

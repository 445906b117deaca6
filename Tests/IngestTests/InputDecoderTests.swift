import Ingest
import Testing

@Suite("Decoding inputs")
struct InputDecoderTests {
    func decoded(_ bytes: [UInt8]) -> DecodedInput? {
        if case .success(let input) = InputDecoder.decode(bytes) { return input }
        return nil
    }

    @Test func utf8WithAndWithoutBOM() {
        #expect(decoded(Array("Caf\u{e9} news".utf8)) == DecodedInput(text: "Caf\u{e9} news", encoding: "utf-8"))
        #expect(decoded([0xEF, 0xBB, 0xBF] + Array("Hi".utf8)) == DecodedInput(text: "Hi", encoding: "utf-8-bom"))
    }

    @Test func utf16WithBOM() {
        let text = "Kyiv “news” 𝕏"
        let units = Array(text.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(decoded(le) == DecodedInput(text: text, encoding: "utf-16le"))
        #expect(decoded(be) == DecodedInput(text: text, encoding: "utf-16be"))
    }

    @Test func invalidUTF8IsReadAsWindows1252() {
        // 0x93/0x94 are curly quotes in Windows-1252, 0xE9 is é in Latin-1.
        #expect(decoded([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94]) == DecodedInput(text: "“Café”", encoding: "windows-1252"))
    }

    @Test func nulBytesMeanBinary() {
        guard case .failure(.binary) = InputDecoder.decode([0x41, 0x00, 0x42]) else {
            Issue.record("NUL bytes were accepted as text")
            return
        }
    }

    @Test func denseControlCharactersMeanBinary() {
        let bytes = (0..<400).map { UInt8(($0 * 37) % 31 + 1) }  // no NUL, mostly controls
        guard case .failure(.binary) = InputDecoder.decode(bytes) else {
            Issue.record("control-character soup was accepted as text")
            return
        }
    }

    @Test func emptyAndWhitespaceOnlyAreRejected() {
        #expect(InputDecoder.decode([]) == .failure(.empty))
        #expect(InputDecoder.decode(Array(" \n\t\r\n".utf8)) == .failure(.empty))
    }

    @Test func crlfTextIsKeptAsIs() {
        #expect(decoded(Array("Title\r\nBody\r\n".utf8))?.text == "Title\r\nBody\r\n")
    }
}

@Suite("Ignored names")
struct IgnoreRuleTests {
    @Test(arguments: [".hidden", "draft.tmp", "upload.part", ".article.txt.swp", "notes.txt.swp", "backup~"])
    func ignored(name: String) {
        #expect(IgnoreRule().ignores(DropName(name)))
    }

    @Test(arguments: ["article.txt", "-leading-dash.txt", "tmp.txt", "part"])
    func accepted(name: String) {
        #expect(!IgnoreRule().ignores(DropName(name)))
    }
}

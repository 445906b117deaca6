import ArgumentParser
import Extraction
import Foundation
import Ingest

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the extraction record of each file, one JSON line each.",
        discussion: """
            With --jsonl, reads lines {"id": ..., "text": ...} on standard input and writes \
            {"id": ..., "record": ...} lines, for piping whole corpora.
            """
    )

    @Flag(help: "Read {\"id\",\"text\"} lines on standard input instead of files.")
    var jsonl = false
    @Flag(help: "Indent the JSON for reading.")
    var pretty = false
    @Argument(help: "Article files to extract.")
    var files: [String] = []

    struct FileOutput: Encodable {
        let file: String
        let decodedAs: String
        let record: ArticleRecord
        enum CodingKeys: String, CodingKey { case file, decodedAs = "decoded_as", record }
    }

    struct LineInput: Decodable {
        let id: IDValue
        let text: String
    }

    /// Corpus ids may be strings or numbers; either comes back as it went in.
    enum IDValue: Codable {
        case string(String), number(Int)
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .string(try c.decode(String.self)) }
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .string(let s): try c.encode(s)
            case .number(let n): try c.encode(n)
            }
        }
    }

    struct LineOutput: Encodable {
        let id: IDValue
        let record: ArticleRecord
    }

    func validate() throws {
        if jsonl == !files.isEmpty {
            throw ValidationError(jsonl ? "--jsonl reads standard input; give no files with it" : "give one or more files, or --jsonl")
        }
    }

    func run() throws {
        let extractor = try ArticleExtractor.withBundledModel()
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.withoutEscapingSlashes, .sortedKeys, .prettyPrinted] : [.withoutEscapingSlashes, .sortedKeys]
        var failed = false
        if jsonl {
            var lineNumber = 0
            while let line = readLine(strippingNewline: true) {
                lineNumber += 1
                guard !line.isEmpty else { continue }
                guard let input = try? JSONDecoder().decode(LineInput.self, from: Data(line.utf8)) else {
                    printError("line \(lineNumber): expected {\"id\": ..., \"text\": \"...\"}")
                    failed = true
                    continue
                }
                let output = LineOutput(id: input.id, record: extractor.extract(input.text))
                print(String(decoding: try encoder.encode(output), as: UTF8.self))
            }
        } else {
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    printError("\(file): cannot be read; check the path and its permissions")
                    failed = true
                    continue
                }
                switch InputDecoder.decode(Array(data)) {
                case .success(let decoded):
                    let output = FileOutput(file: file, decodedAs: decoded.encoding, record: extractor.extract(decoded.text))
                    print(String(decoding: try encoder.encode(output), as: UTF8.self))
                case .failure(let failure):
                    printError("\(file): not an article: \(failure)")
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(1) }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("wirewatch: \(message)\n".utf8))
}

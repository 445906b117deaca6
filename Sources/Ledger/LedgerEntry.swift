public import Foundation

/// What happened to one input.
public enum LedgerStatus: String, Sendable, Codable {
    /// Read, decoded and extracted.
    case ok
    /// Same bytes as an earlier input; `duplicate_of` names that line's seq.
    case duplicate
    /// Not ingested; `error` says why, and the input went to quarantine.
    case rejected
}

/// Why an input was rejected.
public struct RejectionReason: Sendable, Equatable, Codable {
    /// One of `binary`, `too_large`, `not_regular`, `decode`, `empty` or `io`.
    public var code: String
    /// A sentence for a person: what was wrong and what to do.
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// One line of the ledger, the contract `wirewatch.ledger/1`.
///
/// `Record` is the extraction record and `Story` the story link of an `ok` line; the ledger
/// itself never looks inside either, which keeps this target independent of both.
public struct LedgerEntry<Record: Codable & Sendable, Story: Codable & Sendable>: Sendable {
    public static var schema: String { "wirewatch.ledger/1" }

    public var schema: String
    /// Position in the ledger: 1 for the first line, rising by one.
    public var seq: Int
    public var status: LedgerStatus
    /// SHA-256 of the input's bytes (for inputs never read, of a description of the file itself).
    public var id: String
    /// The name as dropped (bytes that are not UTF-8 appear as U+FFFD).
    public var file: String
    public var bytes: Int
    /// UTC, millisecond precision: `2026-01-10T09:00:00.123Z`.
    public var ingestedAt: String
    /// The text encoding the input was read as (`utf-8`, `utf-16le`, `windows-1252`, ...).
    public var decodedAs: String?
    public var duplicateOf: Int?
    public var error: RejectionReason?
    public var record: Record?
    /// Which story the article joined; `ok` lines only.
    public var story: Story?

    public init(
        seq: Int, status: LedgerStatus, id: String, file: String, bytes: Int, ingestedAt: String,
        decodedAs: String? = nil, duplicateOf: Int? = nil, error: RejectionReason? = nil, record: Record? = nil,
        story: Story? = nil
    ) {
        self.schema = Self.schema
        self.seq = seq
        self.status = status
        self.id = id
        self.file = file
        self.bytes = bytes
        self.ingestedAt = ingestedAt
        self.decodedAs = decodedAs
        self.duplicateOf = duplicateOf
        self.error = error
        self.record = record
        self.story = story
    }
}

extension LedgerEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case schema, seq, status, id, file, bytes, ingestedAt = "ingested_at", decodedAs = "decoded_as"
        case duplicateOf = "duplicate_of", error, record, story
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schema = try c.decode(String.self, forKey: .schema)
        seq = try c.decode(Int.self, forKey: .seq)
        status = try c.decode(LedgerStatus.self, forKey: .status)
        id = try c.decode(String.self, forKey: .id)
        file = try c.decode(String.self, forKey: .file)
        bytes = try c.decode(Int.self, forKey: .bytes)
        ingestedAt = try c.decode(String.self, forKey: .ingestedAt)
        decodedAs = try c.decodeIfPresent(String.self, forKey: .decodedAs)
        duplicateOf = try c.decodeIfPresent(Int.self, forKey: .duplicateOf)
        error = try c.decodeIfPresent(RejectionReason.self, forKey: .error)
        record = try c.decodeIfPresent(Record.self, forKey: .record)
        story = try c.decodeIfPresent(Story.self, forKey: .story)
    }

    // Key order is the documented one, and nulls are written out, not left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(seq, forKey: .seq)
        try c.encode(status, forKey: .status)
        try c.encode(id, forKey: .id)
        try c.encode(file, forKey: .file)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(ingestedAt, forKey: .ingestedAt)
        try c.encode(decodedAs, forKey: .decodedAs)
        try c.encode(duplicateOf, forKey: .duplicateOf)
        try c.encode(error, forKey: .error)
        try c.encode(record, forKey: .record)
        try c.encode(story, forKey: .story)
    }
}

/// A record type that reads any `record` value and keeps nothing of it,
/// for tools that need only a line's header (verify, the index, recovery).
public struct SkippedRecord: Codable, Sendable {
    public init() {}
    public init(from decoder: any Decoder) throws {}
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encodeNil()
    }
}

/// A ledger line with its record left unread.
public typealias LedgerLineHeader = LedgerEntry<SkippedRecord, SkippedRecord>

extension LedgerEntry {
    /// The line as written to the ledger, without its newline: header keys in the
    /// documented order, then the record (its own keys sorted, so equal records give equal bytes).
    public func jsonLine(recordEncoder: JSONEncoder) throws -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(512)
        func key(_ name: String) {
            out.append(out.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
            JSONText.appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        func string(_ value: String?) {
            if let value { JSONText.appendString(value, to: &out) } else { out.append(contentsOf: JSONText.null) }
        }
        func number(_ value: Int?) {
            out.append(contentsOf: value.map { Array(String($0).utf8) } ?? JSONText.null)
        }
        key("schema"); string(schema)
        key("seq"); number(seq)
        key("status"); string(status.rawValue)
        key("id"); string(id)
        key("file"); string(file)
        key("bytes"); number(bytes)
        key("ingested_at"); string(ingestedAt)
        key("decoded_as"); string(decodedAs)
        key("duplicate_of"); number(duplicateOf)
        key("error")
        if let error {
            out.append(UInt8(ascii: "{"))
            JSONText.appendString("code", to: &out)
            out.append(UInt8(ascii: ":"))
            JSONText.appendString(error.code, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendString("message", to: &out)
            out.append(UInt8(ascii: ":"))
            JSONText.appendString(error.message, to: &out)
            out.append(UInt8(ascii: "}"))
        } else {
            out.append(contentsOf: JSONText.null)
        }
        key("record")
        if let record { out.append(contentsOf: try recordEncoder.encode(record)) } else { out.append(contentsOf: JSONText.null) }
        key("story")
        if let story { out.append(contentsOf: try recordEncoder.encode(story)) } else { out.append(contentsOf: JSONText.null) }
        out.append(UInt8(ascii: "}"))
        return out
    }
}

extension LedgerEntry {
    /// A line's seq and the bytes of its `story` value, found without parsing its record:
    /// `story` is the last key, and inside the record the same characters would be escaped.
    /// Nil when the line has no story.
    public static func story(ofLine line: ArraySlice<UInt8>) -> (seq: Int, story: ArraySlice<UInt8>)? {
        let key = Array(#","story":"#.utf8)
        guard line.count > key.count + 2, line.last == UInt8(ascii: "}"), let header = LineHeaderScanner.scan(line) else { return nil }
        var start = line.endIndex - key.count - 1
        while start >= line.startIndex {
            if line[start] == key[0], line[start..<(start + key.count)].elementsEqual(key) {
                let value = line[(start + key.count)..<(line.endIndex - 1)]
                return value.elementsEqual(JSONText.null) ? nil : (header.seq, value)
            }
            start -= 1
        }
        return nil
    }
}

/// JSON string escaping for the hand-written line header.
enum JSONText {
    static let null = Array("null".utf8)

    static func appendString(_ value: String, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

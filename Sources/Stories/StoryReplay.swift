import Extraction

/// Reads the story id and signature out of a ledger line's `story` value without
/// `JSONDecoder`, which takes about half a millisecond a line: too slow to replay
/// ten thousand lines at start-up. The value is our own compact JSON, so a small
/// scanner suffices; anything it does not expect makes it give up (nil), and the
/// caller falls back to the decoder.
public enum StoryReplay {
    public static func read(_ bytes: ArraySlice<UInt8>) -> (id: Int, signature: StorySignature)? {
        var scanner = Scanner(bytes: bytes)
        guard scanner.expect(UInt8(ascii: "{")) else { return nil }
        var id: Int?
        var signature: StorySignature?
        while true {
            guard let key = scanner.string(), scanner.expect(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "id": id = scanner.unsigned().map(Int.init)
            case "signature": signature = readSignature(&scanner)
            default: guard scanner.skipValue() else { return nil }
            }
            if scanner.expect(UInt8(ascii: ",")) { continue }
            guard scanner.expect(UInt8(ascii: "}")) else { return nil }
            break
        }
        guard let id, let signature else { return nil }
        return (id, signature)
    }

    private static func readSignature(_ scanner: inout Scanner) -> StorySignature? {
        guard scanner.expect(UInt8(ascii: "{")) else { return nil }
        var signature = StorySignature(terms: [], simhash: 0, date: nil)
        var sawSimhash = false
        while true {
            guard let key = scanner.string(), scanner.expect(UInt8(ascii: ":")) else { return nil }
            if key == "simhash" || key == "date" {
                if scanner.expectNull() { /* no date */ } else {
                    guard let text = scanner.string() else { return nil }
                    if key == "simhash" {
                        guard let value = UInt64(text, radix: 16) else { return nil }
                        signature.simhash = value
                        sawSimhash = true
                    } else {
                        signature.date = CivilDate(iso: text)
                    }
                }
            } else {
                guard let list = scanner.unsignedList() else { return nil }
                // A bucket outside the feature space, or a list out of order, goes to the decoder, which says why.
                let space = UInt64(1) << UInt64(FeatureHash.bucketBits)
                func buckets() -> [UInt32]? {
                    for k in list.indices where list[k] >= space || (k > 0 && list[k] <= list[k - 1]) { return nil }
                    return list.map { UInt32(truncatingIfNeeded: $0) }
                }
                switch key {
                case "terms":
                    guard list.count % 2 == 0 else { return nil }
                    guard !stride(from: 0, to: list.count, by: 2).contains(where: { list[$0] >= space }) else { return nil }
                    signature.terms = stride(from: 0, to: list.count, by: 2).map { .init(term: UInt32(truncatingIfNeeded: list[$0]), count: Int(list[$0 + 1])) }
                case "days":
                    guard list.indices.allSatisfy({ list[$0] <= UInt32.max && ($0 == 0 || list[$0] > list[$0 - 1]) }) else { return nil }
                    signature.days = list.map { UInt32(truncatingIfNeeded: $0) }
                case "lines", "entities", "people", "places", "title", "quotes", "figures", "protagonists":
                    guard let values = buckets() else { return nil }
                    switch key {
                    case "lines": signature.lines = values
                    case "entities": signature.entities = values
                    case "people": signature.people = values
                    case "places": signature.places = values
                    case "title": signature.title = values
                    case "quotes": signature.quotes = values
                    case "figures": signature.figures = values
                    default: signature.protagonists = values
                    }
                default: break
                }
            }
            if scanner.expect(UInt8(ascii: ",")) { continue }
            guard scanner.expect(UInt8(ascii: "}")) else { return nil }
            return sawSimhash ? signature : nil
        }
    }

    private struct Scanner {
        let bytes: ArraySlice<UInt8>
        var at: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            at = bytes.startIndex
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            guard at < bytes.endIndex, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        mutating func expectNull() -> Bool {
            guard bytes.endIndex - at >= 4, bytes[at..<(at + 4)].elementsEqual("null".utf8) else { return false }
            at += 4
            return true
        }

        /// A string without escapes (keys, hex, dates, evidence names); nil otherwise.
        mutating func string() -> String? {
            guard expect(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.endIndex, bytes[at] != UInt8(ascii: "\"") {
                if bytes[at] == UInt8(ascii: "\\") { return nil }
                at += 1
            }
            guard at < bytes.endIndex else { return nil }
            defer { at += 1 }
            return String(decoding: bytes[start..<at], as: UTF8.self)
        }

        mutating func unsigned() -> UInt64? {
            let start = at
            var value: UInt64 = 0
            while at < bytes.endIndex, bytes[at] >= 0x30, bytes[at] <= 0x39, at - start < 19 {
                value = value * 10 + UInt64(bytes[at] - 0x30)
                at += 1
            }
            return at > start ? value : nil
        }

        mutating func unsignedList() -> [UInt64]? {
            guard expect(UInt8(ascii: "[")) else { return nil }
            var list: [UInt64] = []
            if expect(UInt8(ascii: "]")) { return list }
            while true {
                guard let value = unsigned() else { return nil }
                list.append(value)
                if expect(UInt8(ascii: ",")) { continue }
                return expect(UInt8(ascii: "]")) ? list : nil
            }
        }

        /// Skips any value, tracking nesting and strings.
        mutating func skipValue() -> Bool {
            var depth = 0
            var inString = false
            while at < bytes.endIndex {
                let byte = bytes[at]
                if inString {
                    if byte == UInt8(ascii: "\\") { at += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
                } else {
                    switch byte {
                    case UInt8(ascii: "\""): inString = true
                    case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"):
                        if depth == 0 { return true }
                        depth -= 1
                    case UInt8(ascii: ","): if depth == 0 { return true }
                    default: break
                    }
                }
                at += 1
            }
            return false
        }
    }
}

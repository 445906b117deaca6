/// Reads `seq` and `id` from the start of a ledger line without a JSON parse.
///
/// The writer always puts `schema`, `seq`, `status` and `id` first, so a byte scan of the
/// line's head finds them; anything unusual falls back to a real JSON decode by the caller.
enum LineHeaderScanner {
    struct Header: Equatable {
        var seq: Int
        var id: ContentID
    }

    private static let seqKey = Array(#""seq":"#.utf8)
    private static let idKey = Array(#""id":""#.utf8)

    static func scan(_ line: some RandomAccessCollection<UInt8>) -> Header? {
        let head = Array(line.prefix(320))
        guard let seqAt = find(seqKey, in: head), let idAt = find(idKey, in: head) else { return nil }
        var seq = 0
        var index = seqAt + seqKey.count
        let digitsStart = index
        while index < head.count, head[index] >= UInt8(ascii: "0"), head[index] <= UInt8(ascii: "9"), index - digitsStart < 18 {
            seq = seq * 10 + Int(head[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > digitsStart else { return nil }
        let hexStart = idAt + idKey.count
        guard hexStart + 65 <= head.count, head[hexStart + 64] == UInt8(ascii: "\""),
            let id = ContentID(hex: String(decoding: head[hexStart..<hexStart + 64], as: UTF8.self))
        else { return nil }
        return Header(seq: seq, id: id)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return start }
        }
        return nil
    }
}

/// A half-open range `[start, end)` of Unicode code points in the decoded input text.
///
/// Encoded as a two-element JSON array, so `text[start:end]` in Python gives the item back.
public struct Span: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start must not exceed its end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension Span: Codable {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        guard start >= 0, start <= end else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "span [\(start), \(end)) is not a valid range")
        }
        self.init(start, end)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }
}

/// Character classes with an ASCII fast path: Unicode property lookups are costly and most news
/// text is ASCII.
extension Unicode.Scalar {
    @inline(__always) var isUpper: Bool { value < 0x80 ? (value >= 65 && value <= 90) : properties.isUppercase }
    @inline(__always) var isLower: Bool { value < 0x80 ? (value >= 97 && value <= 122) : properties.isLowercase }
    @inline(__always) var isLetter: Bool {
        value < 0x80 ? ((value | 0x20) >= 97 && (value | 0x20) <= 122) : properties.isAlphabetic
    }
    @inline(__always) var isDigit: Bool { value < 0x80 ? (value >= 48 && value <= 57) : properties.numericType != nil }
    @inline(__always) var isSpaceLike: Bool {
        value < 0x80 ? (value == 32 || (value >= 9 && value <= 13)) : properties.isWhitespace
    }
}

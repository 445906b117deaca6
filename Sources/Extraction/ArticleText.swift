/// The decoded text of one article, indexed by Unicode code point.
///
/// Spans everywhere in the record count code points, not UTF-16 units or grapheme
/// clusters, so the core works on an array of scalars for O(1) slicing.
public struct ArticleText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Text already split into code points.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    public var count: Int { scalars.count }

    /// The text covered by `span`.
    public subscript(span: Span) -> String {
        String(scalars: scalars[span.start..<span.end])
    }

    /// Lines as spans without their terminators (`\n`, `\r\n` or a lone `\r`).
    public func lineSpans() -> [Span] {
        var lines: [Span] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Span(start, index))
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                    index += 1
                }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count { lines.append(Span(start, scalars.count)) }
        return lines
    }

    /// `span` without leading and trailing white space (an empty span stays where it was).
    public func trimmed(_ span: Span) -> Span {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].isSpaceLike { start += 1 }
        while end > start, scalars[end - 1].isSpaceLike { end -= 1 }
        return Span(start, end)
    }
}

extension String {
    /// The string of `scalars`, encoded straight into UTF-8: appending to a
    /// `UnicodeScalarView` one scalar at a time cost a tenth of extraction.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: value)
                    k += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[k] = byte
                        k += 1
                    }
                }
            }
            return k
        }
    }
}

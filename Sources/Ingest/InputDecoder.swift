/// The text of an input, and how its bytes were read.
public struct DecodedInput: Sendable, Equatable {
    public var text: String
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be` or `windows-1252`.
    public var encoding: String

    public init(text: String, encoding: String) {
        self.text = text
        self.encoding = encoding
    }
}

/// Why bytes could not be read as an article.
public enum DecodeFailure: Error, Equatable, Sendable {
    /// NUL bytes, or too many control characters for text.
    case binary(String)
    /// A byte order mark promised UTF-16, and the bytes are not.
    case invalid(String)
    /// Nothing but white space.
    case empty
}

/// Turns an input's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// and otherwise Windows-1252, which never fails and covers Latin-1 files.
public enum InputDecoder {
    public static func decode(_ bytes: [UInt8]) -> Result<DecodedInput, DecodeFailure> {
        let decoded: DecodedInput
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            guard bytes.count % 2 == 0 else {
                return .failure(.invalid("it starts with a UTF-16 byte order mark but has an odd number of bytes"))
            }
            var units = [UInt16]()
            units.reserveCapacity(bytes.count / 2 - 1)
            var i = 2
            while i + 1 < bytes.count {
                units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            guard let text = String(validating: units, as: UTF16.self) else {
                return .failure(.invalid("it starts with a UTF-16 byte order mark but holds unpaired surrogates"))
            }
            if text.unicodeScalars.contains("\0") {
                return .failure(.binary("it contains NUL characters"))
            }
            decoded = DecodedInput(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be")
        } else {
            if let nul = bytes.firstIndex(of: 0) {
                return .failure(.binary("it contains a NUL byte at offset \(nul)"))
            }
            // Text has few control characters besides tab, newline, form feed and CR.
            let controls = bytes.lazy.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0C && $0 != 0x0D || $0 == 0x7F }.count
            if controls > 8 && controls * 100 > bytes.count {
                return .failure(.binary("\(controls) of its \(bytes.count) bytes are control characters"))
            }
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
            if let text = String(validating: body, as: UTF8.self) {
                decoded = DecodedInput(text: text, encoding: hasBOM ? "utf-8-bom" : "utf-8")
            } else {
                decoded = DecodedInput(text: windows1252(body), encoding: "windows-1252")
            }
        }
        if decoded.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            return .failure(.empty)
        }
        return .success(decoded)
    }

    /// Windows-1252 as browsers read it: the five undefined bytes map to C1 controls.
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80, byte < 0xA0 {
                scalars.append(Unicode.Scalar(cp1252High[Int(byte - 0x80)])!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

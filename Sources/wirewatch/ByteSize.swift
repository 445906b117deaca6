import ArgumentParser

/// A size given on the command line: `10MiB`, `512KB`, `1048576`.
struct ByteSize: ExpressibleByArgument, CustomStringConvertible {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.trimmingPrefix(while: \.isWhitespace)
        let digits = text.prefix { $0.isNumber }
        guard let value = Int(digits) else { return nil }
        let units: [String: Int] = [
            "": 1, "b": 1, "k": 1 << 10, "kb": 1000, "kib": 1 << 10, "m": 1 << 20, "mb": 1_000_000, "mib": 1 << 20,
            "g": 1 << 30, "gb": 1_000_000_000, "gib": 1 << 30,
        ]
        guard let unit = units[text.dropFirst(digits.count).lowercased()] else { return nil }
        bytes = value * unit
    }

    var description: String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20)MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10)KiB" }
        return "\(bytes)"
    }
}

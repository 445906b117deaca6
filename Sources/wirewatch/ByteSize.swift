import ArgumentParser
import Ingest

/// A size given on the command line: `10MiB`, `512KB`, `1048576`.
struct ByteSize: ExpressibleByArgument, CustomStringConvertible, Sendable {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        guard let bytes = parseByteSize(argument) else { return nil }
        self.bytes = bytes
    }

    var description: String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20)MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10)KiB" }
        return "\(bytes)"
    }
}

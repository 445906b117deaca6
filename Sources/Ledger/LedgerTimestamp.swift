import Glibc

/// Formats instants as the ledger's `ingested_at`: UTC with milliseconds.
public enum LedgerTimestamp {
    /// `2026-01-10T09:00:00.123Z` for `secondsSince1970`.
    public static func format(secondsSince1970: Double) -> String {
        let millis = Int64((secondsSince1970 * 1000).rounded(.down))
        var seconds = time_t(millis / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
            + ".\(pad(Int32(millis % 1000), 3))Z"
    }
}

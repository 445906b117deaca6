import Foundation
import Glibc

/// What `wirewatch verify` found.
public struct LedgerReport: Sendable {
    public var lines = 0
    /// Bytes after the last newline: a torn tail that `--repair` truncates.
    public var tornTailBytes: Int64 = 0
    /// One sentence per problem, in ledger order.
    public var problems: [String] = []
    /// True when the index did not match the ledger (the daemon rebuilds it on start).
    public var indexDisagrees = false

    public var isClean: Bool { problems.isEmpty && tornTailBytes == 0 && !indexDisagrees }
}

/// Checks a ledger without changing it: every line parses, seq rises by one from 1,
/// ids are unique (a `duplicate` line must point at an earlier line with its id), and
/// the index and id table agree with the ledger.
public enum LedgerVerifier {
    /// Checks the ledger at `path`. Reports at most `limit` problems in detail.
    public static func verify(path: String, limit: Int = 50) throws -> LedgerReport {
        var report = LedgerReport()
        var reader = try LedgerReader(path: path)
        defer { reader.close() }
        let decoder = JSONDecoder()
        var seqOfID: [String: Int] = [:]
        var expectedSeq = 1
        var observed: [(offset: Int64, seq: Int, id: String)] = []
        func problem(_ text: String) {
            if report.problems.count < limit { report.problems.append(text) }
            else if report.problems.count == limit { report.problems.append("(more problems not shown)") }
        }
        while let (offset, bytes) = try reader.nextLine() {
            report.lines += 1
            guard let header = try? decoder.decode(LedgerLineHeader.self, from: Data(bytes)) else {
                problem("line \(report.lines) (byte \(offset)) is not a valid ledger line")
                expectedSeq += 1
                continue
            }
            if header.schema != LedgerLineHeader.schema {
                problem("line \(report.lines) has schema \(header.schema), expected \(LedgerLineHeader.schema)")
            }
            if header.seq != expectedSeq {
                problem("line \(report.lines) has seq \(header.seq), expected \(expectedSeq)")
            }
            expectedSeq = header.seq + 1
            if ContentID(hex: header.id) == nil {
                problem("seq \(header.seq) has an id that is not 64 hex digits")
            }
            switch header.status {
            case .duplicate:
                guard let original = header.duplicateOf else {
                    problem("seq \(header.seq) is a duplicate without duplicate_of")
                    break
                }
                if seqOfID[header.id] != original {
                    problem("seq \(header.seq) says duplicate_of \(original), but the first line with its id is \(seqOfID[header.id].map(String.init) ?? "absent")")
                }
            case .ok, .rejected:
                if let earlier = seqOfID[header.id] {
                    problem("seq \(header.seq) repeats the id of seq \(earlier) without being marked duplicate")
                } else {
                    seqOfID[header.id] = header.seq
                }
                if header.status == .rejected, header.error == nil {
                    problem("seq \(header.seq) is rejected without an error")
                }
            }
            observed.append((offset, header.seq, header.id))
        }
        let size = Int64(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
        report.tornTailBytes = size - reader.offset
        if report.tornTailBytes > 0 {
            problem("the last \(report.tornTailBytes) bytes are a torn line (run with --repair to truncate them)")
        }
        report.indexDisagrees = !indexAgrees(indexPath: path + ".idx", with: observed)
        if report.indexDisagrees {
            problem("the index \(path).idx does not match the ledger (run with --repair, or start the daemon, to rebuild it)")
        }
        if let missing = seqMissingFromIDTable(tablePath: path + ".ids", observed: observed) {
            report.indexDisagrees = true
            problem("the id table \(path).ids lacks line \(missing) (run with --repair, or start the daemon, to rebuild it)")
        }
        return report
    }

    /// Truncates a torn tail and rebuilds the index: what the daemon does on start.
    public static func repair(path: String) throws -> LedgerRecovery {
        let ledger = try Ledger(path: path)
        try ledger.rebuildIndex()
        var recovery = ledger.recovery
        recovery.rebuiltIndex = true
        return recovery
    }

    /// The first line the id table should hold and does not; nil when it holds them all or is
    /// absent (the daemon builds a missing table on start). The table may lack lines after the
    /// last it recorded inserting: those are inserted again on open.
    private static func seqMissingFromIDTable(tablePath: String, observed: [(offset: Int64, seq: Int, id: String)]) -> Int? {
        guard FileManager.default.fileExists(atPath: tablePath) else { return nil }
        guard let table = try? ContentIDTable.openReadOnly(path: tablePath) else { return observed.first?.seq }
        defer { table.close() }
        for line in observed where UInt64(line.seq) <= table.insertedThrough {
            guard let id = ContentID(hex: line.id), let seqs = try? table.seqs(prefix: id.prefix), seqs.contains(UInt64(line.seq)) else {
                return line.seq
            }
        }
        return nil
    }

    private static func indexAgrees(indexPath: String, with observed: [(offset: Int64, seq: Int, id: String)]) -> Bool {
        guard FileManager.default.fileExists(atPath: indexPath) else { return observed.isEmpty }
        // Read-only: verify must never change what it checks, even as another user.
        guard let entries = try? LedgerIndex.readOnly(path: indexPath) else { return false }
        guard entries.count == observed.count else { return false }
        for (entry, line) in zip(entries, observed) {
            guard entry.offset == UInt64(line.offset), entry.seq == UInt64(line.seq),
                let id = ContentID(hex: line.id), id.prefix == entry.prefix
            else { return false }
        }
        return true
    }
}

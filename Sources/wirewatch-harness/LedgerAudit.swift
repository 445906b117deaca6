import Foundation
import Ledger

/// What one harness input is, and so which ledger line it must get.
enum InputKind {
    /// Text with content no other input has: exactly one `ok` line.
    case article
    /// The same bytes as another input: one of the group is `ok`, the others `duplicate`.
    case copy
    /// Noise with a NUL byte: exactly one `rejected` line with code `binary`.
    case binary
}

/// Checks the guarantees after a harness run: every input has exactly one line of the right
/// status, the ledger verifies, and every input left the drop folder for the archive or quarantine.
struct LedgerAudit {
    private(set) var problems: [String] = []
    private(set) var lines = 0

    init(folder: HarnessFolder, inputs: [String: InputKind]) {
        let report: LedgerReport
        do { report = try LedgerVerifier.verify(path: folder.ledger) } catch {
            problems.append("the ledger cannot be verified: \(error)")
            return
        }
        problems += report.problems.map { "verify: \($0)" }
        if report.tornTailBytes > 0 { problems.append("verify: a torn tail of \(report.tornTailBytes) bytes") }
        if report.indexDisagrees { problems.append("verify: the index disagrees with the ledger") }
        guard let data = FileManager.default.contents(atPath: folder.ledger) else {
            problems.append("no ledger at \(folder.ledger)")
            return
        }
        var byFile: [String: [LedgerLineHeader]] = [:]
        let decoder = JSONDecoder()
        for raw in data.split(separator: UInt8(ascii: "\n")) {
            lines += 1
            guard let line = try? decoder.decode(LedgerLineHeader.self, from: Data(raw)) else {
                problems.append("line \(lines) does not parse")
                continue
            }
            byFile[line.file, default: []].append(line)
        }
        for (file, kind) in inputs.sorted(by: { $0.key < $1.key }) {
            let found = byFile[file] ?? []
            guard found.count == 1, let line = found.first else {
                problems.append("\(file): \(found.count) ledger lines, expected exactly one")
                continue
            }
            switch kind {
            case .article where line.status != .ok:
                problems.append("\(file): status \(line.status.rawValue), expected ok")
            case .copy where line.status == .rejected:
                problems.append("\(file): rejected, expected ok or duplicate")
            case .binary where line.status != .rejected || line.error?.code != "binary":
                problems.append("\(file): status \(line.status.rawValue) \(line.error?.code ?? ""), expected rejected as binary")
            default:
                break
            }
        }
        for file in byFile.keys where inputs[file] == nil {
            problems.append("\(file): in the ledger but never dropped")
        }
        // A content group has exactly one ok line; its other members point at it.
        var okByID: [String: Int] = [:]
        for line in byFile.values.joined() where line.status == .ok {
            if okByID.updateValue(line.seq, forKey: line.id) != nil { problems.append("two ok lines for id \(line.id.prefix(12))") }
        }
        for line in byFile.values.joined() where line.status == .duplicate {
            if let first = okByID[line.id], line.duplicateOf != first {
                problems.append("\(line.file): duplicate of \(line.duplicateOf ?? 0), but the ok line is \(first)")
            }
        }
        let left = folder.names(in: folder.drop)
        if !left.isEmpty { problems.append("\(left.count) names left in the drop folder, e.g. \(left.sorted().prefix(3))") }
        let archived = folder.names(in: folder.archive).count
        let quarantined = folder.names(in: folder.quarantine).filter { !$0.hasSuffix(".reason") }.count
        if archived + quarantined != inputs.count {
            problems.append("\(archived) archived + \(quarantined) quarantined, expected \(inputs.count) in all")
        }
    }

    /// Prints the verdict; false when a guarantee broke.
    func report() -> Bool {
        if problems.isEmpty {
            print("exactly once: \(lines) ledger lines for \(lines) inputs, ledger verifies, drop folder empty")
            return true
        }
        for problem in problems.prefix(30) { print("problem: \(problem)") }
        if problems.count > 30 { print("… and \(problems.count - 30) more problems") }
        return false
    }
}

import Glibc

/// The lines of the ledger by seq and by id, kept on disk beside it so start-up reads a
/// header instead of every record, and memory stays flat however long the ledger grows.
///
/// - `<ledger>.idx` holds 24 bytes a line (id prefix, seq, offset), in seq order: entry k is line k+1.
/// - `<ledger>.ids` (``ContentIDTable``) finds the seqs of an id prefix.
///
/// Both are caches: the ledger is the truth, and the index is checked against it on open and
/// rebuilt from it whenever they disagree. A hit is confirmed by reading the line.
struct LedgerIndex {
    private static let magic = Array("WWIDX001".utf8)
    private static let entrySize = 24

    struct Entry: Equatable {
        var prefix: UInt64
        var seq: UInt64
        var offset: UInt64
    }

    let path: String
    let tablePath: String
    private let fd: Int32
    /// Nil while it cannot be opened or built (a full disk): lookups then read the `.idx` file,
    /// and each append tries to build it again.
    private var table: ContentIDTable?
    private(set) var count = 0
    private(set) var last: Entry?
    /// Bytes of whole entries in the file.
    private var fileSize: Int64 = 0
    /// Entries not yet in the file because a write failed (a full disk); written before the next one.
    private var pending: [UInt8] = []
    /// Entries not yet in the table, for the same reason; inserted in order before the next one.
    private var tablePending: [Entry] = []

    /// Opens or creates the index files and brings the id table up to date with the `.idx`
    /// file, without checking either against the ledger.
    init(path: String, tablePath: String) throws(LedgerError) {
        self.path = path
        self.tablePath = tablePath
        fd = try FileIO.open(path, O_RDWR | O_CREAT | O_APPEND)
        let size = try FileIO.size(fd, path: path)
        let head = try FileIO.read(fd, at: 0, count: Self.magic.count, path: path)
        if head == Self.magic {
            let whole = (Int(size) - Self.magic.count) / Self.entrySize
            fileSize = Int64(Self.magic.count + whole * Self.entrySize)
            if fileSize != size {
                // A torn entry from a crash mid-append: drop it, the ledger catch-up re-adds it.
                try FileIO.truncate(fd, to: fileSize, path: path)
            }
            count = whole
            last = whole > 0 ? try Self.entries(fd: fd, path: path, from: whole, limit: 1).first : nil
        } else {
            try FileIO.truncate(fd, to: 0, path: path)
            try FileIO.writeAll(fd, Self.magic, path: path)
            fileSize = Int64(Self.magic.count)
        }
        table = try? Self.openTable(path: tablePath, covering: count, fd: fd, indexPath: path)
    }

    /// The table at `path`, brought up to date with the first `count` entries of the index:
    /// the entries after its last sync are inserted again, and a missing, damaged or
    /// foreign table is rebuilt.
    private static func openTable(path: String, covering count: Int, fd: Int32, indexPath: String) throws(LedgerError) -> ContentIDTable {
        if var table = try ContentIDTable.open(path: path), table.syncedThrough <= UInt64(count) {
            let from = Int(table.syncedThrough) + 1
            if from <= count {
                try forEachEntry(fd: fd, path: indexPath, from: from, through: count) { entry throws(LedgerError) in
                    try table.place(prefix: entry.prefix, seq: entry.seq)
                }
                try table.markComplete(through: UInt64(count))
            }
            return table
        }
        return try buildTable(path: path, covering: count, fd: fd, indexPath: indexPath)
    }

    /// Writes a fresh table for the first `count` entries beside `path`, then renames it into place.
    private static func buildTable(path: String, covering count: Int, fd: Int32, indexPath: String) throws(LedgerError) -> ContentIDTable {
        var capacity = ContentIDTable.minimumCapacity
        while count * 4 > capacity { capacity *= 2 }
        var table = try ContentIDTable.create(path: path + ".new", capacity: capacity)
        do throws(LedgerError) {
            if count > 0 {
                try forEachEntry(fd: fd, path: indexPath, from: 1, through: count) { entry throws(LedgerError) in
                    try table.place(prefix: entry.prefix, seq: entry.seq)
                }
            }
            try table.markComplete(through: UInt64(count))
            guard rename(path + ".new", path) == 0 else { throw .write(path, errno: errno) }
        } catch {
            table.close()
            unlink(path + ".new")
            throw error
        }
        return table
    }

    /// Calls `body` on entries `from...through` (1-based) of the index file, read in chunks.
    private static func forEachEntry(
        fd: Int32, path: String, from: Int, through: Int, _ body: (Entry) throws(LedgerError) -> Void
    ) throws(LedgerError) {
        let perChunk = 1 << 16
        var next = from
        while next <= through {
            let n = min(perChunk, through - next + 1)
            let bytes = try FileIO.read(fd, at: Int64(magic.count + (next - 1) * entrySize), count: n * entrySize, path: path)
            let entries = Self.entries(inEntryBytes: bytes)
            guard entries.count == n else { throw .corrupt(path, "the index ends before entry \(next + entries.count)") }
            for entry in entries { try body(entry) }
            next += n
        }
    }

    /// Up to `limit` entries starting with entry `seq` (1-based), read from the file.
    private static func entries(fd: Int32, path: String, from seq: Int, limit: Int) throws(LedgerError) -> [Entry] {
        let bytes = try FileIO.read(fd, at: Int64(Self.magic.count + (seq - 1) * Self.entrySize), count: limit * Self.entrySize, path: path)
        return Self.entries(inEntryBytes: bytes)
    }

    /// Forgets every entry, on disk and in memory.
    mutating func reset() throws(LedgerError) {
        try FileIO.truncate(fd, to: 0, path: path)
        try FileIO.writeAll(fd, Self.magic, path: path)
        fileSize = Int64(Self.magic.count)
        pending = []
        tablePending = []
        count = 0
        last = nil
        table?.close()
        table = try? Self.buildTable(path: tablePath, covering: 0, fd: fd, indexPath: path)
    }

    /// The byte offset of line `seq`, read from the file: entry k is line k+1, since lines
    /// are appended and indexed in seq order. Nil when the entry is missing or disagrees.
    func offset(ofSeq seq: Int) -> UInt64? {
        guard seq >= 1, seq <= count else { return nil }
        if Int64(Self.magic.count + seq * Self.entrySize) > fileSize {
            // Still waiting for room on the disk.
            let waiting = Self.entries(inEntryBytes: pending)
            return waiting.first { $0.seq == UInt64(seq) }?.offset
        }
        guard let entry = try? Self.entries(fd: fd, path: path, from: seq, limit: 1).first, entry.seq == UInt64(seq) else { return nil }
        return entry.offset
    }

    /// Adds one line. Not fsynced: a lost entry is re-added from the ledger on the next open.
    ///
    /// Never fails: the ledger line is already durable, so an entry the disk had no room for
    /// is kept in memory and written before the next one.
    ///
    /// `bulk` defers the id table's header and fsync to ``finishBulk()``, for catching up
    /// with many lines at once.
    mutating func append(_ entry: Entry, bulk: Bool = false) {
        for value in [entry.prefix, entry.seq, entry.offset] {
            withUnsafeBytes(of: value.littleEndian) { pending.append(contentsOf: $0) }
        }
        count += 1
        last = entry
        do {
            try FileIO.writeAll(fd, pending, path: path)
            fileSize += Int64(pending.count)
            pending.removeAll(keepingCapacity: true)
        } catch {
            // A partial entry would shift every later one: take it back.
            _ = ftruncate(fd, off_t(fileSize))
        }
        tablePending.append(entry)
        insertPendingIntoTable(bulk: bulk)
    }

    /// Records in the id table that it holds every entry so far, after a run of bulk appends.
    mutating func finishBulk() {
        guard tablePending.isEmpty else { return }
        try? table?.markComplete(through: UInt64(count))
    }

    /// Inserts the waiting entries in seq order (the table's sync point relies on it), then
    /// grows the table when it is half full; stops quietly at the first failure and tries again next time.
    /// Without a table, builds one from the `.idx` file once that has every entry.
    private mutating func insertPendingIntoTable(bulk: Bool) {
        guard var current = table else {
            guard pending.isEmpty, let built = try? Self.buildTable(path: tablePath, covering: count, fd: fd, indexPath: path) else { return }
            table = built
            tablePending.removeAll()
            return
        }
        var inserted = 0
        defer {
            tablePending.removeFirst(inserted)
            table = current
        }
        do {
            for entry in tablePending {
                if bulk {
                    try current.place(prefix: entry.prefix, seq: entry.seq)
                } else {
                    try current.insert(prefix: entry.prefix, seq: entry.seq)
                }
                inserted += 1
            }
            // The rebuild reads the .idx file, so it waits until that has every entry.
            if current.wantsToGrow, pending.isEmpty {
                let grown = try Self.buildTable(path: tablePath, covering: count, fd: fd, indexPath: path)
                current.close()
                current = grown
            }
        } catch {
            // The disk is full; the entries stay in memory until it is not.
        }
    }

    /// The seqs of the lines whose id starts with `prefix`, oldest first.
    func seqs(prefix: UInt64) throws(LedgerError) -> [UInt64] {
        var found: [UInt64]
        if let table {
            found = try table.seqs(prefix: prefix) + tablePending.filter { $0.prefix == prefix }.map(\.seq)
        } else {
            // Slow but bounded in memory: every entry of the file, then those waiting to be written.
            found = []
            let written = Int(fileSize - Int64(Self.magic.count)) / Self.entrySize
            if written > 0 {
                try Self.forEachEntry(fd: fd, path: path, from: 1, through: written) { entry in
                    if entry.prefix == prefix { found.append(entry.seq) }
                }
            }
            found += Self.entries(inEntryBytes: pending).filter { $0.prefix == prefix }.map(\.seq)
        }
        return Array(Set(found)).sorted()
    }

    /// Offsets of the lines whose id starts with `prefix`, oldest first.
    func offsets(prefix: UInt64) throws(LedgerError) -> [UInt64] {
        try seqs(prefix: prefix).compactMap { offset(ofSeq: Int($0)) }
    }

    /// The entries of the index file at `path`, read without changing it; nil if it is not an index.
    static func readOnly(path: String) throws(LedgerError) -> [Entry]? {
        let fd = try FileIO.open(path, O_RDONLY)
        defer { Glibc.close(fd) }
        let bytes = try FileIO.read(fd, at: 0, count: Int(try FileIO.size(fd, path: path)), path: path)
        guard bytes.starts(with: magic), (bytes.count - magic.count) % entrySize == 0 else { return nil }
        return entries(inEntryBytes: Array(bytes[magic.count...]))
    }

    private static func entries(inEntryBytes bytes: [UInt8]) -> [Entry] {
        let whole = bytes.count / Self.entrySize
        return bytes.withUnsafeBytes { raw in
            (0..<whole).map { i in
                let base = i * Self.entrySize
                return Entry(
                    prefix: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self)),
                    seq: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)),
                    offset: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self))
                )
            }
        }
    }

    /// Fsyncs the id table so the next open has nothing to insert again, and closes both files.
    mutating func close() {
        if tablePending.isEmpty { try? table?.sync() }
        table?.close()
        Glibc.close(fd)
    }
}

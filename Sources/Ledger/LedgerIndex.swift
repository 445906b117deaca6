import Glibc

/// The ids already in the ledger, kept on disk beside it (`<ledger>.idx`) so start-up
/// reads 24 bytes a line instead of every record.
///
/// The file is a cache: the ledger is the truth, and the index is checked against it on
/// open and rebuilt from it whenever they disagree. In memory it keeps only the first
/// eight bytes of each id and the line's offset; a hit is confirmed by reading the line.
struct LedgerIndex {
    private static let magic = Array("WWIDX001".utf8)
    private static let entrySize = 24

    struct Entry: Equatable {
        var prefix: UInt64
        var seq: UInt64
        var offset: UInt64
    }

    let path: String
    private let fd: Int32
    private var first: [UInt64: UInt64] = [:]
    // Further lines with the same prefix: duplicates, and (rarely) prefix collisions.
    private var more: [UInt64: [UInt64]] = [:]
    private(set) var count = 0
    private(set) var last: Entry?
    /// Bytes of whole entries in the file.
    private var fileSize: Int64 = 0
    /// Entries not yet in the file because a write failed (a full disk); written before the next one.
    private var pending: [UInt8] = []

    /// Opens or creates the index file and loads it, without checking it against the ledger.
    init(path: String) throws(LedgerError) {
        self.path = path
        fd = try FileIO.open(path, O_RDWR | O_CREAT | O_APPEND)
        let size = try FileIO.size(fd, path: path)
        let bytes = try FileIO.read(fd, at: 0, count: Int(size), path: path)
        guard bytes.count >= Self.magic.count, bytes.starts(with: Self.magic) else {
            try reset()
            return
        }
        let whole = (bytes.count - Self.magic.count) / Self.entrySize
        fileSize = Int64(Self.magic.count + whole * Self.entrySize)
        if fileSize != bytes.count {
            // A torn entry from a crash mid-append: drop it, the ledger catch-up re-adds it.
            try FileIO.truncate(fd, to: fileSize, path: path)
        }
        first.reserveCapacity(whole)
        bytes.withUnsafeBytes { raw in
            for i in 0..<whole {
                let base = Self.magic.count + i * Self.entrySize
                let entry = Entry(
                    prefix: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self)),
                    seq: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)),
                    offset: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self))
                )
                remember(entry)
            }
        }
    }

    /// Forgets every entry, on disk and in memory.
    mutating func reset() throws(LedgerError) {
        try FileIO.truncate(fd, to: 0, path: path)
        try FileIO.writeAll(fd, Self.magic, path: path)
        fileSize = Int64(Self.magic.count)
        pending = []
        first = [:]
        more = [:]
        count = 0
        last = nil
    }

    /// Adds one line. Not fsynced: a lost entry is re-added from the ledger on the next open.
    /// The byte offset of line `seq`, read from the file: entry k is line k+1, since lines
    /// are appended and indexed in seq order. Nil when the entry is missing or disagrees.
    func offset(ofSeq seq: Int) -> UInt64? {
        guard seq >= 1, seq <= count else { return nil }
        let at = Int64(Self.magic.count + (seq - 1) * Self.entrySize)
        guard let bytes = try? FileIO.read(fd, at: at, count: Self.entrySize, path: path), bytes.count == Self.entrySize else { return nil }
        return bytes.withUnsafeBytes { raw in
            let stored = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            return stored == UInt64(seq) ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) : nil
        }
    }

    ///
    /// Never fails: the ledger line is already durable, so the entry is kept in memory, and
    /// an entry the disk had no room for is written before the next one.
    mutating func append(_ entry: Entry) {
        for value in [entry.prefix, entry.seq, entry.offset] {
            withUnsafeBytes(of: value.littleEndian) { pending.append(contentsOf: $0) }
        }
        remember(entry)
        do {
            try FileIO.writeAll(fd, pending, path: path)
            fileSize += Int64(pending.count)
            pending.removeAll(keepingCapacity: true)
        } catch {
            // A partial entry would shift every later one: take it back.
            _ = ftruncate(fd, off_t(fileSize))
        }
    }

    /// Offsets of the lines whose id starts with `prefix`, oldest first.
    func offsets(prefix: UInt64) -> [UInt64] {
        guard let offset = first[prefix] else { return [] }
        return [offset] + (more[prefix] ?? [])
    }

    /// The entries of the index file at `path`, read without changing it; nil if it is not an index.
    static func readOnly(path: String) throws(LedgerError) -> [Entry]? {
        let fd = try FileIO.open(path, O_RDONLY)
        defer { Glibc.close(fd) }
        let bytes = try FileIO.read(fd, at: 0, count: Int(try FileIO.size(fd, path: path)), path: path)
        guard bytes.starts(with: magic), (bytes.count - magic.count) % entrySize == 0 else { return nil }
        return entries(in: bytes)
    }

    private static func entries(in bytes: [UInt8]) -> [Entry] {
        guard bytes.starts(with: Self.magic) else { return [] }
        let whole = (bytes.count - Self.magic.count) / Self.entrySize
        return bytes.withUnsafeBytes { raw in
            (0..<whole).map { i in
                let base = Self.magic.count + i * Self.entrySize
                return Entry(
                    prefix: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base, as: UInt64.self)),
                    seq: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self)),
                    offset: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: base + 16, as: UInt64.self))
                )
            }
        }
    }

    func close() {
        Glibc.close(fd)
    }

    private mutating func remember(_ entry: Entry) {
        if first[entry.prefix] == nil {
            first[entry.prefix] = entry.offset
        } else {
            more[entry.prefix, default: []].append(entry.offset)
        }
        count += 1
        last = entry
    }
}

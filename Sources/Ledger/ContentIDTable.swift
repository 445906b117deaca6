import Glibc

/// The ledger's seqs by id prefix: an open-addressing hash table kept on disk beside the
/// ledger (`<ledger>.ids`), so finding an id costs a read or two and the daemon's memory
/// does not grow with its history.
///
/// Like the `.idx` file it is a cache of the ledger. A slot holds an id prefix and the seq
/// of a line with it (seq 0 marks an empty slot); hits are confirmed by reading the line.
/// Slots are written with `pwrite` and not fsynced one by one: every `syncEvery` inserts the
/// file is fsynced and the header records the seq it is complete through, and opening
/// inserts again everything after that (inserting is idempotent).
struct ContentIDTable {
    private static let magic = Array("WWIDT001".utf8)
    /// One page, so the slots are page-aligned.
    static let headerSize = 4096
    static let slotSize = 16
    static let minimumCapacity = 4096
    /// Slots read at once while probing; at most half full, a probe rarely passes a few.
    private static let probeBlock = 32
    private static let syncEvery = 1024

    let path: String
    private var fd: Int32
    /// Slots, a power of two.
    private(set) var capacity: Int
    /// Filled slots.
    private(set) var count: Int
    /// Every line up to this seq is in the table, durably.
    private(set) var syncedThrough: UInt64
    /// The highest seq inserted.
    private(set) var insertedThrough: UInt64
    private var insertsSinceSync = 0

    /// Opens the table at `path`; nil when it is missing or not a table (the caller builds one).
    static func open(path: String) throws(LedgerError) -> ContentIDTable? {
        let fd = Glibc.open(path, O_RDWR | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .open(path, errno: errno)
        }
        guard let table = try? ContentIDTable(fd: fd, path: path) else {
            Glibc.close(fd)
            return nil
        }
        return table
    }

    /// Opens the table at `path` without the right to change it, for `verify`.
    static func openReadOnly(path: String) throws(LedgerError) -> ContentIDTable? {
        let fd = try FileIO.open(path, O_RDONLY)
        guard let table = try? ContentIDTable(fd: fd, path: path) else {
            Glibc.close(fd)
            return nil
        }
        return table
    }

    /// Writes an empty table of `capacity` slots to `path`, replacing what was there.
    static func create(path: String, capacity: Int) throws(LedgerError) -> ContentIDTable {
        precondition(capacity >= minimumCapacity && capacity & (capacity - 1) == 0)
        let fd = try FileIO.open(path, O_RDWR | O_CREAT | O_TRUNC)
        do throws(LedgerError) {
            // Sparse: unwritten slots read as zeros, which is empty.
            try FileIO.truncate(fd, to: Int64(headerSize + capacity * slotSize), path: path)
            let table = try ContentIDTable(fd: fd, path: path, capacity: capacity)
            try table.writeHeader()
            return table
        } catch {
            Glibc.close(fd)
            throw error
        }
    }

    private init(fd: Int32, path: String, capacity: Int) throws(LedgerError) {
        self.fd = fd
        self.path = path
        self.capacity = capacity
        count = 0
        syncedThrough = 0
        insertedThrough = 0
    }

    private init(fd: Int32, path: String) throws(LedgerError) {
        let header = try FileIO.read(fd, at: 0, count: 40, path: path)
        guard header.count == 40, header.starts(with: Self.magic) else { throw .corrupt(path, "not an id table") }
        let fields = header.withUnsafeBytes { raw in
            (1...4).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
        let capacity = Int(truncatingIfNeeded: fields[0])
        guard capacity >= Self.minimumCapacity, capacity & (capacity - 1) == 0, capacity <= 1 << 40,
            try FileIO.size(fd, path: path) == Int64(Self.headerSize + capacity * Self.slotSize)
        else { throw .corrupt(path, "the id table's size disagrees with its header") }
        self.fd = fd
        self.path = path
        self.capacity = capacity
        count = Int(fields[1])
        syncedThrough = fields[2]
        insertedThrough = fields[3]
    }

    /// The seqs stored for `prefix`, in probe order (callers sort if they care).
    func seqs(prefix: UInt64) throws(LedgerError) -> [UInt64] {
        var found: [UInt64] = []
        _ = try probe(prefix) { slotPrefix, seq in
            if slotPrefix == prefix { found.append(seq) }
            return false
        }
        return found
    }

    /// Adds `seq` under `prefix` unless it is already there, and keeps the header current.
    mutating func insert(prefix: UInt64, seq: UInt64) throws(LedgerError) {
        guard try place(prefix: prefix, seq: seq) else { return }
        insertsSinceSync += 1
        if insertsSinceSync >= Self.syncEvery {
            try sync()
        } else {
            try writeHeader()
        }
    }

    /// Adds `seq` under `prefix` unless it is already there, leaving the header to a later
    /// ``markComplete(through:)``: for filling a table in bulk. True when it added a slot.
    @discardableResult
    mutating func place(prefix: UInt64, seq: UInt64) throws(LedgerError) -> Bool {
        precondition(seq > 0, "seq 0 marks an empty slot")
        guard count < capacity - 1 else { throw .write(path, errno: ENOSPC) }
        let slot = try probe(prefix) { slotPrefix, slotSeq in slotPrefix == prefix && slotSeq == seq }
        guard case .empty(let at) = slot else { return false }
        var bytes = [UInt8]()
        bytes.reserveCapacity(Self.slotSize)
        withUnsafeBytes(of: prefix.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: seq.littleEndian) { bytes.append(contentsOf: $0) }
        try write(bytes, at: Int64(Self.headerSize + at * Self.slotSize))
        count += 1
        insertedThrough = max(insertedThrough, seq)
        return true
    }

    /// Fsyncs the slots, then records that the table is complete through the last insert.
    mutating func sync() throws(LedgerError) {
        guard fdatasync(fd) == 0 else { throw .sync(path, errno: errno) }
        syncedThrough = insertedThrough
        insertsSinceSync = 0
        try writeHeader()
    }

    /// Records that every seq up to `seq` is present, once they have been (re)inserted.
    mutating func markComplete(through seq: UInt64) throws(LedgerError) {
        insertedThrough = max(insertedThrough, seq)
        try sync()
    }

    func close() {
        Glibc.close(fd)
    }

    /// True when the table is over half full and should be rebuilt at twice the size.
    var wantsToGrow: Bool { count * 2 > capacity }

    private enum ProbeEnd { case matched, empty(Int) }

    /// Walks the slots from `prefix`'s home slot to the first empty one, a page at a time,
    /// calling `visit` on each filled slot until it returns true.
    private func probe(_ prefix: UInt64, _ visit: (_ prefix: UInt64, _ seq: UInt64) -> Bool) throws(LedgerError) -> ProbeEnd {
        let mask = capacity - 1
        var slot = Int(truncatingIfNeeded: prefix) & mask
        var visited = 0
        while visited < capacity {
            let run = min(Self.probeBlock, capacity - slot)
            let bytes = try FileIO.read(fd, at: Int64(Self.headerSize + slot * Self.slotSize), count: run * Self.slotSize, path: path)
            guard bytes.count == run * Self.slotSize else { throw .corrupt(path, "the id table is shorter than its header says") }
            let end: ProbeEnd? = bytes.withUnsafeBytes { raw in
                for i in 0..<run {
                    let seq = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * Self.slotSize + 8, as: UInt64.self))
                    if seq == 0 { return .empty(slot + i) }
                    let slotPrefix = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * Self.slotSize, as: UInt64.self))
                    if visit(slotPrefix, seq) { return .matched }
                }
                return nil
            }
            if let end { return end }
            visited += run
            slot = (slot + run) & mask
        }
        throw .corrupt(path, "the id table has no empty slot")
    }

    private func writeHeader() throws(LedgerError) {
        var bytes = Self.magic
        for value in [UInt64(capacity), UInt64(count), syncedThrough, insertedThrough] {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        try write(bytes, at: 0)
    }

    private func write(_ bytes: [UInt8], at offset: Int64) throws(LedgerError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                pwrite(fd, raw.baseAddress! + written, bytes.count - written, off_t(offset) + off_t(written))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .write(path, errno: errno)
            }
            written += n
        }
    }
}

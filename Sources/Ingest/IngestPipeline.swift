public import Extraction
public import Stories
import Foundation
import Glibc
public import Ledger
public import Logging

/// What the pipeline did with one name from the drop folder.
public enum IngestOutcome: Sendable {
    /// A new ledger line was appended and the input moved.
    case appended(LedgerEntry<ArticleRecord, StoryLink>)
    /// The input already had its line (a crash came between append and move); it was only moved.
    case finishedMove(seq: Int)
    /// Nothing was done, and the reason why (gone, ignored, still being written).
    case skipped(String)
}

/// Ingests one input at a time: read, identify, decode, extract, append, move.
///
/// The order of those steps is what makes ingestion exactly-once: the ledger line is
/// fsynced before the input leaves the drop folder, and an input whose id is already in
/// the ledger is never extracted again. Not thread-safe: the processing loop owns it.
public final class IngestPipeline {
    public private(set) var configuration: IngestConfiguration
    public let ledger: Ledger
    private let extractor: ArticleExtractor
    /// Story state, rebuilt from the ledger's tail on start and advanced after each durable append.
    public private(set) var stories: StoryLinker
    private let clock: any DaemonClock
    private let logger: Logger
    private let folders: Folders

    /// Counts since start, for STATUS.
    public private(set) var ingested = 0
    public private(set) var duplicates = 0
    public private(set) var rejected = 0

    private struct Folders {
        let drop: Int32
        let archive: Int32
        let quarantine: Int32
        /// Device and inode of archive and quarantine, so they are never taken for inputs.
        let own: Set<[UInt64]>
    }

    /// Creates missing folders, opens the ledger (repairing a torn tail), and checks that
    /// inputs can be moved by rename.
    public init(
        configuration: IngestConfiguration, extractor: ArticleExtractor = ArticleExtractor(),
        stories: StoryLinker.Configuration = .init(), clock: any DaemonClock = SystemClock(), logger: Logger
    ) throws(IngestError) {
        self.configuration = configuration
        self.extractor = extractor
        self.stories = StoryLinker(configuration: stories)
        self.clock = clock
        self.logger = logger
        let ledgerFolder = (configuration.ledgerPath as NSString).deletingLastPathComponent
        for folder in [configuration.dropFolder, configuration.archiveFolder, configuration.quarantineFolder, ledgerFolder]
        where !folder.isEmpty {
            try Self.makeFolder(folder)
        }
        func openFolder(_ path: String) throws(IngestError) -> (Int32, stat) {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw .folder(path, errno: errno) }
            var info = stat()
            fstat(fd, &info)
            return (fd, info)
        }
        let (drop, dropInfo) = try openFolder(configuration.dropFolder)
        let (archive, archiveInfo) = try openFolder(configuration.archiveFolder)
        let (quarantine, quarantineInfo) = try openFolder(configuration.quarantineFolder)
        for (path, info) in [(configuration.archiveFolder, archiveInfo), (configuration.quarantineFolder, quarantineInfo)]
        where info.st_dev != dropInfo.st_dev {
            throw .sameFilesystem(path, drop: configuration.dropFolder)
        }
        folders = Folders(
            drop: drop, archive: archive, quarantine: quarantine,
            own: [[UInt64(archiveInfo.st_dev), UInt64(archiveInfo.st_ino)], [UInt64(quarantineInfo.st_dev), UInt64(quarantineInfo.st_ino)]]
        )
        do {
            ledger = try Ledger(path: configuration.ledgerPath)
        } catch {
            throw .ledger(error)
        }
        do { try rebuildStories() } catch { throw .ledger(error) }
    }

    /// Replays the story fields of the ledger's last `window` lines: the linker's whole state.
    private func rebuildStories() throws(LedgerError) {
        let first = max(1, ledger.lastSeq - stories.configuration.window + 1)
        var reader = try LedgerReader(path: ledger.path, offset: ledger.offset(ofSeq: first))
        defer { reader.close() }
        let decoder = JSONDecoder()
        var replayed = 0
        while let line = try reader.nextLine() {
            guard let (seq, bytes) = LedgerLineHeader.story(ofLine: line.bytes[...]) else { continue }
            if let (story, signature) = StoryReplay.read(bytes) {
                stories.commit(story: story, signature: signature, seq: seq)
            } else {
                do {
                    stories.commit(try decoder.decode(StoryLink.self, from: Data(bytes)), seq: seq)
                } catch {
                    logger.warning("ledger line \(seq): its story field is unreadable, so later articles cannot join it (\(error))")
                }
            }
            replayed += 1
        }
        if replayed > 0 { logger.info("story linker rebuilt from the last \(replayed) articles of the ledger") }
    }

    /// `mkdir -p`, keeping the errno of the step that failed for the error message.
    private static func makeFolder(_ path: String) throws(IngestError) {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o755) != 0, errno != EEXIST { throw .folder(partial, errno: errno) }
        }
    }

    deinit {
        close(folders.drop)
        close(folders.archive)
        close(folders.quarantine)
    }

    /// Applies what a reload may change: the size limit and the ignore patterns.
    /// Returns the settings that differ but need a restart (the folders).
    public func apply(_ new: IngestConfiguration) -> [String] {
        var needRestart: [String] = []
        if new.dropFolder != configuration.dropFolder { needRestart.append("drop") }
        if new.ledgerPath != configuration.ledgerPath { needRestart.append("ledger") }
        if new.archiveFolder != configuration.archiveFolder { needRestart.append("archive") }
        if new.quarantineFolder != configuration.quarantineFolder { needRestart.append("quarantine") }
        configuration.maxBytes = new.maxBytes
        configuration.ignoreRule = new.ignoreRule
        return needRestart
    }

    /// The `limit` oldest names now in the drop folder that are not ignored, oldest first.
    /// Memory stays within twice `limit` however large the backlog is.
    public func scanDropFolder(limit: Int = .max) -> [DropName] {
        let fd = dup(folders.drop)
        guard fd >= 0, let directory = fdopendir(fd) else { return [] }
        defer { closedir(directory) }
        rewinddir(directory)
        var found: [(name: DropName, mtime: timespec)] = []
        func oldestFirst(_ a: (name: DropName, mtime: timespec), _ b: (name: DropName, mtime: timespec)) -> Bool {
            if a.mtime.tv_sec != b.mtime.tv_sec { return a.mtime.tv_sec < b.mtime.tv_sec }
            if a.mtime.tv_nsec != b.mtime.tv_nsec { return a.mtime.tv_nsec < b.mtime.tv_nsec }
            return a.name.bytes.lexicographicallyPrecedes(b.name.bytes)
        }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                DropName(bytes: Array(raw.prefix { $0 != 0 }))
            }
            if name.bytes == [0x2E] || name.bytes == [0x2E, 0x2E] || configuration.ignoreRule.ignores(name) { continue }
            var info = stat()
            let mtime = name.withCString { fstatat(folders.drop, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0 ? info.st_mtim : timespec()
            found.append((name, mtime))
            if found.count - limit >= limit {
                found.sort(by: oldestFirst)
                found.removeLast(found.count - limit)
            }
        }
        found.sort(by: oldestFirst)
        return found.prefix(limit).map(\.name)
    }

    /// Ingests the input called `name`.
    ///
    /// Problems with the input itself are answered with a `rejected` line; only a ledger
    /// that cannot be written throws, and then the input stays where it is.
    public func ingest(_ name: DropName) throws(LedgerError) -> IngestOutcome {
        if configuration.ignoreRule.ignores(name) { return .skipped("ignored name") }
        var info = stat()
        guard name.withCString({ fstatat(folders.drop, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
            return .skipped("gone before it could be read")
        }
        if folders.own.contains([UInt64(info.st_dev), UInt64(info.st_ino)]) { return .skipped("wirewatch's own folder") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return try reject(name, unreadable: info, code: "not_regular", message: "\(kind(of: info)) is not a regular file and was not read; drop the article's file itself")
        }
        let fd = name.withCString { openat(folders.drop, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .skipped("gone before it could be read")
            case ELOOP, ENXIO: return try reject(name, unreadable: info, code: "not_regular", message: "it was replaced by something that is not a regular file and was not read")
            case let error:
                return try reject(name, unreadable: info, code: "io", message: "it cannot be opened: \(String(cString: strerror(error))). Make it readable by the user wirewatch runs as")
            }
        }
        defer { close(fd) }
        var opened = stat()
        fstat(fd, &opened)
        guard opened.st_mode & S_IFMT == S_IFREG, opened.st_ino == info.st_ino else {
            return try reject(name, unreadable: opened, code: "not_regular", message: "it was swapped for something that is not a regular file and was not read")
        }
        if isOpenForWriting(fd) { return .skipped("still open for writing; waiting for its close") }

        let size = Int(opened.st_size)
        if size > configuration.maxBytes {
            let id: ContentID
            do { id = try hashWithoutKeeping(fd) } catch {
                return try reject(name, unreadable: opened, code: "io", message: "reading it failed: \(error)")
            }
            return try record(name, id: id, bytes: size) { seq in
                rejection(seq, name, id, size, code: "too_large", message: "it is \(size) bytes, over the limit of \(configuration.maxBytes) (--max-bytes); split it or raise the limit")
            }
        }
        let bytes: [UInt8]
        do { bytes = try readAll(fd, expected: size) } catch {
            return try reject(name, unreadable: opened, code: "io", message: "reading it failed: \(error)")
        }
        let id = ContentID.of(bytes)
        if bytes.count > configuration.maxBytes {
            return try record(name, id: id, bytes: bytes.count) { seq in
                rejection(seq, name, id, bytes.count, code: "too_large", message: "it grew to over \(configuration.maxBytes) bytes (--max-bytes) while being read")
            }
        }
        return try record(name, id: id, bytes: bytes.count) { seq in
            switch InputDecoder.decode(bytes) {
            case .failure(.binary(let why)):
                return rejection(seq, name, id, bytes.count, code: "binary", message: "it looks binary, not text: \(why)")
            case .failure(.invalid(let why)):
                return rejection(seq, name, id, bytes.count, code: "decode", message: "it cannot be decoded as text: \(why); save it as UTF-8")
            case .failure(.empty):
                return rejection(seq, name, id, bytes.count, code: "empty", message: "it is empty or only white space")
            case .success(let decoded):
                // The file's time dates "on Monday" when the article itself gives no date.
                let published = CivilDate(daysSinceEpoch: Int(opened.st_mtim.tv_sec) / 86_400)
                let record = extractor.extract(decoded.text, published: published)
                let signature = stories.signature(text: decoded.text, record: record, published: published)
                return LedgerEntry(
                    seq: seq, status: .ok, id: id.hex, file: name.description, bytes: bytes.count,
                    ingestedAt: timestamp(), decodedAs: decoded.encoding, record: record,
                    story: stories.propose(signature, seq: seq)
                )
            }
        }
    }

    // MARK: - The exactly-once step

    /// Appends the line `makeEntry` builds, unless `id` is already in the ledger; then moves the input.
    private func record(
        _ name: DropName, id: ContentID, bytes: Int, _ makeEntry: (Int) -> LedgerEntry<ArticleRecord, StoryLink>
    ) throws(LedgerError) -> IngestOutcome {
        let earlier = try ledger.lines(withID: id)
        if let first = earlier.first {
            // The same file, already recorded but not moved: a crash came between append and rename.
            for line in earlier.reversed() where line.file == name.description {
                let folder = line.status == .rejected || (line.status == .duplicate && line.error != nil) ? folders.quarantine : folders.archive
                if !exists(storedName(seq: line.seq, name), in: folder) {
                    move(name, seq: line.seq, to: folder, reason: line.error)
                    logger.notice("finished moving an input already in the ledger (a crash came between its line and its move)", metadata: ["file": "\(name)", "seq": "\(line.seq)"])
                    return .finishedMove(seq: line.seq)
                }
            }
            let entry = try ledger.append { seq in
                LedgerEntry<ArticleRecord, StoryLink>(
                    seq: seq, status: .duplicate, id: id.hex, file: name.description, bytes: bytes,
                    ingestedAt: timestamp(), duplicateOf: first.seq, error: first.error
                )
            }
            duplicates += 1
            move(name, seq: entry.seq, to: first.error == nil ? folders.archive : folders.quarantine, reason: first.error)
            log(entry)
            return .appended(entry)
        }
        let entry = try ledger.append(makeEntry)
        // Only now is the line durable; a failed append left the linker as it was.
        if let story = entry.story { stories.commit(story, seq: entry.seq) }
        if entry.status == .rejected { rejected += 1 } else { ingested += 1 }
        move(name, seq: entry.seq, to: entry.status == .rejected ? folders.quarantine : folders.archive, reason: entry.error)
        log(entry)
        return .appended(entry)
    }

    /// Rejects an input that was never read; its id describes the file, not its bytes.
    private func reject(_ name: DropName, unreadable info: stat, code: String, message: String) throws(LedgerError) -> IngestOutcome {
        var identity = Array("wirewatch-unread\0\(info.st_dev):\(info.st_ino):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)\0".utf8)
        identity.append(contentsOf: name.bytes)
        let id = ContentID.of(identity)
        return try record(name, id: id, bytes: Int(info.st_size)) { seq in
            rejection(seq, name, id, Int(info.st_size), code: code, message: message)
        }
    }

    private func rejection(_ seq: Int, _ name: DropName, _ id: ContentID, _ bytes: Int, code: String, message: String) -> LedgerEntry<ArticleRecord, StoryLink> {
        LedgerEntry(
            seq: seq, status: .rejected, id: id.hex, file: name.description, bytes: bytes, ingestedAt: timestamp(),
            error: RejectionReason(code: code, message: message)
        )
    }

    // MARK: - Moving inputs out of the drop folder

    /// `00000042-name`: unique per line, and derived from the ledger so recovery can find it.
    func storedName(seq: Int, _ name: DropName) -> DropName {
        let prefix = Array(String(format: "%08d-", seq).utf8)
        return DropName(bytes: prefix + name.bytes.prefix(Int(NAME_MAX) - prefix.count))
    }

    private func exists(_ name: DropName, in folder: Int32) -> Bool {
        var info = stat()
        return name.withCString { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0
    }

    /// Renames the input into `folder` and fsyncs both folders. A failure is logged and the
    /// input stays in the drop folder, where the next scan finishes the move.
    private func move(_ name: DropName, seq: Int, to folder: Int32, reason: RejectionReason?) {
        let target = storedName(seq: seq, name)
        let moved = name.withCString { source in target.withCString { renameat(folders.drop, source, folder, $0) } }
        guard moved == 0 else {
            logger.error("cannot move the input out of the drop folder: \(String(cString: strerror(errno))); it stays there until the next scan", metadata: ["file": "\(name)", "seq": "\(seq)"])
            return
        }
        if let reason {
            // A note beside the quarantined file, for whoever looks in the folder.
            let note = DropName(bytes: target.bytes.prefix(Int(NAME_MAX) - 7) + Array(".reason".utf8))
            let fd = note.withCString { openat(folder, $0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644) }
            if fd >= 0 {
                let text = Array("seq \(seq): \(reason.code): \(reason.message)\n".utf8)
                _ = text.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
                close(fd)
            }
        }
        fsync(folder)
        fsync(folders.drop)
    }

    // MARK: - Reading

    /// True when some process holds the file open for writing. A read lease is refused
    /// exactly then; where leases are unavailable (not our file, odd filesystems) we cannot
    /// tell, and rely on having been woken by IN_CLOSE_WRITE.
    private func isOpenForWriting(_ fd: Int32) -> Bool {
        let F_SETLEASE: Int32 = 1024
        guard fcntl(fd, F_SETLEASE, Int32(F_RDLCK)) == 0 else { return errno == EAGAIN }
        _ = fcntl(fd, F_SETLEASE, Int32(F_UNLCK))
        return false
    }

    private func readAll(_ fd: Int32, expected: Int) throws -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= configuration.maxBytes {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    private func hashWithoutKeeping(_ fd: Int32) throws -> ContentID {
        var hasher = SHA256()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if n == 0 { break }
            hasher.update(Array(chunk[0..<n]))
        }
        return hasher.finalize()
    }

    private func kind(of info: stat) -> String {
        switch info.st_mode & S_IFMT {
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        default: "it"
        }
    }

    private func timestamp() -> String {
        LedgerTimestamp.format(secondsSince1970: clock.secondsSince1970())
    }

    private func log(_ entry: LedgerEntry<ArticleRecord, StoryLink>) {
        var metadata: Logger.Metadata = ["file": "\(entry.file)", "seq": "\(entry.seq)", "status": "\(entry.status.rawValue)"]
        switch entry.status {
        case .ok:
            if let story = entry.story {
                metadata["story"] = "\(story.id)"
                if let copy = story.syndicatedOf { metadata["syndicated_of"] = "\(copy)" }
            }
            logger.info("ingested \"\(entry.record?.title ?? "")\"", metadata: metadata)
        case .duplicate:
            metadata["duplicate_of"] = "\(entry.duplicateOf ?? 0)"
            logger.info("duplicate of seq \(entry.duplicateOf ?? 0)", metadata: metadata)
        case .rejected:
            metadata["code"] = "\(entry.error?.code ?? "")"
            logger.warning("rejected: \(entry.error?.message ?? "")", metadata: metadata)
        }
    }
}

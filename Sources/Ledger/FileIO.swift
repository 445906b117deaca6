import Glibc

/// Thin, errno-preserving wrappers over the system calls the ledger uses.
enum FileIO {
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(LedgerError) -> Int32 {
        let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .open(path, errno: errno) }
        return fd
    }

    static func size(_ fd: Int32, path: String) throws(LedgerError) -> Int64 {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .read(path, errno: errno) }
        return Int64(info.st_size)
    }

    /// Reads up to `count` bytes at `offset`; fewer only at end of file.
    static func read(_ fd: Int32, at offset: Int64, count: Int, path: String) throws(LedgerError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + filled, count - filled, off_t(offset) + off_t(filled))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .read(path, errno: errno)
            }
            if n == 0 { break }
            filled += n
        }
        buffer.removeLast(count - filled)
        return buffer
    }

    /// Writes all of `bytes` (the fd is in append mode, so it lands at the end).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(LedgerError) {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + written, bytes.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .write(path, errno: errno)
            }
            written += n
        }
    }

    static func sync(_ fd: Int32, path: String) throws(LedgerError) {
        guard fsync(fd) == 0 else { throw .sync(path, errno: errno) }
    }

    /// Bytes the filesystem of `fd` still grants this process (root may use the reserved
    /// blocks); nil where it cannot tell.
    static func freeBytes(_ fd: Int32) -> Int64? {
        var info = statvfs()
        guard fstatvfs(fd, &info) == 0 else { return nil }
        let blocks = geteuid() == 0 ? info.f_bfree : info.f_bavail
        return Int64(blocks) * Int64(info.f_frsize)
    }

    static func truncate(_ fd: Int32, to size: Int64, path: String) throws(LedgerError) {
        guard ftruncate(fd, off_t(size)) == 0 else { throw .truncate(path, errno: errno) }
    }

    /// The whole line that starts at `offset`, without its newline; nil if it has none (a torn tail).
    static func line(_ fd: Int32, at offset: Int64, path: String) throws(LedgerError) -> [UInt8]? {
        var line: [UInt8] = []
        var position = offset
        var chunk = 4096
        while true {
            let bytes = try read(fd, at: position, count: chunk, path: path)
            if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: bytes[..<newline])
                return line
            }
            if bytes.count < chunk { return nil }
            line.append(contentsOf: bytes)
            position += Int64(bytes.count)
            chunk = min(chunk * 4, 1 << 20)
        }
    }

    /// The offset just past the last newline at or before `end`, or 0 when there is none.
    static func startOfLine(before end: Int64, _ fd: Int32, path: String) throws(LedgerError) -> Int64 {
        var upper = end
        while upper > 0 {
            let lower = max(0, upper - 65536)
            let bytes = try read(fd, at: lower, count: Int(upper - lower), path: path)
            if let newline = bytes.lastIndex(of: UInt8(ascii: "\n")) {
                return lower + Int64(newline) + 1
            }
            upper = lower
        }
        return 0
    }
}

import Extraction
import Foundation

/// A signature prepared for comparison: log-scaled term weights, the day number, and every
/// list in one buffer after a fixed header.
///
/// One object per article, not a dozen arrays: comparing a candidate from the window read
/// each of its lists from memory in turn, a cache miss apiece, and committing or evicting
/// one retained or freed each. The lists are immutable once made.
///
/// Sendable by hand: `ManagedBuffer` cannot say so itself, and nothing is written to the
/// storage after `make` and `member` return.
struct StoryArticle: @unchecked Sendable {
    final class Storage: ManagedBuffer<Header, UInt32> {}
    private let storage: Storage

    private init(_ storage: Storage) { self.storage = storage }

    /// The lists, in storage order. Term weights are `Float` bit patterns, one per term.
    enum List: Int {
        case terms, weights, title, entities, people, places, quotes, figures, days, protagonists, lines
    }

    struct Header {
        var simhash: UInt64
        var day: Int?
        /// Where each list ends in the elements, in `List` order.
        var ends: SIMD16<UInt32>
        /// Set for an article in the window: its line and its story.
        var seq = 0
        var story = 0
        /// Its norms as sums over its terms' frequencies when it was committed, completed with the
        /// window's size at each comparison: recomputing them in full cost a random read of the
        /// frequency table per term and candidate.
        var normSums = StoryLinker.NormSums()
    }

    /// Prepares `signature` for comparison; `member` makes it one of the window's.
    static func make(_ signature: StorySignature) -> StoryArticle {
        let s = signature
        let lists: [[UInt32]] = [
            s.title, s.entities, s.people, s.places, s.quotes, s.figures, s.days, s.protagonists, s.lines,
        ]
        let total = 2 * s.terms.count + lists.reduce(0) { $0 + $1.count }
        var ends = SIMD16<UInt32>()
        var end = UInt32(s.terms.count)
        ends[List.terms.rawValue] = end
        end += UInt32(s.terms.count)
        ends[List.weights.rawValue] = end
        for (k, list) in lists.enumerated() {
            end += UInt32(list.count)
            ends[List.title.rawValue + k] = end
        }
        let header = Header(simhash: s.simhash, day: s.date?.daysSinceEpoch, ends: ends)
        let storage = unsafeDowncast(Storage.create(minimumCapacity: max(1, total)) { _ in header }, to: Storage.self)
        storage.withUnsafeMutablePointerToElements { elements in
            for (k, term) in s.terms.enumerated() {
                elements[k] = term.term
                elements[s.terms.count + k] = weight(count: term.count).bitPattern
            }
            var at = 2 * s.terms.count
            for list in lists {
                list.withUnsafeBufferPointer { if let base = $0.baseAddress { (elements + at).initialize(from: base, count: $0.count) } }
                at += list.count
            }
        }
        return StoryArticle(storage)
    }

    /// This article as a member of the window: the same lists, with its line, story and norm sums.
    func member(seq: Int, story: Int, normSums: StoryLinker.NormSums) -> StoryArticle {
        storage.withUnsafeMutablePointers { header, elements in
            var full = header.pointee
            full.seq = seq
            full.story = story
            full.normSums = normSums
            let count = Int(full.ends[List.lines.rawValue])
            let copy = unsafeDowncast(Storage.create(minimumCapacity: max(1, count)) { _ in full }, to: Storage.self)
            copy.withUnsafeMutablePointerToElements { $0.initialize(from: elements, count: count) }
            return StoryArticle(copy)
        }
    }

    /// The sum of one word of every cache line a comparison reads (all lists before `lines`).
    /// Read for several candidates before any is compared, their cache misses overlap.
    func readAhead() -> UInt32 {
        storage.withUnsafeMutablePointers { header, elements in
            let end = Int(header.pointee.ends[List.protagonists.rawValue])
            var sum: UInt32 = 0
            for k in stride(from: 0, to: end, by: 16) { sum &+= elements[k] }
            return sum
        }
    }

    var simhash: UInt64 { storage.header.simhash }
    var day: Int? { storage.header.day }
    var seq: Int { storage.header.seq }
    var story: Int { storage.header.story }
    var normSums: StoryLinker.NormSums { storage.header.normSums }

    /// Runs `body` with the lists, which stay valid only for the call.
    @inline(__always) func withLists<R>(_ body: (Lists) throws -> R) rethrows -> R {
        try storage.withUnsafeMutablePointers { header, elements in try body(Lists(base: elements, ends: header.pointee.ends)) }
    }

    /// The lists of one article, read in place.
    struct Lists {
        let base: UnsafeMutablePointer<UInt32>
        let ends: SIMD16<UInt32>

        @inline(__always) subscript(_ list: List) -> UnsafeBufferPointer<UInt32> {
            let start = list.rawValue == 0 ? 0 : Int(ends[list.rawValue - 1])
            return UnsafeBufferPointer(start: base + start, count: Int(ends[list.rawValue]) - start)
        }

        /// The weight of the `k`th term.
        @inline(__always) func weight(_ k: Int) -> Float { Float(bitPattern: base[Int(ends[List.terms.rawValue]) + k]) }

        /// Whether the article has the content term `term`: a scan, as it is asked only for the
        /// one or two protagonists of each pair.
        func hasTerm(_ term: UInt32) -> Bool {
            self[.terms].contains(term)
        }
    }

    /// 1 + ln(count), from a table for the counts articles have: a logarithm per term was
    /// a measurable share of preparing an article.
    @inline(__always) static func weight(count: Int) -> Float {
        count < weights.count ? weights[max(0, count)] : 1 + Float(log(Double(count)))
    }

    private static let weights: [Float] = (0..<64).map { 1 + Float(log(Double(max(1, $0)))) }

    /// Adds `delta` to the document frequency of every bucket this article carries that is
    /// weighed by rarity: its terms, entities and figures, each once. Each list holds distinct
    /// buckets; a bucket shared across lists (a hash collision) counts twice. Quote windows are
    /// not counted: a shared quote scores by how much is shared, not by rarity, and counting
    /// them was a random write per window on every commit and eviction.
    func count(into frequency: inout [UInt16], _ delta: UInt16) {
        withLists { lists in
            frequency.withUnsafeMutableBufferPointer { table in
                func add(_ list: List) { for feature in lists[list] { table[Int(feature)] &+= delta } }
                add(.terms)
                add(.entities)
                add(.figures)
            }
        }
    }
}

/// Feature names hashed into a fixed space: FNV-1a, so runs and restarts agree.
enum FeatureHash {
    enum Kind: UInt8 { case word = 1, entity, quote, figure, line }

    /// 2^21 buckets: collisions are rare at newsroom vocabularies, and the tables stay at a few MB.
    static let bucketBits = 21

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    static func bucket(_ kind: Kind, _ name: String) -> UInt32 {
        var stream = Stream(kind)
        stream.add(name.utf8)
        return stream.bucket
    }

    /// The bucket of `name` lower-cased, as `bucket(kind, name.lowercased())` gives it, without
    /// building the lower-cased string when the name is ASCII, as nearly every name is.
    static func bucket(_ kind: Kind, lowercasing name: String) -> UInt32 {
        // Over the contiguous bytes: walking a `String.UTF8View` twice cost as much as the hashing.
        let ascii: UInt32?? = name.utf8.withContiguousStorageIfAvailable { bytes in
            var stream = Stream(kind)
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                stream.add(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
            return stream.bucket
        }
        if let bucket = ascii ?? nil { return bucket }
        return bucket(kind, name.lowercased())
    }

    /// The bucket of a sequence of four word hashes, in order. Each step is a multiply and a
    /// SplitMix64 finaliser, so every input bit reaches every output bit and the order counts.
    static func bucket(_ kind: Kind, mixing a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64) -> UInt32 {
        var x = UInt64(kind.rawValue) &* 0x9e37_79b9_7f4a_7c15
        x = finalise(x ^ a)
        x = finalise(x ^ b)
        x = finalise(x ^ c)
        x = finalise(x ^ d)
        return UInt32(truncatingIfNeeded: (x ^ (x >> 32)) & ((1 << UInt64(bucketBits)) - 1))
    }

    /// SplitMix64's finaliser: a bijection that carries every input bit to every output bit.
    @inline(__always) static func finalise(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A bucket built up byte by byte, without an intermediate string.
    struct Stream {
        private var hash = FeatureHash.offsetBasis

        init(_ kind: Kind) { add(kind.rawValue) }

        @inline(__always) mutating func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= FeatureHash.prime
        }

        mutating func add(_ bytes: some Sequence<UInt8>) { for byte in bytes { add(byte) } }

        /// Adds another hash, little-endian, so sequences of words hash without their text.
        mutating func add(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { add(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }

        var bucket: UInt32 { UInt32(truncatingIfNeeded: (hash ^ (hash >> 32)) & ((1 << UInt64(FeatureHash.bucketBits)) - 1)) }
    }
}

/// What `WordScanner` reports to: a protocol rather than a closure, so that each use is
/// specialised and a word costs no closure call or retain.
protocol WordSink {
    /// A word: its FNV-1a hash, and its content-term bucket unless it is a function word or a fragment.
    mutating func word(hash: UInt64, term: UInt32?)
    /// A line end, with the hash of the line's words (each followed by a space) and their number.
    mutating func lineEnd(hash: UInt32, words: Int)
}

extension WordSink {
    mutating func lineEnd(hash: UInt32, words: Int) {}
}

/// Splits text into lower-cased words (letters and ASCII digits) and reduces them to the
/// content terms the linker compares.
///
/// The loop over bytes only lower-cases each word into a scratch buffer; its hashes are taken
/// when it ends, from its bytes, so the plural folds need no copies of the hash kept one and
/// three bytes back. (Measured: about 10% cheaper than hashing byte by byte, same buckets.)
enum WordScanner {
    /// Calls `sink` for each word and line end; words inside `skip` (sorted spans, in
    /// Unicode scalars) are left out.
    static func scan<Sink: WordSink>(_ text: String, skip: [Span], into sink: inout Sink) {
        var text = text
        text.withUTF8 { scan(utf8: $0, skip: skip, into: &sink) }
    }

    /// As above, over the text's UTF-8: decoding scalars by hand is several times cheaper
    /// than iterating a `String.UnicodeScalarView`, and ASCII, most of news, is one compare.
    static func scan<Sink: WordSink>(utf8 bytes: UnsafeBufferPointer<UInt8>, skip: [Span], into sink: inout Sink) {
        // Lower-casing can lengthen a scalar (İ is i and a dot); three bytes per byte is ample.
        // The stop-word table is taken once: a static read per word went through its lazy initialiser.
        StopWords.withTable { stopWords in
            asciiWordTable.withUnsafeBufferPointer { asciiWordBytes in
                // Eight bytes of slack: a word's bytes are stored eight at a time.
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * bytes.count + 12) { word in
                    var length = 0
                    var line = FeatureHash.Stream(.line)
                    var lineWords = 0
                    var nextSkip = 0
                    var skipStart = skip.first?.start ?? Int.max
                    var i = 0, p = 0
                    let n = bytes.count
                    while p < n {
                        var v = UInt32(bytes[p])
                        if v < 0x80 {
                            if asciiWordBytes[Int(v)] != 0, i < skipStart {
                                // A run of ASCII letters and digits, up to the next skipped span, in a
                                // loop of its own: the table has 0 for every byte from 0x80 up.
                                let room = skipStart - i
                                let end = room < n - p ? p + room : n
                                var q = p
                                // Eight bytes at a time while they can be read: most words end
                                // within one load, with no branch per byte to mispredict.
                                while q &+ 8 <= n {
                                    let (lowered, run) = asciiWordRun(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + q).loadUnaligned(as: UInt64.self)))
                                    UnsafeMutableRawPointer(word.baseAddress! + length).storeBytes(of: lowered.littleEndian, as: UInt64.self)
                                    let taken = min(run, end &- q)
                                    length &+= taken
                                    q &+= taken
                                    if taken < 8 { break }
                                }
                                if q &+ 8 > n, q < end, asciiWordBytes[Int(bytes[q])] != 0 {
                                    repeat {
                                        word[length] = asciiWordBytes[Int(bytes[q])]
                                        length &+= 1
                                        q &+= 1
                                    } while q < end && asciiWordBytes[Int(bytes[q])] != 0
                                }
                                i &+= q - p
                                p = q
                                continue
                            }
                            p &+= 1
                        } else if v < 0xE0 {
                            v = (v & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F)
                            p += 2
                        } else if v < 0xF0 {
                            v = (v & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F)
                            p += 3
                        } else {
                            v = (v & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12 | UInt32(bytes[p + 2] & 0x3F) << 6 | UInt32(bytes[p + 3] & 0x3F)
                            p += 4
                        }
                        // Here: ASCII that is no letter or digit, or is skipped, or a scalar beyond ASCII.
                        if v > 0x7F, i < skipStart, let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                            for byte in scalar.properties.lowercaseMapping.utf8 {
                                word[length] = byte
                                length += 1
                            }
                        } else {
                            // A word ends at anything else: "Putin's" gives "putin" and "s".
                            if length > 0 {
                                emit(UnsafeBufferPointer(rebasing: word[0..<length]), line: &line, stopWords: stopWords, into: &sink)
                                lineWords += 1
                                length = 0
                            }
                            if v == 0x0A {
                                sink.lineEnd(hash: line.bucket, words: lineWords)
                                line = FeatureHash.Stream(.line)
                                lineWords = 0
                            }
                            // A skip ending on a newline ends here too: it used to stay open and
                            // drop the words after it up to the next space.
                            while i >= skipStart, i + 1 >= skip[nextSkip].end {
                                nextSkip += 1
                                skipStart = nextSkip < skip.count ? skip[nextSkip].start : Int.max
                            }
                        }
                        i += 1
                    }
                    if length > 0 {
                        emit(UnsafeBufferPointer(rebasing: word[0..<length]), line: &line, stopWords: stopWords, into: &sink)
                        lineWords += 1
                    }
                    sink.lineEnd(hash: line.bucket, words: lineWords)
                }
            }
        }
    }

    /// Eight bytes lower-cased, and how many of them, from the first, are ASCII letters or
    /// digits (8 when all are). Each range test adds a constant that carries into a byte's top
    /// bit exactly when the byte is at or above the range's bound; bytes from 0x80 up are masked
    /// out first, so no sum carries into the next byte.
    @inline(__always) static func asciiWordRun(_ x: UInt64) -> (lowered: UInt64, run: Int) {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let y = x & ~high, ascii = ~x & high
        @inline(__always) func within(_ low: UInt64, _ past: UInt64) -> UInt64 { (y &+ (0x80 - low) &* ones) & ~(y &+ (0x80 - past) &* ones) & ascii }
        let upper = within(0x41, 0x5B)
        let word = within(0x61, 0x7B) | upper | within(0x30, 0x3A)
        return (x | upper >> 2, (~word & high).trailingZeroBitCount >> 3)
    }

    /// Each byte's lower case if it is an ASCII letter or digit, else 0 (for every byte from 0x80 up too).
    private static let asciiWordTable: [UInt8] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) + 0x20
        default: 0
        }
    }

    /// Hands one word to `sink` and adds it, with a space after it, to its line's hash.
    @inline(__always)
    private static func emit<Sink: WordSink>(
        _ word: UnsafeBufferPointer<UInt8>, line: inout FeatureHash.Stream, stopWords: UnsafeBufferPointer<UInt64>, into sink: inout Sink
    ) {
        var hash = FeatureHash.offsetBasis
        var whole = FeatureHash.Stream(.word)
        var digitsOnly = true
        for byte in word {
            hash = (hash ^ UInt64(byte)) &* FeatureHash.prime
            whole.add(byte)
            line.add(byte)
            digitsOnly = digitsOnly && byte &- 0x30 < 10
        }
        line.add(UInt8(ascii: " "))
        sink.word(hash: hash, term: term(of: word, hash: hash, whole: whole, digitsOnly: digitsOnly, stopWords: stopWords))
    }

    /// The bucket a word is compared in, or nil for function words and fragments. Plurals
    /// fold onto the singular ("fighters" is "fighter", "parties" is "party"). Years and
    /// numbers of two to six digits are kept: "2008" against "2013", ages, house numbers.
    @inline(__always)
    private static func term(
        of w: UnsafeBufferPointer<UInt8>, hash: UInt64, whole: FeatureHash.Stream, digitsOnly: Bool, stopWords: UnsafeBufferPointer<UInt64>
    ) -> UInt32? {
        let n = w.count
        if digitsOnly {
            let year = n == 4 && (w[0] == UInt8(ascii: "1") && w[1] == UInt8(ascii: "9") || w[0] == UInt8(ascii: "2") && w[1] == UInt8(ascii: "0"))
            if year { return whole.bucket }
            guard (2...6).contains(n) else { return nil }
            var stream = FeatureHash.Stream(.word)
            stream.add(UInt8(ascii: "#"))
            stream.add(w)
            return stream.bucket
        }
        guard n >= 3, !StopWords.contains(hash, in: stopWords) else { return nil }
        let beforeS = w[n - 2]
        if n > 4, w[n - 1] == UInt8(ascii: "s"), beforeS != UInt8(ascii: "s"), beforeS != UInt8(ascii: "u"), beforeS != UInt8(ascii: "i") {
            var stream = FeatureHash.Stream(.word)
            if w[n - 3] == UInt8(ascii: "i"), beforeS == UInt8(ascii: "e") {
                stream.add(UnsafeBufferPointer(rebasing: w[0..<(n - 3)]))
                stream.add(UInt8(ascii: "y"))
            } else {
                stream.add(UnsafeBufferPointer(rebasing: w[0..<(n - 1)]))
            }
            return stream.bucket
        }
        return whole.bucket
    }

    /// The content terms of a short text such as a headline, in order.
    static func contentTerms(of text: String) -> [UInt32] {
        struct Terms: WordSink {
            var terms: [UInt32] = []
            mutating func word(hash: UInt64, term: UInt32?) { if let term { terms.append(term) } }
        }
        var sink = Terms()
        sink.terms.reserveCapacity(16)
        scan(text, skip: [], into: &sink)
        return sink.terms
    }
}

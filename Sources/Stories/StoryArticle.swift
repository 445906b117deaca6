import Extraction
import Foundation

/// A signature prepared for comparison: log-scaled term weights sorted by bucket, and the day number.
struct StoryArticle: Sendable {
    let signature: StorySignature
    let terms: [(term: UInt32, weight: Float)]
    let day: Int?

    init(_ signature: StorySignature) {
        // By bucket: the signature ranks its terms by count. Bucket and index packed in one
        // integer sort without a closure.
        let ranked = signature.terms
        var order = ranked.indices.map { UInt64(ranked[$0].term) << 32 | UInt64($0) }
        order.sort()
        terms = order.map { packed in
            let term = ranked[Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)]
            return (term.term, 1 + Float(log(Double(max(1, term.count)))))
        }
        day = signature.date?.daysSinceEpoch
        // The terms live on as `terms`; a second copy would double the window's memory.
        var rest = signature
        rest.terms = []
        self.signature = rest
    }

    /// Every bucket this article adds to the document frequencies, each once.
    /// Each list holds distinct buckets; a bucket shared across lists (a hash collision) counts twice.
    var allFeatures: [UInt32] {
        terms.map(\.term) + signature.entities + signature.quotes + signature.figures
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
        stream.add(Array(name.utf8))
        return stream.bucket
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
/// One pass hashes each byte three ways at once: the word's FNV-1a, its content-term bucket
/// and its line's hash. The three chains are independent, so they overlap in the CPU where
/// three passes over each word ran one after another.
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
        var nextSkip = 0
        var word = WordHashes()
        var line = FeatureHash.Stream(.line)
        var lineWords = 0
        func finish() {
            guard word.count > 0 else { return }
            sink.word(hash: word.hash, term: word.term)
            line.add(UInt8(ascii: " "))
            lineWords += 1
            word = WordHashes()
        }
        func endLine() {
            finish()
            sink.lineEnd(hash: line.bucket, words: lineWords)
            line = FeatureHash.Stream(.line)
            lineWords = 0
        }
        var i = 0, p = 0
        let n = bytes.count
        var skipStart = skip.first?.start ?? Int.max
        while p < n {
            defer { i += 1 }
            var v = UInt32(bytes[p])
            if v < 0x80 {
                p += 1
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
            if v == 0x0A {
                endLine()
            } else if i >= skipStart {
                finish()
                if i + 1 >= skip[nextSkip].end {
                    nextSkip += 1
                    skipStart = nextSkip < skip.count ? skip[nextSkip].start : Int.max
                }
            } else if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 {
                word.add(UInt8(v))
                line.add(UInt8(v))
            } else if v >= 0x41 && v <= 0x5A {
                word.add(UInt8(v + 0x20))
                line.add(UInt8(v + 0x20))
            } else if v > 0x7F, let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                for byte in scalar.properties.lowercaseMapping.utf8 {
                    word.add(byte)
                    line.add(byte)
                }
            } else {
                // "Putin's" gives "putin" and "s": the possessive is not glued on.
                finish()
            }
        }
        endLine()
    }

    /// The content terms of a short text such as a headline, in order.
    static func contentTerms(of text: String) -> [UInt32] {
        struct Terms: WordSink {
            var terms: [UInt32] = []
            mutating func word(hash: UInt64, term: UInt32?) { if let term { terms.append(term) } }
        }
        var sink = Terms()
        scan(text, skip: [], into: &sink)
        return sink.terms
    }

    /// The FNV-1a hashes of a text's words, in order.
    static func wordHashes(of text: String) -> [UInt64] {
        struct Hashes: WordSink {
            var hashes: [UInt64] = []
            mutating func word(hash: UInt64, term: UInt32?) { hashes.append(hash) }
        }
        var sink = Hashes()
        scan(text, skip: [], into: &sink)
        return sink.hashes
    }

    /// The hashes of the word being read, kept up byte by byte.
    ///
    /// A content term is the word's bucket in the `.word` space. Plurals fold onto the
    /// singular ("fighters" is "fighter", "parties" is "party"), so the term's hash is also
    /// kept as it was one and three bytes back.
    struct WordHashes {
        private(set) var count = 0
        /// FNV-1a of the word's bytes.
        private(set) var hash: UInt64 = FeatureHash.offsetBasis
        /// The `.word` stream after all bytes, and after all but one, two and three.
        private var whole = FeatureHash.Stream(.word)
        private var termBack1 = FeatureHash.Stream(.word), termBack2 = FeatureHash.Stream(.word), termBack3 = FeatureHash.Stream(.word)
        /// The last eight bytes, the newest lowest.
        private var recent: UInt64 = 0
        private var digitsOnly = true

        @inline(__always) mutating func add(_ byte: UInt8) {
            count += 1
            hash = (hash ^ UInt64(byte)) &* FeatureHash.prime
            termBack3 = termBack2
            termBack2 = termBack1
            termBack1 = whole
            whole.add(byte)
            recent = recent << 8 | UInt64(byte)
            if byte < 0x30 || byte > 0x39 { digitsOnly = false }
        }

        /// The word's byte `k` places from its end (0 is the last).
        private func back(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: recent >> UInt64(8 * k)) }

        /// The bucket the word is compared in, or nil for function words and fragments.
        /// Years and numbers of two to six digits are kept: "2008" against "2013", ages, house numbers.
        var term: UInt32? {
            let n = count
            if digitsOnly {
                let year = n == 4 && (back(3) == UInt8(ascii: "1") && back(2) == UInt8(ascii: "9") || back(3) == UInt8(ascii: "2") && back(2) == UInt8(ascii: "0"))
                if year { return whole.bucket }
                guard (2...6).contains(n) else { return nil }
                var stream = FeatureHash.Stream(.word)
                stream.add(UInt8(ascii: "#"))
                for k in stride(from: n - 1, through: 0, by: -1) { stream.add(back(k)) }
                return stream.bucket
            }
            guard n >= 3, !StopWords.contains(hash) else { return nil }
            let beforeS = back(1)
            if n > 4, back(0) == UInt8(ascii: "s"), beforeS != UInt8(ascii: "s"), beforeS != UInt8(ascii: "u"), beforeS != UInt8(ascii: "i") {
                if back(2) == UInt8(ascii: "i"), beforeS == UInt8(ascii: "e") {
                    var stream = termBack3
                    stream.add(UInt8(ascii: "y"))
                    return stream.bucket
                }
                return termBack1.bucket
            }
            return whole.bucket
        }
    }
}

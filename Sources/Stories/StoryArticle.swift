import Extraction
import Foundation

/// A signature prepared for comparison: log-scaled term weights sorted by bucket, and the day number.
struct StoryArticle: Sendable {
    let signature: StorySignature
    let terms: [(term: UInt32, weight: Float)]
    let day: Int?

    init(_ signature: StorySignature) {
        terms = signature.terms.map { ($0.term, 1 + Float(log(Double(max(1, $0.count))))) }.sorted { $0.term < $1.term }
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

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
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
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        init(_ kind: Kind) { add(kind.rawValue) }

        mutating func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }

        mutating func add(_ bytes: some Sequence<UInt8>) { for byte in bytes { add(byte) } }

        /// Adds another hash, little-endian, so sequences of words hash without their text.
        mutating func add(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { add(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }

        var bucket: UInt32 { UInt32(truncatingIfNeeded: (hash ^ (hash >> 32)) & ((1 << UInt64(FeatureHash.bucketBits)) - 1)) }
    }
}

/// Splits text into lower-cased words (letters and ASCII digits) as UTF-8 bytes, and
/// reduces words to the content terms the linker compares.
enum WordScanner {
    /// A word's bytes are lent for the call only: passing a buffer, not an array, keeps the
    /// scan free of a retain and release per word.
    enum Event {
        case word(UnsafeBufferPointer<UInt8>, hash: UInt64)
        case lineEnd
    }

    /// Calls `body` for each word and line end; words inside `skip` (sorted spans) are left out.
    static func scan(_ scalars: String.UnicodeScalarView, skip: [Span], _ body: (Event) -> Void) {
        var nextSkip = 0
        var word: [UInt8] = []
        word.reserveCapacity(32)
        func finish() {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer { bytes in body(.word(bytes, hash: FeatureHash.fnv(bytes))) }
            word.removeAll(keepingCapacity: true)
        }
        var i = 0
        for scalar in scalars {
            defer { i += 1 }
            let v = scalar.value
            if v == 0x0A {
                finish()
                body(.lineEnd)
            } else if nextSkip < skip.count, i >= skip[nextSkip].start {
                finish()
                if i + 1 >= skip[nextSkip].end { nextSkip += 1 }
            } else if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 {
                word.append(UInt8(v))
            } else if v >= 0x41 && v <= 0x5A {
                word.append(UInt8(v + 0x20))
            } else if v > 0x7F, scalar.properties.isAlphabetic {
                word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                // "Putin's" gives "putin" and "s": the possessive is not glued on.
                finish()
            }
        }
        finish()
        body(.lineEnd)
    }

    /// The content terms of a short text such as a headline, in order.
    static func contentTerms(of text: String) -> [UInt32] {
        var terms: [UInt32] = []
        scan(text.unicodeScalars, skip: []) { event in
            if case .word(let bytes, let hash) = event, let term = contentTerm(bytes, hash: hash) { terms.append(term) }
        }
        return terms
    }

    /// The bucket a word is compared in, or nil for function words and fragments.
    /// Years and numbers of two to six digits are kept: "2008" against "2013", ages, house numbers.
    static func contentTerm(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> UInt32? {
        var digits = true
        for byte in word where byte < 0x30 || byte > 0x39 {
            digits = false
            break
        }
        var stream = FeatureHash.Stream(.word)
        if digits {
            let year = word.count == 4 && (word[0] == 0x31 && word[1] == 0x39 || word[0] == 0x32 && word[1] == 0x30)
            guard year || (2...6).contains(word.count) else { return nil }
            if !year { stream.add(UInt8(ascii: "#")) }
            stream.add(word)
            return stream.bucket
        }
        guard word.count >= 3, !StopWords.contains(hash) else { return nil }
        // Plurals fold onto the singular: "fighters" and "fighter" are one term.
        let n = word.count
        let beforeS = n > 1 ? word[n - 2] : 0
        if n > 4, word[n - 1] == UInt8(ascii: "s"), beforeS != UInt8(ascii: "s"), beforeS != UInt8(ascii: "u"), beforeS != UInt8(ascii: "i") {
            if word[n - 3] == UInt8(ascii: "i"), word[n - 2] == UInt8(ascii: "e") {
                for byte in word[0..<(n - 3)] { stream.add(byte) }
                stream.add(UInt8(ascii: "y"))
            } else {
                for byte in word[0..<(n - 1)] { stream.add(byte) }
            }
            return stream.bucket
        }
        stream.add(word)
        return stream.bucket
    }
}

import Foundation

/// BILOU tags over the four CoNLL types: 0 is O, then B, I, L, U for PER, ORG, LOC, MISC.
enum EntityTag {
    static let count = 17
    static let outside = 0

    static func tag(_ type: EntityType, _ position: Int) -> Int { 1 + typeIndex(type) * 4 + position }
    static let begin = 0, inside = 1, last = 2, unit = 3

    static func typeIndex(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .organisation: 1
        case .place: 2
        case .miscellaneous: 3
        }
    }

    static let types: [EntityType] = [.person, .organisation, .place, .miscellaneous]
    static func type(of tag: Int) -> EntityType? { tag == 0 ? nil : types[(tag - 1) / 4] }
    static func position(of tag: Int) -> Int { (tag - 1) % 4 }

    /// Whether `tag` may follow `previous` (BILOU's grammar), from a table.
    @inline(__always) static func allowed(_ tag: Int, after previous: Int) -> Bool {
        transitions[previous * count + tag]
    }

    /// The highest-scoring tag that may follow `previous` (and end the sentence, at its end).
    static func bestAllowed<Scores: RandomAccessCollection>(_ scores: Scores, after previous: Int, atEnd: Bool) -> Int
    where Scores.Index == Int, Scores.Element: Comparable {
        var best = -1
        for tag in 0..<count where allowed(tag, after: previous) && (!atEnd || canEnd(tag)) {
            if best < 0 || scores[tag] > scores[best] { best = tag }
        }
        return best
    }

    /// Tags a sentence may end on: no entity left open.
    @inline(__always) static func canEnd(_ tag: Int) -> Bool {
        tag == 0 || position(of: tag) == last || position(of: tag) == unit
    }

    private static let transitions: [Bool] = (0..<(count * count)).map { computeAllowed($0 % count, after: $0 / count) }

    private static func computeAllowed(_ tag: Int, after previous: Int) -> Bool {
        let open = previous != 0 && (position(of: previous) == begin || position(of: previous) == inside)
        if open {
            return tag != 0 && type(of: tag) == type(of: previous) && (position(of: tag) == inside || position(of: tag) == last)
        }
        return tag == 0 || position(of: tag) == begin || position(of: tag) == unit
    }
}

/// What the tagger knows about one token, computed once per token.
struct TokenProfile {
    var lower: UInt64 = 0
    var raw: UInt64 = 0
    var shape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var flags: UInt64 = 0
    var gazetteer: UInt64 = 0
    var isTitle = false
    var isAllCaps = false
    /// The word's number in its document (``DocumentContext``); -1 until numbered.
    var word: Int32 = -1

    static let titleFlag: UInt64 = 1, allCapsFlag: UInt64 = 2, digitFlag: UInt64 = 4, hyphenFlag: UInt64 = 8
    static let punctuationFlag: UInt64 = 16, firstFlag: UInt64 = 32

    init(_ text: String, first: Bool) {
        self = Self(asciiText: text, first: first) ?? Self(unicode: text, first: first)
    }

    /// The profile of an ASCII word; nil for any other.
    init?(asciiText text: String, first: Bool) {
        var text = text
        guard let profile = text.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? Self(ascii: bytes, first: first) : nil }) else {
            return nil
        }
        self = profile
    }

    /// The fast path: ASCII words, hashed straight from their bytes without allocating.
    private init(ascii bytes: UnsafeBufferPointer<UInt8>, first: Bool) {
        @inline(__always) func lowered(_ byte: UInt8) -> UInt8 {
            UInt8(ascii: "A")...UInt8(ascii: "Z") ~= byte ? byte + 32 : byte
        }
        var upper = 0, lowerCount = 0, digits = 0, hyphen = false
        var lastClass: UInt8 = 0, repeatCount = 0
        var rawHash = FeatureHash.offsetBasis, lowerHash = FeatureHash.offsetBasis, shapeHash = FeatureHash.offsetBasis
        var p0 = FeatureHash.tilde, p1 = FeatureHash.tilde, p2 = FeatureHash.tilde, p3 = FeatureHash.tilde
        for (index, byte) in bytes.enumerated() {
            let cls: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): cls = UInt8(ascii: "X"); upper += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): cls = UInt8(ascii: "x"); lowerCount += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): cls = UInt8(ascii: "d"); digits += 1
            default:
                cls = byte
                if byte == UInt8(ascii: "-") { hyphen = true }
            }
            repeatCount = cls == lastClass ? repeatCount + 1 : 1
            if repeatCount <= 2 { shapeHash = FeatureHash.step(shapeHash, cls) }
            lastClass = cls
            rawHash = FeatureHash.step(rawHash, byte)
            // The hash of the first k lowered bytes is FNV's state after k bytes.
            lowerHash = FeatureHash.step(lowerHash, lowered(byte))
            if bytes.count > index + 1 {
                switch index {
                case 0: p0 = lowerHash
                case 1: p1 = lowerHash
                case 2: p2 = lowerHash
                case 3: p3 = lowerHash
                default: break
                }
            }
        }
        raw = rawHash
        lower = lowerHash
        shape = shapeHash
        prefixes = (p0, p1, p2, p3)
        @inline(__always) func suffix(_ n: Int) -> UInt64 {
            guard bytes.count > n else { return FeatureHash.tilde }
            var hash = FeatureHash.offsetBasis
            for byte in bytes[(bytes.count - n)...] { hash = FeatureHash.step(hash, lowered(byte)) }
            return hash
        }
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        let firstIsUpper = bytes.first.map { UInt8(ascii: "A")...UInt8(ascii: "Z") ~= $0 } ?? false
        setFlags(upper: upper, lower: lowerCount, digits: digits, hyphen: hyphen, firstIsUpper: firstIsUpper, first: first)
    }

    /// Any other word: the same features through Unicode properties.
    private init(unicode text: String, first: Bool) {
        let scalars = Array(text.unicodeScalars)
        var lowerScalars = String.UnicodeScalarView()
        var shapeBytes: [UInt8] = []
        var upper = 0, lowerCount = 0, digits = 0
        var lastClass: UInt8 = 0, repeatCount = 0
        for scalar in scalars {
            let properties = scalar.properties
            let cls: UInt8
            if properties.isUppercase {
                cls = UInt8(ascii: "X"); upper += 1
            } else if properties.isLowercase {
                cls = UInt8(ascii: "x"); lowerCount += 1
            } else if properties.numericType != nil {
                cls = UInt8(ascii: "d"); digits += 1
            } else if scalar.isASCII {
                cls = UInt8(scalar.value)
            } else {
                cls = UInt8(ascii: "?")
            }
            repeatCount = cls == lastClass ? repeatCount + 1 : 1
            if repeatCount <= 2 { shapeBytes.append(cls) }
            lastClass = cls
            lowerScalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
        }
        let lowered = String(lowerScalars)
        lower = FeatureHash.string(lowered)
        raw = FeatureHash.string(text)
        shape = FeatureHash.bytes(shapeBytes)
        let lowerArray = Array(lowered.unicodeScalars)
        func affix(_ n: Int, fromEnd: Bool) -> UInt64 {
            guard lowerArray.count > n else { return FeatureHash.tilde }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: fromEnd ? lowerArray[(lowerArray.count - n)...] : lowerArray[..<n])
            return FeatureHash.string(String(view))
        }
        prefixes = (affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false), affix(4, fromEnd: false))
        suffixes = (affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true), affix(4, fromEnd: true))
        setFlags(
            upper: upper, lower: lowerCount, digits: digits, hyphen: text.contains("-"),
            firstIsUpper: scalars.first?.isUpper == true, first: first
        )
    }

    private mutating func setFlags(upper: Int, lower lowerCount: Int, digits: Int, hyphen: Bool, firstIsUpper: Bool, first: Bool) {
        isTitle = upper >= 1 && firstIsUpper && lowerCount > 0
        isAllCaps = upper >= 1 && lowerCount == 0
        if isTitle { flags |= Self.titleFlag }
        if isAllCaps { flags |= Self.allCapsFlag }
        if digits > 0 { flags |= Self.digitFlag }
        if hyphen { flags |= Self.hyphenFlag }
        if upper + lowerCount == 0 && digits == 0 { flags |= Self.punctuationFlag }
        if first { flags |= Self.firstFlag }
        gazetteer = UInt64(Gazetteer.membership(hash: lower))
    }
}

/// Hashing for features: strings with FNV-1a, feature templates mixed in with splitmix64.
enum FeatureHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The hash of an affix the word is too short to have.
    static let tilde = bytes([UInt8(ascii: "~")])

    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    static func bytes(_ bytes: some Collection<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &+ 0x9e37_79b9_7f4a_7c15 &+ (b &* 0xbf58_476d_1ce4_e5b9)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Facts about the whole document that help where a sentence alone is ambiguous, such as
/// all-caps headlines: how a word is cased elsewhere, and how it was tagged before.
struct DocumentContext {
    /// For each distinct word of the document (``TokenProfile/word``): 1 if seen title-cased away
    /// from a sentence start, 2 if seen in lower case.
    private var casing: [UInt8] = []
    /// For each distinct word, how often each type was predicted for it so far in this document.
    private var history: [SIMD4<Int32>]

    /// Numbers the distinct words of `sentences` (setting each profile's ``TokenProfile/word``),
    /// so that the per-word tables are arrays: one hash per token here, none while tagging.
    init(sentences: inout [[TokenProfile]]) {
        let tokens = sentences.reduce(0) { $0 + $1.count }
        var bits = 4
        while 1 << bits < 2 * tokens { bits += 1 }
        let mask = (1 << bits) - 1, shift = UInt64(64 - bits)
        var keys = [UInt64](repeating: 0, count: 1 << bits)
        var words = [Int32](repeating: -1, count: 1 << bits)
        for s in sentences.indices {
            for i in sentences[s].indices {
                let token = sentences[s][i]
                // `lower` is already an FNV hash; a multiplicative step spreads it over the slots.
                var slot = Int(truncatingIfNeeded: (token.lower &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while words[slot] >= 0, keys[slot] != token.lower { slot = (slot + 1) & mask }
                if words[slot] < 0 {
                    keys[slot] = token.lower
                    words[slot] = Int32(casing.count)
                    casing.append(0)
                }
                let word = Int(words[slot])
                sentences[s][i].word = Int32(word)
                if token.isTitle, i > 0 { casing[word] |= 1 }
                if token.flags & (TokenProfile.titleFlag | TokenProfile.allCapsFlag | TokenProfile.punctuationFlag) == 0 {
                    casing[word] |= 2
                }
            }
        }
        history = [SIMD4<Int32>](repeating: .zero, count: casing.count)
    }

    /// Calls `body` with the casing bits by word number, for the tagger's inner loop.
    func withCasing<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        casing.withUnsafeBufferPointer(body)
    }

    mutating func record(_ tag: Int, for token: TokenProfile) {
        guard let type = EntityTag.type(of: tag), token.word >= 0 else { return }
        history[Int(token.word)][EntityTag.typeIndex(type)] += 1
    }

    func mostTagged(_ token: TokenProfile) -> UInt64 {
        guard token.word >= 0 else { return 0 }
        let c = history[Int(token.word)]
        // The first type with the highest count, as 1...4.
        var best: UInt64 = 1
        var top = c[0]
        for k in 1..<4 where c[k] > top {
            best = UInt64(k + 1)
            top = c[k]
        }
        return top == 0 ? 0 : best
    }
}

/// Feature templates for one position; the same code serves training and tagging.
///
/// Slot `k` holds template `k`, hashed with `k`. Most templates read only the text; the
/// ``dynamicSlots`` read the tags decoded so far, so the tagger scores the rest of a sentence
/// in one pass before decoding it.
enum FeatureTemplates {
    static let count = 36
    /// The slots that depend on earlier tags: the previous tags, and the document's tag history.
    static let dynamicSlots = [21, 22, 23, 24, 30]
    static let staticSlots = (0..<count).filter { !dynamicSlots.contains($0) }

    /// Writes the hashed features of token `i` into `out` (which holds ``count`` values).
    static func extract(
        _ sentence: [TokenProfile], _ i: Int, previous: Int, beforePrevious: Int, headline: Bool,
        document: DocumentContext, into out: inout [UInt64]
    ) {
        precondition(out.count == count)
        out.withUnsafeMutableBufferPointer { out in
            sentence.withUnsafeBufferPointer { sentence in
                document.withCasing { casing in extractStatic(sentence, i, headline: headline, casing: casing, into: out) }
            }
            extractDynamic(sentence[i], previous: previous, beforePrevious: beforePrevious, document: document, into: out)
        }
    }

    /// Fills every slot but the ``dynamicSlots``.
    @inline(__always)
    static func extractStatic(
        _ sentence: UnsafeBufferPointer<TokenProfile>, _ i: Int, headline: Bool, casing: UnsafeBufferPointer<UInt8>,
        into out: UnsafeMutableBufferPointer<UInt64>
    ) {
        let none = boundary
        let t = sentence[i]
        let p1 = i > 0 ? sentence[i - 1] : none
        let p2 = i > 1 ? sentence[i - 2] : none
        let n1 = i + 1 < sentence.count ? sentence[i + 1] : none
        let n2 = i + 2 < sentence.count ? sentence[i + 2] : none
        let h = FeatureHash.mix
        @inline(__always) func set(_ k: Int, _ value: UInt64) { out[k] = h(UInt64(k), value) }
        set(0, 0)
        set(1, t.lower); set(2, t.raw); set(3, t.shape)
        set(4, t.prefixes.0); set(5, t.prefixes.1); set(6, t.prefixes.2); set(7, t.prefixes.3)
        set(8, t.suffixes.0); set(9, t.suffixes.1); set(10, t.suffixes.2); set(11, t.suffixes.3)
        set(12, p1.lower); set(13, n1.lower); set(14, p2.lower); set(15, n2.lower)
        set(16, p1.shape); set(17, n1.shape); set(18, h(h(p1.shape, t.shape), n1.shape))
        set(19, h(p1.lower, t.lower)); set(20, h(t.lower, n1.lower))
        set(25, t.flags); set(26, t.gazetteer); set(27, p1.gazetteer); set(28, n1.gazetteer); set(29, h(p1.gazetteer, t.gazetteer))
        set(31, h(t.word < 0 ? 0 : UInt64(casing[Int(t.word)]), t.shape))
        set(32, h(headline ? 1 : 0, h(t.shape, t.flags & TokenProfile.firstFlag)))
        set(33, p1.suffixes.2); set(34, p1.raw); set(35, n1.raw)
    }

    /// Fills the ``dynamicSlots``.
    @inline(__always)
    static func extractDynamic(
        _ t: TokenProfile, previous: Int, beforePrevious: Int, document: DocumentContext, into out: UnsafeMutableBufferPointer<UInt64>
    ) {
        let prev = UInt64(previous), prev2 = UInt64(beforePrevious)
        let h = FeatureHash.mix
        @inline(__always) func set(_ k: Int, _ value: UInt64) { out[k] = h(UInt64(k), value) }
        set(21, prev); set(22, h(prev2, prev)); set(23, h(prev, t.lower)); set(24, h(prev, t.shape))
        set(30, document.mostTagged(t))
    }
}

extension FeatureTemplates {
    /// Stands for the positions before the first and after the last token.
    static let boundary: TokenProfile = {
        var profile = TokenProfile("", first: false)
        profile.lower = 1
        profile.raw = 1
        profile.shape = 1
        return profile
    }()
}

/// The learned weights: for each hashed feature bucket, one score per tag.
///
/// Stored sparsely (only buckets with weight) as 16-bit integers with one scale, which keeps
/// the resource small and the scoring loop to integer adds. Which buckets have a row is a
/// bitset with a rank table (256 KB for 2^20 buckets, so it stays in L2): a bucket's row is the
/// number of set bits before it, because rows are stored in bucket order.
public struct EntityModel: Sendable {
    let bucketBits: Int
    /// One bit per bucket: whether it has a row.
    /// Pairs of words: the presence bits of 64 buckets, then how many bits are set before them.
    /// Side by side, one lookup reads one cache line.
    let index: [UInt64]
    /// The rows, in bucket order, as scoring reads them: the first 16 weights of each row in 32 bytes aligned to 64,
    /// so a row never straddles two cache lines, and the 17th weights apart.
    let heads: AlignedRows
    let tails: [Int16]
    let scale: Float

    /// Builds the compact model from dense training weights.
    init(bucketBits: Int, dense: [Float]) {
        let maximum = dense.reduce(Float(0)) { max($0, abs($1)) }
        let unit = maximum > 0 ? maximum / 32767 : 1
        var buckets: [Int] = []
        var rows: [Int16] = []
        for bucket in 0..<(1 << bucketBits) {
            let base = bucket * EntityTag.count
            let quantized = (0..<EntityTag.count).map { Int16((dense[base + $0] / unit).rounded()) }
            if quantized.contains(where: { $0 != 0 }) {
                buckets.append(bucket)
                rows.append(contentsOf: quantized)
            }
        }
        self.init(bucketBits: bucketBits, buckets: buckets, rows: rows, scale: unit)
    }

    /// `buckets` ascending, one row of `rows` each.
    private init(bucketBits: Int, buckets: [Int], rows: [Int16], scale: Float) {
        self.bucketBits = bucketBits
        var present = [UInt64](repeating: 0, count: max(1, (1 << bucketBits) / 64))
        for bucket in buckets { present[bucket >> 6] |= 1 << UInt64(bucket & 63) }
        var rank = [UInt32](repeating: 0, count: present.count)
        var total: UInt32 = 0
        for (word, bits) in present.enumerated() {
            rank[word] = total
            total += UInt32(bits.nonzeroBitCount)
        }
        var index = [UInt64](repeating: 0, count: 2 * present.count)
        for word in present.indices {
            index[2 * word] = present[word]
            index[2 * word + 1] = UInt64(rank[word])
        }
        self.index = index
        self.scale = scale
        let count = rows.count / EntityTag.count
        heads = AlignedRows(count: count) { row, t in rows[row * EntityTag.count + t] }
        tails = (0..<count).map { rows[$0 * EntityTag.count + 16] }
    }

    /// The buckets that have a row, ascending.
    var buckets: [Int] {
        var found: [Int] = []
        for word in 0..<(index.count / 2) {
            let bits = index[2 * word]
            for bit in 0..<64 where bits & (1 << UInt64(bit)) != 0 { found.append(word * 64 + bit) }
        }
        return found
    }

    /// Calls `body` with a ``RowScorer`` over this model's tables.
    func withScorer<R>(_ body: (RowScorer) -> R) -> R {
        index.withUnsafeBufferPointer { index in
            tails.withUnsafeBufferPointer { tails in
                body(RowScorer(shift: UInt64(64 - bucketBits), index: index, heads: heads.base, tails: tails))
            }
        }
    }

    // MARK: - Serialisation

    private static let magic = Array("WWNER001".utf8)

    /// The resource bytes: magic, bucket bits, scale, row count, then (bucket, weights) per row.
    public func serialized() -> [UInt8] {
        var out = Self.magic
        func put<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put(UInt32(bucketBits))
        put(scale.bitPattern)
        put(UInt32(tails.count))
        for (row, bucket) in buckets.enumerated() {
            put(UInt32(bucket))
            for t in 0..<16 { put(heads.base[row * 16 + t]) }
            put(tails[row])
        }
        return out
    }

    /// Reads a model written by ``serialized()``; nil if the bytes are not one.
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 20, bytes.starts(with: Self.magic) else { return nil }
        var offset = 8
        func get<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard offset + MemoryLayout<T>.size <= bytes.count else { return nil }
            let value = bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
            offset += MemoryLayout<T>.size
            return value
        }
        guard let bits = get(UInt32.self), bits >= 8, bits <= 26, let scaleBits = get(UInt32.self), let count = get(UInt32.self),
            bytes.count == 20 + Int(count) * (4 + 2 * EntityTag.count)
        else { return nil }
        var buckets: [Int] = []
        buckets.reserveCapacity(Int(count))
        var weights = [Int16]()
        weights.reserveCapacity(Int(count) * EntityTag.count)
        for _ in 0..<Int(count) {
            // Rows come in ascending bucket order, which the rank table relies on.
            guard let bucket = get(UInt32.self), Int(bucket) < 1 << Int(bits), Int(bucket) > buckets.last ?? -1 else { return nil }
            buckets.append(Int(bucket))
            for _ in 0..<EntityTag.count { weights.append(get(Int16.self)!) }
        }
        self.init(bucketBits: Int(bits), buckets: buckets, rows: weights, scale: Float(bitPattern: scaleBits))
    }
}

/// The first 16 weights of each model row, 32 bytes a row, in memory aligned to a cache line.
/// Immutable once built, so sharing it across threads is safe.
final class AlignedRows: @unchecked Sendable {
    let base: UnsafeMutablePointer<Int16>
    private let count: Int

    init(count: Int, weight: (_ row: Int, _ tag: Int) -> Int16) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(1, count) * 32, alignment: 64)
        base = raw.bindMemory(to: Int16.self, capacity: max(1, count) * 16)
        for row in 0..<count {
            for t in 0..<16 { base[row * 16 + t] = weight(row, t) }
        }
    }

    deinit { UnsafeMutableRawPointer(base).deallocate() }
}

/// An ``EntityModel``'s tables as raw buffers, so the tagger's inner loop neither retains
/// nor bounds-checks them; valid only inside ``EntityModel/withScorer(_:)``.
struct RowScorer {
    let shift: UInt64
    let index: UnsafeBufferPointer<UInt64>
    let heads: UnsafeMutablePointer<Int16>
    let tails: UnsafeBufferPointer<Int16>

    /// Adds the weights of `features[slot]` for each of `slots` to `scores` (17 values).
    @inline(__always)
    func accumulate(_ features: UnsafeBufferPointer<UInt64>, slots: UnsafeBufferPointer<Int>, into scores: UnsafeMutablePointer<Int32>) {
        let width = EntityTag.count
        // Resolve every row first: independent loads the CPU can overlap, instead of a chain of
        // cache misses (index, then row) per feature.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: slots.count) { found in
            for (k, slot) in slots.enumerated() {
                let bucket = Int(features[slot] >> shift)
                let word = index[2 * (bucket >> 6)]
                let bit = UInt64(1) << UInt64(bucket & 63)
                found[k] = word & bit == 0 ? -1 : Int32(truncatingIfNeeded: index[2 * (bucket >> 6) + 1]) + Int32((word & (bit &- 1)).nonzeroBitCount)
            }
            // 17 weights a row: the first 16 as one SIMD lane group, the last on its own. The
            // lanes are widened one by one; SIMD16's generic widening stayed a call per row.
            assert(width == 17, "the SIMD accumulation below is written for 17 tags")
            var head = SIMD16<Int32>.zero
            var tail: Int32 = 0
            for row in found where row >= 0 {
                let w = heads + Int(row) * 16
                head &+= SIMD16<Int32>(
                    Int32(w[0]), Int32(w[1]), Int32(w[2]), Int32(w[3]), Int32(w[4]), Int32(w[5]), Int32(w[6]), Int32(w[7]),
                    Int32(w[8]), Int32(w[9]), Int32(w[10]), Int32(w[11]), Int32(w[12]), Int32(w[13]), Int32(w[14]), Int32(w[15])
                )
                tail &+= Int32(tails[Int(row)])
            }
            for t in 0..<16 { scores[t] &+= head[t] }
            scores[16] &+= tail
        }
    }
}

/// A typed entity mention found by the tagger, by token positions and span.
public struct EntityMention: Sendable, Equatable, Hashable {
    public var type: EntityType
    public var span: Span

    public init(type: EntityType, span: Span) {
        self.type = type
        self.span = span
    }
}

/// Tags the sentences of one document with PER, ORG, LOC and MISC mentions.
public struct EntityTagger: Sendable {
    let model: EntityModel

    public init(model: EntityModel) {
        self.model = model
    }

    /// The mentions in `sentences`, one document's worth, in order.
    public func mentions(in sentences: [[Token]]) -> [EntityMention] {
        // Words outside ASCII take the slow Unicode path; each distinct one is profiled once.
        var unicodeProfiles: [String: TokenProfile] = [:]
        func profile(_ text: String, first: Bool) -> TokenProfile {
            if let ascii = TokenProfile(asciiText: text, first: first) { return ascii }
            var profile = unicodeProfiles[text] ?? {
                let made = TokenProfile(text, first: false)
                unicodeProfiles[text] = made
                return made
            }()
            if first { profile.flags |= TokenProfile.firstFlag }
            return profile
        }
        var profiles = sentences.map { sentence in sentence.enumerated().map { profile($1.text, first: $0 == 0) } }
        var document = DocumentContext(sentences: &profiles)
        var features = [UInt64](repeating: 0, count: FeatureTemplates.count)
        var found: [EntityMention] = []
        for (tokens, profile) in zip(sentences, profiles) {
            let tags = Self.decode(profile, model: model, document: &document, features: &features)
            found.append(contentsOf: Self.mentions(tags, tokens.map(\.span)))
        }
        return found
    }

    static func isHeadline(_ sentence: [TokenProfile]) -> Bool {
        var words = 0, allCaps = 0
        for token in sentence where token.flags & (TokenProfile.punctuationFlag | TokenProfile.digitFlag) == 0 {
            words += 1
            if token.isAllCaps { allCaps += 1 }
        }
        return words >= 2 && allCaps * 4 >= words * 3
    }

    /// Greedy left-to-right decoding under BILOU's grammar. The templates that read only the
    /// text are scored for the whole sentence first, with no decision between their memory
    /// loads; the few that read earlier tags are added token by token.
    static func decode(
        _ sentence: [TokenProfile], model: EntityModel, document: inout DocumentContext, features: inout [UInt64]
    ) -> [Int] {
        let width = EntityTag.count
        var tags = [Int](repeating: 0, count: sentence.count)
        let headline = isHeadline(sentence)
        var partial = [Int32](repeating: 0, count: sentence.count * width)
        // Every table as a buffer up front: the loops below then make no retains.
        model.withScorer { scorer in
            FeatureTemplates.staticSlots.withUnsafeBufferPointer { staticSlots in
                FeatureTemplates.dynamicSlots.withUnsafeBufferPointer { dynamicSlots in
                    features.withUnsafeMutableBufferPointer { features in
                        partial.withUnsafeMutableBufferPointer { partial in
                            sentence.withUnsafeBufferPointer { sentence in
                                document.withCasing { casing in
                                    for i in sentence.indices {
                                        FeatureTemplates.extractStatic(sentence, i, headline: headline, casing: casing, into: features)
                                        scorer.accumulate(UnsafeBufferPointer(features), slots: staticSlots, into: partial.baseAddress! + i * width)
                                    }
                                }
                                tags.withUnsafeMutableBufferPointer { tags in
                                    for i in sentence.indices {
                                        let previous = i > 0 ? tags[i - 1] : 0
                                        let beforePrevious = i > 1 ? tags[i - 2] : 0
                                        FeatureTemplates.extractDynamic(
                                            sentence[i], previous: previous, beforePrevious: beforePrevious, document: document, into: features)
                                        let row = partial.baseAddress! + i * width
                                        scorer.accumulate(UnsafeBufferPointer(features), slots: dynamicSlots, into: row)
                                        let best = EntityTag.bestAllowed(UnsafeBufferPointer(start: row, count: width), after: previous, atEnd: i == sentence.count - 1)
                                        tags[i] = best
                                        document.record(best, for: sentence[i])
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return tags
    }

    /// Mentions from a BILOU tag sequence.
    static func mentions(_ tags: [Int], _ spans: [Span]) -> [EntityMention] {
        var found: [EntityMention] = []
        var start: Int?
        for (i, tag) in tags.enumerated() {
            guard let type = EntityTag.type(of: tag) else {
                start = nil
                continue
            }
            switch EntityTag.position(of: tag) {
            case EntityTag.unit: found.append(EntityMention(type: type, span: spans[i]))
            case EntityTag.begin: start = i
            case EntityTag.last:
                if let s = start { found.append(EntityMention(type: type, span: Span(spans[s].start, spans[i].end))) }
                start = nil
            default: break
            }
        }
        return found
    }
}

extension EntityModel {
    /// The model shipped with Wirewatch (`Resources/entities.model`), read once on first use;
    /// nil when it cannot be found (see ``BundledResource``).
    public static let bundled: EntityModel? = BundledResource.data(named: "entities.model").flatMap { EntityModel(bytes: Array($0)) }

    /// Where the bundled model was looked for, for error messages.
    public static var searchedFolders: [String] { BundledResource.folders }
}

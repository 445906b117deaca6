public import Extraction

/// Everything the story linker knows of one article, in hashed form: content words and
/// their counts, canonical entities, headline words, quoted wording, figures, the date,
/// a SimHash of the wording, and its line hashes.
///
/// It is stored as the `signature` of each ledger line's `story`, so the linker's state
/// is rebuilt from the tail of the ledger alone, without reading records or inputs.
/// Every feature is a bucket of a fixed hash space (`FeatureHash`), which keeps the
/// linker's tables bounded however large the vocabulary grows.
public struct StorySignature: Sendable, Equatable {
    /// Content-word buckets (lower-cased, plurals folded) and how often each occurs, in the
    /// order first seen: the `rankedTerms` most frequent, and every other as frequent as the last of those.
    public var terms: [TermCount]
    /// 64-bit SimHash over word trigrams; near-equal values flag syndicated copies. 0 for a
    /// text too short to tell (see `SimHasher`), which flags nothing.
    public var simhash: UInt64
    /// The article's own date: its dateline's, else its first full date, else when it was published or dropped.
    public var date: CivilDate?
    /// Hashes of its lines of four words or more, so lines that recur across outlets' pages are learned.
    public var lines: [UInt32]
    /// Canonical entity names; people and places also apart, since they weigh differently.
    public var entities: [UInt32]
    public var people: [UInt32]
    public var places: [UInt32]
    /// Headline words: outlets name the event there, in few words.
    public var title: [UInt32]
    /// Four-word windows of direct and mixed quotes, lower-cased.
    public var quotes: [UInt32]
    /// Event figures such as "KILL:16".
    public var figures: [UInt32]
    /// The days the text names ("on Thursday", "March 4, 2009"), as days since 1970, ascending:
    /// reports of one event name its day; two events in one city fall on different days.
    public var days: [UInt32]
    /// The surnames of the one or two people named most often: who the story is about. Reports
    /// of a similar event elsewhere share the kind of people named, not these.
    public var protagonists: [UInt32]

    /// One content-word bucket and its count.
    public struct TermCount: Sendable, Equatable {
        public var term: UInt32
        public var count: Int
        public init(term: UInt32, count: Int) {
            self.term = term
            self.count = count
        }
    }

    /// Lines shorter than this are too common in real prose to call a page template.
    static let shortestRecurringLine = 4
    /// Enough words to carry a story's rare terms. Terms as frequent as the last of these are
    /// kept too: cutting among equals by bucket number made the figures depend on the hash
    /// (ECB+ B-cubed 0.925 to 0.931 over seven hash salts; 0.934 with the ties kept, whatever the salt).
    public static let rankedTerms = 120
    /// A bound for very long articles, whose equals beyond it are cut in the order first seen.
    public static let maximumTerms = 512
    /// Figures of 0, 1 or 2 are in nearly every report of their kind and tell stories apart
    /// poorly: a shared "two killed" alone joined the Atlanta courthouse shooting to a Brooklyn one.
    static let smallestFigure = 3.0
    static let shingleWords = 4

    public init(
        terms: [TermCount], simhash: UInt64, date: CivilDate?, lines: [UInt32] = [], entities: [UInt32] = [],
        people: [UInt32] = [], places: [UInt32] = [], title: [UInt32] = [], quotes: [UInt32] = [], figures: [UInt32] = [],
        days: [UInt32] = [], protagonists: [UInt32] = []
    ) {
        self.terms = terms
        self.simhash = simhash
        self.date = date
        self.lines = lines
        self.entities = entities
        self.people = people
        self.places = places
        self.title = title
        self.quotes = quotes
        self.figures = figures
        self.days = days
        self.protagonists = protagonists
    }

    /// Reads the signature of `text`, skipping the boilerplate the extraction record found
    /// and the lines `isRecurring` says many earlier articles carried (an outlet's page template).
    public init(text: String, record: ArticleRecord, published: CivilDate?, isRecurring: (UInt32) -> Bool = { _ in false }) {
        var body = BodyWords()
        // This list and those below are sized up front: growing them was an allocation per doubling.
        body.lines.reserveCapacity(text.utf8.count / 64 + 8)
        // As the record gives them when they are already sorted and non-empty, as they usually are: no copies.
        var skip = record.boilerplate
        if skip.contains(where: \.isEmpty) || zip(skip, skip.dropFirst()).contains(where: { $0 > $1 }) {
            skip = skip.filter { !$0.isEmpty }.sorted()
        }
        // Written in place: a word takes a byte and a separator, so half the bytes is room enough,
        // and an append per word cost a uniqueness check and a capacity check.
        var kept = [UInt32](unsafeUninitializedCapacity: text.utf8.count / 2 + 1) { buffer, count in
            body.kept = buffer.baseAddress
            WordScanner.scan(text, skip: skip, into: &body)
            count = body.count
        }
        // A recurring line's terms are taken back off, last line first so earlier ranges hold.
        for line in body.lines.reversed() where isRecurring(line.hash) { kept.removeSubrange(line.terms) }
        var lineHashes = body.lines.map(\.hash)
        let hasher = body.hasher
        // Title words count double: outlets put the event in the headline.
        var titleTerms = WordScanner.contentTerms(of: record.title ?? "")
        kept.append(contentsOf: titleTerms)
        // Counted in a small open-addressed table: sorting every occurrence cost a radix sort.
        let counted = Self.termCounts(kept)
        terms = Self.frequentTerms(counted)
        simhash = hasher.value
        BucketSort.sortUnique(&lineHashes)
        lines = lineHashes
        date = Self.articleDate(record, published: published)

        var entities: [UInt32] = [], people: [UInt32] = [], places: [UInt32] = []
        entities.reserveCapacity(record.entities.count + 1)
        people.reserveCapacity(record.entities.count)
        places.reserveCapacity(record.entities.count + 1)
        // Fields read in place: copying each entity out retained all its strings and lists.
        record.entities.withUnsafeBufferPointer { all in
            for k in all.indices {
                let bucket = FeatureHash.bucket(.entity, lowercasing: all[k].name)
                entities.append(bucket)
                if all[k].type == .person { people.append(bucket) }
                if all[k].type == .place { places.append(bucket) }
            }
        }
        if let place = record.dateline?.place {
            // "PUYALLUP, Wash.": the city is the place the text names again.
            let city = place.prefix { $0 != "," }
            let bucket = FeatureHash.bucket(.entity, lowercasing: String(city))
            entities.append(bucket)
            places.append(bucket)
        }
        // Sorted in place: a sorted copy of each list cost an allocation apiece.
        BucketSort.sortUnique(&entities)
        BucketSort.sortUnique(&people)
        BucketSort.sortUnique(&places)
        BucketSort.sortUnique(&titleTerms)
        self.entities = entities
        self.people = people
        self.places = places
        title = titleTerms
        var windows = QuoteWindows()
        windows.buckets.reserveCapacity(record.quotes.reduce(0) { $0 + ($1.kind == .indirect ? 0 : $1.text.utf8.count / 4) })
        for quote in record.quotes where quote.kind != .indirect {
            windows.recent = (0, 0, 0)
            windows.seen = 0
            WordScanner.scan(quote.text, skip: [], into: &windows)
        }
        BucketSort.sortUnique(&windows.buckets)
        quotes = windows.buckets
        var figures: [UInt32] = []
        for count in record.counts where count.value >= Self.smallestFigure && count.event != "COUNT" {
            // A figure no Int holds ("More than 1555…5", a hundred digits) keys by its decimal
            // form: Int(_:) would trap and take the daemon down.
            let figure = Int(exactly: count.value).map(String.init) ?? count.value.description
            figures.append(FeatureHash.bucket(.figure, "\(count.event):\(figure)"))
        }
        BucketSort.sortUnique(&figures)
        self.figures = figures
        var days: [UInt32] = []
        for mention in record.dates {
            guard let iso = mention.iso, iso.count == 10, let day = CivilDate(iso: iso)?.daysSinceEpoch, day > 0 else { continue }
            days.append(UInt32(day))
        }
        BucketSort.sortUnique(&days)
        self.days = days
        protagonists = Self.protagonists(record)
    }

    /// The `rankedTerms` most frequent of `counted`, and all as frequent as the last of them,
    /// in their order; at most `maximumTerms`. Found from a histogram of the counts: no sort.
    static func frequentTerms(_ counted: [TermCount]) -> [TermCount] {
        guard counted.count > rankedTerms else { return counted }
        let most = counted.reduce(0) { max($0, $1.count) }
        var atCount = [Int](repeating: 0, count: most + 1)
        for term in counted { atCount[term.count] += 1 }
        var least = most, ranked = atCount[most]
        while ranked < rankedTerms {
            least -= 1
            ranked += atCount[least]
        }
        var ties = maximumTerms - (ranked - atCount[least])
        var kept: [TermCount] = []
        kept.reserveCapacity(min(ranked, maximumTerms))
        for term in counted where term.count > least || (term.count == least && ties > 0) {
            if term.count == least { ties -= 1 }
            kept.append(term)
        }
        return kept
    }

    /// Each distinct bucket of `terms` with its number of occurrences, in the order first seen.
    static func termCounts(_ terms: [UInt32]) -> [TermCount] {
        var capacity = 16
        while capacity < 2 * terms.count { capacity <<= 1 }
        let mask = capacity - 1
        // Written in place, at most one entry per term: an append per new term cost a uniqueness check.
        let counted = [TermCount](unsafeUninitializedCapacity: terms.count) { out, count in
            count = 0
            // Slot -> index in `out` + 1; 0 is empty.
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { slots in
                slots.initialize(repeating: 0)
                for term in terms {
                    var slot = Int(truncatingIfNeeded: (UInt64(term) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
                    while true {
                        let index = Int(slots[slot])
                        if index == 0 {
                            out.initializeElement(at: count, to: TermCount(term: term, count: 1))
                            count += 1
                            slots[slot] = Int32(count)
                            break
                        }
                        if out[index - 1].term == term {
                            out[index - 1].count += 1
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return counted
    }

    /// The surnames of the people named at least twice, the two named most (the first named
    /// winning ties), as word buckets: sorted. Word buckets, so the other article is checked
    /// by its words, whether or not its tagger found the name.
    static func protagonists(_ record: ArticleRecord) -> [UInt32] {
        // The two best by one pass over the entities in place, not a filtered and sorted copy.
        var first: (named: Int, start: Int, index: Int)?, second: (named: Int, start: Int, index: Int)?
        func ahead(_ a: (named: Int, start: Int, index: Int), of b: (named: Int, start: Int, index: Int)?) -> Bool {
            guard let b else { return true }
            return a.named != b.named ? a.named > b.named : a.start < b.start
        }
        record.entities.withUnsafeBufferPointer { all in
            for k in all.indices where all[k].type == .person && all[k].mentions.count >= 2 {
                let person = (named: all[k].mentions.count, start: all[k].mentions[0].start, index: k)
                if ahead(person, of: first) {
                    second = first
                    first = person
                } else if ahead(person, of: second) {
                    second = person
                }
            }
        }
        let names = [first, second].compactMap { $0.map { record.entities[$0.index].name } }
        return BucketSort.sortedUnique(names.compactMap { WordScanner.contentTerms(of: $0).last })
    }

    /// The body's content terms, SimHash and lines long enough to be page template, gathered as the scanner reads.
    private struct BodyWords: WordSink {
        /// Where the content terms go, with room for every word of the text.
        var kept: UnsafeMutablePointer<UInt32>?
        var count = 0
        var hasher = SimHasher()
        var lines: [(hash: UInt32, terms: Range<Int>)] = []
        var lineStart = 0

        // Inlined into the scan: a call per word saved and restored a handful of registers.
        @inline(__always) mutating func word(hash: UInt64, term: UInt32?) {
            hasher.add(hash)
            if let term {
                kept![count] = term
                count += 1
            }
        }

        mutating func lineEnd(hash: UInt32, words: Int) {
            if words >= StorySignature.shortestRecurringLine { lines.append((hash, lineStart..<count)) }
            lineStart = count
        }
    }

    /// The buckets of a quote's four-word windows (`shingleWords`), taken as the scanner reads
    /// its words, with no list of them.
    private struct QuoteWindows: WordSink {
        var buckets: [UInt32] = []
        /// The three words before the current one.
        var recent: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var seen = 0

        @inline(__always) mutating func word(hash: UInt64, term: UInt32?) {
            seen += 1
            if seen >= StorySignature.shingleWords {
                // Mixed from the four words' hashes: streaming their 32 bytes through FNV was a
                // multiply per byte, a twentieth of a signature for quote-heavy articles.
                buckets.append(FeatureHash.bucket(.quote, mixing: recent.0, recent.1, recent.2, hash))
            }
            recent = (recent.1, recent.2, hash)
        }
    }

    /// The dateline's date, else the first full date the text spells out with its year, else `published`.
    static func articleDate(_ record: ArticleRecord, published: CivilDate?) -> CivilDate? {
        if let date = record.dateline?.date.flatMap(CivilDate.init(iso:)) { return date }
        for mention in record.dates {
            guard let iso = mention.iso, iso.count == 10, mention.text.contains(where: \.isNumber) else { continue }
            let digits = mention.text.split(whereSeparator: { !$0.isNumber })
            if digits.contains(where: { $0.count == 4 }), let date = CivilDate(iso: iso) { return date }
        }
        return published
    }
}

extension StorySignature: Codable {
    enum CodingKeys: String, CodingKey { case terms, simhash, date, lines, entities, people, places, title, quotes, figures, days, protagonists }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let hex = try c.decode(String.self, forKey: .simhash)
        guard let simhash = UInt64(hex, radix: 16) else {
            throw DecodingError.dataCorruptedError(forKey: .simhash, in: c, debugDescription: "simhash \(hex) is not 16 hex digits")
        }
        // Terms are flat pairs, [bucket, count, bucket, count, ...], to keep lines short.
        let flat = try c.decode([UInt32].self, forKey: .terms)
        guard flat.count % 2 == 0 else {
            throw DecodingError.dataCorruptedError(forKey: .terms, in: c, debugDescription: "terms must be bucket, count pairs")
        }
        let terms = stride(from: 0, to: flat.count, by: 2).map { TermCount(term: flat[$0], count: Int(flat[$0 + 1])) }
        // Buckets index the linker's tables: one out of range, from a hand-edited or foreign
        // line, would stop the daemon on replay, so it is refused here and the line skipped.
        let space = UInt32(1) << UInt32(FeatureHash.bucketBits)
        func checked(_ buckets: [UInt32], _ key: CodingKeys) throws -> [UInt32] {
            if let bad = buckets.first(where: { $0 >= space }) {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "bucket \(bad) is outside the \(space)-bucket feature space")
            }
            return buckets
        }
        _ = try checked(terms.map(\.term), .terms)
        // Lists are compared by merging, so they are kept sorted and distinct whatever the line says.
        func list(_ key: CodingKeys) throws -> [UInt32] {
            let buckets = try c.decodeIfPresent([UInt32].self, forKey: key) ?? []
            return BucketSort.sortedUnique(key == .days ? buckets : try checked(buckets, key))
        }
        self.init(
            terms: terms, simhash: simhash, date: try c.decodeIfPresent(String.self, forKey: .date).flatMap(CivilDate.init(iso:)),
            lines: try list(.lines), entities: try list(.entities), people: try list(.people), places: try list(.places),
            title: try list(.title), quotes: try list(.quotes), figures: try list(.figures),
            days: try list(.days), protagonists: try list(.protagonists)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(terms.flatMap { [$0.term, UInt32(clamping: $0.count)] }, forKey: .terms)
        let hex = String(simhash, radix: 16)
        try c.encode(String(repeating: "0", count: 16 - hex.count) + hex, forKey: .simhash)
        try c.encode(date?.iso, forKey: .date)
        try c.encode(lines, forKey: .lines)
        try c.encode(entities, forKey: .entities)
        try c.encode(people, forKey: .people)
        try c.encode(places, forKey: .places)
        try c.encode(title, forKey: .title)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(figures, forKey: .figures)
        try c.encode(days, forKey: .days)
        try c.encode(protagonists, forKey: .protagonists)
    }
}

/// Charikar's SimHash over overlapping word trigrams, with FNV-1a as the feature hash.
///
/// Only a quarter of the trigrams count, chosen by their own hash so that two copies of a
/// text keep the same ones: SimHash's expected distance depends on the share of trigrams two
/// texts have in common, not on how many there are, and adding every trigram was a quarter
/// of a signature. Fewer than `fewestShingles` chosen say nothing, and give 0.
///
/// A bit of the result is set when more than half the shingles set it. The ones are counted
/// eight bits at a time: each byte of a shingle adds a word of eight one-byte counters from a
/// table, and the byte counters are emptied into full ones before they can overflow.
struct SimHasher {
    /// Full counters, one per bit; SIMD storage keeps them off the heap.
    private var ones = SIMD64<Int32>()
    /// Byte-lane counters: lane `j` of `packed[i]` counts bit `j` of byte `i`.
    private var packed = SIMD8<UInt64>()
    private var pending = 0
    private var shingles = 0
    private var previous: (UInt64, UInt64) = (0, 0)
    private var seen = 0
    /// Adds the next word, given as its FNV-1a hash. Inlined into the scan: a call per word
    /// was a tenth of a signature.
    @inline(__always) mutating func add(_ hash: UInt64) {
        seen += 1
        let combined = previous.0 &* 31 &+ previous.1 &* 17 &+ hash
        if seen >= 3, Self.isChosen(combined) {
            let shingle = mix(combined)
            @inline(__always) func lanes(_ i: UInt64) -> UInt64 { Self.spread(shingle >> (8 * i) & 0xFF) }
            packed &+= SIMD8(lanes(0), lanes(1), lanes(2), lanes(3), lanes(4), lanes(5), lanes(6), lanes(7))
            shingles += 1
            pending += 1
            if pending == 255 { flush() }
        }
        previous = (previous.1, hash)
    }

    /// The eight bits of `byte` spread into the low bit of eight bytes, bit `j` into byte `j`:
    /// each byte of the product masks out its own bit, and adding 0x7F carries it to the top.
    /// Arithmetic, not a table: the table was read through its array on every shingle.
    @inline(__always) static func spread(_ byte: UInt64) -> UInt64 {
        let own = (byte &* 0x0101_0101_0101_0101) & 0x8040_2010_0804_0201
        return ((own &+ 0x7F7F_7F7F_7F7F_7F7F) >> 7) & 0x0101_0101_0101_0101
    }

    private mutating func flush() {
        for i in 0..<8 {
            for j in 0..<8 { ones[8 * i + j] &+= Int32(truncatingIfNeeded: packed[i] >> UInt64(8 * j) & 0xFF) }
        }
        packed = SIMD8()
        pending = 0
    }

    /// The trigrams that count: one in four, by the top bits of their unmixed hash.
    @inline(__always) static func isChosen(_ combined: UInt64) -> Bool { combined >> 62 == 0 }

    /// A text with fewer chosen trigrams (about 32 words) is too short for its SimHash to tell a copy.
    static let fewestShingles = 8

    /// The SimHash, or 0 for a text too short to have one.
    var value: UInt64 {
        guard shingles >= Self.fewestShingles else { return 0 }
        var counted = self
        counted.flush()
        var result: UInt64 = 0
        // More ones than zeros: the sum of ±1 over the shingles is positive.
        for bit in 0..<64 where 2 * Int(counted.ones[bit]) > counted.shingles { result |= 1 << UInt64(bit) }
        return result
    }

    /// SplitMix64's step, so that nearby inputs spread over all bits.
    @inline(__always) private func mix(_ x: UInt64) -> UInt64 {
        FeatureHash.finalise(x &+ 0x9e37_79b9_7f4a_7c15)
    }
}

/// Sorting for bucket numbers, which are hashes and so spread evenly: the standard sort cost a
/// sixth of a signature, and a byte-by-byte radix sort spent most of its time on 768 counters
/// for lists of a few dozen.
enum BucketSort {
    /// Lists up to this long are sorted by `binnedSort`; longer ones by radix.
    static let binnedLimit = 256

    /// Sorts `values` ascending.
    static func sort(_ values: inout [UInt32]) {
        guard values.count > 8 else {
            values.sort()
            return
        }
        if values.count <= binnedLimit {
            values.withUnsafeMutableBufferPointer { binnedSort($0) }
        } else {
            radixSort(&values)
        }
    }

    /// Counts the values into at least as many bins as there are values, by their offset from the
    /// smallest, then finishes with an insertion sort, which has about one value per bin to place.
    /// Two or three times as fast as either other sort for 16 to 140 hashes (measured). Values that crowd
    /// into a few bins cost at most a quadratic insertion sort of `binnedLimit` values.
    static func binnedSort(_ v: UnsafeMutableBufferPointer<UInt32>) {
        let n = v.count
        guard n > 1 else { return }
        var low = v[0], high = v[0]
        for x in v {
            low = min(low, x)
            high = max(high, x)
        }
        let binBits = Int.bitWidth - (n - 1).leadingZeroBitCount
        let rangeBits = UInt32.bitWidth - (high - low).leadingZeroBitCount
        let shift = UInt32(max(0, rangeBits - binBits))
        let bins = 1 << binBits
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: bins + 1) { starts in
            starts.initialize(repeating: 0)
            for x in v { starts[Int((x &- low) >> shift) + 1] += 1 }
            for k in 1...bins { starts[k] += starts[k - 1] }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n) { out in
                for x in v {
                    let bin = Int((x &- low) >> shift)
                    out[Int(starts[bin])] = x
                    starts[bin] += 1
                }
                for i in 1..<n {
                    let x = out[i]
                    var j = i
                    while j > 0, out[j - 1] > x {
                        out[j] = out[j - 1]
                        j -= 1
                    }
                    out[j] = x
                }
                _ = v.update(fromContentsOf: out)
            }
        }
    }

    /// A least-significant-digit radix sort, byte by byte, in as many passes as the largest value needs.
    static func radixSort(_ values: inout [UInt32]) {
        let largest = values.max() ?? 0
        let passes = max(1, (32 - largest.leadingZeroBitCount + 7) / 8)
        var scratch = [UInt32](unsafeUninitializedCapacity: values.count) { _, count in count = values.count }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256 * passes) { counts in
            counts.initialize(repeating: 0)
            // Every pass's histogram in one read of the values.
            values.withUnsafeBufferPointer { values in
                for value in values {
                    for pass in 0..<passes { counts[pass << 8 | Int(truncatingIfNeeded: value >> UInt32(8 * pass)) & 0xFF] += 1 }
                }
            }
            for pass in 0..<passes {
                var total = 0
                for k in (pass << 8)..<((pass + 1) << 8) {
                    let n = counts[k]
                    counts[k] = total
                    total += n
                }
                values.withUnsafeBufferPointer { from in
                    scratch.withUnsafeMutableBufferPointer { to in
                        let shift = UInt32(8 * pass)
                        for value in from {
                            let digit = pass << 8 | Int(truncatingIfNeeded: value >> shift) & 0xFF
                            to[counts[digit]] = value
                            counts[digit] += 1
                        }
                    }
                }
                swap(&values, &scratch)
            }
        }
    }

    /// Sorts `values` in place and drops repeats.
    static func sortUnique(_ values: inout [UInt32]) {
        sort(&values)
        var unique = 0
        for k in values.indices where unique == 0 || values[unique - 1] != values[k] {
            values[unique] = values[k]
            unique += 1
        }
        values.removeLast(values.count - unique)
    }

    /// The distinct buckets of `buckets`, ascending.
    static func sortedUnique(_ buckets: [UInt32]) -> [UInt32] {
        var sorted = buckets
        sortUnique(&sorted)
        return sorted
    }
}

enum StopWords {
    /// The FNV-1a hashes of `english` in an open-addressed table: one probe or two per word.
    private static let table: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 1024)
        for word in english {
            let hash = FeatureHash.fnv(Array(word.utf8))
            var slot = Int(hash & 1023)
            while table[slot] != 0, table[slot] != hash { slot = (slot + 1) & 1023 }
            table[slot] = hash
        }
        return table
    }()

    /// Runs `body` with the table, for `contains(_:in:)` in a loop.
    static func withTable<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        table.withUnsafeBufferPointer(body)
    }

    @inline(__always) static func contains(_ hash: UInt64, in table: UnsafeBufferPointer<UInt64>) -> Bool {
        var slot = Int(hash & 1023)
        while table[slot] != 0 {
            if table[slot] == hash { return true }
            slot = (slot + 1) & 1023
        }
        return false
    }

    /// Function words and reporting verbs: frequent in every article, evidence of none.
    static let english: [String] = [
        "the", "and", "for", "that", "with", "was", "are", "were", "has", "have", "had", "not", "but", "from",
        "this", "these", "those", "they", "their", "them", "there", "then", "than", "its", "his", "her", "hers",
        "him", "she", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "all", "any",
        "been", "being", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "did",
        "does", "doing", "done", "our", "ours", "you", "your", "yours", "out", "about", "into", "over", "under",
        "after", "before", "also", "more", "most", "some", "such", "only", "other", "said", "says",
        "say", "told", "tell", "one", "two", "three", "new", "just", "like", "very", "because", "while",
        "during", "between", "against", "through", "here", "each", "both", "few", "many", "much",
        "own", "same", "too", "off", "again", "further", "once", "upon", "onto", "per", "via", "yet",
        "still", "even", "ever", "every", "get", "got", "make", "made", "take", "took", "going", "went",
        "come", "came", "year", "years", "day", "days", "time", "week", "according", "since", "until",
        "around", "among", "within", "without", "across", "along", "behind", "near", "including",
        "reported", "report", "news", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "mr", "mrs", "ms", "people", "first", "last", "well", "now", "back",
        "way", "know", "think", "want", "see", "use", "used", "don", "doesn", "didn", "isn", "wasn",
    ]
}

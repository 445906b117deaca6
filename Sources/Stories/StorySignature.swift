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
    /// Content-word buckets (lower-cased, plurals folded) and how often each occurs,
    /// at most `maximumTerms`, the most frequent first.
    public var terms: [TermCount]
    /// 64-bit SimHash over word trigrams; near-equal values flag syndicated copies.
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
    /// Enough words to carry a story's rare terms, few enough to keep ledger lines small.
    public static let maximumTerms = 160
    /// Figures of 0 or 1 are in nearly every report of their kind and tell stories apart poorly.
    static let smallestFigure = 2.0
    static let shingleWords = 4

    public init(
        terms: [TermCount], simhash: UInt64, date: CivilDate?, lines: [UInt32] = [], entities: [UInt32] = [],
        people: [UInt32] = [], places: [UInt32] = [], title: [UInt32] = [], quotes: [UInt32] = [], figures: [UInt32] = []
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
    }

    /// Reads the signature of `text`, skipping the boilerplate the extraction record found
    /// and the lines `isRecurring` says many earlier articles carried (an outlet's page template).
    public init(text: String, record: ArticleRecord, published: CivilDate?, isRecurring: (UInt32) -> Bool = { _ in false }) {
        var kept: [UInt32] = []
        var hasher = SimHasher()
        var lineHashes: [UInt32] = []
        var lineTerms: [UInt32] = []
        WordScanner.scan(text, skip: record.boilerplate.filter { !$0.isEmpty }.sorted()) { event in
            switch event {
            case .word(let hash, let term):
                hasher.add(hash)
                if let term { lineTerms.append(term) }
            case .lineEnd(let hash, let words):
                var keep = true
                if words >= Self.shortestRecurringLine {
                    lineHashes.append(hash)
                    keep = !isRecurring(hash)
                }
                if keep { kept.append(contentsOf: lineTerms) }
                lineTerms.removeAll(keepingCapacity: true)
            }
        }
        // Title words count double: outlets put the event in the headline.
        let titleTerms = WordScanner.contentTerms(of: record.title ?? "")
        kept.append(contentsOf: titleTerms)
        // Counted by sorting: cheaper than a hashed dictionary for a few hundred words.
        kept.sort()
        var counted: [TermCount] = []
        for term in kept {
            if counted.last?.term == term { counted[counted.count - 1].count += 1 } else { counted.append(TermCount(term: term, count: 1)) }
        }
        counted.sort { a, b in a.count != b.count ? a.count > b.count : a.term < b.term }
        terms = Array(counted.prefix(Self.maximumTerms))
        simhash = hasher.value
        lines = Set(lineHashes).sorted()
        date = Self.articleDate(record, published: published)

        var entities = Set<UInt32>(), people = Set<UInt32>(), places = Set<UInt32>()
        for entity in record.entities {
            let bucket = FeatureHash.bucket(.entity, entity.name.lowercased())
            entities.insert(bucket)
            if entity.type == .person { people.insert(bucket) }
            if entity.type == .place { places.insert(bucket) }
        }
        if let place = record.dateline?.place {
            entities.insert(FeatureHash.bucket(.entity, place.lowercased()))
            places.insert(FeatureHash.bucket(.entity, place.lowercased()))
        }
        self.entities = entities.sorted()
        self.people = people.sorted()
        self.places = places.sorted()
        title = Set(titleTerms).sorted()
        var shingles: [UInt32] = []
        for quote in record.quotes where quote.kind != .indirect {
            var words: [UInt64] = []
            WordScanner.scan(quote.text, skip: []) { event in
                if case .word(let hash, _) = event { words.append(hash) }
            }
            guard words.count >= Self.shingleWords else { continue }
            for start in 0...(words.count - Self.shingleWords) {
                var stream = FeatureHash.Stream(.quote)
                for hash in words[start..<(start + Self.shingleWords)] { stream.add(hash) }
                shingles.append(stream.bucket)
            }
        }
        quotes = Array(Set(shingles)).sorted()
        var figures = Set<UInt32>()
        for count in record.counts where count.value >= Self.smallestFigure && count.event != "COUNT" {
            figures.insert(FeatureHash.bucket(.figure, "\(count.event):\(Int(count.value))"))
        }
        self.figures = figures.sorted()
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
    enum CodingKeys: String, CodingKey { case terms, simhash, date, lines, entities, people, places, title, quotes, figures }

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
        func list(_ key: CodingKeys) throws -> [UInt32] { try c.decodeIfPresent([UInt32].self, forKey: key) ?? [] }
        self.init(
            terms: terms, simhash: simhash, date: try c.decodeIfPresent(String.self, forKey: .date).flatMap(CivilDate.init(iso:)),
            lines: try list(.lines), entities: try list(.entities), people: try list(.people), places: try list(.places),
            title: try list(.title), quotes: try list(.quotes), figures: try list(.figures)
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
    }
}

/// Charikar's SimHash over overlapping word trigrams, with FNV-1a as the feature hash.
///
/// A bit of the result is set when more than half the shingles set it. The ones are counted
/// eight bits at a time: each byte of a shingle adds a word of eight one-byte counters from a
/// table, and the byte counters are emptied into full ones before they can overflow.
struct SimHasher {
    private var ones = [Int32](repeating: 0, count: 64)
    /// Byte-lane counters: lane `j` of `packed[i]` counts bit `j` of byte `i`.
    private var packed = [UInt64](repeating: 0, count: 8)
    private var pending = 0
    private var shingles = 0
    private var previous: (UInt64, UInt64) = (0, 0)
    private var seen = 0

    /// For each byte value, its eight bits spread into the low bit of eight bytes.
    private static let spread: [UInt64] = (0..<256).map { byte in
        var lanes: UInt64 = 0
        for bit in 0..<8 where byte >> bit & 1 == 1 { lanes |= 1 << UInt64(8 * bit) }
        return lanes
    }

    /// Adds the next word, given as its FNV-1a hash.
    mutating func add(_ hash: UInt64) {
        seen += 1
        if seen >= 3 {
            let shingle = mix(previous.0 &* 31 &+ previous.1 &* 17 &+ hash)
            Self.spread.withUnsafeBufferPointer { spread in
                for i in 0..<8 { packed[i] &+= spread[Int(truncatingIfNeeded: shingle >> UInt64(8 * i)) & 0xFF] }
            }
            shingles += 1
            pending += 1
            if pending == 255 { flush() }
        }
        previous = (previous.1, hash)
    }

    private mutating func flush() {
        for i in 0..<8 {
            for j in 0..<8 { ones[8 * i + j] += Int32(truncatingIfNeeded: packed[i] >> UInt64(8 * j) & 0xFF) }
            packed[i] = 0
        }
        pending = 0
    }

    var value: UInt64 {
        var counted = self
        counted.flush()
        var result: UInt64 = 0
        // More ones than zeros: the sum of ±1 over the shingles is positive.
        for bit in 0..<64 where 2 * Int(counted.ones[bit]) > counted.shingles { result |= 1 << UInt64(bit) }
        return result
    }

    /// A finaliser (from SplitMix64) so that nearby inputs spread over all bits.
    private func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
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

    static func contains(_ hash: UInt64) -> Bool {
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

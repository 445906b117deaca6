public import Extraction

/// The part of an article the linker needs that the extraction record does not hold:
/// its content words and a SimHash of its wording.
///
/// It is stored in each ledger line, so the linker's state can be rebuilt from the
/// ledger alone, and a rebuilt linker decides exactly as the live one did.
public struct StorySignature: Sendable, Equatable {
    /// Content words (lower-cased, light plural folding) and how often each occurs;
    /// at most `StorySignature.maximumWords`, the most frequent first.
    public var words: [WordCount]
    /// 64-bit SimHash over word trigrams; near-equal values flag syndicated copies.
    public var simhash: UInt64
    /// The article's own date: its dateline's, else the date it was published or dropped.
    public var date: CivilDate?
    /// Hashes of its lines of four words or more, so lines that recur across outlets' pages are learned.
    public var lines: [UInt32]

    /// Lines shorter than this are too common in real prose to call a page template.
    static let shortestRecurringLine = 4

    /// One content word and its frequency in the article.
    public struct WordCount: Sendable, Equatable {
        public var word: String
        public var count: Int
        public init(word: String, count: Int) {
            self.word = word
            self.count = count
        }
    }

    /// Enough words to carry a story's rare terms, few enough to keep ledger lines small.
    public static let maximumWords = 160

    public init(words: [WordCount], simhash: UInt64, date: CivilDate?, lines: [UInt32]) {
        self.words = words
        self.simhash = simhash
        self.date = date
        self.lines = lines
    }

    /// Reads the signature of `text`, skipping the boilerplate the extraction record found
    /// and the lines `isRecurring` says many earlier articles carried (an outlet's page template).
    public init(text: String, record: ArticleRecord, published: CivilDate?, isRecurring: (UInt32) -> Bool = { _ in false }) {
        let scalars = Array(text.unicodeScalars)
        var skip = [Bool](repeating: false, count: scalars.count)
        for span in record.boilerplate where span.end <= scalars.count {
            for i in span.start..<span.end { skip[i] = true }
        }
        var counts: [String: Int] = [:]
        var hasher = SimHasher()
        var lineHashes: [UInt32] = []
        var lineWords: [String] = []
        var current = String.UnicodeScalarView()
        func finishWord() {
            guard !current.isEmpty else { return }
            lineWords.append(String(current).lowercased())
            current.removeAll(keepingCapacity: true)
        }
        func finishLine() {
            finishWord()
            for word in lineWords { hasher.add(word) }
            if lineWords.count >= Self.shortestRecurringLine {
                let hash = FeatureHash.bucket(.line, lineWords.joined(separator: " "))
                lineHashes.append(hash)
                if isRecurring(hash) {
                    lineWords.removeAll(keepingCapacity: true)
                    return
                }
            }
            for word in lineWords {
                if let content = StorySignature.contentForm(of: word) { counts[content, default: 0] += 1 }
            }
            lineWords.removeAll(keepingCapacity: true)
        }
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                finishLine()
            } else if !skip[i], scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                current.append(scalar)
            } else {
                // "Putin's" gives "putin" and "s": the possessive is not glued on.
                finishWord()
            }
        }
        finishLine()
        // Title words count double: outlets put the event in the headline.
        if let title = record.title {
            for word in title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                if let content = StorySignature.contentForm(of: word.lowercased()) { counts[content, default: 0] += 1 }
            }
        }
        let ranked = counts.sorted { a, b in
            a.value != b.value ? a.value > b.value : (a.key.count != b.key.count ? a.key.count > b.key.count : a.key < b.key)
        }
        self.words = ranked.prefix(Self.maximumWords).map { WordCount(word: $0.key, count: $0.value) }
        self.simhash = hasher.value
        self.lines = Array(Set(lineHashes)).sorted()
        self.date = Self.articleDate(record, published: published)
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

    /// The form a word is compared in, or nil for function words, numbers and fragments.
    static func contentForm(of word: String) -> String? {
        // Years are kept: "2008" and "2013" tell two similar events apart.
        if word.allSatisfy(\.isNumber) {
            if word.count == 4, word.hasPrefix("19") || word.hasPrefix("20") { return word }
            // Ages, house numbers and tolls ("15-year-old", "1504 S. Beech St") are evidence too.
            return word.count >= 2 && word.count <= 6 ? "#" + word : nil
        }
        guard word.count >= 3, !StopWords.english.contains(word), word.contains(where: \.isLetter) else { return nil }
        // Plurals fold onto the singular: "fighters" and "fighter" are one term.
        if word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
            return String(word.dropLast())
        }
        return word
    }
}

extension StorySignature: Codable {
    enum CodingKeys: String, CodingKey { case words, simhash, date, lines }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let hex = try c.decode(String.self, forKey: .simhash)
        guard let simhash = UInt64(hex, radix: 16) else {
            throw DecodingError.dataCorruptedError(forKey: .simhash, in: c, debugDescription: "simhash \(hex) is not 16 hex digits")
        }
        var list = try c.nestedUnkeyedContainer(forKey: .words)
        var words: [WordCount] = []
        while !list.isAtEnd {
            var pair = try list.nestedUnkeyedContainer()
            words.append(WordCount(word: try pair.decode(String.self), count: try pair.decode(Int.self)))
        }
        self.init(
            words: words, simhash: simhash, date: try c.decodeIfPresent(String.self, forKey: .date).flatMap(CivilDate.init(iso:)),
            lines: try c.decodeIfPresent([UInt32].self, forKey: .lines) ?? []
        )
    }

    /// `{"words":[["kazakhstan",5],...],"simhash":"9f0c...","date":"2022-01-07","lines":[...]}`: compact, since every line carries one.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        var list = c.nestedUnkeyedContainer(forKey: .words)
        for entry in words {
            var pair = list.nestedUnkeyedContainer()
            try pair.encode(entry.word)
            try pair.encode(entry.count)
        }
        let hex = String(simhash, radix: 16)
        try c.encode(String(repeating: "0", count: 16 - hex.count) + hex, forKey: .simhash)
        try c.encode(date?.iso, forKey: .date)
        try c.encode(lines, forKey: .lines)
    }
}

/// Charikar's SimHash over overlapping word trigrams, with FNV-1a as the feature hash.
struct SimHasher {
    private var weights = [Int32](repeating: 0, count: 64)
    private var previous: (UInt64, UInt64) = (0, 0)
    private var seen = 0

    mutating func add(_ word: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        seen += 1
        if seen >= 3 {
            let shingle = mix(previous.0 &* 31 &+ previous.1 &* 17 &+ hash)
            for bit in 0..<64 { weights[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        previous = (previous.1, hash)
    }

    var value: UInt64 {
        var result: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { result |= 1 << UInt64(bit) }
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
    /// Function words and reporting verbs: frequent in every article, evidence of none.
    static let english: Set<String> = [
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

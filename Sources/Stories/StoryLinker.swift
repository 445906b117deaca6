public import Extraction
import Foundation

/// Decides, as each article arrives, whether it joins an earlier story or starts one.
///
/// Evidence is combined, not taken from one signal: TF-IDF word cosine with document
/// frequencies learned online, shared canonical entities weighted by rarity, shared
/// quoted wording, shared figures, and the distance in days, weighed by a logistic model.
/// Candidates come from an inverted index over rare features.
///
/// Only the last `window` ledger lines are kept, and the document frequencies are those
/// of that window. The state is therefore a function of the ledger's tail: replaying
/// those lines' signatures through `commit` on start rebuilds it, and the cost and
/// memory per article do not grow with history.
///
/// Linking is two steps so a failed ledger append changes nothing: `propose` decides
/// without changing state, `commit` records the decision once it is durable.
public struct StoryLinker: Sendable {
    /// Weights and limits; the defaults are tuned on the ECB+ and GVA dev sets (see README).
    public struct Configuration: Sendable {
        /// A candidate story is joined when its best article's match probability is at least this.
        public var threshold = 0.5
        /// Articles matching with at least this probability are listed as related.
        public var relatedThreshold = 0.2
        /// Logistic weights over `PairFeature`, fitted on the ECB+ and GVA dev pairs.
        public var weights = StoryPairWeights.fitted
        /// A line carried by this many articles in the window is page template, not story.
        public var recurringLine: UInt16 = 5
        /// SimHash bits that may differ between a copy and its original.
        public var syndicationBits = 3
        /// Ledger lines kept for comparison; articles further back can no longer be joined.
        public var window = 10_000
        /// Candidates scored in full per article, and postings kept per feature.
        public var candidates = 24
        public var postingsPerFeature = 64
        /// Rarest words used to retrieve candidates.
        public var retrievalWords = 24
        public init() {}
    }

    public let configuration: Configuration
    private var documentFrequency: [UInt32]
    /// How many articles in the window carried each line hash: lines in many are page templates.
    private var lineFrequency: [UInt16]
    private var members: [Int: Member] = [:]
    private var order: [Int] = []
    private var orderStart = 0
    private var postings: [UInt32: [Int32]] = [:]
    /// ln(k+1) for every count the window can hold.
    private let logTable: [Double]

    struct Member: Sendable {
        let article: StoryArticle
        let story: Int
        /// The postings it was filed under, so eviction can take it out again.
        let keys: [UInt32]
    }

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        documentFrequency = [UInt32](repeating: 0, count: 1 << FeatureHash.bucketBits)
        lineFrequency = [UInt16](repeating: 0, count: 1 << FeatureHash.bucketBits)
        logTable = (0...(configuration.window + 1)).map { log(Double($0 + 1)) }
    }

    /// Articles currently comparable.
    public var activeArticles: Int { members.count }

    /// Reads an article's signature, leaving out lines that recur across many recent articles.
    public func signature(text: String, record: ArticleRecord, published: CivilDate?) -> StorySignature {
        StorySignature(text: text, record: record, published: published) { lineFrequency[Int($0)] >= configuration.recurringLine }
    }

    /// The story an article with `signature` would join as line `seq`, with its related articles. Changes nothing.
    public func propose(_ signature: StorySignature, seq: Int) -> StoryLink {
        let article = StoryArticle(signature)
        let query = Query(article, idf: idf)
        let scored = candidates(for: article).map { (seq: $0, evidence: compare(query, members[$0]!)) }
            .sorted { $0.evidence.score != $1.evidence.score ? $0.evidence.score > $1.evidence.score : $0.seq < $1.seq }
        var story = seq
        var syndicatedOf: Int?
        if let copy = scored.first(where: { $0.evidence.hamming <= configuration.syndicationBits }) {
            syndicatedOf = copy.seq
            story = members[copy.seq]!.story
        } else if let best = scored.first, best.evidence.score >= configuration.threshold {
            story = members[best.seq]!.story
        }
        let related = scored.prefix(3).filter { $0.evidence.score >= configuration.relatedThreshold || $0.seq == syndicatedOf }
            .map { RelatedArticle(seq: $0.seq, score: ($0.evidence.score * 100).rounded() / 100, why: $0.evidence.why) }
        return StoryLink(id: story, related: related, syndicatedOf: syndicatedOf, signature: signature)
    }

    /// Records line `seq` as a member of story `link.id`: once the ledger line is durable,
    /// and for each line of the ledger's tail when rebuilding on start.
    public mutating func commit(_ link: StoryLink, seq: Int) {
        commit(story: link.id, signature: link.signature, seq: seq)
    }

    /// `commit` from the two parts a replay needs (see `StoryReplay`).
    public mutating func commit(story: Int, signature: StorySignature, seq: Int) {
        let article = StoryArticle(signature)
        for feature in article.allFeatures { documentFrequency[Int(feature)] &+= 1 }
        for line in signature.lines { lineFrequency[Int(line)] &+= 1 }
        let keys = retrievalKeys(article)
        members[seq] = Member(article: article, story: story, keys: keys)
        order.append(seq)
        for feature in keys {
            postings[feature, default: []].append(Int32(truncatingIfNeeded: seq))
            if postings[feature]!.count > configuration.postingsPerFeature { postings[feature]!.removeFirst() }
        }
        evict(before: seq - configuration.window + 1)
    }

    /// Forgets the articles of lines before `oldest`, and their share of the frequencies.
    private mutating func evict(before oldest: Int) {
        while orderStart < order.count, order[orderStart] < oldest {
            let seq = order[orderStart]
            if let gone = members.removeValue(forKey: seq) {
                for feature in gone.article.allFeatures { documentFrequency[Int(feature)] &-= 1 }
                for line in gone.article.signature.lines { lineFrequency[Int(line)] &-= 1 }
                // Postings run oldest first, so the evicted article is at the front of each list it is still in.
                for key in gone.keys where postings[key]?.first == Int32(truncatingIfNeeded: seq) {
                    postings[key]!.removeFirst()
                    if postings[key]!.isEmpty { postings[key] = nil }
                }
            }
            orderStart += 1
        }
        if orderStart > 4096, orderStart * 2 > order.count {
            order.removeFirst(orderStart)
            orderStart = 0
        }
    }

    /// The candidates `signature` is compared with, and the features of each pair: for fitting weights.
    public func candidateFeatures(_ signature: StorySignature) -> [(seq: Int, story: Int, features: [Double])] {
        let article = StoryArticle(signature)
        let query = Query(article, idf: idf)
        return candidates(for: article).map { (seq: $0, story: members[$0]!.story, features: features(query, members[$0]!)) }
    }

    // MARK: - Evidence

    struct Evidence {
        var score: Double
        var why: [String]
        var hamming: Int
    }

    /// ln(N+1) − ln(df+1) + 1, with both logarithms from a table: it runs for every term of every candidate.
    private func idf(_ feature: UInt32) -> Double {
        logTable[members.count] - logTable[min(Int(documentFrequency[Int(feature)]), logTable.count - 1)] + 1
    }

    /// The features an article is found by: its rarest words and all its entities, quotes and figures, each once.
    private func retrievalKeys(_ article: StoryArticle) -> [UInt32] {
        let ranked = article.terms.map { (term: $0.term, idf: idf($0.term)) }
            .sorted { $0.idf != $1.idf ? $0.idf > $1.idf : $0.term < $1.term }
        var keys = ranked.prefix(configuration.retrievalWords).map(\.term)
        keys += article.signature.entities + article.signature.quotes + article.signature.figures
        keys.sort()
        var unique: [UInt32] = []
        unique.reserveCapacity(keys.count)
        for key in keys where unique.last != key { unique.append(key) }
        return unique
    }

    /// The indexed articles sharing the most rare features with `article`, best first.
    private func candidates(for article: StoryArticle) -> [Int] {
        var hits: [Int32: Double] = [:]
        hits.reserveCapacity(1024)
        for feature in retrievalKeys(article) {
            guard let list = postings[feature] else { continue }
            let weight = idf(feature)
            for seq in list { hits[seq, default: 0] += weight }
        }
        return hits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(configuration.candidates).map { Int($0.key) }
    }

    /// The new article's rarity weights, looked up once for all its comparisons.
    struct Query {
        let article: StoryArticle
        /// TF-IDF weights and IDFs in the order of `article.terms` (sorted by bucket).
        let weights: [Double]
        let termIDF: [Double]
        let titleIDF: [Double], entityIDF: [Double], peopleIDF: [Double], placeIDF: [Double], figureIDF: [Double]
        let norms: Norms

        init(_ article: StoryArticle, idf: (UInt32) -> Double) {
            self.article = article
            termIDF = article.terms.map { idf($0.term) }
            weights = zip(article.terms, termIDF).map { Double($0.weight) * $1 }
            let s = article.signature
            titleIDF = s.title.map(idf)
            entityIDF = s.entities.map(idf)
            peopleIDF = s.people.map(idf)
            placeIDF = s.places.map(idf)
            figureIDF = s.figures.map(idf)
            norms = Norms(
                words: weights.reduce(0) { $0 + $1 * $1 }.squareRoot(), title: titleIDF.reduce(0, +),
                entities: entityIDF.reduce(0, +), people: peopleIDF.reduce(0, +), places: placeIDF.reduce(0, +)
            )
        }
    }

    /// An indexed article's norms under today's frequencies.
    private func memberNorms(_ b: StoryArticle) -> Norms {
        var words = 0.0
        for (term, tf) in b.terms {
            let w = Double(tf) * idf(term)
            words += w * w
        }
        let s = b.signature
        func total(_ list: [UInt32]) -> Double { list.reduce(0) { $0 + idf($1) } }
        return Norms(words: words.squareRoot(), title: total(s.title), entities: total(s.entities), people: total(s.people), places: total(s.places))
    }

    /// The TF-IDF norm of the words and the rarity totals of each entity list.
    struct Norms: Sendable {
        var words, title, entities, people, places: Double
    }

    func compare(_ query: Query, _ b: Member) -> Evidence {
        let values = features(query, b)
        var logit = configuration.weights.bias
        for (value, weight) in zip(values, configuration.weights.values) { logit += value * weight }
        var why: [String] = []
        if values[PairFeature.quote.rawValue] > 0 { why.append("quote") }
        if values[PairFeature.entities.rawValue] >= 0.2 { why.append("entities") }
        if values[PairFeature.words.rawValue] >= 0.2 || values[PairFeature.title.rawValue] >= 0.3 { why.append("words") }
        if values[PairFeature.figures.rawValue] > 0 { why.append("figures") }
        if values[PairFeature.sameDay.rawValue] > 0 { why.append("date") }
        let hamming = (query.article.signature.simhash ^ b.article.signature.simhash).nonzeroBitCount
        return Evidence(score: 1 / (1 + exp(-logit)), why: why, hamming: hamming)
    }

    /// The evidence for one pair, each value in [0, 1], in `PairFeature` order.
    func features(_ query: Query, _ member: Member) -> [Double] {
        let a = query.article.signature, b = member.article, bs = b.signature, norms = memberNorms(b)
        var v = [Double](repeating: 0, count: PairFeature.allCases.count)
        // Both term lists are sorted by bucket: a merge, weighted by the new article's IDF.
        var dot = 0.0
        let queryTerms = query.article.terms
        var i = 0
        for (term, tf) in b.terms {
            while i < queryTerms.count, queryTerms[i].term < term { i += 1 }
            if i < queryTerms.count, queryTerms[i].term == term { dot += query.weights[i] * Double(tf) * query.termIDF[i] }
        }
        v[PairFeature.words.rawValue] = query.norms.words > 0 && norms.words > 0 ? dot / (query.norms.words * norms.words) : 0
        v[PairFeature.title.rawValue] = Self.weightedOverlap(a.title, query.titleIDF, query.norms.title, bs.title, norms.title)
        v[PairFeature.entities.rawValue] = Self.weightedOverlap(a.entities, query.entityIDF, query.norms.entities, bs.entities, norms.entities)
        v[PairFeature.people.rawValue] = Self.weightedOverlap(a.people, query.peopleIDF, query.norms.people, bs.people, norms.people)
        v[PairFeature.otherPeople.rawValue] = !a.people.isEmpty && !bs.people.isEmpty && Self.sharedCount(a.people, bs.people) == 0 ? 1 : 0
        v[PairFeature.places.rawValue] = Self.weightedOverlap(a.places, query.placeIDF, query.norms.places, bs.places, norms.places)
        v[PairFeature.quote.rawValue] = min(1, Double(Self.sharedCount(a.quotes, bs.quotes)) / 4)
        v[PairFeature.figures.rawValue] = min(1, Self.sharedWeight(a.figures, query.figureIDF, bs.figures) / 10)
        if let dayA = query.article.day, let dayB = b.day {
            let gap = abs(dayA - dayB)
            if gap <= 1 { v[PairFeature.sameDay.rawValue] = 1 } else if gap <= 7 { v[PairFeature.nearDays.rawValue] = 1 }
            v[PairFeature.farDays.rawValue] = min(1, log(Double(max(1, gap - 6))) / log(365))
        } else if query.article.day == nil, b.day == nil {
            v[PairFeature.bothDatesUnknown.rawValue] = 1
        } else {
            v[PairFeature.oneDateUnknown.rawValue] = 1
        }
        v[PairFeature.placesSameDay.rawValue] = v[PairFeature.places.rawValue] * v[PairFeature.sameDay.rawValue]
        v[PairFeature.wordsSameDay.rawValue] = v[PairFeature.words.rawValue] * v[PairFeature.sameDay.rawValue]
        return v
    }

    /// Cosine of two sorted bucket lists with rarity weights: the shared weight (from `a`'s
    /// weights) over the geometric mean of the two totals.
    static func weightedOverlap(_ a: [UInt32], _ weights: [Double], _ totalA: Double, _ b: [UInt32], _ totalB: Double) -> Double {
        guard totalA > 0, totalB > 0 else { return 0 }
        return sharedWeight(a, weights, b) / (totalA * totalB).squareRoot()
    }

    /// The summed weight (from `a`'s weights) of the buckets two sorted lists share.
    static func sharedWeight(_ a: [UInt32], _ weights: [Double], _ b: [UInt32]) -> Double {
        var i = 0, j = 0, shared = 0.0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += weights[i]; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    static func sharedCount(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}

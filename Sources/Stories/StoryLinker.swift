public import Extraction
import Foundation
import Synchronization

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
        public var candidates = 6
        public var postingsPerFeature = 64
        /// Rarest words used to retrieve candidates.
        public var retrievalWords = 24
        public init() {}
    }

    public let configuration: Configuration
    /// Articles in the window carrying each bucket. 16 bits: a bucket counts at most three
    /// times per article (one per counted list), and the window holds at most `maximumWindow`.
    private var documentFrequency: [UInt16]
    /// How many articles in the window carried each line hash: lines in many are page templates.
    private var lineFrequency: [UInt16]
    /// The window's articles by `seq % window`: live seqs are fewer than `window` apart.
    private var ring: [StoryArticle?]
    private var memberCount = 0
    private var order: [Int] = []
    private var orderStart = 0
    private var postings = PostingIndex()
    /// Seqs before this have left the window; the postings still naming them are skipped.
    private var liveFrom = 0
    /// Commits so far: what `propose` prepared is reused by `commit` only at the same generation.
    private var generation = 0
    /// ln(k+1) for every count the window can hold.
    private let logTable: [Double]

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        precondition(configuration.window <= Self.maximumWindow, "a story window of \(configuration.window) lines overflows the frequency table")
        documentFrequency = [UInt16](repeating: 0, count: 1 << FeatureHash.bucketBits)
        lineFrequency = [UInt16](repeating: 0, count: 1 << FeatureHash.bucketBits)
        ring = Array(repeating: nil, count: max(1, configuration.window))
        logTable = (0...(configuration.window + 1)).map { log(Double($0 + 1)) }
    }

    /// Articles currently comparable.
    public var activeArticles: Int { memberCount }

    /// The article of line `seq`, which must be in the window.
    private func member(_ seq: Int) -> StoryArticle {
        ring[seq % ring.count]!
    }

    /// Reads an article's signature, leaving out lines that recur across many recent articles.
    public func signature(text: String, record: ArticleRecord, published: CivilDate?) -> StorySignature {
        // The closure captures the one table, not `self`: capturing the linker copied all its state per line.
        let frequency = lineFrequency, recurring = configuration.recurringLine
        return StorySignature(text: text, record: record, published: published) { frequency[Int($0)] >= recurring }
    }

    /// The story an article with `signature` would join as line `seq`, with its related articles. Changes nothing.
    public func propose(_ signature: StorySignature, seq: Int) -> StoryLink {
        let article = StoryArticle.make(signature)
        let query = Query(article, linker: self)
        // Best first, then the earlier line. By insertion: a handful of candidates, where the
        // standard sort's merge buffer cost more than the comparisons.
        var scored: [(seq: Int, score: Double, hamming: Int, why: Evidence)] = []
        let chosen = candidates(for: query)
        scored.reserveCapacity(chosen.count)
        // Every candidate's lines read first, in one loop of independent loads: compared one
        // after another, each candidate's cache misses were waited for in turn.
        var read: UInt32 = 0
        for seq in chosen { read &+= member(seq).readAhead() }
        Self.readAheadSink.store(read, ordering: .relaxed)
        for seq in chosen {
            let (score, hamming, why) = compare(query, member(seq))
            var at = scored.count
            while at > 0, scored[at - 1].score < score || (scored[at - 1].score == score && scored[at - 1].seq > seq) { at -= 1 }
            scored.insert((seq, score, hamming, why), at: at)
        }
        var story = seq
        var syndicatedOf: Int?
        if let copy = scored.first(where: { $0.hamming <= configuration.syndicationBits }) {
            syndicatedOf = copy.seq
            story = member(copy.seq).story
        } else if let best = scored.first, best.score >= configuration.threshold {
            story = member(best.seq).story
        }
        let related = scored.prefix(3).filter { $0.score >= configuration.relatedThreshold || $0.seq == syndicatedOf }
            .map { RelatedArticle(seq: $0.seq, score: ($0.score * 100).rounded() / 100, why: $0.why.names) }
        var link = StoryLink(id: story, related: related, syndicatedOf: syndicatedOf, signature: signature)
        link.prepared = PreparedArticle(article: article, retrievalKeys: query.retrievalKeys, generation: generation)
        return link
    }

    /// Records line `seq` as a member of story `link.id`: once the ledger line is durable,
    /// and for each line of the ledger's tail when rebuilding on start.
    public mutating func commit(_ link: StoryLink, seq: Int) {
        if let prepared = link.prepared {
            // The keys hold if nothing was committed since: they depend on the frequencies.
            commit(story: link.id, article: prepared.article, seq: seq, keys: prepared.generation == generation ? prepared.retrievalKeys : nil)
        } else {
            commit(story: link.id, signature: link.signature, seq: seq)
        }
    }

    /// `commit` from the two parts a replay needs (see `StoryReplay`).
    public mutating func commit(story: Int, signature: StorySignature, seq: Int) {
        commit(story: story, article: StoryArticle.make(signature), seq: seq)
    }

    private mutating func commit(story: Int, article: StoryArticle, seq: Int, keys: [UInt32]? = nil) {
        // Chosen before the article's own frequencies count, as `propose` chose them.
        let keys = keys ?? retrievalKeys(article)
        generation += 1
        article.count(into: &documentFrequency, 1)
        article.withLists { lists in for line in lists[.lines] { lineFrequency[Int(line)] &+= 1 } }
        let sums = normSums(article)
        // Eviction first frees the ring slot; it touches only older articles, so the order
        // does not change what is kept.
        evict(before: seq - configuration.window + 1)
        if ring[seq % ring.count]?.seq != seq { memberCount += 1 }
        ring[seq % ring.count] = article.member(seq: seq, story: story, normSums: sums)
        order.append(seq)
        let oldest = Int32(truncatingIfNeeded: liveFrom)
        for feature in keys { postings.append(Int32(truncatingIfNeeded: seq), to: feature, limit: configuration.postingsPerFeature, oldest: oldest) }
        postings.sweep(Self.bucketsSweptPerCommit, oldest: oldest)
    }

    /// Where `propose` stores what it read ahead, so that the reads are not optimised away.
    private static let readAheadSink = Atomic<UInt32>(0)

    /// The largest window the 16-bit frequency table can count.
    public static let maximumWindow = Int(UInt16.max) / 4

    /// Buckets swept for dead lists per commit: the whole table every 2^21 / 256 = 8,192
    /// commits, so dead lists stay within about that many articles' worth.
    static let bucketsSweptPerCommit = 256

    /// Forgets the articles of lines before `oldest`, and their share of the frequencies.
    private mutating func evict(before oldest: Int) {
        while orderStart < order.count, order[orderStart] < oldest {
            let seq = order[orderStart]
            let slot = seq % ring.count
            if let gone = ring[slot], gone.seq == seq {
                ring[slot] = nil
                memberCount -= 1
                gone.count(into: &documentFrequency, UInt16.max)  // minus one, wrapping
                gone.withLists { lists in for line in lists[.lines] { lineFrequency[Int(line)] &-= 1 } }
            }
            orderStart += 1
        }
        // Its postings stay until shed: readers skip seqs before this.
        liveFrom = max(liveFrom, oldest)
        if orderStart > 4096, orderStart * 2 > order.count {
            order.removeFirst(orderStart)
            orderStart = 0
        }
    }

    /// The candidates `signature` is compared with, and the features of each pair: for fitting weights.
    public func candidateFeatures(_ signature: StorySignature) -> [(seq: Int, story: Int, features: [Double])] {
        let query = Query(StoryArticle.make(signature), linker: self)
        return candidates(for: query).map { seq in
            var values = [Double](repeating: 0, count: PairFeature.count)
            values.withUnsafeMutableBufferPointer { features(query, member(seq), into: $0.baseAddress!) }
            return (seq: seq, story: member(seq).story, features: values)
        }
    }

    // MARK: - Evidence

    /// ln(N+1) − ln(df+1) + 1, with both logarithms from a table: it runs for every term of every candidate.
    private func idf(_ feature: UInt32) -> Double {
        idf(cappedFrequency: cappedFrequency(feature))
    }

    /// The IDF of a bucket whose capped frequency is already known.
    private func idf(cappedFrequency frequency: Int) -> Double {
        logTable[memberCount] - logTable[frequency] + 1
    }

    /// A bucket's document frequency, capped where the log table ends: the IDF falls as this rises.
    private func cappedFrequency(_ feature: UInt32) -> Int {
        min(Int(documentFrequency[Int(feature)]), logTable.count - 1)
    }

    /// The features an article is found by: its rarest words and all its entities and figures, each once.
    ///
    /// Not its quote windows: they were a quarter of the keys, each a posting list of its own to
    /// read and to append to, and what they alone retrieved was on the dev sets always another
    /// incident (two GVA reports quoting the same kind of police statement). An article that
    /// shares a quote shares rare words and entities too, and is scored on the quote in full.
    private func retrievalKeys(_ article: StoryArticle) -> [UInt32] {
        retrievalKeys(article, termFrequency: article.withLists { $0[.terms].map { cappedFrequency($0) } })
    }

    /// As above, with the capped frequency of each of `article.terms` already looked up. The
    /// rarest words are those of highest IDF, so of lowest frequency; ties go to the lower bucket.
    private func retrievalKeys(_ article: StoryArticle, termFrequency: [Int]) -> [UInt32] {
        let limit = configuration.retrievalWords
        return article.withLists { lists in
            var words = Self.rarest(lists[.terms], frequency: termFrequency, limit: limit)
            // One list, sorted once: merging the lists two at a time built more arrays.
            let entities = lists[.entities], figures = lists[.figures]
            words.reserveCapacity(words.count + entities.count + figures.count)
            words.append(contentsOf: entities)
            words.append(contentsOf: figures)
            BucketSort.sortUnique(&words)
            return words
        }
    }

    /// Of `terms`, the `limit` of lowest `frequency`, the lower bucket first among equals, in no
    /// particular order. A histogram of the small frequencies finds the frequency the last one
    /// has; only the terms at that frequency are then sorted. Keeping the rarest by insertion into
    /// a sorted list shifted a dozen entries per rare term, most of choosing the keys.
    static func rarest(_ terms: UnsafeBufferPointer<UInt32>, frequency: [Int], limit: Int) -> [UInt32] {
        guard terms.count > limit else { return Array(terms) }
        let bins = 64
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: bins) { atFrequency in
            atFrequency.initialize(repeating: 0)
            for f in frequency { atFrequency[min(f, bins - 1)] += 1 }
            // The last one's frequency, `last`, and how many are rarer: `below`.
            var last = 0, below = 0
            while last < bins - 1, below + atFrequency[last] < limit {
                below += atFrequency[last]
                last += 1
            }
            var chosen: [UInt32] = []
            chosen.reserveCapacity(limit)
            var ties: [UInt64] = []
            for (term, f) in zip(terms, frequency) {
                if f < last {
                    chosen.append(term)
                } else if f == last || last == bins - 1 {
                    // The last bin holds every frequency from its own up, so all are ranked by key.
                    ties.append(UInt64(f) << 32 | UInt64(term))
                }
            }
            ties.sort()
            for key in ties.prefix(limit - chosen.count) { chosen.append(UInt32(truncatingIfNeeded: key)) }
            return chosen
        }
    }

    /// The indexed articles sharing the most rare features with the query's article, best first.
    ///
    /// Hits are summed in a small open-addressed table sized for this query, and the best
    /// are kept by insertion into a short sorted list: a hashed dictionary and a full sort of
    /// every hit cost more than the comparisons they feed.
    private func candidates(for query: Query) -> [Int] {
        let keys = query.retrievalKeys
        // Sizes, rarities and each list's oldest posting first, in one pass of independent
        // reads: interleaved with the summing below, each waited for its cache miss in turn.
        let oldest = Int32(truncatingIfNeeded: liveFrom)
        var total = 0
        var weights = [Double](repeating: 0, count: keys.count)
        var allLive = [Bool](repeating: false, count: keys.count)
        for (index, key) in keys.enumerated() {
            let (bound, live) = postings.live(key, from: oldest)
            total += bound
            allLive[index] = live
            weights[index] = idf(key)
        }
        guard total > 0 else { return [] }
        var capacity = 16
        while capacity < 2 * total { capacity <<= 1 }
        let mask = capacity - 1
        // Hits are written when a slot is claimed, so only the seqs need clearing.
        var slotSeq = [Int32](repeating: -1, count: capacity)
        var slotHits = [Double](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
        var used: [Int] = []
        used.reserveCapacity(total)
        for (index, key) in keys.enumerated() {
            let weight = weights[index]
            postings.forEach(key, from: allLive[index] ? Int32.min : oldest) { seq in
                var slot = Self.slot(of: UInt64(UInt32(bitPattern: seq)), mask)
                while slotSeq[slot] != seq, slotSeq[slot] != -1 { slot = (slot + 1) & mask }
                if slotSeq[slot] == -1 {
                    slotSeq[slot] = seq
                    slotHits[slot] = weight
                    used.append(slot)
                } else {
                    slotHits[slot] += weight
                }
            }
        }
        // The best `candidates`, by hits and then by the earlier line.
        func better(_ a: (seq: Int32, hits: Double), _ b: (seq: Int32, hits: Double)) -> Bool {
            a.hits != b.hits ? a.hits > b.hits : a.seq < b.seq
        }
        let limit = configuration.candidates
        var best: [(seq: Int32, hits: Double)] = []
        best.reserveCapacity(limit + 1)
        for slot in used {
            let hit = (seq: slotSeq[slot], hits: slotHits[slot])
            if best.count == limit, let worst = best.last, !better(hit, worst) { continue }
            var at = best.count
            while at > 0, better(hit, best[at - 1]) { at -= 1 }
            best.insert(hit, at: at)
            if best.count > limit { best.removeLast() }
        }
        return best.map { Int($0.seq) }
    }

    /// A Fibonacci hash of `key` into a power-of-two table with `mask`.
    @inline(__always) static func slot(of key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The new article's rarity weights, looked up once for all its comparisons.
    struct Query {
        let article: StoryArticle
        /// TF-IDF weights and IDFs in the order of the article's terms.
        let weights: [Double]
        let termIDF: [Double]
        /// IDFs of the title, entity, people, place and figure lists, one after another in that order.
        let listIDF: [Double]
        let norms: Norms
        let retrievalKeys: [UInt32]

        /// Each term's bucket and index in the article's terms, `bucket << 32 | index + 1` (0 for an
        /// empty slot), open-addressed by bucket, so a comparison looks up each of the other
        /// article's terms instead of merging two lists branch by branch. One table, so a probe reads one line.
        let termTable: [UInt64]
        let termMask: Int
        /// One bit per bucket's low bits for the terms and for the quote windows: most of a
        /// candidate's terms and windows are not the query's, and one bit test says so.
        let termFilter: BucketFilter
        let quoteFilter: BucketFilter

        /// Where each of `weightedLists` starts in `listIDF`.
        let listStart: SIMD8<Int32>

        /// The lists whose IDFs `listIDF` holds, in its order.
        static let weightedLists: [StoryArticle.List] = [.title, .entities, .people, .places, .figures]

        init(_ article: StoryArticle, linker: StoryLinker) {
            self = article.withLists { Query(article, lists: $0, linker: linker) }
        }

        private init(_ article: StoryArticle, lists: StoryArticle.Lists, linker: StoryLinker) {
            self.article = article
            let terms = lists[.terms]
            let frequency = terms.map { linker.cappedFrequency($0) }
            // Closures, not `linker.idf` as a value: a partially applied method copied the whole linker.
            termIDF = frequency.map { linker.idf(cappedFrequency: $0) }
            retrievalKeys = linker.retrievalKeys(article, termFrequency: frequency)
            var weights = [Double](repeating: 0, count: terms.count)
            for k in terms.indices { weights[k] = Double(lists.weight(k)) * termIDF[k] }
            self.weights = weights
            var capacity = 16
            while capacity < 2 * terms.count { capacity <<= 1 }
            termMask = capacity - 1
            var table = [UInt64](repeating: 0, count: capacity)
            var filter = BucketFilter()
            for (index, term) in terms.enumerated() {
                var slot = StoryLinker.slot(of: UInt64(term), termMask)
                while table[slot] != 0 { slot = (slot + 1) & termMask }
                table[slot] = UInt64(term) << 32 | UInt64(index + 1)
                filter.insert(term)
            }
            termTable = table
            termFilter = filter
            quoteFilter = BucketFilter(lists[.quotes])
            var listIDF: [Double] = []
            listIDF.reserveCapacity(Self.weightedLists.reduce(0) { $0 + lists[$1].count })
            var listStart = SIMD8<Int32>(), totals = SIMD8<Double>()
            for (k, list) in Self.weightedLists.enumerated() {
                listStart[k] = Int32(listIDF.count)
                for bucket in lists[list] {
                    let idf = linker.idf(bucket)
                    listIDF.append(idf)
                    totals[k] += idf
                }
            }
            self.listIDF = listIDF
            self.listStart = listStart
            norms = Norms(
                words: weights.reduce(0) { $0 + $1 * $1 }.squareRoot(), title: totals[0], entities: totals[1], people: totals[2], places: totals[3]
            )
        }

        /// The IDFs of the `k`th of `weightedLists`, which has `count` buckets.
        @inline(__always) func idf(ofList k: Int, count: Int) -> UnsafeBufferPointer<Double> {
            listIDF.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[Int(listStart[k])..<(Int(listStart[k]) + count)]) }
        }

        /// The index of `term` in the article's terms, if the article has it.
        @inline(__always) func termIndex(_ term: UInt32) -> Int? {
            guard termFilter.mayContain(term) else { return nil }
            var slot = StoryLinker.slot(of: UInt64(term), termMask)
            while true {
                let entry = termTable[slot]
                if entry == 0 { return nil }
                if UInt32(truncatingIfNeeded: entry >> 32) == term { return Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1 }
                slot = (slot + 1) & termMask
            }
        }

        /// How many of `quotes` (sorted, distinct) the query's article, whose quote windows are `own`, also has.
        func sharedQuotes(_ quotes: UnsafeBufferPointer<UInt32>, own: UnsafeBufferPointer<UInt32>) -> Int {
            guard !own.isEmpty else { return 0 }
            var shared = 0
            for quote in quotes where quoteFilter.mayContain(quote) {
                var low = 0, high = own.count
                while low < high {
                    let middle = (low + high) / 2
                    if own[middle] < quote { low = middle + 1 } else { high = middle }
                }
                if low < own.count, own[low] == quote { shared += 1 }
            }
            return shared
        }
    }

    /// A bit set over the low 14 bits of buckets: no false negatives, few false positives for a few hundred buckets.
    struct BucketFilter {
        private var words: [UInt64]

        init(_ buckets: UnsafeBufferPointer<UInt32> = .init(start: nil, count: 0)) {
            words = []
            for bucket in buckets { insert(bucket) }
        }

        mutating func insert(_ bucket: UInt32) {
            if words.isEmpty { words = [UInt64](repeating: 0, count: 256) }
            words[Int(bucket >> 6 & 255)] |= 1 << UInt64(bucket & 63)
        }

        @inline(__always) func mayContain(_ bucket: UInt32) -> Bool {
            !words.isEmpty && words[Int(bucket >> 6 & 255)] >> UInt64(bucket & 63) & 1 != 0
        }
    }

    /// The sums an article's norms are rebuilt from as the window's size changes. An IDF is
    /// ln(N+1) − ln(df+1) + 1: with c = ln(N+1) + 1 and ℓ = ln(df+1), a TF-IDF weight is tf·(c − ℓ),
    /// so the squared word norm is c²·Σtf² − 2c·Σtf²ℓ + Σtf²ℓ², and an entity total is k·c − Σℓ.
    /// Each ℓ is read once, when the article is committed; c is today's.
    struct NormSums: Sendable {
        var tf2 = 0.0, tf2l = 0.0, tf2l2 = 0.0
        /// Count and Σℓ of the title, entity, people and place lists, in that order.
        var counts = SIMD4<Double>(), logs = SIMD4<Double>()

        func norms(_ c: Double) -> Norms {
            let words = max(0, c * c * tf2 - 2 * c * tf2l + tf2l2).squareRoot()
            let totals = counts * c - logs
            return Norms(words: words, title: totals[0], entities: totals[1], people: totals[2], places: totals[3])
        }
    }

    /// ln(df+1) of a bucket now.
    private func logFrequency(_ feature: UInt32) -> Double {
        logTable[cappedFrequency(feature)]
    }

    /// The norm sums of an article under the current frequencies.
    private func normSums(_ b: StoryArticle) -> NormSums {
        var sums = NormSums()
        b.withLists { lists in
            for (k, term) in lists[.terms].enumerated() {
                let tf = Double(lists.weight(k)), tf2 = tf * tf, l = logFrequency(term)
                sums.tf2 += tf2
                sums.tf2l += tf2 * l
                sums.tf2l2 += tf2 * l * l
            }
            // Title, entities, people and places: the lists with norms.
            for (k, list) in Query.weightedLists.prefix(4).enumerated() {
                sums.counts[k] = Double(lists[list].count)
                sums.logs[k] = lists[list].reduce(0) { $0 + logFrequency($1) }
            }
        }
        return sums
    }

    /// c = ln(N+1) + 1 for the window as it is now.
    private var idfBase: Double { logTable[memberCount] + 1 }

    /// The TF-IDF norm of the words and the rarity totals of each entity list.
    struct Norms: Sendable {
        var words, title, entities, people, places: Double
    }

    /// The match probability of a pair, the Hamming distance of their SimHashes, and the
    /// kinds of evidence that carried it: read off the same features, so the related
    /// articles' `why` costs no second comparison.
    func compare(_ query: Query, _ b: StoryArticle) -> (score: Double, hamming: Int, why: Evidence) {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: PairFeature.count) { buffer in
            let values = buffer.baseAddress!
            features(query, b, into: values)
            var logit = configuration.weights.bias
            for (index, weight) in configuration.weights.values.enumerated() { logit += values[index] * weight }
            let (a, c) = (query.article.simhash, b.simhash)
            // 0 is a text too short for a SimHash: two of them are not copies of each other.
            let hamming = a == 0 || c == 0 ? 64 : (a ^ c).nonzeroBitCount
            return (1 / (1 + exp(-logit)), hamming, Evidence(values))
        }
    }

    /// The kinds of evidence that carried a match, for the ledger's `related`.
    struct Evidence: OptionSet {
        let rawValue: UInt8
        static let quote = Evidence(rawValue: 1), entities = Evidence(rawValue: 2), words = Evidence(rawValue: 4)
        static let figures = Evidence(rawValue: 8), date = Evidence(rawValue: 16)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ values: UnsafeMutablePointer<Double>) {
            var why: Evidence = []
            if values[PairFeature.quote.rawValue] > 0 { why.insert(.quote) }
            if values[PairFeature.entities.rawValue] >= 0.2 { why.insert(.entities) }
            if values[PairFeature.words.rawValue] >= 0.2 || values[PairFeature.title.rawValue] >= 0.3 { why.insert(.words) }
            if values[PairFeature.figures.rawValue] > 0 { why.insert(.figures) }
            if values[PairFeature.sameDay.rawValue] > 0 { why.insert(.date) }
            self = why
        }

        /// The ledger's names, in a fixed order: from a table, as they are given for every related article.
        var names: [String] { Self.spelled[Int(rawValue)] }

        private static let spelled: [[String]] = (0..<32).map { raw in
            let why = Evidence(rawValue: UInt8(raw))
            return [(Evidence.quote, "quote"), (.entities, "entities"), (.words, "words"), (.figures, "figures"), (.date, "date")]
                .compactMap { why.contains($0.0) ? $0.1 : nil }
        }
    }

    /// The evidence for one pair, each value in [0, 1], written in `PairFeature` order to `v`.
    func features(_ query: Query, _ member: StoryArticle, into v: UnsafeMutablePointer<Double>) {
        let norms = member.normSums.norms(idfBase)
        v.initialize(repeating: 0, count: PairFeature.count)
        query.article.withLists { a in
            member.withLists { b in
                // Shared terms, weighted by the new article's IDF, in the order of `b`'s terms.
                var dot = 0.0
                for (k, term) in b[.terms].enumerated() {
                    if let i = query.termIndex(term) { dot += query.weights[i] * Double(b.weight(k)) * query.termIDF[i] }
                }
                v[PairFeature.words.rawValue] = query.norms.words > 0 && norms.words > 0 ? dot / (query.norms.words * norms.words) : 0
                func overlap(_ k: Int, _ list: StoryArticle.List, _ totalA: Double, _ totalB: Double) -> Double {
                    Self.weightedOverlap(a[list], query.idf(ofList: k, count: a[list].count), totalA, b[list], totalB)
                }
                v[PairFeature.title.rawValue] = overlap(0, .title, query.norms.title, norms.title)
                v[PairFeature.entities.rawValue] = overlap(1, .entities, query.norms.entities, norms.entities)
                v[PairFeature.people.rawValue] = overlap(2, .people, query.norms.people, norms.people)
                v[PairFeature.otherPeople.rawValue] = !a[.people].isEmpty && !b[.people].isEmpty && Self.sharedCount(a[.people], b[.people]) == 0 ? 1 : 0
                v[PairFeature.places.rawValue] = overlap(3, .places, query.norms.places, norms.places)
                v[PairFeature.quote.rawValue] = min(1, Double(query.sharedQuotes(b[.quotes], own: a[.quotes])) / 4)
                v[PairFeature.figures.rawValue] = min(1, Self.sharedWeight(a[.figures], query.idf(ofList: 4, count: a[.figures].count), b[.figures]) / 10)
                if let dayA = query.article.day, let dayB = member.day {
                    let gap = abs(dayA - dayB)
                    if gap <= 1 { v[PairFeature.sameDay.rawValue] = 1 } else if gap <= 7 { v[PairFeature.nearDays.rawValue] = 1 }
                    v[PairFeature.farDays.rawValue] = min(1, log(Double(max(1, gap - 6))) / log(365))
                } else if query.article.day == nil, member.day == nil {
                    v[PairFeature.bothDatesUnknown.rawValue] = 1
                } else {
                    v[PairFeature.oneDateUnknown.rawValue] = 1
                }
                v[PairFeature.placesSameDay.rawValue] = v[PairFeature.places.rawValue] * v[PairFeature.sameDay.rawValue]
                v[PairFeature.wordsSameDay.rawValue] = v[PairFeature.words.rawValue] * v[PairFeature.sameDay.rawValue]
                let daysA = a[.days], daysB = b[.days]
                if !daysA.isEmpty, !daysB.isEmpty {
                    if Self.sharedCount(daysA, daysB) > 0 {
                        v[PairFeature.namedDay.rawValue] = 1
                    } else if !Self.within(daysA, daysB, 1) {
                        v[PairFeature.namedDaysApart.rawValue] = 1
                    }
                }
                let namesA = a[.protagonists], namesB = b[.protagonists]
                if !namesA.isEmpty, !namesB.isEmpty {
                    var named = namesB.count { query.termIndex($0) != nil }
                    for name in namesA where b.hasTerm(name) { named += 1 }
                    let share = Double(named) / Double(namesA.count + namesB.count)
                    v[PairFeature.protagonists.rawValue] = share
                    if named == 0 { v[PairFeature.protagonistsApart.rawValue] = 1 }
                }
            }
        }
    }

    /// Whether some value of one sorted list is within `distance` of some value of the other.
    static func within(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, _ distance: UInt32) -> Bool {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                if b[j] - a[i] <= distance { return true }
                i += 1
            } else {
                if a[i] - b[j] <= distance { return true }
                j += 1
            }
        }
        return false
    }

    /// Cosine of two sorted bucket lists with rarity weights: the shared weight (from `a`'s
    /// weights) over the geometric mean of the two totals.
    static func weightedOverlap(
        _ a: UnsafeBufferPointer<UInt32>, _ weights: UnsafeBufferPointer<Double>, _ totalA: Double, _ b: UnsafeBufferPointer<UInt32>, _ totalB: Double
    ) -> Double {
        guard totalA > 0, totalB > 0 else { return 0 }
        return sharedWeight(a, weights, b) / (totalA * totalB).squareRoot()
    }

    /// The summed weight (from `a`'s weights) of the buckets two sorted lists share.
    static func sharedWeight(_ a: UnsafeBufferPointer<UInt32>, _ weights: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
        var i = 0, j = 0, shared = 0.0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += weights[i]; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    static func sharedCount(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shared
    }
}

/// Postings per feature bucket, oldest first, at most a limit each.
///
/// Each bucket's postings sit in a block of one flat pool, used as a ring, and the bucket's
/// entry in a table says where: reading or appending a list costs the entry and the block, where
/// an array per list added a third cache miss for its header. Blocks double from 4 slots as a
/// list grows; freed blocks are reused by size.
///
/// An evicted article's postings are not taken out one by one, which cost three dependent
/// cache misses per key and half of a commit. Readers skip seqs before the window instead, and
/// a list sheds them when it is next appended to. A list whose newest posting has left the
/// window is freed by a sweep of a few buckets per commit, which reads only the table, so dead
/// lists stay within one sweep's worth of articles.
struct PostingIndex: Sendable {
    private struct Entry {
        var offset: Int32 = -1
        var newest: Int32 = -1
        var start: UInt8 = 0
        var count: UInt8 = 0
        var sizeClass: UInt8 = 0
    }

    private var entries: [Entry]
    private var pool: [Int32] = []
    /// Free block offsets by size class (4 << class slots).
    private var freeBlocks: [[Int32]] = Array(repeating: [], count: 8)
    private var sweepCursor = 0

    init() {
        entries = [Entry](repeating: Entry(), count: 1 << FeatureHash.bucketBits)
    }

    /// The postings filed under `key`, the dead included: an upper bound for sizing.
    func count(_ key: UInt32) -> Int {
        Int(entries[Int(key)].count)
    }

    /// Postings in use across all lists, the dead not yet shed included.
    var stored: Int { entries.reduce(0) { $0 + Int($1.count) } }

    /// Slots the pool has ever allocated: freed blocks are reused rather than added.
    var poolSlots: Int { pool.count }

    /// At most how many of `key`'s postings are from seq `oldest` on (none if its newest is
    /// older), and whether all are, read from its oldest posting.
    @inline(__always) func live(_ key: UInt32, from oldest: Int32) -> (bound: Int, all: Bool) {
        let entry = entries[Int(key)]
        guard entry.count > 0, entry.newest >= oldest else { return (0, false) }
        return (Int(entry.count), pool[Int(entry.offset) + Int(entry.start)] >= oldest)
    }

    /// Calls `body` with each of `key`'s postings from seq `oldest` on, oldest first.
    @inline(__always) func forEach(_ key: UInt32, from oldest: Int32, _ body: (Int32) -> Void) {
        let entry = entries[Int(key)]
        // A list whose newest posting has left the window is skipped without reading its block.
        guard entry.count > 0, entry.newest >= oldest else { return }
        let mask = (4 << Int(entry.sizeClass)) - 1, offset = Int(entry.offset)
        pool.withUnsafeBufferPointer { pool in
            for k in 0..<Int(entry.count) {
                let seq = pool[offset + (Int(entry.start) + k) & mask]
                if seq >= oldest { body(seq) }
            }
        }
    }

    /// Files `seq` under `key`, shedding the list's postings before `oldest` and, at `limit`
    /// (at most 255), its oldest.
    mutating func append(_ seq: Int32, to key: UInt32, limit: Int, oldest: Int32) {
        var entry = entries[Int(key)]
        if entry.offset < 0 { entry = Entry(offset: allocate(0)) }
        var mask = (4 << Int(entry.sizeClass)) - 1
        while entry.count > 0, pool[Int(entry.offset) + Int(entry.start)] < oldest || Int(entry.count) >= limit {
            entry.start = UInt8((Int(entry.start) + 1) & mask)
            entry.count -= 1
        }
        if Int(entry.count) == mask + 1 {
            // Full: move to a block twice the size, in order from its start.
            let grown = allocate(Int(entry.sizeClass) + 1)
            for k in 0..<Int(entry.count) { pool[Int(grown) + k] = pool[Int(entry.offset) + (Int(entry.start) + k) & mask] }
            freeBlocks[Int(entry.sizeClass)].append(entry.offset)
            entry.offset = grown
            entry.start = 0
            entry.sizeClass += 1
            mask = mask * 2 + 1
        }
        pool[Int(entry.offset) + (Int(entry.start) + Int(entry.count)) & mask] = seq
        entry.count += 1
        entry.newest = seq
        entries[Int(key)] = entry
    }

    /// Frees the lists of the next `buckets` buckets, round the table, that hold nothing from `oldest` on.
    mutating func sweep(_ buckets: Int, oldest: Int32) {
        let mask = entries.count - 1
        for _ in 0..<buckets {
            let key = sweepCursor
            sweepCursor = (sweepCursor + 1) & mask
            let entry = entries[key]
            guard entry.offset >= 0, entry.newest < oldest else { continue }
            freeBlocks[Int(entry.sizeClass)].append(entry.offset)
            entries[key] = Entry()
        }
    }

    /// A block of `4 << sizeClass` slots: a freed one of that size, or new at the pool's end.
    private mutating func allocate(_ sizeClass: Int) -> Int32 {
        if let reused = freeBlocks[sizeClass].popLast() { return reused }
        let offset = Int32(pool.count)
        pool.append(contentsOf: repeatElement(0, count: 4 << sizeClass))
        return offset
    }
}

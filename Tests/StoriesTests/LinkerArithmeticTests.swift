import Foundation
import Extraction
@testable import Stories
import Testing

/// The byte-lane counting in `SimHasher` against SimHash's definition: a bit is set when the
/// sum of ±1 over the shingles that set or clear it is positive.
@Suite("SimHash")
struct SimHashTests {
    private func reference(_ words: [UInt64]) -> UInt64 {
        var weights = [Int](repeating: 0, count: 64)
        var chosen = 0
        for k in words.indices.dropFirst(2) {
            let combined = words[k - 2] &* 31 &+ words[k - 1] &* 17 &+ words[k]
            // A quarter of the trigrams, by the top two bits of the combined hash.
            guard combined >> 62 == 0 else { continue }
            chosen += 1
            var z = combined &+ 0x9e37_79b9_7f4a_7c15
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            let shingle = z ^ (z >> 31)
            for bit in 0..<64 { weights[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
        }
        guard chosen >= 8 else { return 0 }
        var result: UInt64 = 0
        for bit in 0..<64 where weights[bit] > 0 { result |= 1 << UInt64(bit) }
        return result
    }

    @Test("matches the definition, including past the byte counters' flush", arguments: [0, 1, 2, 3, 4, 50, 257, 258, 1000, 5000])
    func matchesTheDefinition(words count: Int) {
        var state: UInt64 = 0x1234_5678 &+ UInt64(count)
        let words = (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Few distinct words, so shingles repeat and counts run high in some bits; spread
            // over the whole word so that the top bits choose a quarter of the trigrams.
            return (state >> 61) &* 0x9e37_79b9_7f4a_7c15
        }
        var hasher = SimHasher()
        for word in words { hasher.add(word) }
        #expect(hasher.value == reference(words))
    }
}

/// The norms an indexed article keeps as sums must equal the norms computed term by term, for
/// any window size: that is what lets comparisons skip the frequency table.
@Suite("Story norms from sums")
struct NormSumsTests {
    @Test("the word norm and list totals match the direct sums", arguments: [1, 10, 10_000])
    func matchDirectSums(window: Int) {
        let c = log(Double(window + 1)) + 1
        let terms: [(tf: Double, l: Double)] = [(1, 0.7), (2.39, 1.1), (1.69, 3.4), (1, 0)]
        let list: [Double] = [0.69, 2.3, 4.6]
        var sums = StoryLinker.NormSums()
        for (tf, l) in terms {
            sums.tf2 += tf * tf
            sums.tf2l += tf * tf * l
            sums.tf2l2 += tf * tf * l * l
        }
        let listSums = (count: Double(list.count), l: list.reduce(0, +))
        sums.counts = [listSums.count, listSums.count, 0, listSums.count]
        sums.logs = [listSums.l, listSums.l, 0, listSums.l]
        let norms = sums.norms(c)
        let direct = terms.reduce(0) { $0 + pow($1.tf * (c - $1.l), 2) }.squareRoot()
        #expect(abs(norms.words - direct) < 1e-9 * max(1, direct))
        #expect(abs(norms.entities - list.reduce(0) { $0 + (c - $1) }) < 1e-9)
        #expect(norms.people == 0)
    }
}

/// The hand-written parts of the linker's hot path against plain definitions.
@Suite("Linker tables")
struct LinkerTableTests {
    @Test func postingsKeepTheNewestLiveUpToTheLimitAndReuseEmptiedLists() {
        var index = PostingIndex()
        for seq in 1...10 { index.append(Int32(seq), to: 7, limit: 4, oldest: 0) }
        func list(_ key: UInt32, from oldest: Int32) -> [Int32] {
            var seen: [Int32] = []
            index.forEach(key, from: oldest) { seen.append($0) }
            return seen
        }
        #expect(list(7, from: 0) == [7, 8, 9, 10])
        // Readers skip postings before the window's first seq; they stay until shed.
        #expect(list(7, from: 9) == [9, 10])
        #expect(index.count(7) == 4)
        // Retrieval's bound: all four live from 7, some dead from 9, none (and no block read) from 11.
        #expect(index.live(7, from: 7) == (4, true) && index.live(7, from: 9) == (4, false) && index.live(7, from: 11) == (0, false))
        #expect(list(7, from: 11).isEmpty && index.live(6, from: 0) == (0, false))
        // An append sheds the dead first, so the limit counts live postings only.
        index.append(11, to: 7, limit: 4, oldest: 9)
        #expect(list(7, from: 0) == [9, 10, 11])
        // Lists grow past their first block and keep their order.
        for seq in 1...40 { index.append(Int32(seq), to: 8, limit: 64, oldest: 0) }
        #expect(list(8, from: 0) == Array(1...40))
        // A sweep frees the lists no one appends to once their newest posting is dead.
        index.append(3, to: 5, limit: 4, oldest: 0)
        index.sweep(1 << FeatureHash.bucketBits, oldest: 11)
        #expect(index.count(5) == 0 && index.count(7) == 3)
        index.sweep(1 << FeatureHash.bucketBits, oldest: 41)
        #expect(index.count(7) == 0 && index.count(8) == 0 && index.stored == 0)
        // Freed blocks serve the next keys, so the pool does not grow; the old keys stay empty.
        let slots = index.poolSlots
        index.append(41, to: 9, limit: 4, oldest: 41)
        for seq in 42...81 { index.append(Int32(seq), to: 10, limit: 64, oldest: 41) }
        #expect(index.poolSlots == slots)
        #expect(index.count(9) == 1 && index.count(10) == 40 && index.count(7) == 0)
    }

    /// The rarest terms by a histogram must be those a full sort by (frequency, bucket) puts first,
    /// whether the cut falls among small frequencies, among equals, or beyond the histogram.
    @Test func rarestTermsAgreeWithAFullSort() {
        var generator = SystemRandomNumberGenerator()
        for (count, spread, limit) in [(10, 5, 24), (200, 4, 24), (200, 40, 24), (300, 10_000, 24), (50, 100, 0), (120, 70, 30)] {
            let terms = Array(Set((0..<count).map { _ in UInt32.random(in: 0..<(1 << 21), using: &generator) }))
            let frequency = terms.map { _ in Int.random(in: 0...spread, using: &generator) }
            let expected = zip(terms, frequency).map { UInt64($1) << 32 | UInt64($0) }.sorted().prefix(limit).map { UInt32(truncatingIfNeeded: $0) }
            let chosen = terms.withUnsafeBufferPointer { StoryLinker.rarest($0, frequency: frequency, limit: limit) }
            #expect(chosen.sorted() == expected.sorted(), "\(count) terms, frequencies up to \(spread), limit \(limit)")
        }
    }

    /// Every path: the standard sort for short lists, binned up to `binnedLimit`, radix beyond;
    /// spread hashes, clustered days, repeats, and a few outliers that crowd the rest into one bin.
    @Test func bucketSortAgreesWithTheStandardSort() {
        var generator = SystemRandomNumberGenerator()
        let limit = BucketSort.binnedLimit
        for count in [0, 1, 5, 8, 9, 33, 100, limit, limit + 1, 400] {
            for bits in [8, 21, 32] {
                let values = (0..<count).map { _ in UInt32.random(in: 0...UInt32((1 << UInt64(bits)) - 1), using: &generator) }
                var sorted = values
                BucketSort.sort(&sorted)
                #expect(sorted == values.sorted(), "\(count) values of \(bits) bits")
            }
            let days = (0..<count).map { _ in UInt32.random(in: 20_000...20_030, using: &generator) }
            let crowded = (0..<count).map { k in k % 50 == 0 ? UInt32.max - UInt32(k) : UInt32.random(in: 0...1000, using: &generator) }
            for values in [days, crowded] {
                var sorted = values
                BucketSort.sort(&sorted)
                #expect(sorted == values.sorted(), "\(count) clustered values")
            }
        }
        #expect(BucketSort.sortedUnique([5, 3, 5, 1, 3]) == [1, 3, 5])
    }

    /// The scanner hashes as it reads; these are the buckets of the words it should end up with.
    @Test func wordTermsFoldPluralsAndSkipFunctionWords() {
        func bucket(_ word: String) -> UInt32 { FeatureHash.bucket(.word, word) }
        #expect(WordScanner.contentTerms(of: "Fighters parties Crisis, Kazakhstan's") == [bucket("fighter"), bucket("party"), bucket("crisis"), bucket("kazakhstan")])
        #expect(WordScanner.contentTerms(of: "the and was it").isEmpty)
        // Years are kept as they are; other numbers of two to six digits are marked apart; one digit is dropped.
        #expect(WordScanner.contentTerms(of: "1999 42 7") == [bucket("1999"), bucket("#42")])
        #expect(WordScanner.contentTerms(of: "Düsseldorf") == [bucket("düsseldorf")])
        // Lower-casing can lengthen a word ("İ" is "i" and a combining dot); a long word is one word.
        #expect(WordScanner.contentTerms(of: "İSTANBUL") == [bucket("i\u{307}stanbul")])
        let long = String(repeating: "ab", count: 5_000)
        #expect(WordScanner.contentTerms(of: long.uppercased()) == [bucket(long)])
    }

    /// Skipped spans (boilerplate) lose their words, capitals and accents included, and a line
    /// ends at each newline whatever was skipped on it.
    @Test func scannerSkipsSpansAndEndsLines() {
        struct Record: WordSink {
            var terms: [UInt32] = []
            var lines: [Int] = []
            mutating func word(hash: UInt64, term: UInt32?) { if let term { terms.append(term) } }
            mutating func lineEnd(hash: UInt32, words: Int) { lines.append(words) }
        }
        func bucket(_ word: String) -> UInt32 { FeatureHash.bucket(.word, word) }
        // Scalars: "Alpha Share Öffnen\nGamma Delta" skips "Share Öffnen" (6..<18) and "Delta" (25..<30).
        var sink = Record()
        WordScanner.scan("Alpha Share Öffnen\nGamma Delta", skip: [Span(6, 18), Span(25, 30)], into: &sink)
        #expect(sink.terms == [bucket("alpha"), bucket("gamma")])
        #expect(sink.lines == [1, 1])
    }
}

/// The scanner reads bytes, with fast paths for ASCII; it must split and skip exactly as a
/// scalar-by-scalar reading does, wherever words, skips, newlines and the text's end fall.
@Suite("Word scanner")
struct WordScannerTests {
    private struct Words: WordSink {
        var hashes: [UInt64] = []
        mutating func word(hash: UInt64, term: UInt32?) { hashes.append(hash) }
    }

    /// Words as runs of ASCII letters and digits and other alphabetic scalars, lower-cased,
    /// with skipped scalars as separators: the scanner's contract, read the slow way.
    private func reference(_ text: String, skip: [Span]) -> [UInt64] {
        var hashes: [UInt64] = [], word: [UInt8] = []
        func end() {
            if !word.isEmpty { hashes.append(FeatureHash.fnv(word)) }
            word = []
        }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let skipped = skip.contains { $0.start <= offset && offset < $0.end }
            let ascii = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if !skipped, ascii || (!scalar.isASCII && scalar.properties.isAlphabetic) {
                word += Array(scalar.properties.lowercaseMapping.utf8)
            } else {
                end()
            }
        }
        end()
        return hashes
    }

    @Test func eightByteRunsSplitAndSkipAsScalarsDo() {
        // A small alphabet of letters, digits, separators and scalars beyond ASCII, seeded so a failure repeats.
        let pieces = ["a", "Z", "q", "7", "0", " ", " ", ".", "\n", "é", "Ö", "—", "’", "@", "[", "`", "{", "/", ":"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for round in 0..<300 {
            let length = next(80)
            let text = (0..<length).map { _ in next(4) == 0 ? pieces[next(pieces.count)] : pieces[next(5)] }.joined()
            let scalars = text.unicodeScalars.count
            var skip: [Span] = []
            var at = 0
            while round % 2 == 1, at < scalars {
                let start = at + next(12), end = start + 1 + next(6)
                if start < scalars { skip.append(Span(start, min(end, scalars))) }
                at = end + 1
            }
            var sink = Words()
            WordScanner.scan(text, skip: skip, into: &sink)
            #expect(sink.hashes == reference(text, skip: skip), "text \(text.debugDescription), skip \(skip)")
        }
        // A long word, and a skip that ends in the middle of one.
        var sink = Words()
        WordScanner.scan("Extraordinarily LONGWORDSWITHCAPITALS1234 tail", skip: [Span(3, 20)], into: &sink)
        #expect(sink.hashes == ["ext", "wordswithcapitals1234", "tail"].map { FeatureHash.fnv(Array($0.utf8)) })
    }
}

/// Which terms a signature keeps: the most frequent, with every equal of the last one, so that
/// no bucket number decides between equals (it made the figures depend on the hash).
@Suite("Signature terms")
struct SignatureTermTests {
    private func counts(_ values: [Int]) -> [StorySignature.TermCount] {
        values.enumerated().map { .init(term: UInt32($0.offset), count: $0.element) }
    }

    @Test("keeps everything when there are few terms")
    func keepsFewTerms() {
        let few = counts([1, 3, 2])
        #expect(StorySignature.frequentTerms(few) == few)
    }

    @Test("keeps the equals of the last ranked term, in the order first seen")
    func keepsTies() {
        let ranked = StorySignature.rankedTerms
        // ranked - 1 terms seen 3 times, then many seen twice and many once.
        let values = [1, 2] + Array(repeating: 3, count: ranked - 1) + Array(repeating: 2, count: 40) + Array(repeating: 1, count: 40)
        let kept = StorySignature.frequentTerms(counts(values))
        #expect(kept.count == (ranked - 1) + 41)
        #expect(kept.allSatisfy { $0.count >= 2 })
        #expect(kept.map(\.term) == kept.map(\.term).sorted())
        #expect(kept.first?.term == 1)
    }

    @Test("cuts equals beyond the bound in the order first seen, never a more frequent term")
    func boundsLongArticles() {
        let ranked = StorySignature.rankedTerms, bound = StorySignature.maximumTerms
        // The frequent terms come last, after more equals than the bound allows.
        let values = Array(repeating: 1, count: 2 * bound) + Array(repeating: 5, count: ranked - 1)
        let kept = StorySignature.frequentTerms(counts(values))
        #expect(kept.count == bound)
        #expect(kept.filter { $0.count == 5 }.count == ranked - 1)
        #expect(kept.filter { $0.count == 1 }.map(\.term) == (0..<UInt32(bound - ranked + 1)).map { $0 })
    }
}

public import Extraction
import Foundation

/// An article reduced to the evidence outlets share when they report one event:
/// content words, canonical entities, quoted wording, figures, date and wording hash.
///
/// Every feature is a bucket of a fixed-size hash space, so the linker's tables stay
/// bounded however many distinct words its history holds.
public struct StoryArticle: Sendable {
    public let title: String?
    public let signature: StorySignature
    /// Content words with their log-scaled frequency.
    let words: [(term: UInt32, weight: Float)]
    /// Canonical entity names, people apart so a different protagonist can count against.
    let entities: [UInt32]
    let people: [UInt32]
    let places: [UInt32]
    /// Headline words: outlets name the event there, in few words.
    let titleWords: [UInt32]
    /// Four-word windows of direct and mixed quotes, normalised to lower-case words.
    let quoteShingles: [UInt32]
    /// "KILL:16": an event and its figure.
    let figures: [UInt32]
    let day: Int?

    /// Figures of 0 or 1 are in nearly every report of their kind and tell stories apart poorly.
    static let smallestFigure = 2.0
    static let shingleWords = 4

    public init(record: ArticleRecord, signature: StorySignature) {
        title = record.title
        self.signature = signature
        day = signature.date?.daysSinceEpoch
        words = signature.words.map { (FeatureHash.bucket(.word, $0.word), 1 + Float(log(Double($0.count)))) }
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
        let headline = (record.title ?? "").lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        titleWords = Set(headline.compactMap { StorySignature.contentForm(of: String($0)) }.map { FeatureHash.bucket(.word, $0) }).sorted()
        var shingles = Set<UInt32>()
        for quote in record.quotes where quote.kind != .indirect {
            let tokens = quote.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            guard tokens.count >= Self.shingleWords else { continue }
            for start in 0...(tokens.count - Self.shingleWords) {
                shingles.insert(FeatureHash.bucket(.quote, tokens[start..<(start + Self.shingleWords)].joined(separator: " ")))
            }
        }
        quoteShingles = shingles.sorted()
        var figures = Set<UInt32>()
        for count in record.counts where count.value >= Self.smallestFigure && count.event != "COUNT" {
            figures.insert(FeatureHash.bucket(.figure, "\(count.event):\(Int(count.value))"))
        }
        self.figures = figures.sorted()
    }

    /// Every bucket this article adds to the document frequencies, each once.
    var allFeatures: Set<UInt32> {
        var all = Set(words.map(\.term))
        all.formUnion(entities)
        all.formUnion(quoteShingles)
        all.formUnion(figures)
        return all
    }
}

/// Feature names hashed into a fixed space: FNV-1a, so runs and restarts agree.
enum FeatureHash {
    enum Kind: UInt8 { case word = 1, entity, quote, figure, line }

    /// 2^21 buckets: collisions are rare at newsroom vocabularies, and the tables stay at a few MB.
    static let bucketBits = 21

    static func bucket(_ kind: Kind, _ name: String) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash ^= UInt64(kind.rawValue)
        hash &*= 0x100_0000_01b3
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: (hash ^ (hash >> 32)) & ((1 << UInt64(bucketBits)) - 1))
    }
}

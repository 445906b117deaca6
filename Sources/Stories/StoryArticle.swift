import Foundation

/// A signature prepared for comparison: log-scaled term weights and the day number.
struct StoryArticle: Sendable {
    let signature: StorySignature
    let terms: [(term: UInt32, weight: Float)]
    let day: Int?

    init(_ signature: StorySignature) {
        self.signature = signature
        terms = signature.terms.map { ($0.term, 1 + Float(log(Double(max(1, $0.count))))) }
        day = signature.date?.daysSinceEpoch
    }

    /// Every bucket this article adds to the document frequencies, each once.
    var allFeatures: Set<UInt32> {
        var all = Set(terms.map(\.term))
        all.formUnion(signature.entities)
        all.formUnion(signature.quotes)
        all.formUnion(signature.figures)
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

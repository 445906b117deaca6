/// The `story` of a ledger line: which story the article joined, and why.
public struct StoryLink: Sendable, Equatable {
    /// The seq of the story's first article.
    public var id: Int
    /// The closest earlier articles, best first, with the evidence that linked them.
    public var related: [RelatedArticle]
    /// The seq of the article this one is a near-verbatim copy of (a wire story run again).
    public var syndicatedOf: Int?
    /// What the linker needs to rebuild its state from the ledger.
    public var signature: StorySignature {
        // What was prepared from the old one no longer holds.
        didSet { prepared = nil }
    }
    /// What `propose` prepared from `signature`, so `commit` need not prepare it again.
    var prepared: PreparedArticle?

    public init(id: Int, related: [RelatedArticle], syndicatedOf: Int?, signature: StorySignature) {
        self.id = id
        self.related = related
        self.syndicatedOf = syndicatedOf
        self.signature = signature
    }
}

extension StoryLink {
    /// Links are equal by what they say; `prepared` is only a cache of `signature`.
    public static func == (a: StoryLink, b: StoryLink) -> Bool {
        a.id == b.id && a.related == b.related && a.syndicatedOf == b.syndicatedOf && a.signature == b.signature
    }
}

/// A signature as the linker compares it, made once per article.
final class PreparedArticle: Sendable {
    let article: StoryArticle
    /// The postings keys `propose` chose, valid while the linker is still at `generation`.
    let retrievalKeys: [UInt32]
    let generation: Int

    init(article: StoryArticle, retrievalKeys: [UInt32], generation: Int) {
        self.article = article
        self.retrievalKeys = retrievalKeys
        self.generation = generation
    }
}

/// An earlier article and how strongly it matches.
public struct RelatedArticle: Sendable, Equatable, Codable {
    public var seq: Int
    /// The combined evidence, rounded to two decimals; the story threshold is `StoryLinker.Configuration.threshold`.
    public var score: Double
    /// The kinds of evidence that carried the match, e.g. `["quote","entities","words"]`.
    public var why: [String]

    public init(seq: Int, score: Double, why: [String]) {
        self.seq = seq
        self.score = score
        self.why = why
    }
}

extension StoryLink: Codable {
    enum CodingKeys: String, CodingKey { case id, related, syndicatedOf = "syndicated_of", signature }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(Int.self, forKey: .id),
            related: try c.decodeIfPresent([RelatedArticle].self, forKey: .related) ?? [],
            syndicatedOf: try c.decodeIfPresent(Int.self, forKey: .syndicatedOf),
            signature: try c.decode(StorySignature.self, forKey: .signature)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(related, forKey: .related)
        try c.encode(syndicatedOf, forKey: .syndicatedOf)
        try c.encode(signature, forKey: .signature)
    }
}

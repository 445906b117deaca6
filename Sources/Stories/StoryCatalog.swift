public import Extraction

/// The stories of a ledger, built line by line: for `wirewatch stories`.
public struct StoryCatalog: Sendable {
    /// Stories in the order they started.
    public private(set) var stories: [StoryReport] = []
    private var position: [Int: Int] = [:]
    /// Per story, per figure key, what each article said.
    private var claims: [Int: [String: [FigureClaim]]] = [:]

    public init() {}

    private struct FigureClaim: Sendable {
        let seq: Int
        let source: String
        let values: Set<Double>
    }

    /// Adds one `ok` line. `source` names the outlet, or the file where the outlet is unknown.
    public mutating func add(seq: Int, story: Int, title: String?, source: String, seenAt: String, counts: [CountClaim]) {
        let index: Int
        if let known = position[story] {
            index = known
        } else {
            index = stories.count
            position[story] = index
            stories.append(StoryReport(id: story, title: title, firstSeen: seenAt))
        }
        stories[index].articles.append(seq)
        stories[index].lastSeen = seenAt
        if !stories[index].outlets.contains(source) { stories[index].outlets.append(source) }
        if stories[index].title == nil { stories[index].title = title }
        var byKey: [String: Set<Double>] = [:]
        for count in counts where count.event != "COUNT" {
            byKey[Self.figureKey(count), default: []].insert(count.value)
        }
        for (key, values) in byKey {
            let earlier = claims[story, default: [:]][key, default: []]
            // Two articles disagree when they give the figure and share no value for it.
            for other in earlier where other.source != source && other.values.isDisjoint(with: values) {
                let disagreement = FigureDisagreement(
                    figure: key, claims: [
                        .init(seq: other.seq, source: other.source, values: other.values.sorted()),
                        .init(seq: seq, source: source, values: values.sorted()),
                    ]
                )
                if !stories[index].disagreements.contains(where: { $0.figure == key && $0.claims.map(\.source) == disagreement.claims.map(\.source) }) {
                    stories[index].disagreements.append(disagreement)
                }
            }
            claims[story, default: [:]][key, default: []].append(FigureClaim(seq: seq, source: source, values: values))
        }
    }

    /// "KILL security forces": the event and what the object says beyond the event itself,
    /// so "16 dead" and "26 people killed" are one figure, and deaths among the police another.
    static func figureKey(_ count: CountClaim) -> String {
        let rest = count.object.lowercased().split(separator: " ").filter { !genericObjectWords.contains(String($0)) }
        return ([count.event] + rest.map(String.init)).joined(separator: " ")
    }
}

/// Words that restate the event or pad the object, left out of a figure's key.
private let genericObjectWords: Set<String> = [
    "dead", "killed", "died", "deaths", "injured", "wounded", "hurt", "people", "persons", "among", "the", "of",
    "in", "were", "was", "at", "least", "more", "than", "about", "some", "over", "nearly", "other", "others",
]

/// One story: its articles, outlets and where they disagree.
public struct StoryReport: Sendable, Equatable, Codable {
    /// The seq of its first article.
    public var id: Int
    /// The first article's headline.
    public var title: String?
    public var outlets: [String] = []
    public var articles: [Int] = []
    /// `ingested_at` of its first and last article.
    public var firstSeen: String
    public var lastSeen: String
    public var disagreements: [FigureDisagreement] = []

    init(id: Int, title: String?, firstSeen: String) {
        self.id = id
        self.title = title
        self.firstSeen = firstSeen
        self.lastSeen = firstSeen
    }

    enum CodingKeys: String, CodingKey {
        case id, title, outlets, articles, firstSeen = "first_seen", lastSeen = "last_seen", disagreements
    }
}

/// Two outlets giving different numbers for the same figure of one story.
public struct FigureDisagreement: Sendable, Equatable, Codable {
    /// The event and object, e.g. "KILL security forces".
    public var figure: String
    public var claims: [Claim]

    public struct Claim: Sendable, Equatable, Codable {
        public var seq: Int
        public var source: String
        public var values: [Double]
    }
}

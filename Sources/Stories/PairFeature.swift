/// The evidence compared for two articles, each scaled to [0, 1].
public enum PairFeature: Int, CaseIterable, Sendable {
    /// TF-IDF cosine of the content words.
    case words
    /// Rarity-weighted overlap of headline words.
    case title
    /// Rarity-weighted overlap of canonical entities, of people, and of places.
    case entities, people, places
    /// Both name people, and none in common: two events with different protagonists.
    case otherPeople
    /// Shared four-word windows of quoted speech.
    case quote
    /// Shared event figures ("KILL:16"), weighted by rarity.
    case figures
    /// Distance between the articles' dates: within a day, within a week, and its log beyond.
    case sameDay, nearDays, farDays
    /// One date is known and the other is not; neither is known.
    case oneDateUnknown, bothDatesUnknown
    /// Entities and words agreeing on the same day count for more than either alone.
    case placesSameDay, wordsSameDay
    /// Both name a day in common ("on Thursday" resolved); both name days, none within a day of the other's.
    case namedDay, namedDaysApart
    /// How many of each side's protagonists the other names, as a share; both have protagonists, none named by the other.
    case protagonists, protagonistsApart

    /// How many there are, without building `allCases`.
    static let count = allCases.count
}

/// Logistic-regression weights for `PairFeature`: a match probability is
/// `1 / (1 + exp(-(bias + Σ weight × feature)))`.
public struct StoryPairWeights: Sendable {
    public var bias: Double
    public var values: [Double]

    public init(bias: Double, values: [Double]) {
        precondition(values.count == PairFeature.count, "one weight per PairFeature")
        self.bias = bias
        self.values = values
    }

    /// Fitted offline on the pairs `wirewatch eval stories --pairs FILE` writes for the ECB+ and GVA
    /// dev sets and the BBC corpus: a coordinate search on the clustering F1s (see README).
    public static let fitted = StoryPairWeights(
        bias: -3.002,
        values: [3.864, 3.840, 3.123, 1.853, 1.248, 0.012, 2.623, 0.752, 1.174, 0.171, -2.218, -0.935, 1.409, 1.894, 1.751, 2.455, -1.798, 1.519, -2.066]
    )
}

/// Turns the decoded text of one article into an ``ArticleRecord``.
///
/// Pure and deterministic: no I/O, no clock, no global state, so the same text
/// always gives the same record.
public struct ArticleExtractor: Sendable {
    private let tagger: EntityTagger?
    private let tokenizer = Tokenizer()

    /// Uses the bundled entity model unless given another; without one, no entities are found.
    public init(entityModel: EntityModel? = EntityModel.bundled) {
        tagger = entityModel.map(EntityTagger.init)
    }

    /// Extracts the record of `text`. `published` is the article's date when the caller knows
    /// it (the file's time); a dateline or a date in the text comes first.
    public func extract(_ text: String, published: CivilDate? = nil) -> ArticleRecord {
        extract(ArticleText(text), published: published)
    }

    /// Extracts the record of an already indexed text.
    public func extract(_ text: ArticleText, published: CivilDate? = nil) -> ArticleRecord {
        var untimed = UntimedStages()
        return extract(text, published: published, stages: &untimed)
    }

    /// Extracts as above, running each stage inside `stages`, which a benchmark uses to time them.
    public func extract<Stages: StageTimer>(_ text: ArticleText, published: CivilDate? = nil, stages: inout Stages) -> ArticleRecord {
        var record = ArticleRecord()
        let layout = stages.run(.boilerplate) { ArticleLayout(text) }
        guard let title = layout.title else { return record }
        record.title = text[title]
        record.titleSpan = title
        record.outlet = layout.outlet
        record.dateline = layout.dateline
        record.body = layout.body
        record.boilerplate = layout.boilerplate

        // Furniture is blanked out and quote marks normalised in place, so every later layer
        // reads clean prose while spans stay those of the input.
        let marks = stages.run(.quotes) {
            var scalars = text.scalars
            for span in layout.boilerplate {
                for i in span.start..<span.end where scalars[i] != "\n" && scalars[i] != "\r" { scalars[i] = " " }
            }
            let paragraphs = ArticleText(scalars: scalars).lineSpans().map(text.trimmed).filter { !$0.isEmpty }
            return QuoteMarks(scalars, paragraphs: paragraphs)
        }
        record.quoteRepairs = marks.repairs
        let (clean, stream) = stages.run(.tokenise) {
            let clean = ArticleText(scalars: marks.normalised)
            return (clean, TokenStream(tokenizer.sentences(clean)))
        }
        stages.count(tokens: stream.tokens.count)
        if let tagger {
            record.entities = stages.run(.tag) {
                let mentions = tagger.mentions(in: stream.sentences.map(\.tokens))
                return EntityResolver(text: clean, stream: stream).resolve(mentions)
            }
        }
        // A dateline opening the body (or a date line above it) ends what is headline and frame;
        // one further down opens a later paragraph, and what is before it stays content.
        let contentFloor = layout.storyStart == nil ? layout.dateline?.span.end ?? 0 : 0
        let quotes = stages.run(.quotes) {
            QuoteFinder(text: text, stream: stream, stretches: marks.stretches, entities: record.entities, contentFloor: contentFloor).find()
        }
        record.quotes = quotes.quotes
        record.citedSources = quotes.citedSources
        let datelineDate = layout.dateline?.date.flatMap(CivilDate.init(iso:))
        record.dates = stages.run(.dates) {
            DateReader.dates(in: stream.tokens, lowered: stream.lower, cues: stream.cues, text: text, published: datelineDate ?? published).mentions
        }
        record.counts = stages.run(.counts) {
            CountFinder(text: text, stream: stream, quotes: record.quotes).find()
        }
        record.toll = stages.run(.counts) {
            CasualtyToll(claims: record.counts, text: text, headlineEnd: title.end, storyStart: layout.storyStart)
        }
        return record
    }
}

/// The parts of extraction a benchmark times separately.
public enum ExtractionStage: String, CaseIterable, Sendable {
    /// Title, outlet, dateline, body and web furniture.
    case boilerplate
    /// Sentences and tokens.
    case tokenise
    /// Entity mentions and their canonical names.
    case tag
    /// Quote-mark repair and quotes with their speakers.
    case quotes
    case dates
    case counts
}

/// Runs each stage of an extraction; a benchmark's implementation times them.
public protocol StageTimer {
    mutating func run<T>(_ stage: ExtractionStage, _ body: () -> T) -> T
    /// Told how many tokens the article had, for tokens per second.
    mutating func count(tokens: Int)
}

/// Runs the stages and nothing else: what plain ``ArticleExtractor/extract(_:published:)`` uses.
public struct UntimedStages: StageTimer {
    public init() {}
    @inline(__always) public func run<T>(_ stage: ExtractionStage, _ body: () -> T) -> T { body() }
    public func count(tokens: Int) {}
}

/// `word` in lower case; ASCII words that are already lower case come back as they are, and
/// other ASCII words are lowered byte by byte (`lowercased()` goes through Unicode tables).
func foldedCase(_ word: String) -> String {
    var ascii = true, plain = true
    for byte in word.utf8 {
        if byte >= 0x80 {
            ascii = false
            break
        }
        if byte >= 65 && byte <= 90 { plain = false }
    }
    if !ascii { return word.lowercased() }
    if plain { return word }
    var word = word
    return word.withUTF8 { bytes in
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (i, byte) in bytes.enumerated() { buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
            return bytes.count
        }
    }
}

extension StringProtocol {
    /// The text in lower case, through ``foldedCase(_:)``'s ASCII fast path.
    var folded: String { foldedCase(String(self)) }
}

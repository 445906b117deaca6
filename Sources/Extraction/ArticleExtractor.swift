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
        var record = ArticleRecord()
        let layout = ArticleLayout(text)
        guard let title = layout.title else { return record }
        record.title = text[title]
        record.titleSpan = title
        record.outlet = layout.outlet
        record.dateline = layout.dateline
        record.body = layout.body
        record.boilerplate = layout.boilerplate

        // Furniture is blanked out and quote marks normalised in place, so every later layer
        // reads clean prose while spans stay those of the input.
        var scalars = text.scalars
        for span in layout.boilerplate {
            for i in span.start..<span.end where scalars[i] != "\n" && scalars[i] != "\r" { scalars[i] = " " }
        }
        let paragraphs = ArticleText(scalars: scalars).lineSpans().map(text.trimmed).filter { !$0.isEmpty }
        let marks = QuoteMarks(scalars, paragraphs: paragraphs)
        record.quoteRepairs = marks.repairs
        let clean = ArticleText(scalars: marks.normalised)
        let sentences = tokenizer.sentences(clean)
        if let tagger {
            let mentions = tagger.mentions(in: sentences.map(\.tokens))
            record.entities = EntityResolver(text: clean, sentences: sentences).resolve(mentions)
        }
        let tokens = sentences.flatMap(\.tokens)
        let lowered = tokens.map { foldedCase($0.text) }
        let contentFloor = layout.dateline?.span.end ?? 0
        let quotes = QuoteFinder(
            text: text, sentences: sentences, lowered: lowered, stretches: marks.stretches, entities: record.entities,
            contentFloor: contentFloor
        ).find()
        record.quotes = quotes.quotes
        record.citedSources = quotes.citedSources
        let datelineDate = layout.dateline?.date.flatMap(CivilDate.init(iso:))
        let dates = DateReader.dates(in: tokens, lowered: lowered, text: text, published: datelineDate ?? published)
        record.dates = dates.mentions
        record.counts = CountFinder(text: text, sentences: sentences, lowered: lowered, quotes: record.quotes).find()
        return record
    }
}

/// `word` in lower case; ASCII words that are already lower case come back as they are.
func foldedCase(_ word: String) -> String {
    var plain = true
    for byte in word.utf8 where byte >= 0x80 || (byte >= 65 && byte <= 90) {
        plain = false
        break
    }
    return plain ? word : word.lowercased()
}

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

    /// Extracts the record of `text`.
    public func extract(_ text: String) -> ArticleRecord {
        extract(ArticleText(text))
    }

    /// Extracts the record of an already indexed text.
    public func extract(_ text: ArticleText) -> ArticleRecord {
        var record = ArticleRecord()
        let lines = text.lineSpans().map(text.trimmed).filter { !$0.isEmpty }
        guard let first = lines.first else { return record }
        record.title = text[first]
        record.titleSpan = first
        // The body runs from the first line after the headline to the last line.
        if lines.count > 1 {
            record.body = Span(lines[1].start, lines[lines.count - 1].end)
        }
        if let tagger {
            let sentences = tokenizer.sentences(text)
            let mentions = tagger.mentions(in: sentences.map(\.tokens))
            record.entities = EntityResolver(text: text, sentences: sentences).resolve(mentions)
        }
        return record
    }
}

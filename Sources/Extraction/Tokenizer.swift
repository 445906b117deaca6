/// A word or punctuation mark, with its span in the article.
public struct Token: Sendable, Equatable {
    public var span: Span
    public var text: String

    public init(span: Span, text: String) {
        self.span = span
        self.text = text
    }
}

/// Something told at a place in the article: a token, a count claim.
protocol Spanned {
    var span: Span { get }
}

extension Token: Spanned {}
extension CountClaim: Spanned {}

extension Array where Element: Spanned {
    /// The index of the first element starting at or after `offset`, by binary search: the
    /// elements must be in text order. `count` when there is none.
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].span.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A sentence: its span and its tokens.
public struct Sentence: Sendable, Equatable {
    public var span: Span
    public var tokens: [Token]
}

/// An article's tokens as one array, built once after tokenising and shared by the layers,
/// with the sentence of each token and its lower-case form.
struct TokenStream {
    let sentences: [Sentence]
    let tokens: [Token]
    /// Index into `sentences` of each token.
    let sentenceOf: [Int]
    /// Each token's text in lower case (``foldedCase(_:)``).
    let lower: [String]
    /// Each sentence as a range of token indices.
    let sentenceRanges: [Range<Int>]
    /// What each token may start, from one lookup of its lower-case form.
    let cues: [TokenCue]
    /// Whether each token starts with a lower-case letter, a capital or digit, or neither.
    let initials: [Initial]

    /// How a token starts, for the rules that look at every capitalised word.
    enum Initial: UInt8 {
        /// A lower-case letter.
        case lower
        /// An upper-case letter or a digit: what names start with.
        case capital
        /// Punctuation, symbols, caseless scripts, or nothing.
        case other

        init(_ word: String) {
            guard let first = word.unicodeScalars.first else {
                self = .other
                return
            }
            self = first.isLower ? .lower : (first.isUpper || first.isDigit ? .capital : .other)
        }
    }

    init(_ sentences: [Sentence]) {
        self.sentences = sentences
        var tokens: [Token] = []
        var sentenceOf: [Int] = []
        var ranges: [Range<Int>] = []
        for (index, sentence) in sentences.enumerated() {
            ranges.append(tokens.count..<(tokens.count + sentence.tokens.count))
            tokens.append(contentsOf: sentence.tokens)
            sentenceOf.append(contentsOf: repeatElement(index, count: sentence.tokens.count))
        }
        self.tokens = tokens
        self.sentenceOf = sentenceOf
        sentenceRanges = ranges
        lower = tokens.map { foldedCase($0.text) }
        cues = lower.map { TokenCue(rawValue: TokenCue.lexicon.membership(FeatureHash.string($0))) }
        initials = tokens.map { Initial($0.text) }
    }
}

/// What a word may start, for the layers that test every token: a speech cue, a number, a
/// victim phrase or a date. The flattened tokens look each word up once (``TokenStream/cues``),
/// so those scans skip every other word without hashing it again.
struct TokenCue: OptionSet, Sendable {
    let rawValue: UInt8
    /// A speech or quoting verb (``SpeechCues/speech``, ``SpeechCues/quotingOnly``).
    static let speech = TokenCue(rawValue: 1)
    /// A number word, or a vague one such as "dozens".
    static let number = TokenCue(rawValue: 2)
    /// A word the one-victim rule acts on ("died", "was shot").
    static let victim = TokenCue(rawValue: 4)
    /// A month, weekday, "yesterday" or "last" that may start a date.
    static let date = TokenCue(rawValue: 8)
    /// A word that may start a count told without a numeral ("a man", "double homicide", "third person").
    static let countStart = TokenCue(rawValue: 16)

    /// Cue bits by the hash of the lower-case word.
    static let lexicon: HashedMembership = {
        var lexicon: [UInt64: UInt8] = [:]
        func add(_ words: some Sequence<String>, _ cue: TokenCue) {
            for word in words { lexicon[FeatureHash.string(word), default: 0] |= cue.rawValue }
        }
        add(SpeechCues.speech.union(SpeechCues.quotingOnly), .speech)
        add(CountFinder.numberStarts, .number)
        add(CountFinder.victimTriggers, .victim)
        add(CountFinder.countStarts, .countStart)
        add(DateReader.cues.keys, .date)
        return HashedMembership(lexicon)
    }()
}

/// Splits news text into sentences of tokens, keeping every span exact.
///
/// Tuned for news: abbreviations (Gen., U.S., Jan.), initials (J. R.), numbers with
/// separators (1,600, 3.5), hyphenated names (Kassym-Jomart), possessives split off
/// (Kazakhstan’s → Kazakhstan + ’s), quotes and brackets as their own tokens, and every line
/// break that ends a line of prose as a sentence boundary (headlines, datelines, paragraphs).
/// Linear in the length of the text.
public struct Tokenizer: Sendable {
    public init() {}

    /// Abbreviations that keep their period and do not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "gov", "sen",
        "rep", "rev", "hon", "pres", "supt", "insp", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "plc",
        "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
        "approx", "dept", "univ", "assn", "ave", "blvd", "rd", "est", "fig", "vol", "pp", "ca", "cf", "al", "e.g", "i.e",
    ]

    /// Tokens of `text`, in order.
    public func tokens(_ text: ArticleText) -> [Token] {
        sentences(text).flatMap(\.tokens)
    }

    /// Sentences of `text`, in order.
    public func sentences(_ text: ArticleText) -> [Sentence] {
        let s = text.scalars
        var sentences: [Sentence] = []
        var current: [Token] = []
        func closeSentence() {
            guard let first = current.first, let last = current.last else { return }
            sentences.append(Sentence(span: Span(first.span.start, last.span.end), tokens: current))
            current.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" || c == "\r" || c == "\u{2029}" {
                if lineBreakEndsSentence(s, at: i, current) { closeSentence() }
                i += 1
                continue
            }
            if isSpace(c) {
                i += 1
                continue
            }
            // A run of non-space characters, then split it into tokens.
            var end = i
            while end < s.count, !isSpace(s[end]) { end += 1 }
            // Scraped text often loses the space after a full stop ("injured.A third suspect"):
            // a lower-case word, a period, then a capitalised word is two sentences.
            if let stop = missingSpaceStop(s, i, end) { end = stop + 1 } else if let stop = missingSpaceQuoteStop(s, i, end) { end = stop + 1 }
            let before = current.count
            splitRun(s, i, end, into: &current)
            // A sentence ends after terminal punctuation that is not part of an abbreviation.
            if current.count > before, endsSentence(s, current, runEnd: end) { closeSentence() }
            i = end
        }
        closeSentence()
        return sentences
    }

    // MARK: - Runs

    /// The period in `s[lo..<hi]` that ends a sentence with no space after it: two lower-case
    /// letters before it, then a capitalised word ("night.The", "injured.A").
    private func missingSpaceStop(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Int? {
        guard hi - lo >= 4 else { return nil }
        var k = lo + 2
        while k + 1 < hi {
            if s[k] == ".", s[k - 1].isLower, s[k - 2].isLower, s[k + 1].isUpper, k + 2 == hi || s[k + 2].isLower { return k }
            k += 1
        }
        return nil
    }

    /// Where a sentence ends at a quote mark with no space around it: after the period of
    /// `window.“Two of my friends` (the quote opens the next sentence), or after the closing mark
    /// of `she said.”The police` (it closes this one).
    private func missingSpaceQuoteStop(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Int? {
        guard hi - lo >= 4 else { return nil }
        var k = lo + 1
        while k + 2 < hi {
            if s[k] == ".", s[k - 1].isLower, s[k + 2].isUpper {
                if s[k + 1] == "\u{201C}" { return k }
                if s[k + 1] == "\u{201D}" { return k + 1 }
            }
            k += 1
        }
        return nil
    }

    private func splitRun(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, into tokens: inout [Token]) {
        var lo = start
        var hi = end
        // Leading quotes and brackets.
        while lo < hi, isOpening(s[lo]) || isQuote(s[lo]) {
            tokens.append(token(s, lo, lo + 1))
            lo += 1
        }
        // Trailing punctuation and quotes, kept aside to append after the core.
        var trailing: [Token] = []
        while hi > lo {
            let c = s[hi - 1]
            if isClosing(c) || isQuote(c) || c == "," || c == ";" || c == ":" || c == "!" || c == "?" {
                trailing.append(token(s, hi - 1, hi))
                hi -= 1
            } else if c == "." {
                // Keep the period of an abbreviation, an initial or a dotted acronym (U.S.).
                if keepsPeriod(s, lo, hi) { break }
                // "..." stays one token.
                var dots = hi
                while dots > lo, s[dots - 1] == "." { dots -= 1 }
                trailing.append(token(s, dots, hi))
                hi = dots
            } else {
                break
            }
        }
        if lo < hi { splitCore(s, lo, hi, into: &tokens) }
        tokens.append(contentsOf: trailing.reversed())
    }

    /// Splits the middle of a run at dashes between words and before possessive 's.
    private func splitCore(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int, into tokens: inout [Token]) {
        var start = lo
        var i = lo
        while i < hi {
            let c = s[i]
            // Em and en dashes, and "--", separate words; a single hyphen joins them.
            if c == "\u{2014}" || c == "\u{2013}" || (c == "-" && i + 1 < hi && s[i + 1] == "-") {
                if start < i { tokens.append(token(s, start, i)) }
                var j = i + 1
                while j < hi, s[j] == "-" { j += 1 }
                tokens.append(token(s, i, j))
                start = j
                i = j
                continue
            }
            // Possessive: Kazakhstan's / Kazakhstan’s (and a bare plural possessive s').
            if (c == "'" || c == "\u{2019}"), i > start, i + 2 == hi, s[i + 1] == "s" || s[i + 1] == "S" {
                tokens.append(token(s, start, i))
                tokens.append(token(s, i, hi))
                return
            }
            // A curly double mark inside a run is a quote's edge, as scraped text loses the space
            // before or after it: `said,“Look`, `Maidan techniques”had`. A comma, colon or
            // semicolon just before it is its own token too. A mark right after a dash is left as it
            // was: split there, a newsletter's `FAREWELL—“The Living Room …,” by Times` read as quotes.
            if c == "\u{201C}" || c == "\u{201D}", i > start {
                let stop = s[i - 1] == "," || s[i - 1] == ":" || s[i - 1] == ";" ? i - 1 : i
                if start < stop { tokens.append(token(s, start, stop)) }
                if stop < i { tokens.append(token(s, stop, i)) }
                tokens.append(token(s, i, i + 1))
                start = i + 1
                i += 1
                continue
            }
            // Slash between words: "Tajik/Afghan".
            if c == "/", i > start, i + 1 < hi, s[i - 1].isLetter, s[i + 1].isLetter {
                tokens.append(token(s, start, i))
                tokens.append(token(s, i, i + 1))
                start = i + 1
            }
            i += 1
        }
        if start < hi { tokens.append(token(s, start, hi)) }
    }

    private func keepsPeriod(_ s: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> Bool {
        let length = hi - lo
        // "J." an initial.
        if length == 2, s[lo].isUpper { return true }
        // Dotted acronyms: U.S. / U.N. / a.m.
        if length >= 4, s[hi - 3] == ".", s[hi - 2].isLetter { return true }
        return Self.abbreviations.contains(String(scalars: s[lo..<(hi - 1)]).folded)
    }

    // MARK: - Sentence boundaries

    private func endsSentence(_ s: [Unicode.Scalar], _ tokens: [Token], runEnd: Int) -> Bool {
        // Tokens are spans of `s`, so their characters are read there rather than from their text.
        // The last token that is not a closing quote or bracket. Real text closes at most a few
        // at once; the bound keeps a run of 100,000 quote marks linear.
        var k = tokens.count - 1
        let lowest = max(0, tokens.count - 8)
        while k >= lowest, tokens[k].span.end - tokens[k].span.start == 1, isClosing(s[tokens[k].span.start]) || isQuote(s[tokens[k].span.start]) {
            k -= 1
        }
        guard k >= 0 else { return false }
        // Abbreviations keep their period inside the token, so they never end a sentence here.
        let span = tokens[k].span, first = s[span.start]
        if span.end - span.start == 1 {
            guard first == "." || first == "!" || first == "?" else { return false }
        } else {
            guard first == ".", s[span.start + 1] == ".", tokens[k].text.hasPrefix("..") else { return false }
        }
        // The next non-space character must look like a sentence start. Web text often puts a
        // no-break space there ("said Monday.\u{A0}“To say …”").
        var j = runEnd
        while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\u{A0}" { j += 1 }
        guard j < s.count else { return true }
        let next = s[j]
        return next.isUpper || next.isDigit || isQuote(next) || isOpening(next)
            || next == "\n" || next == "\r"
    }

    /// A line break ends a sentence unless the line is hard-wrapped prose: the line does not end
    /// in terminal punctuation and the next line starts in lower case.
    private func lineBreakEndsSentence(_ s: [Unicode.Scalar], at i: Int, _ current: [Token]) -> Bool {
        guard let token = current.last, token.span.end > token.span.start else { return false }
        let last = s[token.span.end - 1]
        if last == "." || last == "!" || last == "?" || isQuote(last) || isClosing(last) { return true }
        var j = i + 1
        while j < s.count, s[j] == " " || s[j] == "\t" || s[j] == "\r" { j += 1 }
        guard j < s.count else { return true }
        if s[j] == "\n" { return true }  // a blank line
        return !s[j].isLower
    }

    // MARK: - Characters

    @inline(__always) private func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c == " " || (c.value >= 0x09 && c.value <= 0x0D) : c.isSpaceLike
    }

    private func token(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Token {
        Token(span: Span(start, end), text: String(scalars: s[start..<end]))
    }

    private func isQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "\u{201E}", "`": true
        default: false
        }
    }

    private func isOpening(_ c: Unicode.Scalar) -> Bool { c == "(" || c == "[" || c == "{" }
    private func isClosing(_ c: Unicode.Scalar) -> Bool { c == ")" || c == "]" || c == "}" }
}

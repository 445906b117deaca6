/// Finds who said what: direct, mixed and indirect quotes with their speakers resolved.
///
/// Rule-based, as attribution in news is: a speech cue outside quote marks ("said",
/// "according to") with its source on one side and its content on the other.
/// - `“…,” said Tokayev` / `…, Putin said.` put the content before the cue;
/// - `Rahmon demanded: “…”` / `warned that …` / `According to Tokayev, …` after it;
/// - `according to Tass` next to another cue is the relay (`via`), not a speaker;
/// - a quote split by "he said" is one quote, and a quoted sentence that follows a quote,
///   in its paragraph or opening the next, continues it;
/// - the content is direct when the marks cover it, mixed when they cover part, else indirect.
/// Speakers resolve through the entity layer: a name, a pronoun (the last speaker, else the
/// nearest person before), a role noun ("the Russian president") or "who".
/// Linear in the number of tokens: each cue looks at a bounded window around it.
struct QuoteFinder {
    private let text: ArticleText
    private let tokens: [Token]
    private let lower: [String]
    private let cues: [TokenCue]
    private let stretches: [QuotedStretch]
    private let entities: [Entity]
    /// Index into `stretches` of the quote each token is in, or -1.
    private var stretchOf: [Int]
    /// Index into `entities` and the mention span of each token that is part of a name, or -1.
    private var entityOf: [Int]
    private var mentionOf: [Span?]
    /// Sentences merged where a quote runs across them, as token ranges.
    private var units: [Range<Int>] = []
    private var unitOf: [Int]
    private let contentFloor: Int

    struct Found {
        var quotes: [Quote] = []
        var citedSources: [String] = []
    }

    init(text: ArticleText, stream: TokenStream, stretches: [QuotedStretch], entities: [Entity], contentFloor: Int) {
        self.text = text
        self.stretches = stretches
        self.entities = entities
        self.contentFloor = contentFloor
        let tokens = stream.tokens
        let sentenceRanges = stream.sentenceRanges
        self.tokens = tokens
        lower = stream.lower
        cues = stream.cues
        stretchOf = Array(repeating: -1, count: tokens.count)
        var s = 0
        for k in tokens.indices {
            let span = tokens[k].span
            while s < stretches.count, stretches[s].outer.end <= span.start { s += 1 }
            if s < stretches.count, stretches[s].outer.start <= span.start, span.end <= stretches[s].outer.end { stretchOf[k] = s }
        }
        entityOf = Array(repeating: -1, count: tokens.count)
        mentionOf = Array(repeating: nil, count: tokens.count)
        for (e, entity) in entities.enumerated() {
            for mention in entity.mentions {
                var k = tokens.firstIndex(startingAtOrAfter: mention.start)
                guard k < tokens.count, tokens[k].span.start == mention.start else { continue }
                while k < tokens.count, tokens[k].span.end <= mention.end {
                    entityOf[k] = e
                    mentionOf[k] = mention
                    k += 1
                }
            }
        }
        // Units: sentences, joined where a quote runs on from one into the next. A closing mark
        // the tokenizer left at the start of the next sentence (`abroad. ”Putin`) ends the unit.
        unitOf = Array(repeating: 0, count: tokens.count)
        var start = 0
        for range in sentenceRanges where !range.isEmpty {
            var cut = range.upperBound
            if cut <= start { continue }
            if cut < tokens.count, stretchOf[cut - 1] >= 0, stretchOf[cut - 1] == stretchOf[cut] {
                let s = stretchOf[cut]
                guard tokens[cut].span.end == stretches[s].outer.end else { continue }
                cut += 1
            }
            // `“Who do they think they are?” Trump said of Apple.`: the question mark ended the
            // sentence, but the attribution that follows belongs with the quote.
            if Self.attributionFollows(closingAt: cut, tokens: tokens, stretchOf: stretchOf, stretches: stretches, cues: cues, lower: lower),
                onOneLine(cut - 1, cut)
            {
                continue
            }
            units.append(start..<cut)
            start = cut
        }
        if start < tokens.count { units.append(start..<tokens.count) }
        for (u, range) in units.enumerated() { for k in range { unitOf[k] = u } }
    }

    /// Whether no line break separates tokens `a` and `b` (`a` before `b`).
    private func onOneLine(_ a: Int, _ b: Int) -> Bool {
        !text.scalars[tokens[a].span.end..<tokens[b].span.start].contains { $0 == "\n" || $0 == "\r" }
    }

    /// Whether the quote closing just before token `cut` is followed by a short attribution: at
    /// most four words (no punctuation), then a speech verb that closes the attribution.
    private static func attributionFollows(
        closingAt cut: Int, tokens: [Token], stretchOf: [Int], stretches: [QuotedStretch], cues: [TokenCue], lower: [String]
    ) -> Bool {
        guard cut > 0, cut < tokens.count, stretchOf[cut - 1] >= 0, stretchOf[cut] < 0,
            tokens[cut - 1].span.end == stretches[stretchOf[cut - 1]].outer.end
        else { return false }
        var j = cut
        while j < min(tokens.count, cut + 5), stretchOf[j] < 0 {
            if cues[j].contains(.speech), SpeechCues.speech.contains(lower[j]) {
                // The attribution must close there ("Trump said.", "said of Apple"), not go on
                // to content of its own ("He said the FBI has …").
                guard j + 1 < tokens.count, let next = tokens[j + 1].text.unicodeScalars.first else { return true }
                // "Trump told Britain’s ITV …": after "told", a listener, not content, unless a
                // clause of its own follows ("He told the crowd that he wants …").
                if SpeechCues.takesListener.contains(lower[j]), j > cut {
                    var k = j + 1
                    while k < min(tokens.count, j + 12), stretchOf[k] < 0,
                        tokens[k].text.unicodeScalars.first?.isLetter == true || lower[k] == "’s" || lower[k] == "'s",
                        !["that", "whether", "if", "how", "why", "what", "to"].contains(lower[k])
                    {
                        k += 1
                    }
                    return k == tokens.count || !(tokens[k].text.unicodeScalars.first?.isLetter ?? false)
                }
                return (!next.isLetter && !next.isDigit) || (SpeechCues.phraseEnds.contains(lower[j + 1]) && lower[j + 1] != "that")
            }
            guard let first = tokens[j].text.unicodeScalars.first, first.isLetter else { return false }
            j += 1
        }
        return false
    }

    // MARK: - Finding

    private struct SpeakerRef {
        var speaker: Speaker
        var type: EntityType?
        var isAgency: Bool
    }

    private struct Relation {
        var cue: String
        /// The attribution between the two halves of a split quote, not part of its content.
        var splitBy: Range<Int>? = nil
        var cueIndex: Int
        var content: Range<Int>
        var speaker: SpeakerRef?
        var via: String?
        /// Token index where the attribution (cue and speaker) ends.
        var attributionEnd: Int
    }

    func find() -> Found {
        var found = Found()
        var relations: [Relation] = []
        var lastSpeaker: (ref: SpeakerRef, unit: Int)?
        func cite(_ name: String) {
            if !found.citedSources.contains(name) { found.citedSources.append(name) }
        }
        for (u, unit) in units.enumerated() {
            var consumed = unit.lowerBound
            var unitRelations: [Int] = []
            var k = unit.lowerBound
            while k < unit.upperBound {
                defer { k += 1 }
                guard stretchOf[k] < 0, k >= consumed || lower[k] == "according" else { continue }
                let word = lower[k]
                if word == "according", k + 1 < unit.upperBound, lower[k + 1] == "to" {
                    guard let relation = according(at: k, in: unit, consumed: consumed) else { continue }
                    let ref = relation.speaker
                    // Next to another attribution, "according to X" names the relay.
                    if let previous = unitRelations.last, relation.cueIndex - relations[previous].attributionEnd <= 12,
                        relations[previous].via == nil, ref.map({ $0.isAgency || $0.type == .organisation }) ?? false
                    {
                        relations[previous].via = ref!.speaker.name
                        if ref!.isAgency { cite(ref!.speaker.name) }
                        k = relation.attributionEnd
                        consumed = max(consumed, relation.attributionEnd + 1)
                        continue
                    }
                    if let ref, ref.isAgency { cite(ref.speaker.name) }
                    relations.append(relation)
                    unitRelations.append(relations.count - 1)
                    consumed = max(relation.attributionEnd, relation.content.upperBound)
                    k = consumed - 1
                    continue
                }
                guard cues[k].contains(.speech), isVerbUse(k) else { continue }
                let quoting = SpeechCues.quotingOnly.contains(word)
                guard var relation = verbCue(at: k, in: unit, consumed: consumed, lastSpeaker: lastSpeaker.flatMap { $0.unit >= u - 3 ? $0.ref : nil })
                else { continue }
                if quoting, !containsQuote(relation.content) { continue }
                // "…, Sputnik reported." after another attribution: the relay again.
                if let ref = relation.speaker, ref.isAgency, let previous = unitRelations.last, relations[previous].via == nil,
                    relation.content.lowerBound <= relations[previous].content.upperBound
                {
                    relations[previous].via = ref.speaker.name
                    cite(ref.speaker.name)
                    consumed = max(consumed, relation.attributionEnd + 1)
                    continue
                }
                if let ref = relation.speaker, ref.isAgency { cite(ref.speaker.name) }
                relation = extendSplitQuote(relation, in: unit)
                relations.append(relation)
                unitRelations.append(relations.count - 1)
                consumed = max(relation.attributionEnd, relation.content.upperBound)
                k = max(k, relation.attributionEnd)
            }
            if let last = unitRelations.last, let ref = relations[last].speaker { lastSpeaker = (ref, u) }
        }
        relations += colonQuotes(after: relations)
        relations += dashAttributions(after: relations)
        unmarkedAttributions(&relations)
        subjectQuotes(&relations)
        relations.sort { $0.content.lowerBound < $1.content.lowerBound }
        found.quotes = relations.compactMap(quote)
        return found
    }

    /// `The email goes on to say: “…”`, `He continued:` and a quote: whatever the verb, a quote
    /// introduced by a colon is direct, and the clause before the colon names its speaker.
    private func colonQuotes(after relations: [Relation]) -> [Relation] {
        var covered = Set<Int>()
        for r in relations { for k in r.content { covered.insert(k) } }
        var found: [Relation] = []
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard isOpenMark(k), !covered.contains(k), k > 0, lower[k - 1] == ":", stretchOf[k - 1] < 0 else { continue }
            let colon = k - 1
            // The clause before the colon.
            var start = colon - 1
            while start >= 0, colon - start < 25, stretchOf[start] < 0, ![".", ";", "!", "?"].contains(lower[start]) { start -= 1 }
            start += 1
            guard start < colon else { continue }
            var speaker: SpeakerRef?
            for j in start..<colon {
                if entityOf[j] >= 0, entities[entityOf[j]].type != .place {
                    var end = j
                    while end < colon, entityOf[end] == entityOf[j] { end += 1 }
                    speaker = resolve(j..<end, lastSpeaker: nil)
                    break
                }
                if SpeechCues.pronouns.contains(lower[j]), lower[j] != "it", lower[j] != "who" {
                    speaker = resolve(j..<(j + 1), lastSpeaker: nil)
                    break
                }
            }
            guard let speaker else { continue }
            let s = stretchOf[k]
            var end = k
            while end < tokens.count, stretchOf[end] == s { end += 1 }
            found.append(Relation(cue: tokens[colon - 1].text + ":", cueIndex: colon, content: k..<end, speaker: speaker, via: nil, attributionEnd: colon))
            k = end - 1
        }
        return found
    }

    /// `“…” ― Sonya Herridge`: a quote signed with a dash and a name on its line is direct; the
    /// name need not be one the tagger found, since such signatures sit on title-case lines.
    private func dashAttributions(after relations: [Relation]) -> [Relation] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for r in relations { for k in r.content { covered[k] = true } }
        var found: [Relation] = []
        for k in tokens.indices where k + 2 < tokens.count && stretchOf[k] >= 0 && stretchOf[k + 1] != stretchOf[k] && !covered[k] {
            guard ["\u{2015}", "\u{2014}"].contains(lower[k + 1]), stretchOf[k + 2] < 0,
                onOneLine(k, k + 2),
                let np = forwardPhrase(from: k + 2, in: units[unitOf[k + 2]], stopAtPrepositions: true),
                // A name the tagger found, or one that looks like a signature ("Sonya Herridge").
                np.contains(where: { entityOf[$0] >= 0 && entities[entityOf[$0]].type != .place })
                    || ((2...4).contains(np.count) && np.allSatisfy { tokens[$0].text.first?.isUppercase == true }),
                let speaker = resolve(np, lastSpeaker: nil)
            else { continue }
            var start = k
            while start > 0, stretchOf[start - 1] == stretchOf[k] { start -= 1 }
            found.append(Relation(cue: tokens[k + 1].text, cueIndex: k + 1, content: start..<(k + 1), speaker: speaker, via: nil, attributionEnd: np.upperBound - 1))
        }
        return found
    }

    /// Quotes whose verb is not a speech cue, read by shape:
    /// - `“…,” Viguerie concludes` / `“…?” he asks rhetorically`: a quote closing on a comma, a
    ///   question or exclamation mark, then a name and a verb, is direct;
    /// - a quoted paragraph after a quoted paragraph continues its speaker;
    /// - `Bush referred to Rubio as “a bright, charismatic leader”`: a quote in a sentence whose
    ///   subject is a person or an organisation is that subject's, mixed.
    private func unmarkedAttributions(_ relations: inout [Relation]) {
        var covered = [Bool](repeating: false, count: tokens.count)
        for r in relations { for k in r.content { covered[k] = true } }
        relations.sort { $0.content.lowerBound < $1.content.lowerBound }
        var previous: (relation: Relation, unit: Int, index: Int)?
        var byUnit: [Int: Int] = [:]
        // The last relation of each unit, a quoted one before an indirect one: in "“…,” Buchanan
        // said, noting that …. “…”" the next quote goes on with the first.
        for (i, r) in relations.enumerated() where !r.content.isEmpty {
            let u = unitOf[r.content.upperBound - 1]
            if let held = byUnit[u], containsQuote(relations[held].content), !containsQuote(r.content) { continue }
            byUnit[u] = i
        }
        for (u, unit) in units.enumerated() {
            if let i = byUnit[u], relations[i].speaker != nil { previous = (relations[i], u, i) }
            var k = unit.lowerBound
            while k < unit.upperBound {
                defer { k += 1 }
                guard isOpenMark(k), !covered[k] else { continue }
                let s = stretchOf[k]
                var close = k
                while close + 1 < tokens.count, stretchOf[close + 1] == s { close += 1 }
                guard close < unit.upperBound else { continue }
                var relation: Relation?
                // A quote ending ",”" followed by its attribution.
                if isCloseMark(close), close - 1 > k, [",", "?", "!"].contains(lower[close - 1]), close + 2 < unit.upperBound,
                    let np = trailingSpeaker(after: close, in: unit),
                    // A longer quote is no title.
                    close - k > 6 || quoteIsContent(endingAt: close, cueEnd: np.cue, cue: np.cue, in: unit, from: unit.lowerBound)
                {
                    let start = contentStart(before: k + 1, in: unit, consumed: unit.lowerBound)
                    relation = extendSplitQuote(
                        Relation(cue: tokens[np.cue].text, cueIndex: np.cue, content: min(start, k)..<(close + 1), speaker: resolve(np.phrase, lastSpeaker: previous?.relation.speaker), via: nil, attributionEnd: max(np.cue, np.phrase.upperBound - 1)),
                        in: unit)
                } else if k == unit.lowerBound, let prior = previous, prior.unit >= u - 2, prior.unit < u, let speaker = prior.relation.speaker,
                    containsQuote(prior.relation.content), !unit.contains(where: { stretchOf[$0] < 0 && SpeechCues.speech.contains(lower[$0]) })
                {
                    // A quoted sentence continuing the last quote, in its paragraph ("“…,” Ebeling
                    // said. “We came today …”") or opening the next: the same quote. PolNeAR's
                    // annotators join these, and neither half alone covered enough of the whole
                    // (F1 0.913 → 0.917). A sentence between them makes a new quote of the same speaker.
                    let priorEnd = prior.relation.content.upperBound - 1
                    if prior.unit == u - 1 {
                        if relations[prior.index].splitBy == nil { relations[prior.index].splitBy = (priorEnd + 1)..<k }
                        relations[prior.index].content = relations[prior.index].content.lowerBound..<(close + 1)
                        relations[prior.index].attributionEnd = max(relations[prior.index].attributionEnd, close)
                        for j in k...close { covered[j] = true }
                        previous = (relations[prior.index], u, prior.index)
                        k = close
                        continue
                    }
                    relation = Relation(cue: prior.relation.cue, cueIndex: k, content: k..<(close + 1), speaker: speaker, via: prior.relation.via, attributionEnd: k)
                } else if let prior = previous, prior.unit == u - 1, let speaker = prior.relation.speaker,
                    !text[Span(tokens[units[u - 1].upperBound - 1].span.end, tokens[k].span.start)].contains("\n"),
                    close - k >= 4, !unit.contains(where: { stretchOf[$0] < 0 && SpeechCues.speech.contains(lower[$0]) })
                {
                    // "The goal was “the undermining of public order …”" right after Tokayev spoke.
                    relation = Relation(cue: "", cueIndex: k, content: k..<(close + 1), speaker: speaker, via: prior.relation.via, attributionEnd: k)
                }
                guard let relation, relation.speaker != nil else { continue }
                for j in relation.content { covered[j] = true }
                relations.append(relation)
                previous = (relation, u, relations.count - 1)
                k = max(k, relation.content.upperBound - 1)
            }
        }
    }

    /// `Trump also criticised Sadiq Khan for making “very rude statements”`: a sentence that opens
    /// with a named person (or "he" or "she"), perhaps after a phrase and its comma ("For years,
    /// she has called herself …"), then a verb, with quotes in what follows and no attribution of
    /// its own, holds the subject's words: a mixed quote from the verb to the sentence's end.
    private func subjectQuotes(_ relations: inout [Relation]) {
        var covered = [Bool](repeating: false, count: tokens.count)
        for r in relations { for k in r.content { covered[k] = true } }
        for unit in units {
            guard let mark = unit.first(where: { isOpenMark($0) }), !unit.contains(where: { covered[$0] }) else { continue }
            var k = unit.lowerBound
            // Not a headline, whose quotes are titles and slogans more often than words.
            guard k < mark, stretchOf[k] < 0, tokens[k].span.start >= contentFloor else { continue }
            if !isSubjectStart(k), let comma = (k..<min(mark, k + Self.frontedPhraseWords)).first(where: { lower[$0] == "," }) { k = comma + 1 }
            guard k < mark, isSubjectStart(k) else { continue }
            var subjectEnd = k
            if entityOf[k] >= 0 {
                while subjectEnd + 1 < mark, entityOf[subjectEnd + 1] == entityOf[k] { subjectEnd += 1 }
            }
            var verb = subjectEnd + 1
            var passive = false, finite = false
            while verb < mark, SpeechCues.auxiliaries.contains(lower[verb]) {
                if Self.beForms.contains(lower[verb]) { passive = true }
                if SpeechCues.finiteVerbs.contains(lower[verb]) { finite = true }
                verb += 1
            }
            guard verb + 1 < mark, stretchOf[verb] < 0, !isPunctuation(verb), tokens[verb].text.first?.isLowercase == true,
                !SpeechCues.phraseEnds.contains(lower[verb]),
                finite || lower[verb].hasSuffix("ed") || lower[verb].hasSuffix("s") || SpeechCues.finiteVerbs.contains(lower[verb]),
                // "Christie was joined by …" is done to the subject; in "Sanders supporters are …" the name is no subject.
                !(passive && lower[verb].hasSuffix("ed")), !SpeechCues.finiteVerbs.contains(lower[verb + 1])
            else { continue }
            // To the end of the sentence: the quoted words are part of a clause.
            let content = trimmed((verb + 1)..<unit.upperBound)
            guard content.upperBound > mark, let speaker = resolve(k..<(subjectEnd + 1), lastSpeaker: nil) else { continue }
            relations.append(Relation(cue: tokens[verb].text, cueIndex: verb, content: content, speaker: speaker, via: nil, attributionEnd: verb))
        }
    }

    /// A person named at `k`, or "he" or "she". Organisations as subjects were right one time in three.
    private func isSubjectStart(_ k: Int) -> Bool {
        if entityOf[k] >= 0 { return entities[entityOf[k]].type == .person }
        return lower[k] == "he" || lower[k] == "she"
    }

    /// Forms of "be": before a past participle they make it passive.
    static let beForms: Set<String> = ["be", "is", "are", "was", "were", "been", "being"]

    /// Words a phrase put before the subject may run to its comma ("For years,", "On the same day of the deadlock,").
    static let frontedPhraseWords = 12

    /// `Viguerie concludes` / `he asks` / `barked Trump` right after a closing mark.
    private func trailingSpeaker(after close: Int, in unit: Range<Int>) -> (phrase: Range<Int>, cue: Int)? {
        let first = close + 1
        func isWord(_ k: Int) -> Bool { k < unit.upperBound && stretchOf[k] < 0 && !isPunctuation(k) }
        func isLowerWord(_ k: Int) -> Bool { isWord(k) && tokens[k].text.first?.isLowercase == true && !SpeechCues.pronouns.contains(lower[k]) }
        guard isWord(first) else { return nil }
        // Name or pronoun, then a verb.
        if entityOf[first] >= 0 || SpeechCues.pronouns.contains(lower[first]) {
            var end = first + 1
            if entityOf[first] >= 0 { while end < unit.upperBound, entityOf[end] == entityOf[first] { end += 1 } }
            var v = end
            while isLowerWord(v), SpeechCues.auxiliaries.contains(lower[v]) || lower[v].hasSuffix("ly") { v += 1 }
            if isLowerWord(v), !["and", "but", "or", "of", "in", "to", "is", "was"].contains(lower[v]) { return (first..<end, v) }
            return nil
        }
        // A verb, then a name.
        if isLowerWord(first), first + 1 < unit.upperBound, entityOf[first + 1] >= 0, !["and", "but", "or", "of", "in", "to", "as", "for"].contains(lower[first]) {
            var end = first + 2
            while end < unit.upperBound, entityOf[end] == entityOf[first + 1] { end += 1 }
            return ((first + 1)..<end, first)
        }
        return nil
    }

    /// A base-form cue that reads as a noun ("the report", "a claim") is not speech.
    private func isVerbUse(_ k: Int) -> Bool {
        let word = lower[k]
        // Only "put it" reports speech: "As Vulture put it, “…”", not "put the blame on".
        if word == "put" || word == "puts" { return k + 1 < tokens.count && lower[k + 1] == "it" }
        // "It goes without saying", "needless to say": idioms, no one speaking.
        if k > 0, (word == "saying" && lower[k - 1] == "without") || (word == "say" && lower[k - 1] == "to" && k > 1 && lower[k - 2] == "needless") {
            return false
        }
        // "can be explained by", "was added to": passives and other senses.
        if k + 1 < tokens.count, ["by", "to"].contains(lower[k + 1]), word.hasSuffix("ed"), !promisesAction(k), !(word == "referred" && lower[k + 1] == "to") { return false }
        var b = k - 1
        while b >= 0, SpeechCues.auxiliaries.contains(lower[b]) && !["has", "have", "had"].contains(lower[b]) || (lower[b].hasSuffix("ly") && lower[b].count > 3) {
            if Self.beForms.contains(lower[b]), word.hasSuffix("ed") || word == "told" { return false }
            b -= 1
        }
        if b >= 0, ["be", "been", "being", "is", "are"].contains(lower[b]), word.hasSuffix("ed") { return false }
        if word.hasSuffix("ed") || word.hasSuffix("ing") || ["said", "says", "told", "wrote", "spoke", "thought"].contains(word) {
            // "the reported", "a so-called": adjectives, not verbs.
            if k > 0, ["the", "a", "an", "so-called", "widely"].contains(lower[k - 1]) { return false }
            return true
        }
        if k > 0, ["a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "no", "to"].contains(lower[k - 1]) {
            return false
        }
        if k + 1 < tokens.count, ["of", "by"].contains(lower[k + 1]), word != "spoke" { return false }
        // "Trump’s remarks": a possessive before it makes it a noun.
        if k > 0, word.hasSuffix("s"), ["’s", "'s"].contains(lower[k - 1]) { return false }
        return true
    }

    /// "vowed to “take our fight” to …": a promise of an action, not a passive ("was added to").
    private func promisesAction(_ k: Int) -> Bool {
        guard k + 2 < tokens.count, lower[k + 1] == "to", SpeechCues.commitments.contains(lower[k]) else { return false }
        let next = tokens[k + 2].text
        return stretchOf[k + 2] >= 0 || next.first?.isLowercase == true && !SpeechCues.determiners.contains(lower[k + 2])
    }

    private func isCloseMark(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, stretchOf[k] >= 0 else { return false }
        // A two-character mark ('') is written as one curly mark and a space.
        return stretches[stretchOf[k]].outer.end - tokens[k].span.end <= 1 && isMarkText(tokens[k].text)
    }

    private func isOpenMark(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, stretchOf[k] >= 0 else { return false }
        return tokens[k].span.start - stretches[stretchOf[k]].outer.start <= 1 && isMarkText(tokens[k].text)
    }

    private func isMarkText(_ t: String) -> Bool {
        t == "\u{201C}" || t == "\u{201D}" || t == "'" || t == "\u{2018}" || t == "\u{2019}" || t == "\""
    }

    private func isPunctuation(_ k: Int) -> Bool {
        guard let c = tokens[k].text.unicodeScalars.first else { return true }
        // A token's span counts its code points, so its text need not be walked.
        return tokens[k].span.end - tokens[k].span.start <= 3 && !c.isLetter && !c.isDigit
    }

    /// Whether the quote that ends at `close` begins at token `start`.
    private func quoteOpens(endingAt close: Int, at start: Int) -> Bool {
        var open = close
        while open > start, stretchOf[open - 1] == stretchOf[close] { open -= 1 }
        return open == start
    }

    private func containsQuote(_ range: Range<Int>) -> Bool {
        range.contains { stretchOf[$0] >= 0 }
    }

    /// Where content written before a cue starts: the unit's start, after a colon outside quotes,
    /// or after the previous attribution.
    private func contentStart(before end: Int, in unit: Range<Int>, consumed: Int) -> Int {
        var start = max(unit.lowerBound, consumed)
        while start < tokens.count, tokens[start].span.start < contentFloor { start += 1 }
        var k = end - 1
        while k >= start {
            if stretchOf[k] < 0, lower[k] == ":" || lower[k] == ";" { return k + 1 }
            k -= 1
        }
        return start
    }

    private func verbCue(at c: Int, in unit: Range<Int>, consumed: Int, lastSpeaker: SpeakerRef?) -> Relation? {
        var cueEnd = c
        var cue = tokens[c].text
        // "spoke of", "called for", "pointed out".
        if c + 1 < unit.upperBound, ["of", "out", "for", "on"].contains(lower[c + 1]) && ["spoke", "speaks", "speak", "pointed", "point", "called", "call", "calls"].contains(lower[c])
            || lower[c + 1] == "to" && ["referred", "refers", "refer", "referring"].contains(lower[c])
            || lower[c + 1] == "it" && ["put", "puts"].contains(lower[c])  // "As Vulture put it, “…”"
        {
            cueEnd = c + 1
            cue += " " + tokens[c + 1].text
        }
        // Skip auxiliaries back to the word before the verb phrase.
        var p = c - 1
        while p >= unit.lowerBound, stretchOf[p] < 0, SpeechCues.auxiliaries.contains(lower[p]) || (lower[p].hasSuffix("ly") && lower[p].count > 3 && tokens[p].text.first?.isLowercase == true) {
            p -= 1
        }
        // "Sen. Marco Rubio (R-Fla.) said": the name is before the parenthesis.
        if p > unit.lowerBound, lower[p] == ")", stretchOf[p] < 0,
            let open = (max(unit.lowerBound, p - 8)..<p).last(where: { lower[$0] == "(" }), open > unit.lowerBound
        {
            p = open - 1
        }
        // ", saying …" / ", adding that …": the main clause's subject speaks.
        let participle = lower[c].hasSuffix("ing")
        let invertedBefore = !participle && (p < unit.lowerBound || lower[p] == "," || isCloseMark(p) || lower[p] == ":")
        var speaker: SpeakerRef?
        var attributionEnd = cueEnd
        var contentBeforeEnd: Int?  // exclusive end of content written before the attribution
        var heldBefore: Range<Int>?  // the first half of a content the attribution splits
        var afterStart: Int?  // where the second half starts, when not right after the cue
        // "Frank Luntz, a Republican expert, said Mr. Cameron …": the name before the appositive
        // speaks, so what follows the cue is content, not an inverted speaker.
        let afterAppositive = p >= unit.lowerBound && lower[p] == ","
            && clauseSubject(before: c, in: unit).map { np in np.upperBound < p && lower[np.upperBound] == "," && !containsQuote(np.upperBound..<p) } == true
        let inverted = invertedBefore && !afterAppositive ? forwardPhrase(from: cueEnd + 1, in: unit, stopAtPrepositions: true).flatMap { np in
            // "…, said Tokayev at …" ends the clause after the speaker; "…, says Cruz will …" does not.
            let after = np.upperBound
            // An opening mark after the phrase starts its content: "said he “appreciates …”".
            let closes = after >= unit.upperBound || (isPunctuation(after) && !isOpenMark(after)) || SpeechCues.phraseEnds.contains(lower[after])
            let verbInside = np.contains { SpeechCues.auxiliaries.contains(lower[$0]) || ["will", "is", "are"].contains(lower[$0]) }
            // "said Tokayev", "said the President of …", "said one official": not "said their speeches".
            let looksLikeSpeaker = np.contains { entityOf[$0] >= 0 || SpeechCues.roleNouns.contains(lower[$0]) }
                || (["he", "she", "they"].contains(lower[np.lowerBound]) && np.count == 1)  // "said he.", not "said he wanted …"
                || (tokens[np.lowerBound].text.first?.isUppercase ?? false)
                // `“…,” said the 46-year-old.`: right after a quote, any described person.
                || (p >= unit.lowerBound && isCloseMark(p) && ["the", "a", "an", "one", "another"].contains(lower[np.lowerBound]))
            return closes && !verbInside && looksLikeSpeaker ? np : nil
        } : nil
        if let np = inverted, p >= unit.lowerBound {
            // "…,” said Tokayev at …": speaker after the cue, content before.
            speaker = resolve(np, lastSpeaker: lastSpeaker)
            attributionEnd = np.upperBound - 1
            let start = contentStart(before: p, in: unit, consumed: consumed)
            if lower[p] == ",", p - start >= 3, !isCloseMark(p - 1), let verb = continuedVerb(after: np.upperBound, in: unit) {
                // "Any “cleareyed” reading, said Michael Kofman, an expert …, would …": one content around the attribution.
                heldBefore = start..<p
                afterStart = verb
                attributionEnd = verb - 1
            } else {
                contentBeforeEnd = lower[p] == "," ? p : p + 1
            }
        } else if participle || (p >= unit.lowerBound && (lower[p] == "," || lower[p] == "and" || lower[p] == "but")) {
            // ", saying …", "Dean Johnson, a salesman from Sumter, says …" and "Graham called both
            // “crazy” and said …": the clause's subject.
            guard let np = clauseSubject(before: c, in: unit) else { return nil }
            speaker = resolve(np, lastSpeaker: lastSpeaker)
            // `“…,” Michael Cernech, the city manager, said of …`: the quote just before the subject,
            // and before its courtesy title: `“…,” Mr. Regalado, the mayor, said`.
            var before = np.lowerBound - 1
            if before > unit.lowerBound, EntityResolver.honorifics.contains(lower[before]) { before -= 1 }
            // "Graham called both “crazy” and said …": the second verb's content follows it.
            // A quote that opens the sentence is the content whatever follows the cue:
            // `"…," David Axelrod, the chief strategist, said just after midnight on CNN.`
            if !participle, lower[p] != "and", lower[p] != "but", before >= unit.lowerBound, before >= consumed - 1, isCloseMark(before),
                endsClause(after: cueEnd, in: unit, cue: lower[c]) || quoteOpens(endingAt: before, at: max(unit.lowerBound, consumed))
            {
                contentBeforeEnd = before + 1
            }
        } else {
            guard let np = subjectPhrase(endingAt: p, in: unit, floor: consumed) else { return nil }
            speaker = resolve(np, lastSpeaker: lastSpeaker)
            let before = np.lowerBound - 1
            // `“…,” Lopez said, “…”` closes a quote whatever follows; `…, Putin said.` closes its clause.
            let afterQuote = before >= unit.lowerBound && isCloseMark(before) && !(cueEnd + 1 < unit.upperBound && lower[cueEnd + 1] == "that")
                && quoteIsContent(endingAt: before, cueEnd: cueEnd, cue: c, in: unit, from: max(unit.lowerBound, consumed))
            if before >= unit.lowerBound, before >= consumed - 1,
                afterQuote || (lower[before] == "," && (endsClause(after: cueEnd, in: unit, cue: lower[c]) || commaThenQuote(after: cueEnd, in: unit)))
            {
                let end = lower[before] == "," ? before : before + 1
                let start = contentStart(before: end, in: unit, consumed: consumed)
                // "And, Kasich tells the crowd, he’s …": too little before the cue to be its content.
                // "Six months ago, the senator said, the media …": with a clause after the cue's
                // comma, only a quote before it is the content.
                let clauseAfter = cueEnd + 2 < unit.upperBound && lower[cueEnd + 1] == "," && !isPunctuation(cueEnd + 2)
                // "Their investment, she said, ''is a perfect example of adapting'' to …": a quote goes on with the clause.
                let quoteFollows = commaThenQuote(after: cueEnd, in: unit)
                let quoteAfter = quoteFollows && end - start >= 3 && !containsQuote(start..<end)
                if start < end, !isFrontedAdverbial(start..<end),
                    quoteAfter || clauseAfter && (end - start >= 3 || containsQuote(start..<end)) && isParenthetical(cueEnd + 2)
                {
                    // "Any “cleareyed” reading, he said, would …": the attribution splits one content.
                    heldBefore = start..<end
                } else if start < end, afterQuote || !quoteFollows, (!clauseAfter && end - start >= 3 && !(end - start <= 6 && isFrontedAdverbial(start..<end))) || containsQuote(start..<end) {
                    // Not before `In his speech, she said, “…”`: there the quote after the cue is the content.
                    contentBeforeEnd = end
                }
                if start >= end, speaker?.isAgency == true { contentBeforeEnd = end }
            }
        }
        if let end = contentBeforeEnd {
            let start = contentStart(before: end, in: unit, consumed: consumed)
            // "…, Sputnik reported." after another attribution: no content of its own, but the relay.
            guard start < end else {
                guard speaker?.isAgency == true else { return nil }
                return Relation(cue: cue, cueIndex: c, content: end..<end, speaker: speaker, via: nil, attributionEnd: attributionEnd)
            }
            let content = trimmed(start..<end)
            guard !content.isEmpty else { return nil }
            return Relation(cue: cue, cueIndex: c, content: content, speaker: speaker, via: nil, attributionEnd: attributionEnd)
        }
        // Content after the cue.
        var q = afterStart ?? cueEnd + 1
        // "told press representatives in Washington that …", "warned on Monday that …".
        var look = q
        while look < min(unit.upperBound, q + 10), stretchOf[look] < 0, lower[look] != "," || look == q {
            if lower[look] == "that" { q = look; break }
            // "said Thursday his biggest worry is that …": a finite verb means the content began.
            if SpeechCues.finiteVerbs.contains(lower[look]) { break }
            // "tells the crowd, he’s …": the listener, then the content.
            if SpeechCues.takesListener.contains(lower[c]), look + 1 < unit.upperBound, lower[look + 1] == "," { q = look + 2; break }
            if SpeechCues.speech.contains(lower[look]) { break }
            look += 1
        }
        // "wrote to his 20,000 Twitter followers, “…”": a listener after "to", then the quote.
        if q < unit.upperBound, lower[q] == "to", look > q + 1, look + 1 < unit.upperBound, lower[look] == ",", isOpenMark(look + 1) { q = look }
        var via: String?
        var introduced = false  // a colon or comma before the content: a direct quote follows
        while q < unit.upperBound {
            if lower[q] == ":" || lower[q] == "," { introduced = true; q += 1; continue }
            if lower[q] == "that" || lower[q] == "of" || lower[q] == "\u{2014}" || lower[q] == "\u{2013}" { q += 1; continue }
            // "Putin said, according to the Russian state news agency Tass: “…”".
            if lower[q] == "according", q + 1 < unit.upperBound, lower[q + 1] == "to",
                let np = forwardPhrase(from: q + 2, in: unit, stopAtPrepositions: false), let ref = resolve(np, lastSpeaker: nil)
            {
                via = ref.speaker.name
                q = np.upperBound
                continue
            }
            break
        }
        if introduced, heldBefore == nil, q < unit.upperBound, isOpenMark(q) {
            let s = stretchOf[q]
            var end = q
            while end < unit.upperBound, stretchOf[end] == s { end += 1 }
            return Relation(cue: cue, cueIndex: c, content: q..<end, speaker: speaker, via: via, attributionEnd: q - 1)
        }
        var end = unit.upperBound
        // Content stops where the next attribution in the unit begins.
        var k = q
        while k < end {
            if stretchOf[k] < 0, lower[k] == "," || lower[k] == ";", k + 1 < end, stretchOf[k + 1] < 0,
                SpeechCues.speech.contains(lower[k + 1]) || (k + 2 < end && SpeechCues.speech.contains(lower[k + 2]) && !lower[k + 1].isEmpty && tokens[k + 1].text.first?.isUppercase == true) || lower[k + 1] == "according"
            {
                end = k
                break
            }
            // "… declared “What a Super Tuesday!” and said that …": the second verb starts its own content.
            if k > q, stretchOf[k] < 0, (lower[k] == "and" || lower[k] == "but"), k + 1 < end, stretchOf[k + 1] < 0, cues[k + 1].contains(.speech),
                !lower[k + 1].hasSuffix("ing"), isVerbUse(k + 1)
            {
                end = k
                break
            }
            k += 1
        }
        var content = trimmed(q..<end)
        if content.isEmpty, let next = nextQuotedUnit(after: unit) {
            content = trimmed(next)
        }
        guard !content.isEmpty else { return nil }
        if let held = heldBefore, content.lowerBound > held.upperBound, content.upperBound <= unit.upperBound {
            return Relation(cue: cue, splitBy: held.upperBound..<content.lowerBound, cueIndex: c, content: held.lowerBound..<content.upperBound,
                            speaker: speaker, via: via, attributionEnd: max(attributionEnd, q - 1))
        }
        return Relation(cue: cue, cueIndex: c, content: content, speaker: speaker, via: via, attributionEnd: max(attributionEnd, q - 1))
    }

    /// After an inverted speaker and its comma, the verb that carries on the clause the attribution
    /// interrupted: ", said Michael Kofman, would …" or ", said Kofman, an expert at …, would …".
    private func continuedVerb(after end: Int, in unit: Range<Int>) -> Int? {
        guard end + 1 < unit.upperBound, lower[end] == "," else { return nil }
        var k = end + 1
        // Past one appositive, up to its comma.
        if !SpeechCues.finiteVerbs.contains(lower[k]) {
            while k < min(unit.upperBound, end + 16), lower[k] != ",", stretchOf[k] < 0 { k += 1 }
            guard k + 1 < unit.upperBound, lower[k] == "," else { return nil }
            k += 1
        }
        return SpeechCues.finiteVerbs.contains(lower[k]) && tokens[k].text.first?.isLowercase == true ? k : nil
    }

    /// "Six months ago, the senator said, …", "In Iowa, he said, …": a time or place put first, not said.
    private func isFrontedAdverbial(_ range: Range<Int>) -> Bool {
        guard !containsQuote(range) else { return false }
        // "(In an interview, Mr. Rhodes said, …)": a parenthesised paragraph.
        let first = lower[range.lowerBound] == "(" && range.count > 1 ? range.lowerBound + 1 : range.lowerBound
        return lower[range.upperBound - 1] == "ago" || SpeechCues.frontingPrepositions.contains(lower[first])
    }

    private func commaThenQuote(after cueEnd: Int, in unit: Range<Int>) -> Bool {
        cueEnd + 2 < unit.upperBound && lower[cueEnd + 1] == "," && isOpenMark(cueEnd + 2)
    }

    /// Words that open a phrase about the saying, not the rest of what was said: "…, he said, as …".
    private static let trailingPhraseStarts: Set<String> = [
        "according", "as", "while", "when", "in", "without", "with", "after", "before", "during", "at", "on", "for",
        "who", "which", "whose", "from", "by", "to", "referring",
    ]

    /// Whether the clause after `…, he said,` goes on with the content: not a participle
    /// ("adding …"), another cue or a relay ("according to …").
    private func isParenthetical(_ k: Int) -> Bool {
        stretchOf[k] >= 0 || !(lower[k].hasSuffix("ing") || cues[k].contains(.speech) || Self.trailingPhraseStarts.contains(lower[k]))
    }

    /// Whether a quote closing at `close`, just before its speaker and cue, is the cue's content:
    /// it opens its sentence, or the cue closes its clause or is followed by a comma. Otherwise it
    /// is a title quoted mid-sentence (`on Fox News's “Hannity,” Gingrich said if Trump …`), and
    /// the clause after the cue is the content.
    private func quoteIsContent(endingAt close: Int, cueEnd: Int, cue: Int, in unit: Range<Int>, from floor: Int) -> Bool {
        quoteOpens(endingAt: close, at: floor) || endsClause(after: cueEnd, in: unit, cue: lower[cue])
            || (cueEnd + 1 < unit.upperBound && lower[cueEnd + 1] == ",")
    }

    /// Whether the cue closes its clause ("…, Putin said on Monday."), so the content is before it.
    private func endsClause(after cueEnd: Int, in unit: Range<Int>, cue: String) -> Bool {
        let next = cueEnd + 1
        guard next < unit.upperBound else { return true }
        if lower[next] == "that" || isOpenMark(next) || lower[next] == ":" { return false }
        if lower[next] == "to", SpeechCues.commitments.contains(cue) { return false }  // "vowed to …"
        if lower[next] == ",", next + 1 < unit.upperBound, isOpenMark(next + 1) { return false }
        if isPunctuation(next) { return true }
        // "said on Saturday that …", "said in an interview “…”": a phrase, then the content after
        // all. "…, Antonov told press representatives in Washington on Monday.": the listener.
        let phrase = SpeechCues.phraseEnds.contains(lower[next])
        let listener = !phrase && SpeechCues.takesListener.contains(cue)
        guard phrase || listener else { return false }
        var k = next
        while k < unit.upperBound, !isPunctuation(k) || lower[k] == "’s" {
            if lower[k] == "that" || stretchOf[k] >= 0 { return false }
            if phrase, k - next >= 8 { return true }
            // "told reporters he thought …": a subject or a verb after the listener starts the content.
            if listener, k > next, SpeechCues.subjectPronouns.contains(lower[k]) || SpeechCues.finiteVerbs.contains(lower[k]) { return false }
            k += 1
        }
        guard listener else { return true }
        // "told SiriusXM host Matt Boyle, “…”": the listener, then the quote.
        if k + 1 < unit.upperBound, lower[k] == "," || lower[k] == ":", isOpenMark(k + 1) { return false }
        return k - next <= 8
    }

    /// The quote for a cue that closes its unit ("Rahmon demanded:"): the next sentence, when it
    /// opens with a quote and has no attribution of its own ("Mr. English spoke. “…,” Mr. English
    /// said." is the second sentence's).
    private func nextQuotedUnit(after unit: Range<Int>) -> Range<Int>? {
        let next = unit.upperBound
        guard next < tokens.count, isOpenMark(next) else { return nil }
        let following = units[unitOf[next]]
        guard !following.contains(where: { stretchOf[$0] < 0 && SpeechCues.speech.contains(lower[$0]) }) else { return nil }
        return following
    }

    private func according(at c: Int, in unit: Range<Int>, consumed: Int) -> Relation? {
        guard let np = forwardPhrase(from: c + 2, in: unit, stopAtPrepositions: false) else { return nil }
        let ref = resolve(np, lastSpeaker: nil)
        let after = np.upperBound
        let clauseStart = c == unit.lowerBound || c <= consumed || tokens[c - 1].span.start < contentFloor
            || ["that", "(", "but", "and", "however", ":", ";"].contains(lower[c - 1]) || isOpenMark(c - 1)
            || (lower[c - 1] == "," && c >= 2 && ["that", "but", "and", "however", "but"].contains(lower[c - 2]))
        let leading = clauseStart
        if leading, after < unit.upperBound, lower[after] == "," {
            let content = trimmed((after + 1)..<unit.upperBound)
            guard !content.isEmpty else { return nil }
            return Relation(cue: "according to", cueIndex: c, content: content, speaker: ref, via: nil, attributionEnd: after)
        }
        // "…, according to AFP."
        var end = c
        if end > unit.lowerBound, lower[end - 1] == "," { end -= 1 }
        let start = contentStart(before: end, in: unit, consumed: consumed)
        let content = start < end ? trimmed(start..<end) : start..<start
        return Relation(cue: "according to", cueIndex: c, content: content, speaker: ref, via: nil, attributionEnd: after - 1)
    }

    /// A quote split by its attribution: `“…,” she said, “…”` is one quote, and so is
    /// `“…,” he said of Trump, “…”`: a few words more after the attribution (whom of, when,
    /// where), up to a comma before the next mark, but no other speech verb or sentence end.
    private func extendSplitQuote(_ relation: Relation, in unit: Range<Int>) -> Relation {
        var r = relation
        var k = r.attributionEnd + 1
        while k < unit.upperBound, stretchOf[k] < 0, isPunctuation(k), !isOpenMark(k) { k += 1 }
        if k < unit.upperBound, !isOpenMark(k) {
            var q = k
            while q < unit.upperBound, q - k < Self.splitAttributionWords, stretchOf[q] < 0, !isOpenMark(q),
                !cues[q].contains(.speech), ![".", "!", "?", ";", ":"].contains(lower[q])
            {
                q += 1
            }
            if q < unit.upperBound, q > k, isOpenMark(q), lower[q - 1] == "," { k = q }
        }
        if k < unit.upperBound, isOpenMark(k), r.content.upperBound <= r.cueIndex, containsQuote(r.content) {
            let s = stretchOf[k]
            var end = k
            while end < tokens.count, stretchOf[end] == s { end += 1 }
            r.splitBy = r.content.upperBound..<k
            r.content = r.content.lowerBound..<end
            r.attributionEnd = end - 1
        }
        return r
    }

    /// Words an attribution may run on by before the second half of a split quote.
    static let splitAttributionWords = 12

    // MARK: - Phrases and speakers

    private func forwardPhrase(from start: Int, in unit: Range<Int>, stopAtPrepositions: Bool) -> Range<Int>? {
        var k = start
        var end = start
        while k < unit.upperBound, k - start < 14, stretchOf[k] < 0 {
            let word = lower[k]
            if isPunctuation(k) && word != "-" && word != "&" && word != "’s" && word != "'s" { break }
            if stopAtPrepositions && SpeechCues.phraseEnds.contains(word) {
                // "the President of Tajikistan": "of" before a name stays in the phrase.
                let nextCapital = k + 1 < unit.upperBound && (tokens[k + 1].text.first?.isUppercase ?? false)
                if !(word == "of" && nextCapital && k > start) { break }
            }
            k += 1
            end = k
        }
        guard end > start else { return nil }
        // "the President of Tajikistan, Emomali Rahmon,": a name in apposition.
        if !(start..<end).contains(where: { entityOf[$0] >= 0 && entities[entityOf[$0]].type == .person }), end + 1 < unit.upperBound,
            lower[end] == ",", entityOf[end + 1] >= 0, entities[entityOf[end + 1]].type == .person
        {
            var e = end + 1
            while e < unit.upperBound, entityOf[e] == entityOf[end + 1] { e += 1 }
            return start..<e
        }
        return start..<end
    }

    private func subjectPhrase(endingAt p: Int, in unit: Range<Int>, floor: Int) -> Range<Int>? {
        guard p >= unit.lowerBound, p >= floor else { return nil }
        var k = p
        while k >= unit.lowerBound, k >= floor, p - k < 12, stretchOf[k] < 0 {
            let word = lower[k]
            if isPunctuation(k) && word != "’s" && word != "'s" && word != "-" && word != "&" { break }
            if SpeechCues.subjectEnds.contains(word) { break }
            if word == "who" { k -= 1; break }
            if SpeechCues.pronouns.contains(word), word != "it" { return k..<(p + 1) }
            // A verb in the past tense ends the subject ("police found they said").
            if k < p, (SpeechCues.speech.contains(word) || word.hasSuffix("ed")) && tokens[k].text.first?.isLowercase == true { break }
            k -= 1
        }
        if k + 1 <= p {
            // "Rep. Tom Cole of Oklahoma, an ally of GOP leadership, said": the name before the appositive.
            if k >= unit.lowerBound, lower[k] == ",", ["a", "an", "the"].contains(lower[k + 1]),
                !((k + 1)...p).contains(where: { entityOf[$0] >= 0 && entities[entityOf[$0]].type == .person }),
                let name = clauseSubject(before: k, in: unit), entityOf[name.lowerBound] >= 0
            {
                return name
            }
            return (k + 1)..<(p + 1)
        }
        // "Tokayev took the same line and spoke of": the nearest name before, in the sentence.
        var j = p
        while j >= unit.lowerBound, j >= floor, p - j < 20, stretchOf[j] < 0, lower[j] != ";" {
            if entityOf[j] >= 0, entities[entityOf[j]].type != .place {
                var first = j
                while first > unit.lowerBound, entityOf[first - 1] == entityOf[j] { first -= 1 }
                return first..<(j + 1)
            }
            j -= 1
        }
        return nil
    }

    /// The first name or pronoun of the sentence a participle hangs from.
    private func clauseSubject(before c: Int, in unit: Range<Int>) -> Range<Int>? {
        var j = unit.lowerBound
        while j < c {
            if stretchOf[j] >= 0 { j += 1; continue }
            if entityOf[j] >= 0, entities[entityOf[j]].type != .place {
                var end = j
                while end < c, entityOf[end] == entityOf[j] { end += 1 }
                return j..<end
            }
            if SpeechCues.subjectPronouns.contains(lower[j]) {
                return j..<(j + 1)
            }
            j += 1
        }
        // "The billionaire businessman began …, saying": the phrase that opens the sentence.
        var end = unit.lowerBound
        while end < c, end - unit.lowerBound < 5, !isPunctuation(end), stretchOf[end] < 0,
            !SpeechCues.auxiliaries.contains(lower[end]), !lower[end].hasSuffix("ed") || end == unit.lowerBound
        { end += 1 }
        return end > unit.lowerBound ? unit.lowerBound..<end : nil
    }

    private func resolve(_ phrase: Range<Int>, lastSpeaker: SpeakerRef?) -> SpeakerRef? {
        let phraseSpan = Span(tokens[phrase.lowerBound].span.start, tokens[phrase.upperBound - 1].span.end)
        let words = phrase.map { lower[$0] }
        let isMedia = words.contains(where: { SpeechCues.mediaWords.contains($0) })
        func agency(_ name: String) -> Bool { SpeechCues.agencies.contains(name.folded) || isMedia }
        // A role before "of"/"for" heads the phrase: "A spokeswoman for the Federal Foreign Office".
        let headIsRole = phrase.prefix(3).contains { SpeechCues.roleNouns.contains(lower[$0]) && entityOf[$0] < 0 }
            && phrase.contains { lower[$0] == "for" || lower[$0] == "of" || lower[$0] == "at" }
        var best: Int?
        // Nationalities ("the Russian president") describe a speaker; they do not name one.
        for k in phrase where entityOf[k] >= 0 && entities[entityOf[k]].type != .miscellaneous {
            let type = entities[entityOf[k]].type
            if let b = best, entities[entityOf[b]].type == .person, type != .person { continue }
            best = k
        }
        // "the independent Vermont senator": a place before the role noun that heads the phrase describes the person.
        let placeModifiesRole = best.map { k in
            entities[entityOf[k]].type == .place && SpeechCues.roleNouns.contains(lower[phrase.upperBound - 1]) && entityOf[phrase.upperBound - 1] < 0
        } ?? false
        if let k = best, !(headIsRole && entities[entityOf[k]].type != .person), !placeModifiesRole {
            let entity = entities[entityOf[k]]
            let mention = mentionOf[k] ?? tokens[k].span
            return SpeakerRef(speaker: Speaker(name: entity.name, entity: entity.id, span: mention), type: entity.type, isAgency: agency(entity.name))
        }
        // A pronoun: the last speaker, else the nearest person named before it.
        if let k = phrase.first(where: { SpeechCues.pronouns.contains(lower[$0]) }), phrase.count <= 2 {
            let span = tokens[k].span
            let word = lower[k]
            if word == "who", phrase.lowerBound >= 2, entityOf[phrase.lowerBound - 2] >= 0 {
                let entity = entities[entityOf[phrase.lowerBound - 2]]
                return SpeakerRef(speaker: Speaker(name: entity.name, entity: entity.id, span: span), type: entity.type, isAgency: false)
            }
            let personal = word == "he" || word == "she" || word == "who" || word == "i"
            if let last = lastSpeaker, personal == (last.type == .person || last.type == nil) {
                return SpeakerRef(speaker: Speaker(name: last.speaker.name, entity: last.speaker.entity, span: span), type: last.type, isAgency: last.isAgency)
            }
            if let entity = nearestEntity(before: phrase.lowerBound, personal ? [.person] : [.organisation]) {
                return SpeakerRef(speaker: Speaker(name: entity.name, entity: entity.id, span: span), type: entity.type, isAgency: false)
            }
            return nil
        }
        // A role noun: the person the article gives that role.
        let content = phrase.filter { !["the", "a", "an"].contains(lower[$0]) }
        guard !content.isEmpty else { return nil }
        if !headIsRole, phrase.contains(where: { SpeechCues.roleNouns.contains(lower[$0]) }), let entity = roleHolder(words) {
            return SpeakerRef(speaker: Speaker(name: entity.name, entity: entity.id, span: phraseSpan), type: .person, isAgency: false)
        }
        let name = text[Span(tokens[content.first!].span.start, tokens[content.last!].span.end)]
        let roleLike = phrase.contains { SpeechCues.roleNouns.contains(lower[$0]) }
        return SpeakerRef(speaker: Speaker(name: name, entity: nil, span: phraseSpan), type: roleLike ? .person : nil, isAgency: isMedia || agency(name))
    }

    private func nearestEntity(before k: Int, _ types: [EntityType]) -> Entity? {
        var j = k - 1
        while j >= 0, k - j < 400 {
            if entityOf[j] >= 0, types.contains(entities[entityOf[j]].type) { return entities[entityOf[j]] }
            j -= 1
        }
        return nil
    }

    /// The person whose role phrases share the most words with `words` ("the Russian president").
    private func roleHolder(_ words: [String]) -> Entity? {
        let wanted = Set(words.filter { !["the", "a", "an", "of", "for"].contains($0) })
        var best: (Entity, Int)?
        for entity in entities where entity.type == .person {
            for role in entity.roles {
                let roleWords = Set(role.folded.split(separator: " ").map(String.init))
                guard roleWords.contains(where: { SpeechCues.roleNouns.contains($0) && wanted.contains($0) }) else { continue }
                let score = roleWords.intersection(wanted).count * 100 + entity.mentions.count
                if best.map({ score > $0.1 }) ?? true { best = (entity, score) }
            }
        }
        return best?.0
    }

    // MARK: - Quotes

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, stretchOf[lo] < 0, isPunctuation(lo) || ["that", "and", "but"].contains(lower[lo]) { lo += 1 }
        while hi > lo, stretchOf[hi - 1] < 0, isPunctuation(hi - 1) { hi -= 1 }
        while lo < hi, tokens[lo].span.start < contentFloor { lo += 1 }
        return lo..<hi
    }

    private func quote(_ r: Relation) -> Quote? {
        let words = r.content.filter { !isPunctuation($0) && !(r.splitBy?.contains($0) ?? false) }
        guard !words.isEmpty else { return nil }
        let quoted = words.filter { stretchOf[$0] >= 0 }.count
        let first = r.content.lowerBound, last = r.content.upperBound - 1
        let kind: QuoteKind
        if quoted == 0 {
            kind = .indirect
        } else if isOpenMark(first) && quoted == words.count {
            kind = .direct
        } else {
            kind = .mixed
        }
        let cueWord = r.cue.folded
        if kind == .indirect {
            guard cueWord == "according to" || SpeechCues.indirectSpeech.contains(cueWord.split(separator: " ").first.map(String.init) ?? ""),
                words.count >= 3
            else { return nil }
        }
        guard let speaker = r.speaker else { return nil }
        let span = Span(
            isOpenMark(first) ? stretches[stretchOf[first]].outer.start : tokens[first].span.start,
            isCloseMark(last) ? stretches[stretchOf[last]].outer.end : tokens[last].span.end)
        let quoteText: String
        if kind == .direct {
            // The words inside the marks, the pieces of a split quote joined.
            var pieces: [String] = []
            var seen = Set<Int>()
            for k in r.content where stretchOf[k] >= 0 && !seen.contains(stretchOf[k]) {
                seen.insert(stretchOf[k])
                pieces.append(text[text.trimmed(stretches[stretchOf[k]].inner)])
            }
            quoteText = pieces.joined(separator: " ")
        } else if let split = r.splitBy, split.lowerBound > first, split.upperBound <= last {
            // Both halves of the content, without the attribution between them.
            let beforeEnd = isCloseMark(split.lowerBound - 1) ? stretches[stretchOf[split.lowerBound - 1]].outer.end : tokens[split.lowerBound - 1].span.end
            let afterStart = isOpenMark(split.upperBound) ? stretches[stretchOf[split.upperBound]].outer.start : tokens[split.upperBound].span.start
            quoteText = text[Span(span.start, beforeEnd)] + " " + text[Span(afterStart, span.end)]
        } else {
            quoteText = text[span]
        }
        return Quote(text: quoteText, span: span, kind: kind, cue: r.cue, speaker: speaker.speaker, via: r.via)
    }
}

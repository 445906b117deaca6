/// Turns tagged mentions into entities: one per real-world thing in the article, under its
/// fullest name, with every mention's span and the role phrases the article gives it.
///
/// This is where news knowledge the tagger lacks is applied:
/// - a title-case line (a headline, a "Most Visited" link) is not a list of names; only names
///   the body also uses are kept;
/// - a lone capitalised word at a sentence or quote start, used nowhere else, is not a name
///   ("Overall", "Groups"), nor is a word the article also writes in lower case;
/// - mentions are trimmed to their capitalised core ("of Tajikistan" → "Tajikistan");
/// - countries and cities are places, nationalities are MISC;
/// - acronyms join their long form ("Collective Security Treaty Organization (CSTO)"), and
///   near-miss spellings of a name join it ("CTSO", "Tajikist");
/// - a name in parentheses in a dateline ("TEHRAN (Tasnim) –") is an organisation;
/// - a surname joins the full name ("Putin" → "Vladimir Putin"), and a name tagged somewhere is
///   found wherever else it occurs.
struct EntityResolver {
    let text: ArticleText
    let sentences: [Sentence]
    private let tokens: [Token]
    /// Index of the sentence of each token.
    private let sentenceOfToken: [Int]
    private let tokenInitials: [TokenStream.Initial]

    init(text: ArticleText, stream: TokenStream) {
        self.text = text
        sentences = stream.sentences
        tokens = stream.tokens
        sentenceOfToken = stream.sentenceOf
        tokenInitials = stream.initials
    }

    /// Whether token `i` starts with a capital or a digit.
    @inline(__always) private func isCapitalised(at i: Int) -> Bool { tokenInitials[i] == .capital }

    /// The token that starts at `start`, if one does.
    private func token(startingAt start: Int) -> Int? {
        let found = tokens.firstIndex(startingAtOrAfter: start)
        return found < tokens.count && tokens[found].span.start == start ? found : nil
    }

    /// A mention as a range of token indices.
    private struct Candidate {
        var type: EntityType
        var first: Int
        var last: Int
        var fromDateline = false
    }

    func resolve(_ mentions: [EntityMention]) -> [Entity] {
        var candidates = mentions.compactMap(candidate)
        candidates = candidates.compactMap(trimmed)
        candidates = candidates.map(honorificPerson)
        candidates += titledPeople(besides: candidates)
        candidates = dropTitleCaseLines(candidates)
        candidates = candidates.map(datelineOrganisation)
        candidates = dropCommonWords(candidates)
        candidates = candidates.map(gazetteerType)
        return group(candidates)
    }

    // MARK: - Mentions and tokens

    private func candidate(_ mention: EntityMention) -> Candidate? {
        guard let first = token(startingAt: mention.span.start) else { return nil }
        var last = first
        while last + 1 < tokens.count, tokens[last].span.end < mention.span.end { last += 1 }
        return Candidate(type: mention.type, first: first, last: last)
    }

    private func name(_ c: Candidate) -> String {
        // Most names are one token: its text is the name, with no copying.
        if c.first == c.last { return tokens[c.first].text }
        return text[Span(tokens[c.first].span.start, tokens[c.last].span.end)]
    }
    private func words(_ c: Candidate) -> [String] { (c.first...c.last).map { tokens[$0].text } }

    private func isCapitalised(_ word: String) -> Bool {
        word.unicodeScalars.first.map { $0.isUpper || $0.isDigit } ?? false
    }

    private static let connectors: Set<String> = ["of", "the", "de", "for", "and", "&", "van", "von", "der", "al", "bin", "la", "le", "du", "y"]

    /// Cuts leading and trailing lower-case words, and everything from a lower-case word that
    /// cannot sit inside a name ("West of being behind" → "West").
    private func trimmed(_ c: Candidate) -> Candidate? {
        var c = c
        while c.first <= c.last, !isCapitalised(at: c.first) { c.first += 1 }
        guard c.first <= c.last else { return nil }
        var i = c.first + 1
        while i <= c.last {
            let word = tokens[i].text
            if !isCapitalised(at: i), !Self.connectors.contains(word), word != "-", word != "’s", word != "'s" {
                c.last = i - 1
                break
            }
            i += 1
        }
        while c.last > c.first, !isCapitalised(at: c.last) { c.last -= 1 }
        return c
    }

    /// "Ms. Nwanguma", "Mr. Trump": a name after a courtesy title is a person's, whatever the
    /// tagger said, and the title is not part of it. A title the tagger left outside counts too.
    private func honorificPerson(_ c: Candidate) -> Candidate {
        var c = c
        if c.last > c.first, Self.honorifics.contains(tokens[c.first].text.folded) {
            c.first += 1
            c.type = .person
        } else if c.first > 0, Self.honorifics.contains(tokens[c.first - 1].text.folded), sentenceOfToken[c.first - 1] == sentenceOfToken[c.first] {
            c.type = .person
        }
        return c
    }

    /// "Ms. Shanklin-Hawkins" the tagger missed: capitalised words right after a courtesy title,
    /// in one sentence, are a person's name.
    private func titledPeople(besides candidates: [Candidate]) -> [Candidate] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for c in candidates { for i in c.first...c.last { covered[i] = true } }
        var found: [Candidate] = []
        for i in tokens.indices.dropLast() where Self.honorifics.contains(tokens[i].text.folded) {
            var last = i
            while last + 1 < tokens.count, last - i < 3, !covered[last + 1], sentenceOfToken[last + 1] == sentenceOfToken[i],
                isCapitalised(at: last + 1)
            {
                last += 1
            }
            if last > i { found.append(Candidate(type: .person, first: i + 1, last: last)) }
        }
        return found
    }

    /// Courtesy titles, which stand before a person's name and are not part of it.
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr"]

    // MARK: - News rules

    /// True for a sentence written in title case: most of its longer words capitalised and no
    /// closing full stop. Headlines and web furniture look like this; prose does not.
    private func isTitleCase(_ sentence: Sentence) -> Bool {
        guard sentence.tokens.last?.text != "." else { return false }
        var longer = 0, capitalised = 0
        for token in sentence.tokens {
            // Four code points or more, starting with a letter; the scan stops at the fourth.
            var scalars = token.text.unicodeScalars.makeIterator()
            guard let first = scalars.next(), first.isLetter, scalars.next() != nil, scalars.next() != nil, scalars.next() != nil else { continue }
            longer += 1
            if first.isUpper || first.isDigit { capitalised += 1 }
        }
        return longer >= 2 && capitalised * 10 >= longer * 6
    }

    private func dropTitleCaseLines(_ candidates: [Candidate]) -> [Candidate] {
        let titleCase = Set(sentences.indices.filter { isTitleCase(sentences[$0]) })
        guard !titleCase.isEmpty else { return candidates }
        // Names the prose uses.
        let bodyNames = Set(candidates.filter { !titleCase.contains(sentenceOfToken[$0.first]) }.map(name))
        var kept: [Candidate] = []
        for c in candidates {
            guard titleCase.contains(sentenceOfToken[c.first]) else {
                kept.append(c)
                continue
            }
            // Keep the longest part of the mention that the body also names ("Putin Says" → "Putin").
            var best: Candidate?
            for first in c.first...c.last {
                for last in first...c.last {
                    let part = Candidate(type: c.type, first: first, last: last)
                    if bodyNames.contains(name(part)), best.map({ last - first > $0.last - $0.first }) ?? true { best = part }
                }
            }
            if let best { kept.append(best) }
        }
        return kept
    }

    private func dropCommonWords(_ candidates: [Candidate]) -> [Candidate] {
        // Words the article also writes in lower case are common words ("groups").
        var lower: Set<String> = []
        var capitalisedInside: [String: Int] = [:]
        var singleWordMentions: [String: Int] = [:]
        for c in candidates where c.first == c.last { singleWordMentions[tokens[c.first].text, default: 0] += 1 }
        guard !singleWordMentions.isEmpty else { return candidates }
        // Only the lower-case forms of the one-word mentions matter below. Most tokens are
        // ruled out by length and first byte before any hashing.
        let mentionedLower = Set(singleWordMentions.keys.map { $0.folded })
        var shapes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        func shapeBit(_ word: String) -> (word: Int, bit: UInt64) {
            let key = Int((word.utf8.first ?? 0) & 31) << 3 | (word.utf8.count & 7)
            return (key >> 6, 1 << UInt64(key & 63))
        }
        func shapeSeen(_ word: String) -> Bool {
            let (w, bit) = shapeBit(word)
            switch w {
            case 0: return shapes.0 & bit != 0
            case 1: return shapes.1 & bit != 0
            case 2: return shapes.2 & bit != 0
            default: return shapes.3 & bit != 0
            }
        }
        for word in mentionedLower {
            let (w, bit) = shapeBit(word)
            switch w {
            case 0: shapes.0 |= bit
            case 1: shapes.1 |= bit
            case 2: shapes.2 |= bit
            default: shapes.3 |= bit
            }
        }
        for (i, token) in tokens.enumerated() {
            switch tokenInitials[i] {
            case .lower:
                if shapeSeen(token.text), mentionedLower.contains(token.text) { lower.insert(token.text) }
            case .capital:
                if singleWordMentions[token.text] != nil, !startsClause(i) { capitalisedInside[token.text, default: 0] += 1 }
            case .other:
                break
            }
        }
        return candidates.filter { c in
            guard c.first == c.last, !c.fromDateline else { return true }
            let word = tokens[c.first].text
            if isAcronym(word) { return true }
            let folded = word.folded
            let known = Gazetteer.membership(hash: FeatureHash.string(folded))
            if known == 0, Gazetteer.commonWords.contains(folded) { return false }
            if lower.contains(folded), known == 0 { return false }
            // A lone capitalised word at a clause start, never capitalised elsewhere: not a name.
            if startsClause(c.first), capitalisedInside[word] == nil,
                known & (Gazetteer.country | Gazetteer.nationality | Gazetteer.city) == 0,
                singleWordMentions[word] == 1
            {
                return false
            }
            return true
        }
    }

    /// The first word of a sentence, or the first after an opening quote or a colon.
    private func startsClause(_ i: Int) -> Bool {
        if i == 0 || sentenceOfToken[i - 1] != sentenceOfToken[i] { return true }
        let previous = tokens[i - 1].text
        return Self.clauseOpeners.contains(previous)
    }

    private static let clauseOpeners: Set<String> = ["“", "\"", "‘", "'", ":", "«"]

    private func isAcronym(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return scalars.count >= 2 && scalars.count <= 6 && scalars.allSatisfy { $0.isUpper }
    }

    /// "TEHRAN (Tasnim) –": the name in parentheses after an all-caps place is the outlet.
    private func datelineOrganisation(_ c: Candidate) -> Candidate {
        guard c.first >= 2, c.last + 1 < tokens.count, tokens[c.first - 1].text == "(", tokens[c.last + 1].text == ")",
            isAcronym(tokens[c.first - 2].text) || tokens[c.first - 2].text.unicodeScalars.allSatisfy({ !$0.isLower }),
            startsClause(c.first - 2)
        else { return c }
        var c = c
        c.type = .organisation
        c.fromDateline = true
        return c
    }

    /// Countries and cities are places; nationalities are MISC; org words make organisations.
    private func gazetteerType(_ c: Candidate) -> Candidate {
        var c = c
        let membership = Gazetteer.membership(hash: FeatureHash.string(words(c).joined(separator: " ").folded))
        if c.first == c.last || membership != 0 {
            if membership & (Gazetteer.country | Gazetteer.city) != 0 { c.type = .place }
            else if membership & Gazetteer.nationality != 0 { c.type = .miscellaneous }
        }
        return c
    }

    // MARK: - Grouping

    private struct Group {
        var type: EntityType
        var names: [String: Int] = [:]
        var mentions: [Candidate] = []
        var canonical: String {
            // The fullest form: most words, then longest, then most used.
            names.max { a, b in
                let (wa, wb) = (a.key.split(separator: " ").count, b.key.split(separator: " ").count)
                if wa != wb { return wa < wb }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return a.value < b.value || (a.value == b.value && a.key > b.key)
            }!.key
        }
    }

    private func group(_ candidates: [Candidate]) -> [Entity] {
        // The type of a name is the one most of its mentions got; ties go to the type whose
        // code sorts first (LOC, MISC, ORG, PER).
        let names = candidates.map(name)
        let tieOrder: [EntityType] = [.place, .miscellaneous, .organisation, .person]
        func lane(_ type: EntityType) -> Int { tieOrder.firstIndex(of: type)! }
        var votes: [String: SIMD4<Int32>] = [:]
        votes.reserveCapacity(candidates.count)
        for (c, n) in zip(candidates, names) { votes[n, default: .zero][lane(c.type)] += 1 }
        func voted(_ name: String, _ fallback: EntityType) -> EntityType {
            guard let counts = votes[name] else { return fallback }
            var best = 0
            for k in 1..<4 where counts[k] > counts[best] { best = k }
            return tieOrder[best]
        }
        var organisations = Set<String>(), surnames = Set<String>(), cuedPersons = Set<String>()
        for (c, n) in zip(candidates, names) {
            if c.type == .organisation { organisations.insert(n) }
            if c.type == .person, c.last > c.first { surnames.insert(tokens[c.last].text) }
            if c.type == .person, hasPersonCue(c) { cuedPersons.insert(n) }
        }
        var all = zip(candidates, names).map { c, n -> Candidate in
            var c = c
            c.type = voted(n, c.type)
            // "CSTO Collective Security Council": a name that starts with an organisation's is one.
            if c.last > c.first, organisations.contains(tokens[c.first].text) { c.type = .organisation }
            // A one-word "person" that is nobody's surname and never speaks or bears a title
            // is more likely a name of something else ("Maidan technologies").
            if c.type == .person, c.first == c.last, !surnames.contains(tokens[c.first].text), !cuedPersons.contains(n) {
                c.type = .miscellaneous
            }
            return c
        }
        all.append(contentsOf: propagated(all))
        all.sort { $0.first < $1.first }

        var groups: [Group] = []
        var groupOfName: [String: Int] = [:]
        groupOfName.reserveCapacity(all.count)
        // Longer names first, so surnames and acronyms find the full form they belong to.
        let byLength = all.indices.sorted { (all[$0].last - all[$0].first, -all[$0].first) > (all[$1].last - all[$1].first, -all[$1].first) }
        var assignment = [Int](repeating: -1, count: all.count)
        var wordsOf: [String: [String]] = [:]
        var lookup = GroupLookup(capacity: all.count)
        for index in byLength {
            let c = all[index]
            let n = name(c)
            if let known = groupOfName[n] {
                groups[known].names[n, default: 0] += 1
                groups[known].mentions.append(c)
                assignment[index] = known
                continue
            }
            let cWords = words(c)
            let target = belongsTo(c, words: cWords, groups: groups, among: lookup.groups(for: cWords), wordsOf: &wordsOf)
            if let target {
                groups[target].names[n, default: 0] += 1
                groups[target].mentions.append(c)
            } else {
                groups.append(Group(type: c.type, names: [n: 1], mentions: [c]))
            }
            let group = target ?? groups.count - 1
            let nameWords = c.first == c.last ? [n] : n.split(separator: " ").map(String.init)
            lookup.add(n, words: nameWords, group: group, initials: initials(nameWords))
            groupOfName[n] = group
            assignment[index] = group
        }
        // Entities are numbered in order of first mention.
        var order: [Int] = []
        var seen = Set<Int>()
        for index in all.indices where seen.insert(assignment[index]).inserted { order.append(assignment[index]) }
        return order.enumerated().map { number, g in
            let group = groups[g]
            let spans = group.mentions.map { Span(tokens[$0.first].span.start, tokens[$0.last].span.end) }.sorted()
            return Entity(
                id: "e\(number + 1)", type: group.type, name: group.canonical, mentions: spans,
                roles: group.type == .person ? roles(of: group.mentions) : []
            )
        }
    }

    /// The group a shorter name belongs to: a person's surname or given name, an acronym of an
    /// organisation's long form, or a near-miss spelling.
    /// The first group, in order of creation, that `c` is another form of. Only the groups
    /// in `among` can be (``GroupLookup``), which keeps long articles linear.
    private func belongsTo(_ c: Candidate, words candidateWords: [String], groups: [Group], among: [Int], wordsOf: inout [String: [String]]) -> Int? {
        for index in among {
            let group = groups[index]
            for known in group.names.keys {
                let knownWords: [String]
                if let cached = wordsOf[known] { knownWords = cached } else {
                    knownWords = known.split(separator: " ").map(String.init)
                    wordsOf[known] = knownWords
                }
                switch (c.type, group.type) {
                case (.person, .person):
                    // "Putin" of "Vladimir Putin"; "Kassym-Shomart Tokayev" of "Kassym-Jomart Tokayev".
                    if candidateWords.count == 1, knownWords.count > 1, knownWords.last == candidateWords[0] { return index }
                    if candidateWords.count == knownWords.count, candidateWords.last == knownWords.last,
                        zip(candidateWords, knownWords).allSatisfy({ editDistance($0, $1) <= 2 })
                    { return index }
                case (_, .organisation) where isAcronym(candidateWords.joined()) && candidateWords.count == 1:
                    if initials(knownWords) == candidateWords[0] { return index }
                    if isAcronym(known), editDistance(known, candidateWords[0]) <= 1 { return index }
                default:
                    break
                }
                // A near-miss spelling of a longer single-word name: "Tajikist" for "Tajikistan".
                if candidateWords.count == 1, knownWords.count == 1, candidateWords[0].count >= 6,
                    knownWords[0].hasPrefix(candidateWords[0]) || editDistance(candidateWords[0], knownWords[0]) == 1
                { return index }
            }
        }
        return nil
    }

    private func initials(_ words: [String]) -> String {
        var found = ""
        for word in words where isCapitalised(word) {
            if let first = word.first { found.append(first) }
        }
        return found
    }

    /// Occurrences of a known name that the tagger missed, as whole capitalised token runs.
    private func propagated(_ candidates: [Candidate]) -> [Candidate] {
        var known: [String: (EntityType, Int)] = [:]  // name → type, word count
        var firstWords = Set<String>()
        known.reserveCapacity(candidates.count)
        firstWords.reserveCapacity(candidates.count)
        for c in candidates where isCapitalised(at: c.first) {
            known[name(c)] = (c.type, c.last - c.first + 1)
            firstWords.insert(tokens[c.first].text)
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for c in candidates { for i in c.first...c.last { covered[i] = true } }
        var found: [Candidate] = []
        var i = 0
        while i < tokens.count {
            if covered[i] || !isCapitalised(at: i) || !firstWords.contains(tokens[i].text) {
                i += 1
                continue
            }
            // The longest known name starting here.
            var match: Candidate?
            for length in stride(from: 4, through: 1, by: -1) where i + length <= tokens.count {
                let c = Candidate(type: .miscellaneous, first: i, last: i + length - 1)
                if (c.first...c.last).contains(where: { covered[$0] }) { continue }
                if let (type, words) = known[name(c)], words == length,
                    !(length == 1 && startsClause(i) && !isAcronym(tokens[i].text) && type != .person)
                {
                    match = Candidate(type: type, first: c.first, last: c.last)
                    break
                }
            }
            if let match {
                found.append(match)
                i = match.last + 1
            } else {
                i += 1
            }
        }
        return found
    }

    /// Speech verbs, and the courtesy titles.
    private static let personCues = Set([
        "said", "says", "say", "told", "added", "stated", "warned", "announced", "asked", "replied", "insisted",
        "explained", "noted", "argued", "claimed",
    ]).union(honorifics)

    /// A speech verb right after the name, or a title right before it.
    private func hasPersonCue(_ c: Candidate) -> Bool {
        let sentence = sentenceOfToken[c.first]
        if c.last + 1 < tokens.count, sentenceOfToken[c.last + 1] == sentence,
            Self.personCues.contains(tokens[c.last + 1].text.folded)
        { return true }
        if c.first > 0, sentenceOfToken[c.first - 1] == sentence {
            let before = tokens[c.first - 1].text.folded
            if Self.personCues.contains(before) || Self.roleWords.contains(before) { return true }
        }
        return false
    }

    // MARK: - Roles

    private static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static let roleWords: Set<String> = [
        "president", "minister", "prime", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "chairman", "chairwoman", "director", "governor", "senator", "general", "king", "queen",
        "ambassador", "envoy", "leader", "mayor", "chief", "head", "commander", "foreign", "deputy", "vice",
        "interior", "defence", "defense", "finance", "opposition", "party", "state", "official", "spokesmen",
    ]

    /// Words a role phrase does not start with.
    private static let roleFillers: Set<String> = ["of", "to", "for", "’s", "'s", "the", "a", "an"]

    /// Role phrases written next to a person's name: "Russian President Vladimir Putin",
    /// "Kremlin spokesman Dimitri Peskov", "the President of Tajikistan, Emomali Rahmon".
    private func roles(of mentions: [Candidate]) -> [String] {
        var found: [String] = []
        for c in mentions {
            var phrase: [Int] = []
            var i = c.first - 1
            // "..., the President of Tajikistan, Emomali Rahmon": an appositive before the name.
            let appositive = i >= 0 && tokens[i].text == ","
            if appositive { i -= 1 }
            while i >= 0, c.first - i <= 7, sentenceOfToken[i] == sentenceOfToken[c.first] {
                let word = tokens[i].text
                let lower = word.folded
                let fits = isCapitalised(at: i) || Self.roleWords.contains(lower) || word == "’s" || word == "'s"
                    || (appositive && (lower == "of" || lower == "to" || lower == "for"))
                if !fits || Gazetteer.membership(hash: FeatureHash.string(lower)) & Gazetteer.month != 0 || Self.weekdays.contains(lower) { break }
                phrase.insert(i, at: 0)
                i -= 1
            }
            while let first = phrase.first, Self.roleFillers.contains(tokens[first].text.folded) { phrase.removeFirst() }
            guard !phrase.isEmpty, phrase.contains(where: { Self.roleWords.contains(tokens[$0].text.folded) }) else { continue }
            let role = text[Span(tokens[phrase.first!].span.start, tokens[phrase.last!].span.end)]
            if !found.contains(role) { found.append(role) }
        }
        return found
    }
}

/// Levenshtein distance with adjacent transpositions, for short names.
/// Which groups a new name could belong to, keyed the way ``EntityResolver``'s rules match:
/// by last word (surnames, respellings), by initials and acronym length (acronyms), and by
/// the first and last two letters of one-word names (near-miss spellings, which differ by one
/// edit, so for six letters or more share one end or the other).
private struct GroupLookup {
    // Each key maps to the newest of its entries; entries chain to older ones. Adding a name
    // then costs one hash per key and no array per key.
    private var byLastWord: [String: Int32] = [:]
    private var byInitials: [String: Int32] = [:]
    private var acronymsByLength: [Int: Int32] = [:]
    private var byFirstTwo: [UInt64: Int32] = [:]
    private var byLastTwo: [UInt64: Int32] = [:]
    private var entryGroup: [Int32] = []
    private var entryNext: [Int32] = []

    init(capacity: Int) {
        byLastWord.reserveCapacity(capacity)
        byInitials.reserveCapacity(capacity)
        byFirstTwo.reserveCapacity(capacity)
        byLastTwo.reserveCapacity(capacity)
        entryGroup.reserveCapacity(4 * capacity)
        entryNext.reserveCapacity(4 * capacity)
    }

    private mutating func chain(_ group: Int, after newest: Int32?) -> Int32 {
        entryGroup.append(Int32(group))
        entryNext.append(newest ?? -1)
        return Int32(entryGroup.count - 1)
    }

    private func collect(_ newest: Int32?, into found: inout [Int]) {
        var entry = newest ?? -1
        while entry >= 0 {
            found.append(Int(entryGroup[Int(entry)]))
            entry = entryNext[Int(entry)]
        }
    }

    mutating func add(_ name: String, words: [String], group: Int, initials: String) {
        if let last = words.last { byLastWord[last] = chain(group, after: byLastWord[last]) }
        byInitials[initials] = chain(group, after: byInitials[initials])
        let scalars = name.unicodeScalars
        if scalars.count >= 2, scalars.count <= 6, scalars.allSatisfy(\.isUpper) {
            acronymsByLength[scalars.count] = chain(group, after: acronymsByLength[scalars.count])
        }
        if words.count == 1 {
            let (first, last) = Self.ends(name)
            byFirstTwo[first] = chain(group, after: byFirstTwo[first])
            byLastTwo[last] = chain(group, after: byLastTwo[last])
        }
    }

    /// Candidate groups for a name of these words, ascending and without repeats.
    func groups(for words: [String]) -> [Int] {
        var found: [Int] = []
        collect(byLastWord[words.last ?? ""], into: &found)
        if words.count == 1 {
            let word = words[0]
            collect(byInitials[word], into: &found)
            let length = word.unicodeScalars.count
            for l in (length - 1)...(length + 1) { collect(acronymsByLength[l], into: &found) }
            let (first, last) = Self.ends(word)
            collect(byFirstTwo[first], into: &found)
            collect(byLastTwo[last], into: &found)
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique = 0
        for value in found where unique == 0 || found[unique - 1] != value {
            found[unique] = value
            unique += 1
        }
        found.removeLast(found.count - unique)
        return found
    }

    /// The first two and the last two code points of `word`, each pair packed into one key.
    private static func ends(_ word: String) -> (first: UInt64, last: UInt64) {
        var first: UInt64 = 0, last: UInt64 = 0, count = 0
        for scalar in word.unicodeScalars {
            if count < 2 { first = first << 21 | UInt64(scalar.value) }
            last = (last << 21 | UInt64(scalar.value)) & (1 << 42 - 1)
            count += 1
        }
        return (first, last)
    }
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if abs(a.count - b.count) > 2 { return 3 }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        current[0] = i
        for j in 1...max(b.count, 1) where !b.isEmpty {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], previous2[j - 2] + 1) }
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
}

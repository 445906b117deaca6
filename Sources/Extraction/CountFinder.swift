/// Finds numeric claims: how many were killed, injured, arrested, deployed…
///
/// A claim is a number (numerals with separators, number words, "dozens", "a total of", ranges,
/// or "a man" before a death or injury), the bound its wording gives ("more than" → at least),
/// the thing counted, the event it belongs to, and whoever the article credits with the claim
/// (the speaker of the quote it sits in). Numbers that are years, times, ages, money, shares or
/// measures are not counts. Linear: each number looks at a few tokens either side.
struct CountFinder {
    private let text: ArticleText
    private let tokens: [Token]
    private let lower: [String]
    private let cues: [TokenCue]
    private let sentenceOf: [Int]
    private let quotes: [Quote]

    init(text: ArticleText, stream: TokenStream, quotes: [Quote]) {
        self.text = text
        tokens = stream.tokens
        sentenceOf = stream.sentenceOf
        lower = stream.lower
        cues = stream.cues
        self.quotes = quotes.sorted { $0.span < $1.span }
    }

    func find() -> [CountClaim] {
        var claims: [CountClaim] = []
        var k = 0
        while k < tokens.count {
            guard let number = number(at: k) else {
                if cues[k].contains(.countStart), let single = singleVictim(at: k) ?? multipleKilling(at: k) ?? ordinalDeath(at: k) {
                    claims.append(single.claim)
                    k = single.next
                    continue
                }
                k += 1
                continue
            }
            var resume = number.end
            defer { k = max(k + 1, resume) }
            guard !isNotACount(first: k, last: number.end - 1) else { continue }
            var start = k
            var bound = number.bound
            // The wording before the number.
            if let (phraseStart, phraseBound) = boundBefore(k) {
                start = phraseStart
                // "more than a dozen" is at least twelve, though "a dozen" alone is about.
                if bound == .exact || bound == .about && phraseBound != .exact { bound = phraseBound }
            }
            guard case (let objectRange, var event, let verbPastAside)? = objectAndEvent(after: number.end, numberStart: start, value: number.value)
            else { continue }
            // "Two of the four people shot died": the death is the part's; the whole were shot. But
            // "one of the five people shot and killed" were all killed.
            if event == "KILL", isWholeOfAPart(number: k),
                objectRange.contains(where: { lower[$0] == "shot" && $0 + 1 < tokens.count && ["died", "dies"].contains(lower[$0 + 1]) })
            { event = "SHOOT" }
            // A bare number beside a name or a dash is a channel, a precinct or a score ("KPHO 5 -"),
            // not a count of people.
            // So is one after a capitalised word that counts no people and is not followed by what
            // befell them: "Cloud 9 shooting death", "KSLA News 12"; but "Leaves Four Wounded" counts.
            if isBareLabel(first: k, last: number.end - 1),
                objectRange.isEmpty || !objectRange.contains(where: { isPeople(lower[$0]) || isPersonNoun($0) })
                    && eventWord(objectRange.lowerBound) == nil && !["counts", "count"].contains(lower[objectRange.lowerBound])
            { continue }
            var objectText = objectRange.isEmpty ? "" : text[Span(tokens[objectRange.lowerBound].span.start, tokens[objectRange.upperBound - 1].span.end)]
            var end = max(number.end, objectRange.upperBound) - 1
            var value = number.value
            // "Three men and a woman were wounded", "a 15-year-old girl, two women and a man":
            // people listed beside the number are counted with it.
            // "Mother, 2 children killed": the object may run on to the verb, and people listed
            // before still count; a list after needs the object to end on its people.
            let endsOnPeople = objectRange.last.map { isPeople(lower[$0]) || isPersonNoun($0) } ?? false
            if endsOnPeople || objectRange.contains(where: { isPeople(lower[$0]) || isPersonNoun($0) }) {
                let after = endsOnPeople ? peopleListed(after: end) : nil, before = peopleListed(before: start)
                if after != nil || before != nil {
                    // "shot a security guard and two women": the verb before the list names the event.
                    // "the fatal shooting of mother, 2 teens": the counted start after "of".
                    // "the bodies of a man, two women and a child": so does the noun before "of".
                    if event == "COUNT", let before,
                        let counted = verb(before: before.first).map({ lower[$0 + 1] == "of" ? $0 + 2 : $0 + 1 })
                            ?? (before.first >= 1 && lower[before.first - 1] == "of" ? before.first : nil),
                        let listed = objectAndEvent(after: number.end, numberStart: counted, value: number.value)
                    {
                        event = listed.1
                    }
                    // "3 children, 1 adult found dead": the verb after the list names it.
                    if event == "COUNT", let after, after.last + 1 < tokens.count,
                        let listed = objectAndEvent(after: after.last + 1, numberStart: start, value: number.value + Double(after.people)),
                        Self.harmEvents.contains(listed.1)
                    {
                        event = listed.1
                    }
                    value += (after?.people ?? 0) + (before?.people ?? 0)
                    end = after?.last ?? end
                    start = before?.first ?? start
                    objectText = text[Span(tokens[start].span.start, tokens[end].span.end)]
                    resume = max(resume, end + 1)
                }
            }
            if let verbPastAside { end = max(end, verbPastAside) }
            // "Four people -- two men and two women -- were shot": the aside names the four again,
            // or some of them ("three of them teenagers"), or is inside the claim it explains
            // ("two officers and three others -- two men and a woman -- were wounded"); but "six
            // people -- two fatally" tells another event.
            if Self.harmEvents.contains(event), start >= 2, Self.dashes.contains(lower[start - 1]), sentenceOf[start - 2] == sentenceOf[start],
                isPeople(lower[start - 2]), let head = claims.last, head.event == event,
                head.value == value || head.span.end >= tokens[end].span.end
                    || objectRange.count >= 2 && lower[objectRange.lowerBound] == "of" && lower[objectRange.lowerBound + 1] == "them"
            { event = "COUNT" }
            // "six people, including an unborn child": tallies count the born, as lists do.
            if value > 1, event == "KILL", includesTheUnborn(after: max(number.end, objectRange.upperBound) - 1) { value -= 1 }
            let span = Span(tokens[start].span.start, tokens[end].span.end)
            claims.append(CountClaim(value: value, bound: bound, object: objectText, event: event, span: span, claimedBy: claimant(of: span)))
        }
        claims = withShootersWhoDied(claims + namedVictims(besides: claims)).map(survivorsAreWounded)
        if !claims.contains(where: { $0.event == "KILL" }), let death = deathWithoutAFigure() {
            claims.insert(death, at: claims.firstIndex { $0.span.start > death.span.start } ?? claims.endIndex)
        }
        // In reading order, as a user scans the article.
        return claims.sorted { $0.span.start < $1.span.start }
    }

    /// "a fatal shooting", "his son's shooting death": a death the article tells without a
    /// figure or a victim. Read only where no other claim counts the dead, as one at least; a
    /// figure, where there is one, says more.
    private func deathWithoutAFigure() -> CountClaim? {
        for k in tokens.indices.dropLast() where cues[k].contains(.victim) && sentenceOf[k + 1] == sentenceOf[k] {
            var end = k + 1
            let bound: CountBound
            switch lower[k] {
            case "fatal", "deadly":
                // "a fatal weekend shooting", "deadly homeless shelter shooting".
                while end < tokens.count, end - k <= 4, sentenceOf[end] == sentenceOf[k], lower[end] != "shooting", lower[end] != "stabbing",
                    tokens[end].text.unicodeScalars.first?.properties.isAlphabetic == true
                { end += 1 }
                guard end < tokens.count, sentenceOf[end] == sentenceOf[k], lower[end] == "shooting" || lower[end] == "stabbing" else { continue }
                bound = .atLeast
            case "shooting", "stabbing":
                guard lower[end] == "death" else { continue }
                bound = .exact
            default: continue
            }
            let span = Span(tokens[k].span.start, tokens[end].span.end)
            return CountClaim(value: 1, bound: bound, object: text[tokens[end].span], event: "KILL", span: span, claimedBy: claimant(of: span))
        }
        return nil
    }

    /// "shot and killed his daughter before turning the gun on himself": the shooter is one more
    /// dead, added to the killing the sentence told just before.
    private func withShootersWhoDied(_ claims: [CountClaim]) -> [CountClaim] {
        var claims = claims
        var phrases: [Span] = []
        // One pass over the claims in the order they end, so the step stays linear.
        let byEnd = claims.indices.sorted { claims[$0].span.end < claims[$1].span.end }
        var next = 0
        var lastKilling: Int?
        for k in tokens.indices where cues[k].contains(.victim) && (lower[k] == "himself" || lower[k] == "herself") {
            guard let start = shooterDeath(endingAt: k) else { continue }
            let phrase = Span(tokens[start].span.start, tokens[k].span.end)
            while next < byEnd.count, claims[byEnd[next]].span.end <= phrase.start {
                if claims[byEnd[next]].event == "KILL" { lastKilling = byEnd[next] }
                next += 1
            }
            guard let killing = lastKilling,
                sentenceOf[tokens.firstIndex(startingAtOrAfter: claims[killing].span.start)] == sentenceOf[k]
            else { continue }
            // A bare "then himself" goes with the killing just before it, not one told earlier
            // in the sentence ("killed his son and shot his wife, then himself").
            if start == k - 1, tokens.firstIndex(startingAtOrAfter: claims[killing].span.end) < start - 1 { continue }
            claims[killing].value += 1
            claims[killing].span = Span(claims[killing].span.start, phrase.end)
            lastKilling = nil
            phrases.append(phrase)
        }
        guard !phrases.isEmpty else { return claims }
        // "killing himself" may have been counted on its own; phrases are in text order.
        return claims.filter { claim in
            var low = 0, high = phrases.count
            while low < high {
                let mid = (low + high) / 2
                if phrases[mid].end < claim.span.end { low = mid + 1 } else { high = mid }
            }
            return !(low < phrases.count && phrases[low].start <= claim.span.start && claim.span.end <= phrases[low].end)
        }
    }

    /// Where a shooter's own death ending at the reflexive `k` starts: "before turning the gun on
    /// himself", "then killed himself", "before shooting herself", "kills 2, then himself".
    private func shooterDeath(endingAt k: Int) -> Int? {
        let sentence = sentenceOf[k]
        func word(_ j: Int) -> String { j >= 0 && sentenceOf[j] == sentence ? lower[j] : "" }
        var verb: Int
        if word(k - 1) == "on", ["gun", "weapon"].contains(word(k - 2)), ["turning", "turned"].contains(word(k - 4)) {
            verb = k - 4
        } else if ["killing", "killed", "shooting", "shot"].contains(word(k - 1)) {
            verb = k - 1
        } else if word(k - 1) == "then" {
            // "Man kills 2, then himself": the verb is the killing's own.
            return k - 1
        } else { return nil }
        if word(verb - 1) == "fatally" { verb -= 1 }
        guard ["before", "then", "and"].contains(word(verb - 1)) else { return nil }
        return verb - 1
    }

    /// "were also shot, but survived", "shot and is expected to recover": the people shot who
    /// lived are the wounded.
    private func survivorsAreWounded(_ claim: CountClaim) -> CountClaim {
        guard claim.event == "SHOOT" else { return claim }
        var k = tokens.firstIndex(startingAtOrAfter: claim.span.end)
        let sentence = k < tokens.count ? sentenceOf[k] : -1
        let limit = k + 8
        while k < tokens.count, k < limit, sentenceOf[k] == sentence {
            if Self.survivalWords.contains(lower[k]) {
                var wounded = claim
                wounded.event = "WOUND"
                return wounded
            }
            if lower[k] == ";" || cues[k].contains(.number) || eventWord(k) == "KILL" { break }
            k += 1
        }
        return claim
    }

    private static let survivalWords: Set<String> = ["survived", "survive", "survives", "recover", "recovering", "non-life-threatening", "non-life"]

    // MARK: - Numbers

    private struct Number {
        var value: Double
        var end: Int
        var bound: CountBound = .exact
    }

    private static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = ["dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]
    /// "dozens", "hundreds": a lower bound.
    private static let vague: [String: Double] = ["dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens": 20]

    private func numeral(_ word: String) -> Double? {
        guard let first = word.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return nil }
        var digits = ""
        for c in word.unicodeScalars {
            if c.isDigit, c.value < 0x80 { digits.unicodeScalars.append(c) }
            else if c == "." { digits.append(".") }
            else if c != "," { return nil }
        }
        return Double(digits)
    }

    private func wordNumber(_ k: Int) -> (Double, Int)? {
        // Most words are not numbers: only a number word or a hyphenated word can start one.
        guard Self.units[lower[k]] != nil || lower[k].utf8.contains(UInt8(ascii: "-")) else { return nil }
        var k = k
        var total = 0.0, current = 0.0
        var found = false
        while k < tokens.count {
            var word = lower[k]
            // "twenty-five".
            if word.utf8.contains(UInt8(ascii: "-")) {
                let parts = word.split(separator: "-")
                if parts.count == 2, let tens = Self.units[String(parts[0])], let ones = Self.units[String(parts[1])], tens >= 20, ones < 10 {
                    current += tens + ones
                    found = true
                    k += 1
                    continue
                }
                word = ""
            }
            if let v = Self.units[word] { current += v; found = true }
            else if let scale = Self.scales[word], found || current > 0 {
                if scale == 100 { current *= scale } else { total += current * scale; current = 0 }
            } else if word == "and", found, k + 1 < tokens.count, Self.units[lower[k + 1]] != nil, k > 0, lower[k - 1] == "hundred" {
                // "two hundred and fifty"
            } else { break }
            k += 1
        }
        return found ? (total + current, k) : nil
    }

    /// Words that can start a number written in words; anything else that is not a numeral or
    /// hyphenated is rejected with this one lookup.
    static let numberStarts: Set<String> = Set(units.keys).union(vague.keys).union(["dozen"])

    private func number(at k: Int) -> Number? {
        let word = lower[k]
        guard let first = word.utf8.first else { return nil }
        if !(48...57).contains(first), !cues[k].contains(.number), !word.utf8.contains(UInt8(ascii: "-")) { return nil }
        if let v = numeral(word) {
            var end = k + 1
            var value = v
            if end < tokens.count, let scale = Self.scales[lower[end]] { value *= scale; end += 1 }
            // A range: "10 to 15", "10-15" gives its lower end.
            if end + 1 < tokens.count, lower[end] == "to" || lower[end] == "or", numeral(lower[end + 1]) != nil {
                return Number(value: value, end: end + 2, bound: .atLeast)
            }
            return Number(value: value, end: end)
        }
        if word.utf8.contains(UInt8(ascii: "-")), let dash = word.firstIndex(of: "-"), let low = numeral(String(word[..<dash])),
            numeral(String(word[word.index(after: dash)...])) != nil
        {
            return Number(value: low, end: k + 1, bound: .atLeast)
        }
        if let vague = Self.vague[word], k + 1 < tokens.count, lower[k + 1] == "of" {
            return Number(value: vague, end: k + 2, bound: .atLeast)
        }
        if let vague = Self.vague[word], k > 0, lower[k - 1] != "of", lower[k - 1] != "the" {
            return Number(value: vague, end: k + 1, bound: .atLeast)
        }
        if word == "dozen", k > 0, lower[k - 1] == "a" {
            return Number(value: 12, end: k + 1, bound: .about)
        }
        if let (value, end) = wordNumber(k) {
            // "one" alone is usually a pronoun ("one of them"), not a count.
            if word == "one", end == k + 1, k + 1 < tokens.count, ["of", "another", "day", "time", "thing", "way"].contains(lower[k + 1]) { return nil }
            return Number(value: value, end: end)
        }
        return nil
    }

    /// "more than", "nearly", "about", "a total of" just before the number.
    private func boundBefore(_ k: Int) -> (Int, CountBound)? {
        func at(_ offset: Int) -> String { k - offset >= 0 && sentenceOf[k - offset] == sentenceOf[k] ? lower[k - offset] : "" }
        let two = at(2) + " " + at(1)
        let three = at(3) + " " + two
        switch three {
        case "a total of": return (k - 3, .exact)
        case "as many as": return (k - 3, .atMost)
        case "more than a", "upwards of a": return (k - 3, .atLeast)
        default: break
        }
        switch two {
        case "more than", "at least", "upwards of", "in excess of", "over a": return (k - 2, .atLeast)
        case "up to", "fewer than", "less than", "at most", "no more": return (k - 2, .atMost)
        case "an estimated", "close to": return (k - 2, .about)
        default: break
        }
        switch at(1) {
        case "over", "exceeding": return (k - 1, .atLeast)
        case "nearly", "almost", "under", "below": return (k - 1, .atMost)
        case "about", "some", "around", "approximately", "roughly", "estimated", "approx", "circa", "~": return (k - 1, .about)
        default: return nil
        }
    }

    private func isBareLabel(first: Int, last: Int) -> Bool {
        let sentence = sentenceOf[first]
        if first > 0, sentenceOf[first - 1] == sentence, let c = tokens[first - 1].text.unicodeScalars.first, c.properties.isUppercase,
            !(first >= 2 && sentenceOf[first - 2] != sentence)
        { return true }
        let after = last + 1 < tokens.count && sentenceOf[last + 1] == sentence ? lower[last + 1] : ""
        return ["-", "–", "—", "|", ")", "/"].contains(after)
    }

    /// Years, times, ages, money, percentages, measures, addresses and dates are not counts.
    private func isNotACount(first: Int, last: Int) -> Bool {
        let word = lower[first]
        let before = first > 0 ? lower[first - 1] : ""
        let after = last + 1 < tokens.count ? lower[last + 1] : ""
        if ["$", "€", "£", "us$", "no.", "no", "number", "#", "/", "page", "route", "highway", "interstate", "aged", "age", "ages", "channel"].contains(before) { return true }
        // "city bus 4057", "apartment 12", "Engine 3": an identifier after what it names.
        if Self.numberedThings.contains(before), sentenceOf[first - 1] == sentenceOf[first] { return true }
        // "Image 12 of 14": the count of a gallery, after the number of its picture.
        if before == "of", first >= 3, numeral(lower[first - 2]) != nil, Self.numberedThings.contains(lower[first - 3]) { return true }
        // The emergency number: "a neighbour called 911 and …".
        if word == "911", !isPeople(after) { return true }
        if isStreetAddress(first: first, last: last) { return true }
        // A number in a name of capitals: "WBTV 3 News", "MS 13 gang members", "told NBC 6 the teen
        // was shot"; but "FBI 2 agents" counts, as people follow a short label.
        if first > 0, tokens[first - 1].text.utf8.count >= 2, tokens[first - 1].text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }),
            last + 1 < tokens.count && tokens[last + 1].text.first?.isUppercase == true
                || tokens[first - 1].text.utf8.count <= 5 && !isPeople(after) && (last + 1 >= tokens.count || eventWord(last + 1) == nil)
        { return true }
        if before.hasPrefix("$") || word.hasPrefix("$") { return true }
        if DateReader.monthNumber(before) != nil && tokens[first - 1].text.first?.isUppercase == true { return true }
        if DateReader.monthNumber(after) != nil && last + 1 < tokens.count && tokens[last + 1].text.first?.isUppercase == true { return true }
        if let v = numeral(word), !word.contains(","), word.count == 4, v >= 1800, v <= 2100 { return true }
        if after.hasPrefix("-year") || after.hasPrefix("year-old") || after == "%" || after == "percent" || after == "per" { return true }
        // "6 p.m.The girl was struck": a time run into the next sentence is still a time.
        if word.utf8.contains(UInt8(ascii: ":")) || after.hasPrefix("a.m.") || after.hasPrefix("p.m.") || after == "am" || after == "pm" || after == "o'clock" || after == ":" { return true }
        // "the 4 yo boy", "a 16 y/o": an age.
        if after == "yo" || after == "yr" || after == "yrs" || after == "y" && last + 2 < tokens.count && lower[last + 2] == "/" { return true }
        if Self.measures.contains(after) { return true }
        // "the 400 and 500 blocks of Bourbon Street", "shot four or five times": the first of two
        // numbers of one measure.
        if ["and", "to", "through", "or"].contains(after), last + 3 < tokens.count, numeral(lower[last + 2]) != nil || Self.units[lower[last + 2]] != nil,
            ["block", "blocks"].contains(lower[last + 3]) || Self.measures.contains(lower[last + 3])
        { return true }
        // "told 7 Action News", "KSLA News 12": a station's number beside "News".
        if after == "news" || (last + 2 < tokens.count && lower[last + 2] == "news" && tokens[last + 1].text.first?.isUppercase == true) { return true }
        if ["block", "blocks", "call", "calls", "caliber", "calibre", "handgun", "pistol", "rifle", "shotgun"].contains(after) { return true }
        if after == "years" && last + 2 < tokens.count && lower[last + 2] == "old" { return true }
        if first >= 2, lower[first - 1] == "of", ["ages", "age", "family", "father", "mother"].contains(lower[first - 2]) {
            // "A family of five died", "a family of four was found dead": the family are the people
            // counted when what befell them follows; "the family of three was walking" is a size.
            return lower[first - 2] != "family" || !isFollowedByAnEvent(last)
        }
        // "between the ages of 11 and 15"; "homicides number 10 and 11".
        if before == "and", first >= 4, lower[first - 3] == "of", lower[first - 4] == "ages" { return true }
        if before == "and", first >= 3, numeral(lower[first - 2]) != nil, ["number", "no.", "nos."].contains(lower[first - 3]) { return true }
        // "Their ages range from 19 through 21", "both 16, and": ages.
        if before == "from", first >= 2, ["range", "ranged", "ranging", "ranges"].contains(lower[first - 2]) { return true }
        if ["both", "each"].contains(before), after == "," || after == "and" || after == ")" { return true }
        // "The man who was killed was 17 and was shot", "One of the five people shot and killed
        // was 17": an age said of a person, with no noun; but "the number of people killed was 17"
        // is a count.
        if ["was", "is"].contains(before), after == "," || after == "and" || after == "." || after == "when" {
            let subject = (max(0, first - 6)..<first - 1).filter { sentenceOf[$0] == sentenceOf[first] }
            if subject.contains(where: { isPersonNoun($0) || ["he", "she"].contains(lower[$0]) })
                || subject.contains(where: { isPeople(lower[$0]) }) && !subject.contains(where: { Self.tollNouns.contains(lower[$0]) })
            { return true }
        }
        // "Photo: 21 Pro Video": a station's name in a picture's credit.
        if before == ":", first >= 2, ["photo", "credit", "source"].contains(lower[first - 2]) { return true }
        // "NYC ’90 shooting": a year cut short.
        if ["’", "'"].contains(before), word.utf8.count == 2 { return true }
        // "three victims, ages 24, 25, and 41": every number of a list of ages, in a bounded walk.
        // A list has one "and": in "ages 22 and 23, and four men" the four starts a new count.
        if before == "," || before == "and" {
            var j = first - 1
            var ands = 0
            while j > 0, first - j < 12, sentenceOf[j - 1] == sentenceOf[first], [",", "and"].contains(lower[j]) || numeral(lower[j]) != nil {
                if lower[j] == "and" { ands += 1 }
                j -= 1
            }
            if ands <= 1, ["ages", "aged"].contains(lower[j]) || lower[j] == "of" && j > 0 && lower[j - 1] == "ages" { return true }
        }
        // "Christopher Burnell, 47" closing a line or sentence: an age.
        if before == ",", first >= 2, tokens[first - 2].text.first?.isUppercase == true,
            last + 1 >= tokens.count || sentenceOf[last + 1] != sentenceOf[first] || [",", ";", ")", "(", "who", "and", "of"].contains(after)
        { return true }
        // "Ginger Reeves, 64 were found dead", "Jerry Trivon Coleman, 31 all died": after a full
        // name, not a place ("In South Bend, 5 were shot").
        if before == ",", first >= 3, ["were", "was", "all"].contains(after), let named = name(endingAt: first - 2), named.count >= 2,
            named.lowerBound == 0 || !Self.placePrepositions.contains(lower[named.lowerBound - 1]) && !["from", "of"].contains(lower[named.lowerBound - 1]),
            !Self.placePrepositions.contains(lower[named.lowerBound])
        { return true }
        // An age in apposition: "Boy, 16," / "John Smith, 23,".
        if before == ",", after == ",", first >= 2, tokens[first - 2].text.first?.isUppercase == true { return true }
        // "A fourth victim, 25, showed up", "the driver, 41, was shot": the same after a person noun.
        if before == ",", after == ",", first >= 2, isPeople(lower[first - 2]) || isPersonNoun(first - 2) { return true }
        if word.hasSuffix("th") || word.hasSuffix("st") && word.first?.isNumber == true { return true }
        // "a man in his 20's", "in their 30s", "in his early 20's": an age.
        let owner = Self.partsOfADecade.contains(before) && first >= 2 ? lower[first - 2] : before
        if Self.owners.contains(owner), after == "'s" || after == "’s" || after == "s" || word.hasSuffix("s") { return true }
        return false
    }

    /// Things numbered in news prose, so that a number after one names it and counts nothing.
    private static let numberedThings: Set<String> = [
        "bus", "flight", "apartment", "apt", "apt.", "room", "suite", "unit", "squad", "engine", "badge", "precinct",
        "district", "ward", "exit", "gate", "lot", "terminal", "platform", "ext.", "extension", "image", "photo", "slide",
        "picture",
    ]

    /// Words that end a street's name; capitalised, or after a capitalised name, they make an address.
    private static let streetWords: Set<String> = [
        "street", "st.", "st", "road", "rd.", "rd", "avenue", "ave.", "ave", "boulevard", "blvd.", "blvd", "lane", "ln.",
        "ln", "court", "ct.", "ct", "drive", "dr.", "way", "place", "pl.", "parkway", "pkwy.", "highway", "hwy.", "circle",
        "cir.", "terrace", "trail", "pike", "square", "plaza",
    ]

    /// Abbreviated compass points that open a street's name: "2222 N. Nevada Ave.", "1506 NW 70 St".
    private static let compassPoints: Set<String> = ["n.", "s.", "e.", "w.", "nw", "ne", "sw", "se"]

    /// A house number: two digits or more, then a capitalised street name ending in a street
    /// word within a few words ("2806 Long Lane", "13915 County Road 3"), or an abbreviated
    /// compass point and a name ("305 E. Main St."). A headline's capitals are no street:
    /// "13 Shot On Main Street" names who was shot before the street.
    private func isStreetAddress(first: Int, last: Int) -> Bool {
        guard first == last, lower[first].utf8.count >= 2, lower[first].utf8.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        let sentence = sentenceOf[first]
        var k = last + 1
        // "9330 59th Ave. SE": an ordinal names a street as a capitalised word does.
        func capitalised(_ j: Int) -> Bool {
            tokens[j].text.first?.isUppercase == true || tokens[j].text.first?.isNumber == true && ["st", "nd", "rd", "th"].contains(String(lower[j].suffix(2)))
        }
        guard k + 1 < tokens.count, sentenceOf[k + 1] == sentence, capitalised(k), capitalised(k + 1) else { return false }
        if Self.compassPoints.contains(lower[k]) { return true }
        while k < tokens.count, k <= last + 4, sentenceOf[k] == sentence, capitalised(k) {
            if eventWord(k) != nil || isPeople(lower[k]) || isPersonNoun(k) { return false }
            if k > last + 1, Self.streetWords.contains(lower[k]) { return true }
            k += 1
        }
        return false
    }

    private static let measures: Set<String> = [
        "miles", "mile", "km", "kilometres", "kilometers", "kilometre", "kilometer", "metres", "meters", "metre", "meter",
        "feet", "foot", "ft", "inches", "inch", "yards", "hours", "hour", "minutes", "minute", "seconds", "second", "days",
        "day", "weeks", "week", "months", "month", "years", "year", "times", "tonnes", "tons", "kg", "pounds", "lbs",
        "degrees", "mph", "percent", "points", "point", "dollars", "euros", "cents", "rounds", "shots", "gallons",
        "litres", "liters", "acres", "hectares", "square", "cubic", "am", "pm", "million", "billion", "times", "grams",
        "ounces", "calibre", "caliber", "mm", "millimetre", "votes", "seats", "goals", "runs", "games", "matches",
    ]

    // MARK: - Objects and events

    private static let events: [(String, [String])] = [
        ("KILL", ["killed", "killing", "kills", "deceased", "dead", "died", "die", "dies", "deaths", "death", "fatalities", "fatally", "slain", "succumbed", "succumbs", "murdered", "lives", "bodies", "perished", "massacred", "executed", "homicides", "murder-suicide", "gunned"]),
        // "Shot" counts everyone hit, the dead included: its own event, so a reader can tell
        // "five people were shot, two fatally" from five wounded.
        ("SHOOT", ["shot", "shoots", "shootings", "struck", "hit", "grazed"]),
        ("WOUND", ["injured", "injuring", "injuries", "wounded", "wounding", "hurt", "hurts", "hospitalized", "hospitalised", "injures", "wounds", "casualties", "recovering", "hospital", "hospitals"]),
        ("ARREST", ["arrested", "arrests", "arresting", "arrest", "apprehended", "charged", "rounded"]),
        ("DETAIN", ["detained", "detaining", "detention", "detainees", "custody", "held", "jailed", "imprisoned"]),
        ("EVACUATE", ["evacuated", "evacuating", "evacuation", "evacuees", "displaced", "fled", "relocated", "rescued"]),
        // Nouns such as "troops" and "protesters" tell their event only of their own count, and
        // last: see `peopleOfAnEvent`.
        ("DEPLOY", ["deployed", "deploying", "deployment", "sent", "dispatched", "stationed"]),
        ("PROTEST", ["protested", "protesting", "marched", "rallied", "protest", "demonstrated", "rally"]),
    ]
    private static let eventOf: [String: String] = {
        var map: [String: String] = [:]
        for (event, words) in events { for w in words where map[w] == nil { map[w] = event } }
        return map
    }()

    /// People named for an event they take part in ("2,000 troops", "5,000 protesters"): the
    /// event of their count where no verb tells another ("police arrested 200 protesters").
    private static let peopleOfAnEvent: [String: String] = [
        "troops": "DEPLOY", "soldiers": "DEPLOY", "peacekeepers": "DEPLOY", "servicemen": "DEPLOY", "personnel": "DEPLOY",
        "protesters": "PROTEST", "protestors": "PROTEST", "demonstrators": "PROTEST",
    ]

    /// The events that befall people.
    private static let harmEvents: Set<String> = ["KILL", "WOUND", "SHOOT"]

    /// Things that news of a shooting counts beside its victims: places, vehicles, rounds, animals.
    private static let thingNouns: Set<String> = [
        "counties", "county", "states", "cities", "towns", "homes", "home", "houses", "house", "buildings", "businesses",
        "cars", "car", "vehicles", "vehicle", "windows", "rounds", "round", "bullets", "bullet", "gunshots", "holes",
        "casings", "warrants", "deer", "dogs", "dog", "animals", "scenes", "places", "locations", "directions", "blocks",
    ]

    /// Whether the noun the count is of, within the first words of its phrase, is a thing:
    /// "two parked cars", "four bullet wounds"; not "6 shot outside Gary home", "three home
    /// invaders" or "all three suffered gunshot wounds", where people are counted.
    private func countsThings(_ object: Range<Int>) -> Bool {
        for j in object where j - object.lowerBound <= 3 {
            let word = lower[j]
            if isPeople(word) || isPersonNoun(j) || Self.sufferingVerbs.contains(word) { return false }
            // "four gunshot wounds", "two exit wounds", "two wounds": wounds counted, not the wounded.
            if Self.fatalHarms.contains(word) {
                return j == object.lowerBound || ["gunshot", "bullet", "stab", "exit", "entry", "fatal"].contains(lower[j - 1])
            }
            if eventWord(j) != nil { return false }
            guard Self.thingNouns.contains(word) else { continue }
            // A head noun ends its phrase: "home invaders" is a compound about people.
            return j + 1 == object.upperBound || !isNoun(lower[j + 1]) || Self.thingHeadEnds.contains(lower[j + 1])
        }
        return false
    }

    /// Verbs whose subject, counted, is people: "all three suffered injuries", "five survived".
    private static let sufferingVerbs: Set<String> = [
        "suffer", "suffers", "suffered", "suffering", "sustain", "sustains", "sustained", "sustaining", "received", "treated",
        "survived", "survive", "survives",
    ]

    /// Words after a noun that end its phrase: prepositions and the like.
    private static let thingHeadEnds: Set<String> = ["of", "from", "along", "inside", "outside", "near", "where", "through", "into", "with"]

    /// Prepositions no event verb reaches a count across: "wounded in four separate scenes".
    private static let countPrepositions: Set<String> = ["in", "into", "at", "on", "during", "across", "from", "for", "over"]

    /// Words before a place or a thing, not a victim: "in Sevier County and a boy was shot".
    private static let placeLeads = thingHeadEnds.union(["in", "at", "on", "to"])

    /// Nouns a figure after "to" totals: "raised the death toll to 49".
    private static let tollNouns: Set<String> = ["toll", "total", "number", "count", "tally"]

    /// Words that open a subordinate clause, whose subject is not the main clause's object.
    private static let clauseOpeners: Set<String> = ["when", "after", "while", "because", "before", "until", "where", "whereas", "as"]

    /// Words that end the counted phrase.
    private static let objectEnds: Set<String> = [
        "and", "or", "but", "were", "was", "are", "is", "had", "have", "has", "been", "will", "would", "could", "near",
        "in", "on", "at", "during", "since", "after", "when", "who", "that", "which", "while", "as", "to", "by", "than",
        "including", "across", "into", "with", "before",
    ]

    /// The counted phrase after the number, its event, and the word the claim's span must reach:
    /// the verb that named the event when an aside stood between them, or the death told after
    /// a hospital ("where she died"), which is then not counted again. `value` is the number's.
    private func objectAndEvent(after end: Int, numberStart: Int, value: Double) -> (Range<Int>, String, Int?)? {
        let sentence = sentenceOf[numberStart]
        var k = end
        // "16 of the victims": skip "of the".
        while k < tokens.count, sentenceOf[k] == sentence, k - end < 8 {
            let word = lower[k]
            if tokens[k].text.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic && !$0.isDigit }) { break }
            if Self.objectEnds.contains(word) && k > end { break }
            if Self.objectEnds.contains(word) && k == end && word != "of" { break }
            // "five defendants accused of killing two": the counted are the accused, and a
            // second number starts a second count.
            if Self.accusations.contains(word) || (k > end && cues[k].contains(.number)) { break }
            k += 1
        }
        var object = end..<k
        // "of them" is not an object in itself.
        if object.isEmpty || object.allSatisfy({ ["of", "the", "them", "those", "these"].contains(lower[$0]) }) { object = end..<end }
        // "and 3 were taken to a hospital", "two more were hit": a bare count as the subject of
        // its own verb stands for people; "the top 10 were" for a ranking's entries.
        let bareSubject = object.allSatisfy { lower[$0] == "more" } && k < tokens.count && sentenceOf[k] == sentence
            && (Self.beVerbs.contains(lower[k]) || ["have", "has", "had"].contains(lower[k])) && !(numberStart > 0 && lower[numberStart - 1] == "top")
        // The event: the object's own words, then a verb shortly after or before in the clause.
        var event: String?
        // Where a death is told after the hospital `eventAt` last read ("where she died"), if it is.
        var diedAt: Int?
        // "shot and killed", "shot, one fatally": a death named right after "shot" wins.
        func eventAt(_ j: Int) -> String? {
            diedAt = nil
            // "two men were in critical condition": the wounded.
            if lower[j] == "condition", j > 0, Self.isHospitalCondition(lower[j - 1]) { return "WOUND" }
            // "Two children were sent to the hospital": hurt, not deployed.
            if lower[j] == "sent", (j + 1..<min(j + 5, tokens.count)).contains(where: { sentenceOf[$0] == sentence && Self.hospitals.contains(lower[$0]) }) {
                return "WOUND"
            }
            guard let e = eventWord(j) else { return nil }
            // "Two deputies rushed the girl to the hospital": the counted took someone else there.
            if Self.hospitals.contains(lower[j]), let counted = object.first(where: { isPeople(lower[$0]) }),
                object.contains(where: { $0 > counted && isPersonNoun($0) })
            { return nil }
            // "one was transported to a nearby hospital, where she died": taken there dead or dying.
            if e == "WOUND", Self.hospitals.contains(lower[j]), let death = diedThere(after: j, people: value) {
                diedAt = death
                return "KILL"
            }
            // "one suffering fatal injuries", "fatal gunshot wounds".
            if e == "WOUND", Self.fatalHarms.contains(lower[j]), (max(0, j - 2)..<j).contains(where: { lower[$0] == "fatal" }) { return "KILL" }
            // "two males with gunshot wounds", "four juveniles with gunshot injuries": hit, the dead
            // among them, as "shot" counts.
            if e == "WOUND", ["wounds", "wound", "injuries", "injury"].contains(lower[j]), j > 0, lower[j - 1] == "gunshot" { return "SHOOT" }
            // "three people were struck", "sent 4 people to the hospital": said of people only,
            // not "40 camps were hit" or "two hospitals".
            if Self.peopleOnlyEvents.contains(lower[j]), !bareSubject, !object.contains(where: { isPeople(lower[$0]) }) { return nil }
            if lower[j] == "shot" {
                var n = j + 1
                // "shot and killed", "shot dead"; but "shot, two fatally" and "shot and one
                // killed" name a second count.
                while n < tokens.count, n - j <= 3, sentenceOf[n] == sentence, lower[n] != ",", !cues[n].contains(.number), !Self.isNegation(lower[n]) {
                    if eventWord(n) == "KILL" { return "KILL" }
                    n += 1
                }
            }
            return e
        }
        // "two separate shootings", "three incidents of gunfire": a count of incidents, not of the
        // people shot; but "two people hurt in shootings" counts people.
        // Nor are "two felony charges" after which "his son accidentally shot" someone.
        if let noun = object.first(where: { Self.incidentNouns.contains(lower[$0]) || Self.chargeNouns.contains(lower[$0]) || isPeople(lower[$0]) }),
            Self.incidentNouns.contains(lower[noun]) || Self.chargeNouns.contains(lower[noun])
        { return (object, "COUNT", nil) }
        // "the two shot the male victim", "two gunmen walked up and shot him": the counted did
        // the harm to someone else, so they are counted as people, not as its victims.
        func doers(_ verb: Int) -> Bool { didTheHarm(verb: verb, counted: numberStart..<end) }
        for j in object {
            if let e = eventAt(j) {
                if doers(j) || isDenied(j, after: end) || isForecast(j, of: e) { return (object, "COUNT", nil) }
                event = e
                break
            }
        }
        // "two other gunshot victims": people shot, whatever verb follows.
        if event == nil, let noun = word(after: "gunshot", in: object), isPeople(noun) { event = "SHOOT" }
        // "two counts of first-degree murder": one count per victim, whatever the charging verb.
        if event == nil, let first = object.first, lower[first] == "counts" || lower[first] == "count" {
            let charge = object.dropFirst()
            if charge.contains(where: { Self.killingCharges.contains(lower[$0]) }) {
                event = charge.contains(where: { lower[$0] == "attempted" || lower[$0] == "attempt" }) ? "WOUND" : "KILL"
            }
        }
        // "the fatal shooting of one man", "claimed the life of one female", "the slayings of his
        // two children".
        let of = numberStart >= 2 && Self.owners.contains(lower[numberStart - 1]) ? numberStart - 2 : numberStart - 1
        if event == nil, of >= 1, sentenceOf[of - 1] == sentence, lower[of] == "of" {
            let noun = lower[of - 1]
            if ["murder", "murders"].contains(noun), isAttempt(before: of - 1) {
                // "attempted murder of two deputies".
                event = "WOUND"
            } else if Self.killingNouns.contains(noun) || ["life", "lives"].contains(noun)
                || (noun == "shooting" && of >= 2 && ["fatal", "deadly"].contains(lower[of - 2]))
            {
                event = "KILL"
            } else if noun == "shooting" || noun == "shootings", object.contains(where: { isPeople(lower[$0]) }) {
                // "the shooting of five people".
                event = "SHOOT"
            }
        }
        // "killed one person and wounded eight others": the verb the number is the object of.
        // "fatally shot his 2 children", "fatally shooting the five travelers": past a possessive or "the".
        let verb = numberStart >= 2 && (Self.owners.contains(lower[numberStart - 1]) || lower[numberStart - 1] == "the") ? numberStart - 2 : numberStart - 1
        if event == nil, verb >= 0, sentenceOf[verb] == sentence, let e = eventWord(verb), Self.transitiveEventVerbs.contains(lower[verb]) {
            // "fatally wounded four friends": a killing.
            event = lower[verb] == "shot" ? (shotIsFatal(verb) ? "KILL" : eventAt(verb)) : e == "WOUND" && isFatally(before: verb) ? "KILL" : e
        }
        // "accused of shooting five people", "hitting five", "to kill 4 people": verb forms that
        // name the event only with their object, so only where the object is people or unsaid.
        if event == nil, verb >= 0, sentenceOf[verb] == sentence, let e = Self.verbOnlyEvents[lower[verb]],
            object.isEmpty || object.contains(where: { isPeople(lower[$0]) }), !isIntended(verb)
        {
            // "accused of fatally shooting three people".
            event = e == "SHOOT" && isFatally(before: verb) ? "KILL" : e
        }
        var verbPastAside: Int?
        if event == nil {
            var j = k
            var limit = k + 6
            // A verb whose harm comes a few words on ("suffered minor injuries") may stand further out.
            let harmReach = k + 10
            var crossed = false
            while j < tokens.count, sentenceOf[j] == sentence, j < max(limit, harmReach), !Self.accusations.contains(lower[j]) {
                // "suffered minor injuries", "were treated at a hospital": the harm a few words on.
                if Self.harmVerbs.contains(lower[j]) { limit = max(limit, j + 8) }
                // "all four people involved in a shooting early Saturday have now died": the plural
                // "have" agrees with the counted ("the message has been sent" does not), so its verb
                // is theirs past where and when; not a guess ("she must have been hit").
                if lower[j] == "have", j > 0, !Self.modals.contains(lower[j - 1]), lower[j - 1] != "must" { limit = max(limit, j + 3) }
                if j >= limit {
                    if lower[j] == "," || lower[j] == ";" { break }
                    j += 1
                    continue
                }
                // "Four men coming from a repast to honor a slain friend were shot": an event word
                // before a person noun describes that person, not the people counted.
                if let e = eventAt(j), !(j + 1 < tokens.count && sentenceOf[j + 1] == sentence && isPersonNoun(j + 1)) {
                    // "Two people were not hurt", "five Iraqis did not die": counted, unharmed.
                    if doers(j) || isDenied(j, after: end) || isForecast(j, of: e) { return (object, "COUNT", nil) }
                    // "3 suspects in shooting death of girl": the case they are held in, not their harm.
                    if Self.harmEvents.contains(e), object.contains(where: { Self.accusedNouns.contains(lower[$0]) }),
                        (k..<j).contains(where: { ["in", "for"].contains(lower[$0]) })
                    {
                        return (object, "COUNT", nil)
                    }
                    event = e
                    if crossed { verbPastAside = j }
                    break
                }
                // "five others, including two children, were injured", "One person, later
                // identified as Laprida Shears, 25, was pronounced dead": the verb after the aside.
                if lower[j] == "," || Self.dashes.contains(lower[j]), let close = asideEnd(after: j) {
                    limit += close - j + 1
                    j = close + 1
                    crossed = true
                    continue
                }
                if lower[j] == "," || lower[j] == ";" { break }
                // "shot his two children as he fled": the verb of a clause with its own subject is
                // not theirs; "before killing himself", "after suffering wounds" have none.
                if Self.clauseOpeners.contains(lower[j]), j + 1 < tokens.count, sentenceOf[j + 1] == sentence, !lower[j + 1].hasSuffix("ing"),
                    eventWord(j + 1) == nil
                { break }
                // "2 men in connection with shooting that injured 13": the verb of a relative clause
                // on another noun, or of a clause "that" opens, is not said of the counted; but a
                // plural verb is theirs ("two bystanders in the area that were struck").
                if ["that", "which"].contains(lower[j]), j > k, !isPeople(lower[j - 1]), !isPersonNoun(j - 1),
                    j + 1 == tokens.count || !["were", "are", "have"].contains(lower[j + 1])
                { break }
                // "shooting five travelers and wounding six others": the gunman's next act, with
                // its own object.
                if lower[j] == "and", j + 1 < tokens.count, sentenceOf[j + 1] == sentence, lower[j + 1].hasSuffix("ing"), eventWord(j + 1) != nil { break }
                // "two teens - one dead": a number after a dash starts a second count, with its own verb.
                if j > 0, Self.dashes.contains(lower[j - 1]), cues[j].contains(.number) || numeral(lower[j]) != nil { break }
                j += 1
            }
        }
        if event == nil {
            var j = numberStart - 1
            // Not past another number: "injuring five people at one party" says nothing of the one.
            // Nor past the start of its clause: "eight were injured when two men opened fire".
            // Nor past a preposition: "wounded in four separate scenes", "dead at 25"; but "raised the
            // death toll to 49" is a count of the dead.
            // Nor past "to" after anything but a toll or a harm: "Storm kills power to thousands"
            // counts no dead; "injuries to five other people" counts the hurt.
            while j >= 0, sentenceOf[j] == sentence, numberStart - j <= 4, !cues[j].contains(.number), !Self.clauseOpeners.contains(lower[j]),
                !Self.countPrepositions.contains(lower[j]), lower[j] != "to" || j > 0 && (Self.tollNouns.contains(lower[j - 1]) || eventWord(j - 1) != nil)
            {
                // "A man was killed by two gunmen", "struck by four hurricanes": the counted did it;
                // but "injuries suffered by the four students" were theirs.
                if lower[j] == "by", j > 0, eventWord(j - 1) != nil, (j + 1..<numberStart).allSatisfy({ ["the", "one", "of", "all"].contains(lower[$0]) }) { break }
                // "fatally shot her husband and three sons"; but "hoped to kill hundreds" harmed no one,
                // and "sales will hit 200,000" no one at all.
                if let e = eventWord(j), !["sent", "held", "rally", "protest"].contains(lower[j]),
                    !["hit", "struck"].contains(lower[j]) || object.contains(where: { isPeople(lower[$0]) || isPersonNoun($0) })
                {
                    if isIntended(j) { break }
                    event = lower[j] == "shot" && shotIsFatal(j) || e == "SHOOT" && isFatally(before: j) ? "KILL" : e
                    break
                }
                j -= 1
            }
        }
        // "Hunters killed 90,280 deer", "killed in two Northern California counties", "bullets hit
        // at least one parked car": things, not people, whatever the harm word near them.
        if let e = event, Self.harmEvents.contains(e), countsThings(object) { return (object, "COUNT", nil) }
        // "2,000 troops" are deployed unless another event is told of them: "killing 12 soldiers",
        // "three soldiers were killed".
        if event == nil, let noun = object.first(where: { Self.peopleOfAnEvent[lower[$0]] != nil }) { event = Self.peopleOfAnEvent[lower[noun]] }
        // "located four shooting victims": people shot, where nothing else is told of them.
        // Not "five shooting suspects".
        if event == nil, let noun = word(after: "shooting", in: object), ["victims", "victim"].contains(noun) { event = "SHOOT" }
        if object.isEmpty && event == nil { return nil }
        // A bare number with only a generic noun after it still counts: "over 40 camps".
        guard event != nil || object.contains(where: { isNoun(lower[$0]) }) else { return nil }
        // Trim the object to its noun phrase, keeping "among/of/from …" after it.
        return (object, event ?? "COUNT", event == "KILL" ? diedAt ?? verbPastAside : verbPastAside)
    }

    /// Where "where he died", "where they were pronounced dead" tells the death, if it follows
    /// the place at `k` in its sentence and its pronoun agrees with the `people` taken there:
    /// they died. "Two deputies rushed the girl to the hospital, where she died" is the girl's.
    private func diedThere(after k: Int, people: Double) -> Int? {
        let sentence = sentenceOf[k]
        guard let whereAt = (k + 1..<min(k + 8, tokens.count)).first(where: { sentenceOf[$0] == sentence && lower[$0] == "where" }), whereAt + 1 < tokens.count,
            people == 1 ? ["he", "she"].contains(lower[whereAt + 1]) : lower[whereAt + 1] == "they"
        else { return nil }
        return (whereAt + 2..<min(whereAt + 6, tokens.count)).first { sentenceOf[$0] == sentence && ["died", "dies", "dead"].contains(lower[$0]) }
    }

    /// The word after the first `modifier` in `object`: "victims" in "two other gunshot victims".
    private func word(after modifier: String, in object: Range<Int>) -> String? {
        guard let k = object.first(where: { lower[$0] == modifier }), k + 1 < object.upperBound else { return nil }
        return lower[k + 1]
    }

    /// Whether the event word at `j` is denied by a "not" or "never" shortly before it, after
    /// the counted phrase that ends at `end`: "were not hurt", "weren't injured", "did not die".
    /// "Not seriously hurt" is hurt.
    private func isDenied(_ j: Int, after end: Int) -> Bool {
        (max(end, j - 3)..<j).contains { Self.isNegation(lower[$0]) && !Self.degreeAdverbs.contains(lower[$0 + 1]) }
    }

    private static let degreeAdverbs: Set<String> = mannerAdverbs.union(["severely", "badly", "life-threateningly"])

    /// Whether the harm at `j` is only foretold: "45 million children will die", "could be
    /// killed". A deployment foretold is still one ("2,000 troops will be deployed").
    private func isForecast(_ j: Int, of event: String) -> Bool {
        guard Self.harmEvents.contains(event), j > 0 else { return false }
        let before = lower[j - 1] == "be" && j > 1 ? j - 2 : j - 1
        return Self.modals.contains(lower[before])
    }

    private static func isNegation(_ word: String) -> Bool {
        ["not", "never", "n't", "n’t"].contains(word) || word.hasSuffix("n't") || word.hasSuffix("n’t")
    }

    /// "… and a woman", "… and two children" right after a count of people: how many more and
    /// the last token of the list.
    private func peopleListed(after end: Int) -> (people: Double, last: Int)? {
        let sentence = sentenceOf[end]
        var people = 0.0
        var last = end
        // "Three others, an 18-year-old woman and two men": after a generic noun, a comma opens
        // an apposition naming the same people.
        // So does a comma after one victim: "a second victim, an 18-year-old man".
        let generic = ["others", "people", "persons", "victims", "individuals", "victim"].contains(lower[end])
        // "Two children, ages 3 and 5, and their mother": the list goes on past the ages.
        if let close = agesAside(after: end) { last = close - 1 }
        while last + 2 < tokens.count, last - end < Self.longestList, sentenceOf[last + 2] == sentence,
            lower[last + 1] == "and" || (lower[last + 1] == "," && !generic)
        {
            var j = last + 2
            var count = 1.0
            // "his 2 children, then himself": the shooter is counted too.
            if lower[j] == "then", j + 1 < tokens.count, sentenceOf[j + 1] == sentence { j += 1 }
            if ["himself", "herself"].contains(lower[j]) {
                people += 1
                last = j
                continue
            }
            var bare = false
            if Self.owners.contains(lower[j]), j + 1 < tokens.count, sentenceOf[j + 1] == sentence,
                let n = number(at: j + 1), n.bound == .exact
            {
                // "a woman and her three children".
                count = n.value
                j = n.end
            } else if ["a", "an", "one", "his", "her", "their"].contains(lower[j]) {
                j += 1
            } else if lower[j] == "the", lower[last + 1] == "," {
                // "Four teens, the 12-year-old the youngest, were shot": one of the four.
                break
            } else if let n = number(at: j), n.bound == .exact {
                count = n.value
                j = n.end
            } else {
                // "a father and daughter", "a woman and 3-year-old child": one, if singular.
                bare = true
            }
            // At most two words before the noun: "an 11-year-old child", "a teenage boy". An
            // unborn child is told apart from the victims in tallies.
            guard lower[j] != "unborn",
                let noun = (j..<min(j + 3, tokens.count)).first(where: { isPersonNoun($0) || (!bare && isPeople(lower[$0]) && !isAdultBeforeItsNoun($0)) }),
                (j..<noun).allSatisfy({ sentenceOf[$0] == sentence && lower[$0].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0.isDigit }) && eventWord($0) == nil })
            else { break }
            // "a woman and her parents": two without a figure.
            people += count == 1 ? Double(headcount(noun)) : count
            last = noun
        }
        return people > 0 ? (people, last) : nil
    }

    /// The comma that closes ", ages 3 and 5," or ", 3 and 5," after the people at `k`, where
    /// "and" follows it.
    private func agesAside(after k: Int) -> Int? {
        guard k + 1 < tokens.count, lower[k + 1] == "," else { return nil }
        var j = k + 2
        if j < tokens.count, ["ages", "aged"].contains(lower[j]) { j += 1 }
        guard j < tokens.count, numeral(lower[j]) != nil else { return nil }
        while j + 1 < tokens.count, j - k <= 8, sentenceOf[j + 1] == sentenceOf[k] {
            j += 1
            if lower[j] == ",", j + 1 < tokens.count, lower[j + 1] == "and" { return j }
            guard numeral(lower[j]) != nil || [",", "and"].contains(lower[j]) else { return nil }
        }
        return nil
    }

    /// Nouns of a killing whose victims follow "of": "the death of", "the slayings of".
    private static let killingNouns: Set<String> = [
        "death", "deaths", "killing", "killings", "murder", "murders", "slaying", "slayings", "homicide", "homicides",
    ]

    /// Where the verb at `k` ends: past its particle in "gunned down".
    private func verbEnd(_ k: Int) -> Int { lower[k] == "gunned" ? k + 1 : k }

    /// Whether "including an unborn …" follows the counted phrase ending at `end`.
    private func includesTheUnborn(after end: Int) -> Bool {
        var j = end + 1
        if j < tokens.count, lower[j] == "," || Self.dashes.contains(lower[j]) { j += 1 }
        guard j + 2 < tokens.count, sentenceOf[j + 2] == sentenceOf[end], lower[j] == "including" else { return false }
        return (j + 1...j + 2).contains { lower[$0] == "unborn" }
    }

    /// The event verb a few words before `start` whose object starts there ("shot a security
    /// guard"), not past a conjunction or a comma.
    private func verb(before start: Int) -> Int? {
        var j = start - 1
        while j >= 0, start - j <= 3, sentenceOf[j] == sentenceOf[start], lower[j] != "and", lower[j] != "or",
            !Self.clauseOpeners.contains(lower[j]), lower[j].unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" })
        {
            if Self.transitiveEventVerbs.contains(lower[j]) || Self.verbOnlyEvents[lower[j]] != nil { return j }
            j -= 1
        }
        return nil
    }

    /// "Teen, 3 adults shot", "a 15-year-old girl, two women …", "a grandfather, his daughter and
    /// six grandchildren": the people named one by one just before a count of people, and where
    /// the first one's phrase starts.
    private func peopleListed(before start: Int) -> (people: Double, first: Int)? {
        let sentence = sentenceOf[start]
        var people = 0.0
        var first = start
        // "a father and his two children": the possessive belongs to the count.
        if first >= 1, sentenceOf[first - 1] == sentence, Self.owners.contains(lower[first - 1]) { first -= 1 }
        // "killed her and three other people": the object pronoun right after the verb is one.
        func isObjectPronoun(_ j: Int) -> Bool {
            ["him", "her"].contains(lower[j]) && j >= 1 && sentenceOf[j - 1] == sentence && Self.transitiveEventVerbs.contains(lower[j - 1])
        }
        while first >= 2, start - first < Self.longestList, sentenceOf[first - 2] == sentence,
            lower[first - 1] == "," || lower[first - 1] == "and",
            isListedPerson(first - 2) || ["himself", "herself"].contains(lower[first - 2]) || isObjectPronoun(first - 2)
        {
            var lead = first - 2
            if lead >= 1, sentenceOf[lead - 1] == sentence, Self.isAge(lower[lead - 1]) { lead -= 1 }
            if lead >= 1, sentenceOf[lead - 1] == sentence, ["a", "an", "one", "the", "his", "her", "their"].contains(lower[lead - 1]) { lead -= 1 }
            people += Double(headcount(first - 2))
            first = lead
        }
        // "he and three others were shot", "Webb and four others": one person, then the count. A
        // capitalised run is a name only before "other(s)": "Jackson Memorial Hospital and three victims" is not.
        // Without people listed before it, the possessive stays outside the count's phrase.
        if people == 0 { first = start }
        if people == 0, first >= 2, sentenceOf[first - 2] == sentence, lower[first - 1] == "and" {
            if ["he", "she"].contains(lower[first - 2]) { return (1, first - 2) }
            let others = (start..<min(start + 4, tokens.count)).contains { sentenceOf[$0] == sentence && (lower[$0] == "others" || lower[$0] == "other") }
            // "Father Killed and 4 Others Hurt": a capitalised headline verb ends no name.
            if others, eventWord(first - 2) == nil, let name = name(endingAt: first - 2),
                name.lowerBound == 0 || sentenceOf[name.lowerBound - 1] != sentence || !isNameWord(name.lowerBound - 1),
                !Self.institutionEnds.contains(lower[first - 2])
            {
                return (1, name.lowerBound)
            }
        }
        return people > 0 ? (people, first) : nil
    }

    /// The comma closing an aside that starts at the comma `open`: the next comma after
    /// "including", or else the first comma a verb follows ("…, 25, of Tyler, was").
    private func asideEnd(after open: Int) -> Int? {
        let sentence = sentenceOf[open]
        guard open + 1 < tokens.count, sentenceOf[open + 1] == sentence else { return nil }
        let including = lower[open + 1] == "including"
        for c in open + 2..<min(open + 16, tokens.count) {
            guard sentenceOf[c] == sentence else { return nil }
            // "Two people -- including a boy -- were wounded": a dash closes its own aside.
            if Self.dashes.contains(lower[open]) {
                if lower[c] == lower[open] { return c }
                continue
            }
            guard lower[c] == "," else { continue }
            if including { return c - open <= 13 ? c : nil }
            if c + 1 < tokens.count, sentenceOf[c + 1] == sentence, Self.asideClosers.contains(lower[c + 1]) { return c }
        }
        return nil
    }

    /// Dashes that open and close an aside; a hyphen is a token of its own only between spaces.
    private static let dashes: Set<String> = ["--", "—", "–", "-"]
    private static let asideClosers: Set<String> = [
        "was", "were", "is", "are", "has", "have", "had", "died", "later", "injured", "wounded", "killed", "shot", "suffered", "sustained",
        "also", "received", "remains", "remained",
    ]
    /// Verbs whose harm is named a few words on.
    private static let harmVerbs: Set<String> = ["suffered", "sustained", "received", "treated", "suffering", "sustaining"]

    /// The event the word at `k` names. "Lives" is a death only as a noun ("two lives",
    /// "claimed their lives"), not as a verb ("a friend who lives next door") nor after "for".
    private func eventWord(_ k: Int) -> String? {
        guard let event = Self.eventOf[lower[k]], !isStruckByAVehicle(k) else { return nil }
        // "gunned down", not "gunned the engine".
        if lower[k] == "gunned", !(k + 1 < tokens.count && lower[k + 1] == "down") { return nil }
        // "an attempted murder-suicide involving two students": someone lived.
        if lower[k] == "murder-suicide", isAttempt(before: k) { return nil }
        // "were held", "held without trial", "held by the US", "troops sent to the region"; but
        // "the two banks held talks", "20,000 scientists sent letters".
        if let after = Self.passiveOnlyEvents[lower[k]] {
            let passive = k > 0 && (Self.beVerbs.contains(lower[k - 1]) || k > 1 && lower[k - 1].hasSuffix("ly") && Self.beVerbs.contains(lower[k - 2]))
            guard passive || k + 1 < tokens.count && after.contains(lower[k + 1]) else { return nil }
        }
        // "about 100,000 public bodies", "the appointed bodies": institutions, not the dead.
        if lower[k] == "bodies", k > 0, Self.institutionalBodies.contains(lower[k - 1]) { return nil }
        if lower[k] == "lives" {
            guard k > 0, sentenceOf[k - 1] == sentenceOf[k] else { return nil }
            let before = lower[k - 1]
            guard cues[k - 1].contains(.number) || numeral(before) != nil || Self.livesDeterminers.contains(before) else { return nil }
            // "fighting for their lives" is the wounded's; "running for their lives" no harm.
            if k >= 3, lower[k - 2] == "for", sentenceOf[k - 3] == sentenceOf[k] { return lower[k - 3] == "fighting" ? "WOUND" : nil }
        }
        return event
    }

    /// Whether an event word follows `last` in its sentence, past the words between a victim and
    /// its verb ("was found shot dead").
    private func isFollowedByAnEvent(_ last: Int) -> Bool {
        var k = last + 1
        while k < tokens.count, k - last <= 4, sentenceOf[k] == sentenceOf[last] {
            if eventWord(k) != nil { return true }
            // Not across "and": "shooting a family of five and killing two".
            guard lower[k] != "and", Self.victimVerbFillers.contains(lower[k]) else { return false }
            k += 1
        }
        return false
    }

    /// "she was hit by a car", "struck by a pickup truck": a road accident, not a shooting.
    private func isStruckByAVehicle(_ k: Int) -> Bool {
        guard ["hit", "struck"].contains(lower[k]), k + 1 < tokens.count, lower[k + 1] == "by" else { return false }
        var j = k + 2
        while j < tokens.count, j <= k + 5, sentenceOf[j] == sentenceOf[k] {
            if Self.vehicles.contains(lower[j]) { return true }
            j += 1
        }
        return false
    }

    /// Whether the ones `hit` or `struck` at `verb` are people hit by gunfire: told by a person
    /// noun or a pronoun, or a name with gunfire told just before or a wound after the verb
    /// ("the bullet hit Casas", "Smith was hit in the leg").
    private func isHitByGunfire(_ verb: Int, victims: ClosedRange<Int>, passive: Bool) -> Bool {
        let pronouns: Set<String> = passive ? ["he", "she", "they"] : ["him", "her", "them", "himself", "herself"]
        if victims.contains(where: { isListedPerson($0) || Self.isAge(lower[$0]) || pronouns.contains(lower[$0]) }) { return true }
        // "the bullet hit Casas", "fired and struck Newman", "fatally struck Taliek Bristel"; "two men
        // came up shooting at them. Callen was struck": gunfire told just before, in its sentence or the last.
        let sentence = sentenceOf[verb]
        var j = verb - 1
        while j >= 0, verb - j <= 25 {
            if Self.gunfireWords.contains(lower[j]) || Self.firingWords.contains(lower[j]) || ["shooting", "shootout"].contains(lower[j])
                || sentenceOf[j] == sentence && Self.mannerAdverbs.contains(lower[j])
            { return true }
            j -= 1
        }
        // "Smith was hit in the leg", "struck by a stray bullet", "hit twice", "struck Victoria, killing her".
        j = verb + 1
        while j < tokens.count, j <= verb + 6, sentenceOf[j] == sentence {
            if Self.bodyParts.contains(lower[j]) || Self.gunfireWords.contains(lower[j]) || ["times", "twice", "died", "dies", "killing"].contains(lower[j]) { return true }
            j += 1
        }
        return false
    }

    private static let bodyParts: Set<String> = [
        "head", "face", "neck", "chest", "back", "shoulder", "shoulders", "arm", "arms", "hand", "hands", "wrist", "elbow",
        "stomach", "abdomen", "side", "hip", "groin", "buttocks", "leg", "legs", "thigh", "knee", "ankle", "foot",
        "feet", "eye", "eyes", "jaw", "body", "calf", "heart", "temple", "lung", "spine", "pelvis", "cheek", "forehead", "torso",
    ]
    private static let gunfireWords: Set<String> = [
        "gunfire", "bullet", "bullets", "round", "rounds", "gunshot", "gunshots", "shot", "shots", "shotgun", "pellets", "buckshot",
        "shrapnel", "fire",
    ]
    /// Words of a gun going off before what it hit: "the gun went off and hit Kuschel".
    private static let firingWords: Set<String> = ["gun", "fired", "firing", "off", "shooter", "gunman", "discharged"]

    private static let beVerbs: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]
    /// Verbs that tell their event of the people before them only in the passive or before
    /// these words.
    private static let passiveOnlyEvents: [String: Set<String>] = [
        "held": ["in", "without", "on", "hostage", "captive", "at", "by", "overnight", "for", "to"],
        "sent": ["to", "into", "in", "back", "home", "abroad", "overseas", "by"],
    ]

    private static let institutionalBodies: Set<String> = [
        "public", "appointed", "governing", "regulatory", "professional", "official", "government", "statutory", "advisory",
        "industry", "sporting", "sports", "international", "elected", "representative", "funding", "umbrella", "trade",
        "standards", "independent", "expert", "oversight", "arm's-length", "quasi-governmental", "celestial", "heavenly",
    ]

    private static let vehicles: Set<String> = [
        "car", "vehicle", "truck", "pickup", "suv", "van", "bus", "train", "motorcycle", "driver", "motorist", "taxi", "cab",
        "tractor-trailer", "semi",
    ]

    private static let livesDeterminers: Set<String> = [
        "their", "the", "his", "her", "our", "whose", "innocent", "many", "more", "young", "claimed", "took", "lost", "taking",
        "claiming", "costing", "cost",
    ]

    /// Charges that name one count per person killed.
    private static let killingCharges: Set<String> = ["murder", "murders", "homicide", "manslaughter"]

    /// "a double homicide", "the triple murder": that many killed. It runs for every word that
    /// is not a number, so a switch rather than a hashed lookup.
    private func multipleKilling(at k: Int) -> (claim: CountClaim, next: Int)? {
        // "a triple-homicide": the multiplier and the noun in one token.
        let joined = lower[k].split(separator: "-", maxSplits: 1)
        var value: Double
        switch joined.first {
        case "double": value = 2
        case "triple": value = 3
        case "quadruple": value = 4
        default: return nil
        }
        let nounAt = joined.count == 2 ? k : k + 1
        guard nounAt < tokens.count, sentenceOf[nounAt] == sentenceOf[k] else { return nil }
        let noun = joined.count == 2 ? joined[1] : Substring(lower[nounAt])
        let event: String
        switch noun {
        case "homicide", "homicides", "murder", "murders", "slaying", "slayings", "killing", "killings": event = "KILL"
        // "a double murder-suicide": the killer is one more dead.
        case "murder-suicide", "homicide-suicide":
            event = "KILL"
            value += 1
        // "a triple shooting": three people shot, the dead among them.
        case "shooting": event = "SHOOT"
        default: return nil
        }
        var last = nounAt
        // "triple murder, suicide", "triple-homicide/suicide": the killer too, unless the
        // suicide was only attempted.
        if event == "KILL", let suicide = suicideAfter(nounAt) {
            value += 1
            last = suicide
        }
        let span = Span(tokens[k].span.start, tokens[last].span.end)
        // The noun alone, past "triple-" where the two are joined.
        let nounStart = tokens[nounAt].span.start + (nounAt == k ? joined[0].unicodeScalars.count + 1 : 0)
        let object = text[Span(nounStart, tokens[nounAt].span.end)]
        return (CountClaim(value: value, bound: .exact, object: object, event: event, span: span, claimedBy: claimant(of: span)), last + 1)
    }

    /// The index of "suicide" told as a killing's own: ", suicide", "and suicide", "/suicide"
    /// right after `k`, not followed by "attempt".
    private func suicideAfter(_ k: Int) -> Int? {
        let at = k + 2
        guard at < tokens.count, sentenceOf[at] == sentenceOf[k], lower[at] == "suicide", [",", "and", "/", "-"].contains(lower[k + 1])
        else { return nil }
        if at + 1 < tokens.count, ["attempt", "attempts", "attempted"].contains(lower[at + 1]) { return nil }
        return at
    }

    /// "Third person dies after shooting", "a second victim has died": the dead so far.
    private func ordinalDeath(at k: Int) -> (claim: CountClaim, next: Int)? {
        // A switch, as in `multipleKilling(at:)`: this runs for every word that is not a number.
        let value: Double
        switch lower[k] {
        case "second": value = 2
        case "third": value = 3
        case "fourth": value = 4
        case "fifth": value = 5
        default: return nil
        }
        guard k + 2 < tokens.count else { return nil }
        let sentence = sentenceOf[k]
        guard sentenceOf[k + 1] == sentence, isPersonNoun(k + 1) else { return nil }
        var verb = k + 2
        if verb + 1 < tokens.count, lower[verb] == "has" || lower[verb] == "is" { verb += 1 }
        guard verb < tokens.count, sentenceOf[verb] == sentence, ["dies", "died", "dead"].contains(lower[verb]) else { return nil }
        let span = Span(tokens[k].span.start, tokens[verb].span.end)
        return (CountClaim(value: value, bound: .exact, object: text[tokens[k + 1].span], event: "KILL", span: span, claimedBy: claimant(of: span)), verb + 1)
    }

    /// "people", "victims", "others", "teens": words that count persons.
    private func isPeople(_ word: String) -> Bool {
        if Self.personNouns.contains(word) || Self.peopleWords.contains(word) { return true }
        // "clubgoers", "partygoers"; "deputies", "babies".
        if word.hasSuffix("goers") { return true }
        if word.hasSuffix("ies"), Self.personNouns.contains(String(word.dropLast(3)) + "y") { return true }
        return word.hasSuffix("s") && Self.personNouns.contains(String(word.dropLast()))
    }

    private static let peopleOnlyEvents: Set<String> = Set(["hit", "struck"]).union(hospitals)

    private static let hospitals: Set<String> = ["hospital", "hospitals"]

    private static let peopleWords: Set<String> = [
        "people", "persons", "others", "men", "women", "children", "victims", "teens", "teenagers", "adults", "students",
        "officers", "bystanders", "individuals", "grandchildren", "stepchildren", "kids", "youths", "residents",
        "agents", "civilians", "members", "companions", "tenants", "hostages", "innocents", "worshippers", "worshipers",
        "spectators", "guests", "attendees", "shoppers", "travelers", "travellers", "passengers", "customers", "patrons", "soldiers",
        "policemen", "policewomen",
    ]

    private func isNoun(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isLetter else { return false }
        return !Self.objectEnds.contains(word) && !["of", "the", "a", "an", "them"].contains(word)
    }

    private static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "teen", "teenager", "person", "victim", "driver", "officer", "child", "student",
        "resident", "father", "mother", "son", "daughter", "toddler", "infant", "baby", "motorist", "passenger",
        "pedestrian", "suspect", "gunman", "deputy", "trooper", "bystander", "customer", "employee", "clerk", "worker",
        "youth", "juvenile", "male", "female", "husband", "wife", "girlfriend", "boyfriend", "cousin", "brother", "sister",
        "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "friend", "neighbor",
        "neighbour", "roommate", "fiance", "fiancé", "fiancee", "fiancée", "stepfather", "stepson", "stepdaughter", "kid",
        "classmate", "relative", "coworker", "co-worker", "colleague", "parent", "sibling", "grandchild", "teammate",
        "stepmother", "stepbrother", "step-brother", "stepsister", "step-sister", "adult",
        "firefighter", "guard", "patron", "homeowner", "shooter", "dad", "mom",
        "tot", "newborn", "soldier", "teacher", "bartender", "cashier", "grandma", "grandpa", "ex-wife",
        "ex-girlfriend", "ex-boyfriend", "ex-husband", "stepdad", "stepmom", "spouse", "owner", "nurse", "pastor", "doctor",
        "civilian", "policeman", "policewoman", "militant", "fighter", "protester", "protestor", "journalist",
    ]

    /// An age used as a noun or before one: "6-year-old", "11-month-old", "3-week-old".
    private static func isAge(_ word: String) -> Bool {
        word.hasSuffix("-year-old") || word.hasSuffix("-month-old") || word.hasSuffix("-week-old") || word.hasSuffix("-day-old")
    }

    /// A word naming one person at token `k`: "man", "teen", or an age standing alone ("a
    /// 6-year-old died"), but not an age or "adult" before its noun ("a 6-year-old girl").
    private func isPersonNoun(_ k: Int) -> Bool {
        if Self.personNouns.contains(lower[k]) { return !isAdultBeforeItsNoun(k) }
        guard Self.isAge(lower[k]) else { return false }
        guard k + 1 < tokens.count, sentenceOf[k + 1] == sentenceOf[k] else { return true }
        let next = lower[k + 1]
        return !Self.personNouns.contains(next) && !Self.isAge(next) && !isNameWord(k + 1)
            && !["old", "black", "white", "hispanic", "african", "local", "female", "male", "unidentified"].contains(next)
    }

    /// "an adult male", "two adult females": the noun after "adult" names the people.
    private func isAdultBeforeItsNoun(_ k: Int) -> Bool {
        lower[k] == "adult" && k + 1 < tokens.count && sentenceOf[k + 1] == sentenceOf[k] && isPeople(lower[k + 1])
    }

    /// Plural nouns that always name two people: "killed his parents" is two deaths.
    private static let pairNouns: Set<String> = ["parents", "grandparents", "twins"]

    /// How many people the noun at `k` names in a list of victims: two for "parents", else one.
    private func headcount(_ k: Int) -> Int { Self.pairNouns.contains(lower[k]) ? 2 : 1 }

    /// A person noun, or a pair noun, standing for victims in a list: "his wife and parents".
    private func isListedPerson(_ k: Int) -> Bool { isPersonNoun(k) || Self.pairNouns.contains(lower[k]) }

    /// "a man was shot and killed": one, where an indefinite person dies or is hurt.
    private func singleVictim(at k: Int) -> (claim: CountClaim, next: Int)? {
        // "Another teen, also 15, was shot": one more.
        guard ["a", "an", "one", "another"].contains(lower[k]) else { return nil }
        let sentence = sentenceOf[k]
        var j = k + 1
        // "a 23-year-old man", "a Chicago woman".
        while j < tokens.count, sentenceOf[j] == sentence, j - k <= 4, !isPersonNoun(j) {
            // Not across a verb or another count: "A triple shooting left one man dead".
            if lower[j] == "," || lower[j] == "." || cues[j].contains(.number) || eventWord(j) != nil || lower[j] == "shooting" { return nil }
            // "a third person dies": the dead so far, told by `ordinalDeath(at:)`.
            if ordinalDeath(at: j) != nil { return nil }
            j += 1
        }
        guard j < tokens.count, sentenceOf[j] == sentence, isPersonNoun(j) else { return nil }
        let noun = j
        // "Five adults and an unborn child were killed": the list before leaves the unborn out.
        if k > 0, lower[k - 1] == "and", (k + 1..<noun).contains(where: { lower[$0] == "unborn" }) { return nil }
        // "a father and daughter", "a man and two children": one victim per person noun.
        let listed = peopleListed(after: noun)
        let people = 1 + (listed?.people ?? 0)
        let last = listed?.last ?? noun
        var v = last + 1
        var reach = last + 7
        // Where the subject ends, for telling a passive from an active verb: past an apposition.
        var subjectEnd = last
        while v < tokens.count, sentenceOf[v] == sentence, v <= reach {
            // "A second victim, an 18-year-old friend of Rohan, was shot": past an apposition.
            if v == last + 1, lower[v] == ",", let close = asideEnd(after: v) {
                reach += close + 1 - v
                subjectEnd = close
                v = close + 1
                continue
            }
            // "A 63-year-old man who was one of four people shot": the count says more.
            if cues[v].contains(.number) || numeral(lower[v]) != nil { return nil }
            // "The mom and a 7-month-old were not hit".
            if Self.isNegation(lower[v]) { return nil }
            // "a man fatally shot his wife": the verb after the adverb tells who was harmed.
            if Self.mannerAdverbs.contains(lower[v]), v + 1 < tokens.count, sentenceOf[v + 1] == sentence, eventWord(v + 1) != nil {
                v += 1
                continue
            }
            // "a 13-year-old victim suffering from a single self-inflicted gunshot wound": one shot,
            // as "people with gunshot wounds" are counted.
            let gunshotWound = ["wound", "wounds", "injury", "injuries"].contains(lower[v]) && ["gunshot", "bullet"].contains(lower[v - 1])
            if var e = gunshotWound ? "SHOOT" : eventWord(v), e == "KILL" || e == "WOUND" || e == "SHOOT" {
                // "a deputy that he might hurt himself": a fear, not a harm.
                if Self.modals.contains(lower[v - 1]) { return nil }
                // "a fatal gunshot wound", "the death of a boy found with a gunshot wound".
                if gunshotWound, (max(0, v - 3)..<v).contains(where: { lower[$0] == "fatal" })
                    || k >= 2 && lower[k - 1] == "of" && Self.killingNouns.contains(lower[k - 2])
                { e = "KILL" }
                // "A 19-year-old man shot and killed his daughter": the one who shot, not a victim.
                if isActiveWithObject(verb: v, subjectEnd: subjectEnd) { return nil }
                // "Five people -- including a pregnant woman -- were killed": the plural verb is
                // said of those counted, the woman among them.
                if k > 0, lower[k - 1] == "including", (last + 1..<v).contains(where: { ["were", "are", "have"].contains(lower[$0]) }) { return nil }
                // "arrested for allegedly killing a family", "a friend found the bodies": the one
                // who did it or saw it; a gerund or a noun does not say what befell the person.
                if Self.transitiveEventVerbs.contains(lower[v]) && lower[v].hasSuffix("ing") || Self.eventNouns.contains(lower[v]) { return nil }
                if lower[v] == "shot", shotIsFatal(v) { e = "KILL" }
                // "A man was taken to the hospital, where he was pronounced dead", as a count is.
                var end = v
                if e == "WOUND", Self.hospitals.contains(lower[v]), let death = diedThere(after: v, people: Double(people)) {
                    e = "KILL"
                    end = death
                }
                // "A toddler was fatally wounded", "fatally struck by stray gunfire".
                if isFatally(before: v) { e = "KILL" }
                // "A man was airlifted … and later succumbed": one death.
                if e != "KILL", let death = deathJoinedLater(v) { e = "KILL"; end = death }
                // "a man who was shot … died": the clause reading is good enough for one victim.
                // "His father and a 15-year-old boy were also shot": people named before it too,
                // unless they are the object of a verb or a place ("shot his brother in Sevier
                // County and a boy was shot"). After a comma, "Another victim, a 37-year-old man"
                // is one person.
                let before = k > 0 && lower[k - 1] == "and" ? victimsListed(before: k...noun) : (range: k...noun, people: 1)
                let lead = before.range.lowerBound
                let listed = before.people > 1 && verb(before: lead) == nil
                    && (lead == 0 || sentenceOf[lead - 1] != sentence || !Self.placeLeads.contains(lower[lead - 1]))
                let first = listed ? lead : k
                // "to mourn the deaths of a pastor, his wife and their three children who were
                // shot": the noun before the people tells they died.
                if first >= 2, lower[first - 1] == "of", Self.killingNouns.contains(lower[first - 2]) { e = "KILL" }
                let span = Span(tokens[first].span.start, tokens[end].span.end)
                let object = text[Span(tokens[first == k ? noun : first].span.start, tokens[last].span.end)]
                let claim = CountClaim(value: people + (listed ? Double(before.people - 1) : 0), bound: .exact, object: object, event: e, span: span, claimedBy: claimant(of: span))
                return (claim, end + 1)
            }
            if [",", ";", "and", "but", "after", "when", "because"].contains(lower[v]) && lower[v] != "and" { break }
            v += 1
        }
        return nil
    }

    /// Whether the verb at `verb` is active with an object after it ("shot and killed his
    /// daughter", "shot a clerk"), so its subject did the harm. A passive ("was shot") or an
    /// intransitive ("died") keeps the subject a victim.
    private func isActiveWithObject(verb: Int, subjectEnd: Int) -> Bool {
        guard Self.transitiveEventVerbs.contains(lower[verb]) else { return false }
        // "got shot", "got fatally shot"; but "got away with $400 after killing a student" did it.
        if (subjectEnd + 1..<verb).contains(where: { Self.beVerbs.contains(lower[$0]) || verb - $0 <= 2 && ["got", "get", "gets"].contains(lower[$0]) }) {
            return false
        }
        guard let n = objectAfter(verb: verb) else { return false }
        // "A man shot six people": a count of people is an object; "shot three times" is not.
        if cues[n].contains(.number) || numeral(lower[n]) != nil {
            // "shot three more times", but "shot three more people".
            let next = n + 1 < tokens.count && lower[n + 1] == "more" ? n + 2 : n + 1
            return next < tokens.count && sentenceOf[next] == sentenceOf[n] && !Self.shotMeasures.contains(lower[next])
        }
        if Self.objectStarts.contains(lower[n]) || isNameWord(n) { return true }
        // A headline drops the article: "Man kills daughter", "Man shoots wife, self"; but in
        // "one wounded man" the verb is the count's adjective.
        let afterACount = verb > 0 && (cues[verb - 1].contains(.number) || numeral(lower[verb - 1]) != nil)
        return !afterACount && (isPersonNoun(n) || Self.pairNouns.contains(lower[n]))
    }

    /// Where the object of `verb` would start: past the verbs joined to it by "and" ("shot and
    /// killed his daughter"), within the sentence.
    private func objectAfter(verb: Int) -> Int? {
        var n = verb + 1
        while n < tokens.count, sentenceOf[n] == sentenceOf[verb], lower[n] == "and" || Self.transitiveEventVerbs.contains(lower[n]) || isShotDead(n) { n += 1 }
        return n < tokens.count && sentenceOf[n] == sentenceOf[verb] ? n : nil
    }

    /// Whether `k` is the "dead" of "shot dead", which an object may follow: "shot dead a
    /// pharmacy owner and a customer".
    private func isShotDead(_ k: Int) -> Bool {
        k > 0 && lower[k] == "dead" && ["shot", "shoots"].contains(lower[k - 1]) && sentenceOf[k - 1] == sentenceOf[k]
    }

    /// Whether the people counted in `counted` are the subject of `verb` acting on someone
    /// else: "two gunmen walked up and shot him", "the two shot the male victim". Not when the
    /// count is itself an object ("kills 2 teens then shoots his baby"), not "two men killed
    /// and another injured", and not a headline's capitals ("4 Wounded In Shooting").
    private func didTheHarm(verb: Int, counted: Range<Int>) -> Bool {
        guard tokens[verb].text.first?.isLowercase == true, isActiveWithObject(verb: verb, subjectEnd: counted.upperBound - 1) else { return false }
        // "two counts of homicide for killing Brandon Avery": one count per victim.
        if counted.upperBound < tokens.count, ["counts", "count"].contains(lower[counted.upperBound]) { return false }
        // An object of an earlier verb in its clause: "fatally shot his wife and two young sons before …".
        var j = counted.lowerBound - 1
        while j >= 0, counted.lowerBound - j <= 6, sentenceOf[j] == sentenceOf[verb], lower[j] != ",", !Self.clauseOpeners.contains(lower[j]) {
            if Self.transitiveEventVerbs.contains(lower[j]) || Self.verbOnlyEvents[lower[j]] != nil { return false }
            j -= 1
        }
        // The object is after the verbs joined by "and", not after a bare "and": "killed and another
        // two injured". And "… before killing himself" is the doer's own harm.
        guard let n = objectAfter(verb: verb) else { return false }
        return lower[n - 1] != "and" && !["himself", "herself", "themselves"].contains(lower[n])
    }

    /// What a number after "shot" may count that is not people: "shot three times".
    private static let shotMeasures: Set<String> = ["times", "rounds", "shots", "bullets", "feet", "yards"]

    private static let objectStarts: Set<String> = [
        "his", "her", "their", "a", "an", "the", "him", "himself", "herself", "another", "two", "three", "four", "five",
        "several", "multiple",
    ]

    /// Nouns that count what someone is charged with; "counts of murder" are read apart, one per victim.
    private static let chargeNouns: Set<String> = ["charges", "charge", "felonies", "misdemeanors", "offenses", "offences"]

    /// Nouns that count incidents rather than people.
    private static let incidentNouns: Set<String> = ["shootings", "incidents", "attacks"]

    /// How the victim after "shooting" or "hitting" starts, when the word is a verb.
    private static let shotObjectStarts: Set<String> = ["his", "her", "their", "a", "an", "him", "another"]

    /// Event words that are nouns: they name what happened, not to whom.
    private static let eventNouns: Set<String> = ["bodies", "fatalities", "homicides", "shootings", "casualties"]

    /// Words after a listed person that make them the accused: "himself, father charged".
    private static let accusedAfter = accusations.union(["charged", "arrested", "jailed"])

    /// People counted as the accused: "three suspects", "two defendants".
    private static let accusedNouns: Set<String> = ["suspects", "defendants", "gunmen", "shooters", "assailants", "attackers", "robbers"]

    /// Words after a count that make its people the accused, not the victims.
    private static let accusations: Set<String> = ["accused", "suspected", "convicted", "sentenced", "indicted", "acquitted"]

    /// Verb forms that are events only before their object: "shooting" alone is mostly the noun.
    private static let verbOnlyEvents: [String: String] = [
        "kill": "KILL", "murdering": "KILL", "shoot": "SHOOT", "shooting": "SHOOT", "hitting": "SHOOT", "striking": "SHOOT",
        "injure": "WOUND", "wound": "WOUND",
    ]

    /// Verbs whose object is the victims: "killed 3 people", "wounding two others".
    private static let transitiveEventVerbs: Set<String> = [
        "killed", "killing", "kills", "injured", "injuring", "injures", "wounded", "wounding", "shot", "shoots", "murdered",
        "arrested", "charged", "detained", "evacuated", "deployed",
    ]

    /// Participles that need "was"/"were"/"been" to say what happened to their subject.
    private static let passiveVictimCues: [String: String] = [
        "killed": "KILL", "murdered": "KILL", "slain": "KILL", "shot": "SHOOT", "wounded": "WOUND", "injured": "WOUND",
        "hurt": "WOUND", "hospitalized": "WOUND", "hospitalised": "WOUND", "struck": "SHOOT", "hit": "SHOOT", "grazed": "SHOOT",
        "gunned": "KILL",
    ]

    /// Words between a victim and the verb: "was later pronounced", "has been fatally".
    private static let victimVerbFillers: Set<String> = [
        "was", "were", "is", "has", "had", "have", "been", "got", "being", "later", "fatally", "accidentally", "reportedly",
        "critically", "seriously", "gravely", "mortally", "also", "then", "allegedly", "apparently", "tragically",
        "eventually", "subsequently", "and", "shot", "remains", "remained", "listed", "still", "pronounced", "found", "declared", "wounded",
    ]

    /// Last words of institutions' names: "Kendall Regional Trauma Center and two others" lists no person.
    private static let institutionEnds: Set<String> = [
        "center", "hospital", "county", "department", "school", "church", "office", "university", "college", "station", "high",
    ]

    /// Capitalised words before a verb that are not one named person.
    private static let notAVictimName: Set<String> = [
        "police", "officers", "authorities", "they", "it", "this", "that", "there", "nobody", "no", "none", "all", "both",
        "many", "several", "others", "people", "victims", "we", "i", "you", "who", "which", "one", "two", "three",
        // A headline's capitals: "Boy, 7, Identified After Being Fatally Shot".
        "identified", "named", "after", "before", "being", "following", "during", "shooting",
    ]

    /// One victim named or referred to in the singular: "Donovan Spann, 18, was killed", "he
    /// died at the hospital", "the boy was pronounced dead", "the fatal shooting of Kionn
    /// Lamothe". Counts as 1 where no number is written; an explicit count says more and, as
    /// the largest, wins wherever both occur.
    private func namedVictims(besides claims: [CountClaim]) -> [CountClaim] {
        var found: [CountClaim] = []
        // Tokens inside a claim already made, so no victim is counted twice; an array keeps
        // the check linear however many claims an article has.
        var taken = [Bool](repeating: false, count: tokens.count)
        func take(_ span: Span) {
            var k = tokens.firstIndex(startingAtOrAfter: span.start)
            while k < tokens.count, tokens[k].span.start < span.end { taken[k] = true; k += 1 }
        }
        claims.forEach { take($0.span) }
        for v in tokens.indices {
            let word = lower[v]
            guard cues[v].contains(.victim) else { continue }
            let event: String
            var subjectEnd: Int?
            var objectStart: Int?
            var plural = false
            // "my niece ran down to my sister and she was shot": a singular verb is said of one.
            var singular = false
            // A victim told by the phrase itself: "took his own life".
            var own: ClosedRange<Int>?
            // Where a later "dies" tells the death of the one shot.
            var death: Int?
            // "left … with gunshot wounds": where "with" must follow the people, and the harm ends.
            var leftWith: Int?
            var harmEnd: Int?
            switch word {
            case "died", "dies", "succumbed", "succumbs":
                event = "KILL"
                subjectEnd = v
            case "own":
                // "before taking his own life", "Student Takes Own Life": a suicide, one death.
                guard v + 1 < tokens.count, sentenceOf[v + 1] == sentenceOf[v], lower[v + 1] == "life" else { continue }
                let owner = v > 0 && Self.owners.contains(lower[v - 1]) ? v - 1 : v
                guard owner > 0, ["take", "takes", "took", "taken", "taking"].contains(lower[owner - 1]) else { continue }
                // Not an intent or a doubt: "was going to take his own life", "whether he took his own life or was killed".
                let verb = owner - 1
                guard verb == 0 || lower[verb - 1] != "to",
                    !(max(0, verb - 3)..<verb).contains(where: { ["whether", "if"].contains(lower[$0]) && sentenceOf[$0] == sentenceOf[verb] })
                else { continue }
                event = "KILL"
                own = owner...v + 1
            case "passed":
                // "Tyler Cop, 15, passed away on Thursday".
                guard v + 1 < tokens.count, lower[v + 1] == "away" else { continue }
                event = "KILL"
                subjectEnd = v
            case "dead", "deceased":
                // "was pronounced dead", "pronounced him dead", "left Coleman dead".
                guard v > 0 else { continue }
                event = "KILL"
                if ["him", "her"].contains(lower[v - 1]) || (v > 1 && lower[v - 2] == "left") {
                    objectStart = v - 1
                } else if let named = nameBeforeDead(v) {
                    objectStart = named
                } else if ["pronounced", "found", "declared", "was", "is"].contains(lower[v - 1]) {
                    subjectEnd = v
                } else if isListedPerson(v - 1), sentenceOf[v - 1] == sentenceOf[v] {
                    // A headline's "Man dead, infant and another man injured"; "found Eva's parents dead".
                    subjectEnd = v
                } else { continue }
            case "of":
                // "the fatal shooting of …", "the death of …", "the killing of …"; "the shooting of a girl".
                guard v > 0 else { continue }
                // "claimed the life of 4-year-old Summer Miller".
                let lifeTaken = v >= 3 && ["life", "lives"].contains(lower[v - 1]) && lower[v - 2] == "the"
                    && ["claimed", "claims", "claiming", "took", "takes", "taking", "cost", "costs"].contains(lower[v - 3])
                // "charged with murder in the shooting of": a killing; not "attempted murder".
                let shooting = ["shooting", "shootings"].contains(lower[v - 1])
                let charge = (max(0, v - 5)..<v - 1).last { sentenceOf[$0] == sentenceOf[v] && Self.killingCharges.contains(lower[$0]) }
                let murderCharge = shooting && charge.map { $0 == 0 || !["attempted", "attempt"].contains(lower[$0 - 1]) } ?? false
                // "the attempted murder of a deputy": a victim who lived, as "counts of attempted murder".
                if Self.killingCharges.contains(lower[v - 1]), isAttempt(before: v - 1) {
                    event = "WOUND"
                } else if Self.killingNouns.contains(lower[v - 1])
                    || lifeTaken || murderCharge
                    || (shooting && v > 1 && ["fatal", "deadly"].contains(lower[v - 2]))
                {
                    event = "KILL"
                } else if lower[v - 1] == "shooting" {
                    event = "SHOOT"
                } else { continue }
                // "the deaths of Andrew Borden and his wife, Abby": a list, or not read.
                plural = lower[v - 1] == "shootings" || Self.killingNouns.contains(lower[v - 1]) && lower[v - 1].hasSuffix("s")
                objectStart = v + 1
            case "fatal":
                // "suffered a fatal gunshot wound", "sustained fatal injuries".
                guard v > 0, (v + 1..<min(v + 3, tokens.count)).contains(where: { Self.fatalHarms.contains(lower[$0]) }) else { continue }
                var verb = v - 1
                if ["a", "multiple", "several"].contains(lower[verb]), verb > 0 { verb -= 1 }
                guard ["suffered", "suffers", "sustained", "sustains", "received"].contains(lower[verb]) else { continue }
                event = "KILL"
                subjectEnd = verb
            case "condition":
                // "The boy is in critical condition", "was listed in stable condition".
                // A headline drops the verb: "Killeen 2-year-old in critical condition".
                guard v >= 3, Self.isHospitalCondition(lower[v - 1]), lower[v - 2] == "in",
                    ["is", "was", "remains", "remained", "listed", "been"].contains(lower[v - 3]) || isPersonNoun(v - 3),
                    !isDeathJoined(after: v)
                else { continue }
                event = "WOUND"
                subjectEnd = v - 2
            case "hospital":
                // "his 11-year-old brother in a hospital", "the boy remains in the hospital": hurt,
                // as in a hospital condition. Not "she was in the hospital at the time", which
                // is as often a patient for some other reason.
                guard v >= 3, ["a", "the"].contains(lower[v - 1]), lower[v - 2] == "in",
                    ["remains", "remained", "still"].contains(lower[v - 3]) || isPersonNoun(v - 3),
                    !isDeathJoined(after: v)
                else { continue }
                event = "WOUND"
                subjectEnd = v - 2
            case "left", "leaving":
                // "also left her 6-year-old daughter, Brown's sister and her husband with gunshot
                // wounds": the people left hurt, named one by one.
                guard let harm = harmLeft(after: v) else { continue }
                event = harm.event
                objectStart = v + 1
                leftWith = harm.with
                harmEnd = harm.end
            case "fighting":
                // "another is fighting for her life": wounded.
                guard v + 3 < tokens.count, lower[v + 1] == "for", Self.owners.contains(lower[v + 2]),
                    ["life", "lives"].contains(lower[v + 3])
                else { continue }
                event = "WOUND"
                subjectEnd = v
            case "recovering", "recuperating":
                // "The child is recovering at Norton Children's Hospital", "Andrews is recovering
                // from a gunshot wound": hurt, and alive. Not "police were recovering shell
                // casings", nor "Brazil is recovering from last year's recession".
                let harmed = (v + 1..<min(v + 10, tokens.count)).prefix { sentenceOf[$0] == sentenceOf[v] }
                    .contains { Self.recoveryHarms.contains(lower[$0]) }
                let aux = v >= 3 && ["now", "still"].contains(lower[v - 1]) ? v - 2 : v - 1
                guard aux >= 1, ["is", "was", "are", "were", "remains"].contains(lower[aux]),
                    v + 1 == tokens.count || sentenceOf[v + 1] != sentenceOf[v] || Self.recoveryFollowers.contains(lower[v + 1]),
                    harmed || isPersonNoun(aux - 1) || ["he", "she", "they"].contains(lower[aux - 1]),
                    !isDeathJoined(after: v)
                else { continue }
                event = "WOUND"
                subjectEnd = aux + 1
            case "killing", "murdering", "wounding", "injuring":
                // "accused of killing his wife and wounding another", "charged with murdering a woman".
                event = word == "killing" || word == "murdering" ? "KILL" : "WOUND"
                objectStart = v + 1
            case _ where word == "shoot" || Self.headlinePresentVerbs.contains(word):
                // A headline's present: "Boy accidentally shoots himself", "Man shoots wife", "fatally
                // shoots self", "Gunman wounds officer", "Teen murders mother". The bare "shoot" only
                // as a later step: "and then shoot himself", not "threatened to shoot her".
                guard v + 1 < tokens.count, sentenceOf[v + 1] == sentenceOf[v] else { continue }
                let reflexive = ["himself", "herself", "self"].contains(lower[v + 1])
                if word == "shoot" {
                    guard reflexive, v > 0, ["then", "and"].contains(lower[v - 1]) else { continue }
                } else {
                    // "kills 5-year-old son", "kills police officer's son".
                    let person = isListedPerson(v + 1) || Self.isAge(lower[v + 1]) || v + 2 < tokens.count && isPersonNoun(v + 2) && isNoun(lower[v + 1])
                    guard reflexive || Self.shotObjectStarts.contains(lower[v + 1]) || person else { continue }
                }
                // "fatally shoots self", "shoots girlfriend dead", "shoots self to death"; "Man kills wife, self".
                event = ["kills", "murders"].contains(word) || shotIsFatal(v) ? "KILL" : ["wounds", "injures"].contains(word) ? "WOUND" : "SHOOT"
                objectStart = v + 1
            case "shooting", "hitting", "striking":
                // "accused of shooting his nephew", "hitting an 8-year-old girl"; but "Shooting
                // Leaves Two Injured" and "the shooting Monday" are the noun.
                // "accused of fatally shooting a woman", "of fatally shooting toddler": a killing.
                let fatally = isFatally(before: v)
                guard v + 1 < tokens.count, sentenceOf[v + 1] == sentenceOf[v],
                    Self.shotObjectStarts.contains(lower[v + 1]) || fatally && isPersonNoun(v + 1),
                    v == 0 || !["the", "a", "an", "this", "that"].contains(lower[v - 1])
                else { continue }
                event = fatally ? "KILL" : "SHOOT"
                objectStart = v + 1
            default:
                guard let cue = Self.passiveVictimCues[word], eventWord(v) != nil else { continue }
                // "he might hurt himself", "intending to hit a man": a fear or an aim, not a harm.
                if v > 0, Self.modals.contains(lower[v - 1]) || lower[v - 1] == "to" { continue }
                // "was fatally wounded", "was shot in the head and died": one death.
                death = cue == "KILL" ? nil : diesLater(v)
                event = word == "shot" && shotIsFatal(v) || cue == "WOUND" && isFatally(before: v) || death != nil ? "KILL" : cue
                // Passive: "was shot"; active "killed his wife" names the victim after the verb.
                var j = v - 1
                var passive = false
                // Bounded, so a run of fillers ("shot shot shot …") stays linear.
                while j >= 0, v - j <= 6, sentenceOf[j] == sentenceOf[v], Self.victimVerbFillers.contains(lower[j]) {
                    // "Teen found shot to death": found, like was, makes the participle passive.
                    if ["was", "were", "is", "been", "got", "being", "found"].contains(lower[j]) { passive = true }
                    if lower[j] == "were" { plural = true }
                    if lower[j] == "was" || lower[j] == "is" { singular = true }
                    j -= 1
                }
                if passive || reducedPassive(v) { subjectEnd = v } else {
                    objectStart = v + 1 < tokens.count && isShotDead(v + 1) ? v + 2 : verbEnd(v) + 1
                }
                // "Ann Lee and Chanetta Powell, 25, were killed": counted below only as a list.
                if plural && subjectEnd == nil { continue }
            }
            var victims: (range: ClosedRange<Int>, people: Int, bound: CountBound)
            if let own {
                victims = (own, 1, .exact)
            } else if let end = subjectEnd, let head = victimBefore(end) ?? deathJoinedToAnEarlierVerb(end).flatMap(victimBefore) {
                // "his daughter, Marcela, who died": a relative clause in the singular is said of
                // one person, whatever the commas before it list.
                let relative = head.upperBound + 2 < tokens.count && lower[head.upperBound + 1] == "," && lower[head.upperBound + 2] == "who"
                let listed = relative && !plural || singular ? (range: head, people: 1) : victimsListed(before: head)
                // "Missing Treme children, mother found dead": people listed with a bare plural are
                // more than can be counted.
                if !relative, isBarePlural(before: listed.range.lowerBound) { continue }
                victims = (listed.range, listed.people, .exact)
            } else if let start = objectStart, start < tokens.count, sentenceOf[start] == sentenceOf[v], let head = victimAt(start) {
                // The object is in the verb's sentence: a headline's "Suspect killed" names no
                // one on the line below.
                victims = victimsListed(after: head)
            } else { continue }
            if plural && victims.people == 1 { continue }
            if let leftWith, victims.range.upperBound + 1 != leftWith { continue }
            let head = victims.range
            // "Lufthansa was hit by competition", "the hit Shrek": only people are hit by gunfire.
            if ["hit", "struck"].contains(word), !isHitByGunfire(v, victims: head, passive: subjectEnd != nil) { continue }
            let first = min(head.lowerBound, v)
            var last = max(head.upperBound, death ?? v, harmEnd ?? v), people = victims.people, objectEnd = head.upperBound
            // "Man kills daughter in murder-suicide": the killer died too.
            if event == "KILL", objectStart != nil, let suicide = murderSuicide(after: head.upperBound), !taken[suicide],
                !head.contains(where: { ["himself", "herself", "self"].contains(lower[$0]) })
            {
                people += 1
                last = suicide
                objectEnd = suicide
            }
            let span = Span(tokens[first].span.start, tokens[last].span.end)
            guard !(first...last).contains(where: { taken[$0] }) else { continue }
            take(span)
            let object = text[Span(tokens[head.lowerBound].span.start, tokens[objectEnd].span.end)]
            found.append(CountClaim(value: Double(people), bound: victims.bound, object: object, event: event, span: span, claimedBy: claimant(of: span)))
        }
        return found
    }

    /// After "left" at `v`, "… with (serious) gunshot wounds" or "… with injuries" within the
    /// sentence: SHOOT for gunshot and bullet wounds, else WOUND; where "with" stands and the harm ends.
    private func harmLeft(after v: Int) -> (event: String, with: Int, end: Int)? {
        let sentence = sentenceOf[v]
        // An article may end on "left": no room for the people and the harm.
        guard v + 2 < tokens.count, let with = (v + 2..<min(v + 16, tokens.count)).prefix(while: { sentenceOf[$0] == sentence }).first(where: { lower[$0] == "with" }),
            let harm = (with + 1..<min(with + 5, tokens.count)).prefix(while: { sentenceOf[$0] == sentence })
                .first(where: { Self.fatalHarms.contains(lower[$0]) })
        else { return nil }
        let between = lower[with + 1..<harm]
        // "left him with fatal injuries" is told as a death elsewhere; "with no injuries" is none.
        if between.contains(where: { ["fatal", "no"].contains($0) }) { return nil }
        let shot = between.contains(where: { ["gunshot", "bullet"].contains($0) })
        return (shot ? "SHOOT" : "WOUND", with, harm)
    }

    /// Words between "and" and a death that tell only when: "and later died".
    private static let thenWords: Set<String> = ["later", "then", "eventually", "subsequently"]

    /// Whether "and (later) died" follows `v`: "was in critical condition and later
    /// succumbed" is one death, read at the verb, not a wound as well.
    private func isDeathJoined(after v: Int) -> Bool { deathJoined(after: v) != nil }

    /// Where "and (later) died", "and passed away" right after `v` ends.
    private func deathJoined(after v: Int) -> Int? {
        var d = v + 1
        guard d < tokens.count, lower[d] == "and" else { return nil }
        d += 1
        while d < tokens.count, Self.thenWords.contains(lower[d]) { d += 1 }
        guard d < tokens.count, sentenceOf[d] == sentenceOf[v] else { return nil }
        if ["died", "dies", "succumbed", "succumbs"].contains(lower[d]) { return d }
        return lower[d] == "passed" && d + 1 < tokens.count && lower[d + 1] == "away" ? d + 1 : nil
    }

    /// A death joined by "and" to the verb phrase at `v` a few words on, within its clause:
    /// "was airlifted to a hospital in critical condition and later succumbed".
    private func deathJoinedLater(_ v: Int) -> Int? {
        var n = v
        while n + 1 < tokens.count, n - v <= 12, sentenceOf[n + 1] == sentenceOf[v] {
            if let d = deathJoined(after: n) { return d }
            n += 1
            if Self.clauseBreaks.contains(lower[n]) || cues[n].contains(.number) || lower[n] == "," { return nil }
        }
        return nil
    }

    /// Where the subject ends of a death at `v` ("died", "passed away") that "and" joins to an
    /// earlier verb phrase: "The boy was taken off life support on Sunday and passed away" reads
    /// "The boy was"; nil for any other word or shape.
    private func deathJoinedToAnEarlierVerb(_ v: Int) -> Int? {
        guard ["died", "dies", "succumbed", "succumbs", "passed"].contains(lower[v]) else { return nil }
        let sentence = sentenceOf[v]
        var a = v - 1
        while a >= 0, Self.thenWords.contains(lower[a]) { a -= 1 }
        guard a >= 1, lower[a] == "and", sentenceOf[a] == sentence else { return nil }
        // The nearest "was" back in the clause; another clause's words end the search.
        var j = a - 1
        while j >= 0, a - j <= 15, sentenceOf[j] == sentence {
            if ["was", "were"].contains(lower[j]) { return j + 1 }
            if Self.clauseBreaks.contains(lower[j]) || lower[j] == "and" { return nil }
            j -= 1
        }
        return nil
    }

    /// Whether "attempted" or "attempt" stands just before the charge at `k`: "attempted murder".
    private func isAttempt(before k: Int) -> Bool {
        k > 0 && sentenceOf[k - 1] == sentenceOf[k] && ["attempted", "attempt"].contains(lower[k - 1])
    }

    /// Whether the number at `k` is the whole of a part told before it: "two of the four".
    private func isWholeOfAPart(number k: Int) -> Bool {
        var j = k - 1
        if j >= 0, lower[j] == "the" { j -= 1 }
        guard j >= 1, lower[j] == "of", sentenceOf[j - 1] == sentenceOf[k] else { return false }
        return numeral(lower[j - 1]) != nil || cues[j - 1].contains(.number)
    }

    /// A "murder-suicide" told a few words after the victims at `end` ("in an apparent
    /// murder-suicide", "in what police called a murder-suicide"), within the clause.
    private func murderSuicide(after end: Int) -> Int? {
        var j = end + 1
        while j < tokens.count, j - end <= 8, sentenceOf[j] == sentenceOf[end] {
            if ["murder-suicide", "homicide-suicide"].contains(lower[j]) { return j }
            if [",", ";", "and", "after", "before", "while", "but"].contains(lower[j]) { return nil }
            j += 1
        }
        return nil
    }

    /// Every word that may start a count without a numeral: ``singleVictim(at:)``,
    /// ``multipleKilling(at:)`` and ``ordinalDeath(at:)`` look at no other word.
    static let countStarts: Set<String> = {
        let multipliers = ["double", "triple", "quadruple"]
        let nouns = ["homicide", "homicides", "murder", "murders", "slaying", "slayings", "killing", "killings", "murder-suicide", "homicide-suicide", "shooting"]
        // "a triple-homicide" is one token.
        let joined = multipliers.flatMap { multiplier in nouns.map { "\(multiplier)-\($0)" } }
        return Set(["a", "an", "one", "another", "second", "third", "fourth", "fifth"] + multipliers + joined)
    }()

    /// Every word the loops in ``namedVictims(besides:)``, ``withShootersWhoDied(_:)`` and
    /// ``deathWithoutAFigure()`` act on: one lookup skips the rest.
    static let victimTriggers: Set<String> = Set(passiveVictimCues.keys).union(["died", "dies", "passed", "succumbed", "succumbs", "dead", "deceased", "deadly", "stabbing", "of", "killing", "murdering", "wounding", "injuring", "shooting", "hitting", "striking", "fatal", "condition", "hospital", "left", "leaving", "fighting", "recovering", "recuperating", "himself", "herself", "shoot", "own"]).union(headlinePresentVerbs)
    /// What may follow "is recovering" when it is said of a person: "from", "at", "after",
    /// a time; not an object, as in "recovering shell casings".
    private static let recoveryFollowers: Set<String> = [".", ";", "from", "at", "in", "after", "with", "and", ",", "well", "tonight", "today", "now", "following", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "but", "while", "—", "-", "–", "this"]
    /// What a person recovers from or at when the harm is a wound.
    private static let recoveryHarms: Set<String> = ["wound", "wounds", "injury", "injuries", "gunshot", "surgery", "hospital", "shot", "shooting", "bullet", "medical", "center", "trauma"]
    private static let hospitalConditions: Set<String> = ["critical", "serious", "stable", "fair", "grave", "good", "satisfactory"]

    /// "critical", and a hyphenated grade ending in one: Detroit's "temporary-serious".
    private static func isHospitalCondition(_ word: String) -> Bool {
        if hospitalConditions.contains(word) { return true }
        guard let dash = word.lastIndex(of: "-") else { return false }
        return hospitalConditions.contains(String(word[word.index(after: dash)...]))
    }

    private static let fatalHarms: Set<String> = ["wound", "wounds", "injury", "injuries"]

    /// "found 16-year-old Rolando Gonzalez dead": where the name before "dead" starts, when a
    /// finding or leaving verb comes before it.
    private func nameBeforeDead(_ dead: Int) -> Int? {
        guard let name = name(endingAt: dead - 1) else { return nil }
        var start = name.lowerBound
        if start > 0, Self.isAge(lower[start - 1]) { start -= 1 }
        guard start > 0, sentenceOf[start - 1] == sentenceOf[dead], ["found", "left", "leaving", "finding"].contains(lower[start - 1]) else { return nil }
        return start
    }

    /// A headline's or a reduced clause's passive without "was": "3-year-old girl shot in the leg",
    /// "Teen killed in Lexington shooting", but not "Gunman shot at police".
    private func reducedPassive(_ cue: Int) -> Bool {
        let sentence = sentenceOf[cue]
        // "Man gunned down in Chicago": the words after the particle.
        let end = verbEnd(cue)
        let next = end + 1 < tokens.count && sentenceOf[end + 1] == sentence ? lower[end + 1] : "."
        // "Man shot to death in Chicago": the phrase that makes the shot fatal may come between.
        let toDeath = next == "to" && end + 2 < tokens.count && lower[end + 2] == "death"
        guard toDeath || Self.afterReducedPassive.contains(next) else { return false }
        // "Man fatally shot, four others injured": an adverb may stand between.
        var noun = cue - 1
        // "Teenage boy shot and killed by", "toddler shot, killed in Apison": one harm told twice.
        var twice = false
        if noun >= 2, lower[noun] == "and" || lower[noun] == ",", Self.passiveVictimCues[lower[noun - 1]] != nil {
            noun -= 2
            twice = true
        }
        if noun > 0, Self.mannerAdverbs.contains(lower[noun]) { noun -= 1 }
        // "Boy, 7, shot in Sandusky", "Tacarra Morgan, 6, shot": an age in apposition marks a victim.
        if noun >= 3, lower[noun] == ",", numeral(lower[noun - 1]) != nil, lower[noun - 2] == ",", sentenceOf[noun - 3] == sentence {
            noun -= 3
            if isNameWord(noun) { return true }
        }
        // "three people dead and another injured", "Killed; Another Wounded": one more, the noun
        // left out. Not "hit" or "struck": "blood on one of her vehicles and another hit by a bullet".
        if noun >= 1, lower[noun] == "another", !["hit", "struck"].contains(lower[cue]), ["and", ",", ";"].contains(lower[noun - 1]), sentenceOf[noun - 1] == sentence { return true }
        // "Gunman shot at police" is active; "suspect shot, killed by officer" is not. Only
        // "shot" reads both ways: "Suspect injured in officer-involved shooting" was hurt.
        guard noun >= 0, sentenceOf[noun] == sentence, isPersonNoun(noun),
            !["gunman", "suspect", "shooter"].contains(lower[noun]) || twice || next == "by" || lower[cue] != "shot" && next != "at"
        else { return false }
        return true
    }

    private static let afterReducedPassive: Set<String> = [
        "in", "at", "by", "on", "during", "while", "near", "outside", "inside", "after", "early", "late", "last", "yesterday",
        "overnight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", ".", ",", ";", "-", "–",
    ]
    private static let mannerAdverbs: Set<String> = ["fatally", "accidentally", "critically", "seriously", "mortally", "gravely"]

    /// Whether "shot" at `v` killed: "fatally shot", "shot dead", "shot to death", "shot and
    /// killed", "shot, killed".
    private func shotIsFatal(_ v: Int) -> Bool {
        let sentence = sentenceOf[v]
        for j in stride(from: v - 1, through: max(0, v - 2), by: -1) where sentenceOf[j] == sentence {
            if lower[j] == "fatally" || lower[j] == "mortally" { return true }
        }
        // "shot several times and died", "shot eight times and pronounced dead": past how often.
        var n = pastHowOften(v + 1)
        // "shot in the head, killed": past where the bullet struck.
        let reach = (n < tokens.count && lower[n] == "in" ? 6 : 3) + (n - v - 1)
        // Not into a clause of its own: "was shot in the same incident that killed a man".
        while n < tokens.count, n - v <= reach, sentenceOf[n] == sentence, lower[n] != ";", !cues[n].contains(.number),
            !Self.clauseOpeners.contains(lower[n]), !["that", "which", "who"].contains(lower[n])
        {
            if eventWord(n) == "KILL" && lower[n] != "killing" { return true }
            if lower[n] == "to", n + 1 < tokens.count, lower[n + 1] == "death" { return true }
            // Nor into another person's harm: "Officer shot, suspect killed".
            if isNewSubject(n) { return false }
            n += 1
        }
        return false
    }

    /// Whether a person noun at `k` opens a clause of its own after a comma or "and": "Man
    /// shot, woman killed", "a man was shot and a woman killed".
    private func isNewSubject(_ k: Int) -> Bool {
        guard isPersonNoun(k) else { return false }
        var before = k - 1
        if before >= 0, ["a", "an", "the"].contains(lower[before]) { before -= 1 }
        return before >= 0 && [",", "and"].contains(lower[before])
    }

    /// Where the words after a verb go on past how often it struck ("eight times", "several
    /// times"), whose number counts no one; `n` itself where none stands there.
    private func pastHowOften(_ n: Int) -> Int {
        guard n + 1 < tokens.count, sentenceOf[n + 1] == sentenceOf[n], lower[n + 1] == "times" else { return n }
        let often = cues[n].contains(.number) || numeral(lower[n]) != nil || ["several", "multiple", "numerous", "many"].contains(lower[n])
        return often ? n + 2 : n
    }

    /// Whether the verb at `v` is only meant: "hoped to kill", "threatening to shoot".
    private func isIntended(_ v: Int) -> Bool {
        v >= 2 && lower[v - 1] == "to" && sentenceOf[v - 2] == sentenceOf[v] && Self.intentions.contains(lower[v - 2])
    }

    private static let intentions: Set<String> = [
        "hoped", "hoping", "planned", "planning", "plotted", "plotting", "wanted", "wanting", "threatened", "threatening",
        "tried", "trying", "attempted", "attempting", "intended", "intending", "vowed", "conspired", "conspiring", "plot", "plan",
        "attempt", "threat", "threats", "intent",
    ]

    /// Whether the harm at `v` is "fatally" or "mortally" done: "was fatally wounded".
    private func isFatally(before v: Int) -> Bool { v > 0 && ["fatally", "mortally"].contains(lower[v - 1]) }

    /// Where the one person shot or hurt at `v` is said to die later in the same sentence, or nil:
    /// "Teen shot near Hofstra University dies", "was shot once in the head and died", "struck
    /// Travon Rollins in the chest, killing him". Not past another clause or another count. The
    /// claim covers the death, so it is not read again as another victim.
    private func diesLater(_ v: Int) -> Int? {
        let sentence = sentenceOf[v]
        var n = pastHowOften(v + 1)
        while n < tokens.count, n - v <= 10, sentenceOf[n] == sentence, !cues[n].contains(.number), !Self.clauseBreaks.contains(lower[n]) {
            switch lower[n] {
            case "dies", "died": return n
            case "killing": return n + 1 < tokens.count && ["him", "her"].contains(lower[n + 1]) ? n + 1 : nil
            default: n += 1
            }
        }
        return nil
    }

    /// Words before a verb that make it a possibility rather than an event.
    private static let modals: Set<String> = ["might", "could", "would", "may", "will", "can"]

    /// Words that start another clause, whose death may be someone else's.
    private static let clauseBreaks: Set<String> = [";", "but", "who", "whose", "which", "that", "as", "after", "before", "said", "says", "one", "another"]

    /// The singular victim ending just before the verb phrase that ends at `cue`.
    private func victimBefore(_ cue: Int) -> ClosedRange<Int>? {
        let sentence = sentenceOf[cue]
        var h = cue - 1
        // "suspect shot, killed by police": one harm told twice.
        while h >= 0, cue - h <= 6, sentenceOf[h] == sentence,
            Self.victimVerbFillers.contains(lower[h]) || lower[h] == "," && h > 0 && Self.passiveVictimCues[lower[h - 1]] != nil
        { h -= 1 }
        guard h >= 0, sentenceOf[h] == sentence else {
            return nil
        }
        // "Boy, 7, Identified After Being Fatally Shot", "a mother was charged after being
        // shot": the clause's subject.
        if lower[h] == "after", h + 1 < cue, lower[h + 1] == "being" { return subject(before: h) }
        if lower[h] == "who", h > 0, sentenceOf[h - 1] == sentence {
            h -= 1
            // "the victim Cody Riley, who was shot": the person is before the comma. An age
            // ("Girl, 17, who was shot") is stepped over below.
            if lower[h] == ",", h > 0, sentenceOf[h - 1] == sentence, numeral(lower[h - 1]) == nil { h -= 1 }
        }
        // "Donovan Spann, 18, was killed", "LaPrida Shears, 25, of Tyler, was killed".
        if lower[h] == ",", h >= 5, lower[h - 2] == "of" || lower[h - 3] == "of", lower[h - 1] != ",",
            let comma = (max(0, h - 4)..<h - 1).last(where: { lower[$0] == "," }), comma >= 3, numeral(lower[comma - 1]) != nil,
            sentenceOf[comma - 3] == sentence
        { h = comma }
        if lower[h] == ",", h >= 3, numeral(lower[h - 1]) != nil, lower[h - 2] == ",", sentenceOf[h - 3] == sentence { h -= 3 }
        // "Elijah Jackson and Shakur Franklin, both 16, were killed": an age they share.
        else if lower[h] == ",", h >= 4, numeral(lower[h - 1]) != nil, ["both", "all"].contains(lower[h - 2]), lower[h - 3] == ",",
            sentenceOf[h - 4] == sentence
        { h -= 4 }
        // "Ginger Reeves, 64 were found dead": the age without its closing comma.
        else if h >= 2, numeral(lower[h]) != nil, lower[h - 1] == ",", sentenceOf[h - 2] == sentence, isNameWord(h - 2) { h -= 2 }
        // "John Ulmschneider, a 13-year veteran of the fire department, died": past the apposition.
        if lower[h] == ",", let comma = appositionStart(closedBy: h) { h = comma - 1 }
        // "Blake Case, of Lawrence County, was killed": the town is read with its person below.
        if lower[h] == ",", h >= 2, let town = name(endingAt: h - 1), town.lowerBound >= 1, ["of", "from"].contains(lower[town.lowerBound - 1]) { h -= 1 }
        // "Four people are dead and another is fighting for her life": one more.
        if lower[h] == "he" || lower[h] == "she" || lower[h] == "another" { return h...h }
        // "two people, one of whom died", "One of the victims was pronounced dead".
        if h >= 2, lower[h - 1] == "of" || h >= 3 && lower[h - 2] == "of" && lower[h - 1] == "the" {
            let one = lower[h - 1] == "of" ? h - 2 : h - 3
            if lower[one] == "one", sentenceOf[one] == sentence, ["whom", "them", "those", "victims"].contains(lower[h]) || isPeople(lower[h]) {
                return one...h
            }
        }
        // "the boy", "his son", a headline's "Teen killed in …" or "Alton boy killed while playing";
        // "her parents were shot".
        if isListedPerson(h) { return h...h }
        // "The teenager, Bruce Hamilton, was shot": the name in apposition after its person.
        if lower[h] == ",", h >= 1, let named = name(endingAt: h - 1) { return withPersonBefore(named) }
        guard let named = name(endingAt: h) else { return personBeforePlace(h) }
        guard named.lowerBound >= 1, sentenceOf[named.lowerBound - 1] == sentence else { return withPersonBefore(named) }
        let before = lower[named.lowerBound - 1]
        // "Davienne Lewis from Springfield died", "Blake Case, of Lawrence County, was killed",
        // "Kinard, of the 7700 block of South Seeley, was shot": the person, not the town.
        if ["from", "of"].contains(before), named.lowerBound >= 2 {
            if let person = name(endingAt: named.lowerBound - 2) { return withPersonBefore(person) }
            if let comma = (max(0, named.lowerBound - 8)..<named.lowerBound - 1).last(where: { lower[$0] == "," }), comma >= 1,
                sentenceOf[comma] == sentence, ["of", "from"].contains(lower[comma + 1])
            {
                // "Tony Williams, 21, of the 1500 block of …": past the age.
                let end = comma >= 3 && numeral(lower[comma - 1]) != nil && lower[comma - 2] == "," ? comma - 3 : comma - 1
                if sentenceOf[end] == sentence, let person = name(endingAt: end) { return withPersonBefore(person) }
            }
        }
        // "wounded in a shooting in Lexington has died", "taken to Loyola and pronounced dead":
        // a place, not the one who died.
        if Self.placePrepositions.contains(before) { return personBeforePlace(h) ?? subject(before: named.lowerBound - 1) }
        return withPersonBefore(named)
    }

    /// `named` with the person it names told just before it: "the teenager, Bruce Hamilton" is
    /// one victim, not two listed.
    private func withPersonBefore(_ named: ClosedRange<Int>) -> ClosedRange<Int> {
        var start = named.lowerBound
        // "Burton's cousin, 16-year-old Jay Latham".
        if start >= 1, Self.isAge(lower[start - 1]) { start -= 1 }
        let comma = start - 1
        guard comma >= 1, lower[comma] == ",", sentenceOf[comma - 1] == sentenceOf[named.lowerBound], isListedPerson(comma - 1) else { return named }
        return comma - 1...named.upperBound
    }

    /// A headline's "Wounded teen found outside Garland restaurant dies": the person before a
    /// participle and its place, which end at `h`.
    private func personBeforePlace(_ h: Int) -> ClosedRange<Int>? {
        var p = h
        while p > 0, h - p < 6, sentenceOf[p - 1] == sentenceOf[h], !Self.clauseBreaks.contains(lower[p]), ![",", "and"].contains(lower[p]) {
            p -= 1
            if isPersonNoun(p), Self.placedParticiples.contains(lower[p + 1]) { return p...p }
        }
        return nil
    }

    /// The one a clause is about, a few words before `k`: "The boy was taken to Christus Spohn
    /// Hospital and is listed in stable condition", "Truong was transported to University
    /// Hospital and pronounced dead". A person noun, "he" or "she", or a name before "was".
    private func subject(before k: Int) -> ClosedRange<Int>? {
        var j = k - 1
        while j >= 0, k - j <= 12, sentenceOf[j] == sentenceOf[k], !Self.clauseBreaks.contains(lower[j]), !Self.clauseOpeners.contains(lower[j]) {
            if isPersonNoun(j) || lower[j] == "he" || lower[j] == "she" { return j...j }
            if j + 1 < tokens.count, ["was", "is"].contains(lower[j + 1]), let named = name(endingAt: j) { return named }
            j -= 1
        }
        return nil
    }

    /// Words before a name that make it a place: "in Lexington", "taken to Loyola". Not
    /// ``placeLeads``: after its "where" and "with" a name is mostly the victim ("where Wallace died").
    private static let placePrepositions: Set<String> = ["in", "at", "to", "near", "into", "inside", "outside", "on"]

    private static let placedParticiples: Set<String> = ["found", "shot", "wounded", "injured", "hurt", "struck", "hit", "stabbed"]

    /// Where an apposition closed by the comma at `close` opens: the comma before "a 13-year
    /// veteran of …", when a name or a person stands before it. The apposition is short and
    /// says who, not what was done.
    private func appositionStart(closedBy close: Int) -> Int? {
        var c = close - 1
        while c >= 2, close - c <= 12, sentenceOf[c] == sentenceOf[close], lower[c] != "," {
            if eventWord(c) != nil || Self.appositionBreaks.contains(lower[c]) { return nil }
            c -= 1
        }
        guard c >= 1, close - c >= 3, lower[c] == ",", sentenceOf[c - 1] == sentenceOf[close],
            ["a", "an", "the"].contains(lower[c + 1]), isListedPerson(c - 1) || isNameWord(c - 1)
        else { return nil }
        return c
    }

    /// Words that make a stretch between commas a clause rather than an apposition.
    private static let appositionBreaks: Set<String> = ["was", "were", "is", "are", "said", "says", "who", "and", "when", "after"]

    /// Victims listed before `head` ("Toddler, man killed", "Smith and Jones died"): one per
    /// person noun or name joined by a comma or "and".
    private func victimsListed(before head: ClosedRange<Int>) -> (range: ClosedRange<Int>, people: Int) {
        var first = head.lowerBound
        var people = headcount(head.upperBound)
        while head.lowerBound - first < Self.longestList {
            // "a child and her grandfather": the determiner belongs to the noun.
            var lead = first
            // "Woman, 1-year-old boy wounded": an age before the noun belongs to it too.
            if lead >= 1, Self.isAge(lower[lead - 1]) { lead -= 1 }
            // "Lee Tartt and the male suspect were killed": so does a word that says which person.
            if lead >= 2, Self.personDescriptions.contains(lower[lead - 1]),
                Self.possessives.contains(lower[lead - 2]) || lower[lead - 2] == "and" || lower[lead - 2] == ","
            { lead -= 1 }
            if lead >= 1, Self.possessives.contains(lower[lead - 1]) || lower[lead - 1] == "another" { lead -= 1 }
            // "her daughter, Brown's sister and her husband": a named possessor.
            else if lead >= 2, ["'s", "’s"].contains(lower[lead - 1]), isNameWord(lead - 2), sentenceOf[lead - 2] == sentenceOf[first] { lead -= 2 }
            guard lead >= 2, sentenceOf[lead - 2] == sentenceOf[first], lower[lead - 1] == "and" || lower[lead - 1] == "," else { break }
            // "Boy, 2, and man killed": an age in apposition after the one before; "Dennie Reeves,
            // 66 and Ginger Reeves" drops the comma after it.
            // "Anthony Ray Hawkins, 33, Reshowna Hawkins, 34, and …": a comma lists them too, where
            // each has an age ("Jonathan Tripplett, 26, man later died" lists no one).
            let ageComma = lower[lead - 1] == "and" && lower[lead - 2] == "," ? 1 : 0
            let person = lead - 4 - ageComma
            if lower[lead - 1] == "and" || lower[lead - 1] == "," && hasAgeAfter(first), person >= 0, numeral(lower[person + 2]) != nil,
                lower[person + 1] == ",", sentenceOf[person] == sentenceOf[first], isPersonNoun(person) || isNameWord(person)
            {
                first = name(endingAt: person).map { withPersonBefore($0).lowerBound } ?? person
                people += 1
                continue
            }
            if isListedPerson(lead - 2) {
                first = lead - 2
                people += headcount(first)
            } else if lower[lead - 1] == "and", let name = name(endingAt: lead - 2) {
                // "their cousin, Tina Shelton, 37, and their friend": the name and its person are one.
                first = withPersonBefore(name).lowerBound
                people += 1
            } else { break }
        }
        return (first...head.upperBound, people)
    }

    /// Whether a plural of people with no number stands listed just before `first`: "children,"
    /// or "children and" but not "two children and".
    private func isBarePlural(before first: Int) -> Bool {
        guard first >= 2, [",", "and"].contains(lower[first - 1]), sentenceOf[first - 2] == sentenceOf[first] else { return false }
        let noun = first - 2
        // Not an apposition naming them ("One of the victims, Grandson Johnson") nor a part
        // ("Three of Shelton's children, Jerry Shelton, …").
        guard isPeople(lower[noun]), !isListedPerson(noun), isListedPerson(first),
            !(max(0, noun - 3)..<noun).contains(where: { lower[$0] == "of" })
        else { return false }
        return noun == 0 || sentenceOf[noun - 1] != sentenceOf[noun] || (numeral(lower[noun - 1]) == nil && !cues[noun - 1].contains(.number))
    }

    /// Whether the name or person starting at `start` is followed by ", 34".
    private func hasAgeAfter(_ start: Int) -> Bool {
        var end = start
        while end + 1 < tokens.count, end - start < 3, sentenceOf[end + 1] == sentenceOf[start], isNameWord(end + 1) { end += 1 }
        return end + 2 < tokens.count && lower[end + 1] == "," && numeral(lower[end + 2]) != nil
    }

    /// How many tokens a list of victims may run, so a run of "a man and a man and …" costs
    /// each word a bounded walk and the finder stays linear.
    private static let longestList = 40

    private static let possessives: Set<String> = ["his", "her", "their", "the", "a", "an"]

    /// Possessive pronouns: "his wife", "her three children".
    private static let owners: Set<String> = ["his", "her", "their"]
    /// "in his early 20's", "in her late 30s".
    private static let partsOfADecade: Set<String> = ["early", "mid", "late"]

    /// Words before a person noun in a list of victims that say which person, not what happened:
    /// "the male suspect", "a teenage boy", "his elderly mother".
    private static let personDescriptions: Set<String> = [
        "male", "female", "teenage", "young", "elderly", "unidentified", "unnamed", "pregnant", "infant", "adult", "juvenile",
    ]

    /// Victims listed after `head` ("killing Liam and Woods", "killing his wife and daughter").
    private func victimsListed(after head: ClosedRange<Int>) -> (range: ClosedRange<Int>, people: Int, bound: CountBound) {
        var last = head.upperBound
        var people = headcount(last)
        var bound = CountBound.exact
        // "kills parents and sisters", "his wife and their children": a plural without a figure
        // is two or more, so the list gives a floor.
        func pluralOfPeople(at next: Int) -> Int? {
            let plural = Self.owners.contains(lower[next]) || lower[next] == "the" ? next + 1 : next
            guard plural < tokens.count, sentenceOf[plural] == sentenceOf[last], isPeople(lower[plural]), !isPersonNoun(plural),
                !Self.pairNouns.contains(lower[plural]), !["others", "people", "persons"].contains(lower[plural])
            else { return nil }
            return plural
        }
        while last + 2 < tokens.count, last - head.upperBound < Self.longestList, sentenceOf[last + 2] == sentenceOf[last],
            lower[last + 1] == "and" || lower[last + 1] == ","
        {
            // "Belford, 39, and a female friend": past the age.
            if let close = agesAside(after: last), close > last + 2 {
                last = close - 1
                continue
            }
            // "his fiancee, Jaime Salazar, 34, and their son": a name in apposition is the same person.
            if lower[last + 1] == ",", let named = appositionEnd(after: last) {
                last = named
                continue
            }
            var next = last + 2
            // ", and their son": the list's last comma.
            if lower[last + 1] == ",", lower[next] == "and", next + 1 < tokens.count, sentenceOf[next + 1] == sentenceOf[last] {
                last += 1
                next += 1
            }
            // "his daughter and then himself", "infant daughter, self": the shooter is a victim too.
            if lower[next] == "then", next + 1 < tokens.count, sentenceOf[next + 1] == sentenceOf[last] { next += 1 }
            if ["himself", "herself", "self"].contains(lower[next]) {
                last = next
            } else if lower[last + 1] == "," {
                // "killing wife, son", "his wife, daughter and son": a comma lists only people, and
                // not the accused: "shoots himself, father charged".
                // "kills woman, her son, himself": a possessive may lead the next one where the
                // list goes on after it; "a girl, his relative, in the chest" is an apposition.
                var noun = next
                if Self.owners.contains(lower[next]), next + 3 < tokens.count, sentenceOf[next + 3] == sentenceOf[last],
                    [",", "and"].contains(lower[next + 2]),
                    ["himself", "herself", "self", "and", "his", "her", "their"].contains(lower[next + 3]) || isPersonNoun(next + 3)
                { noun = next + 1 }
                // "her daughter, Brown's sister and her husband": a named possessor.
                if isNameWord(next), next + 2 < tokens.count, sentenceOf[next + 2] == sentenceOf[last], ["'s", "’s"].contains(lower[next + 1]) {
                    noun = next + 2
                }
                guard noun + 1 >= tokens.count || !Self.accusedAfter.contains(lower[noun + 1]) else { break }
                // "Gavin Stiles, son of Officer Michael Stiles": who the one before is, not another.
                if noun == next, noun + 1 < tokens.count, lower[noun + 1] == "of" { break }
                if isPersonNoun(noun) {
                    last = noun
                } else if let plural = pluralOfPeople(at: next) {
                    // "kills daughter, grandchildren, self": two, with the one added below.
                    last = plural
                    people += 1
                    bound = .atLeast
                } else { break }
            } else if let noun = (next..<min(next + 3, tokens.count)).first(where: isListedPerson),
                (next..<noun).allSatisfy({
                    // "killing him and grazing the boy": a second verb, not a second victim.
                    !["and", ",", "."].contains(lower[$0]) && eventWord($0) == nil && !lower[$0].hasSuffix("ing") && sentenceOf[$0] == sentenceOf[last]
                })
            {
                // "her father and 6-year-old daughter".
                last = noun
            } else if let victim = victimAt(next), !["him", "her", "another"].contains(lower[next]) {
                last = victim.upperBound
            } else if let plural = pluralOfPeople(at: next) {
                // Two, with the one added below.
                last = plural
                people += 1
                bound = .atLeast
            } else { break }
            people += headcount(last)
        }
        return (head.lowerBound...last, people, bound)
    }

    /// Where a name in apposition after `k` ends (", Jaime Salazar, 34,"): at its last word or
    /// age, before the comma or "and" that goes on with the list; nil where none follows.
    private func appositionEnd(after k: Int) -> Int? {
        let sentence = sentenceOf[k]
        var end = k + 2
        guard end < tokens.count, isNameWord(end) else { return nil }
        while end + 1 < tokens.count, sentenceOf[end + 1] == sentence, isNameWord(end + 1), end - k < 5 { end += 1 }
        if end + 2 < tokens.count, lower[end + 1] == ",", numeral(lower[end + 2]) != nil { end += 2 }
        guard end + 2 < tokens.count, sentenceOf[end + 2] == sentence, lower[end + 1] == "," || lower[end + 1] == "and" else { return nil }
        return end
    }

    /// The singular victim starting at `start`, after an active verb or "the death of".
    private func victimAt(_ start: Int) -> ClosedRange<Int>? {
        guard start < tokens.count else { return nil }
        let sentence = sentenceOf[start]
        // "her" before a noun is a possessive ("killing her father"), handled below.
        // So is "her" before a count ("killing her 5 children"), which the count itself tells.
        let possessiveHer = lower[start] == "her"
            && (start + 1..<min(start + 3, tokens.count)).contains(where: { isPersonNoun($0) || cues[$0].contains(.number) })
        // "injured another four teenagers": the count that follows says how many.
        if lower[start] == "another", start + 1 < tokens.count, cues[start + 1].contains(.number) || numeral(lower[start + 1]) != nil { return nil }
        if ["him", "her", "himself", "herself", "self", "another"].contains(lower[start]), !possessiveHer { return start...start }
        // "killing one of them", "killed one of his friends".
        if lower[start] == "one", start + 2 < tokens.count, sentenceOf[start + 2] == sentence, lower[start + 1] == "of",
            ["them", "those", "the", "his", "her", "their"].contains(lower[start + 2])
        {
            let noun = start + 3
            // "injured one of the family dogs": a thing, not a person.
            if (noun..<min(noun + 2, tokens.count)).contains(where: { sentenceOf[$0] == sentence && Self.thingNouns.contains(lower[$0]) }) { return nil }
            let named = ["the", "his", "her", "their"].contains(lower[start + 2]) && noun < tokens.count && sentenceOf[noun] == sentence
                && isNoun(lower[noun]) && numeral(lower[noun]) == nil
            return named ? start...noun : start...start + 2
        }
        // "the shooting death of 2-year-old girl".
        if Self.isAge(lower[start]), start + 1 < tokens.count, sentenceOf[start + 1] == sentence, Self.personNouns.contains(lower[start + 1]) {
            return start...start + 1
        }
        // "in shooting of 17-year-old near Tates Creek": an age alone is the person.
        if Self.isAge(lower[start]), start + 1 == tokens.count || sentenceOf[start + 1] != sentence || !isNameWord(start + 1) && !isNoun(lower[start + 1]) {
            return start...start
        }
        // "the fatal shooting of 1-year-old Braylon Robinson": the age before the name.
        if Self.isAge(lower[start]), start + 1 < tokens.count, sentenceOf[start + 1] == sentence, isNameWord(start + 1) {
            var end = start + 1
            while end + 1 < tokens.count, sentenceOf[end + 1] == sentence, isNameWord(end + 1) { end += 1 }
            return start...end
        }
        // "fatally shooting toddler in Killeen": a headline drops the article. So it does after
        // a past verb with its subject before it ("Man who shot child sentenced", "Suspect who
        // killed deputy"), but "a wounded child", "family of murdered teen" are adjectives.
        if start > 0, ["shooting", "killing"].contains(lower[start - 1]) || Self.headlinePresentVerbs.contains(lower[start - 1]) || hasSubject(pastVerb: start - 1) {
            if isPersonNoun(start) { return person(from: start, nounAt: start) }
            // "kills police officer's son".
            if start + 1 < tokens.count, sentenceOf[start + 1] == sentence, isNoun(lower[start]), isPersonNoun(start + 1) {
                return person(from: start, nounAt: start + 1)
            }
        }
        // "shoots parents", "killed his parents": two.
        if Self.pairNouns.contains(lower[start]) { return start...start }
        if ["his", "her", "their", "a", "an", "one"].contains(lower[start]) {
            var j = start + 1
            while j < tokens.count, sentenceOf[j] == sentence, j - start <= 3 {
                if Self.pairNouns.contains(lower[j]), Self.owners.contains(lower[start]) { return start...j }
                if isPersonNoun(j) { return person(from: start, nounAt: j) }
                j += 1
            }
            return nil
        }
        var end = start
        // A headline's capitals: "Killing Mom And Grandmother" names two, listed by the caller.
        while end + 1 < tokens.count, sentenceOf[end + 1] == sentence, isNameWord(end + 1), lower[end + 1] != "and" { end += 1 }
        // "the murder of Oceanside teens": a place before the people, not a victim's name.
        if end + 1 < tokens.count, sentenceOf[end + 1] == sentence, Self.peopleWords.contains(lower[end + 1]) { return nil }
        return isNameWord(start) ? start...end : nil
    }

    /// One victim's phrase from `start` whose first person noun is at `noun`: "infant son",
    /// and past a possessor, "his girlfriend's son". A count after the possessor ("her two
    /// daughters") tells how many itself, so no one is read; "her son's left side" is the son.
    private func person(from start: Int, nounAt noun: Int) -> ClosedRange<Int>? {
        let sentence = sentenceOf[noun]
        var end = noun
        while end + 1 < tokens.count, sentenceOf[end + 1] == sentence, Self.personNouns.contains(lower[end + 1]) { end += 1 }
        if end + 2 < tokens.count, sentenceOf[end + 2] == sentence, ["'s", "’s"].contains(lower[end + 1]) {
            if let possessed = (end + 2..<min(end + 6, tokens.count)).first(where: { sentenceOf[$0] == sentence && isPersonNoun($0) }) {
                return start...possessed
            }
            if cues[end + 2].contains(.number) || numeral(lower[end + 2]) != nil { return nil }
        }
        return start...end
    }

    /// A run of capitalised words ending at `end`: one person's name.
    private func name(endingAt end: Int) -> ClosedRange<Int>? {
        guard isNameWord(end) else { return nil }
        var start = end
        while start > 0, sentenceOf[start - 1] == sentenceOf[end], isNameWord(start - 1), end - start < 3 { start -= 1 }
        // Sentence-initial words count too ("Jones died"); `isNameWord` turns away the
        // capitalised words that are not names ("Police", "They").
        return start...end
    }

    /// Whether the past form at `verb` ("shot", "killed") follows its subject, so acts on what
    /// comes after it: "man who shot child", "Gunman killed teen".
    private func hasSubject(pastVerb verb: Int) -> Bool {
        guard verb > 0, Self.headlinePastVerbs.contains(lower[verb]), sentenceOf[verb - 1] == sentenceOf[verb] else { return false }
        // A name of two words ("Eric Smith shot wife"); one capital alone may be a headline's
        // adjective ("Accidental shot sends man to ER") or a sentence's "He", "The".
        let named = verb > 1 && sentenceOf[verb - 2] == sentenceOf[verb] && isNameWord(verb - 2) && isNameWord(verb - 1)
        return lower[verb - 1] == "who" || isPersonNoun(verb - 1) || named
    }

    private static let headlinePastVerbs: Set<String> = ["shot", "killed", "wounded", "murdered"]

    /// The present a headline tells a harm in, whose object may go without its article: "Man
    /// kills daughter".
    static let headlinePresentVerbs: Set<String> = ["shoots", "kills", "wounds", "injures", "murders"]

    private func isNameWord(_ k: Int) -> Bool {
        guard let first = tokens[k].text.unicodeScalars.first, first.properties.isUppercase else { return false }
        let word = lower[k]
        // "Shooting That Struck Four": a headline capitalises its number words too.
        return !Self.notAVictimName.contains(word) && DateReader.monthNumber(word) == nil && Self.units[word] == nil
            && !["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(word)
            && tokens[k].text.unicodeScalars.contains(where: { $0.properties.isLowercase })
    }

    /// The speaker entity of the quote a claim sits in.
    private func claimant(of span: Span) -> String? {
        for quote in quotes where quote.span.start <= span.start && span.end <= quote.span.end {
            return quote.speaker?.entity
        }
        return nil
    }
}

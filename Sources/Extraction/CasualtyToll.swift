/// The article's own answer to "how many were killed, how many hurt": the figures it leads
/// with, read from its count claims. Nil where the article gives no such figure.
///
/// Injured means shot or hurt and alive, as the Gun Violence Archive counts them, so the people
/// shot less the dead count as injured where the article gives no separate figure.
public struct CasualtyToll: Sendable, Equatable, Codable {
    public var killed: Int?
    public var injured: Int?

    public init(killed: Int? = nil, injured: Int? = nil) {
        self.killed = killed
        self.injured = injured
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(killed, forKey: .killed)
        try c.encode(injured, forKey: .injured)
    }

    /// Reads the toll from `claims` of `text`, whose headline ends at `headlineEnd`.
    ///
    /// News gives the main figures first (headline, lead); later numbers are often background,
    /// such as other incidents or a year's total. So the killed are the first KILL claim (not one
    /// told after the lead in a sentence of another time: "500 homicides last year") and the
    /// injured the first WOUND claim, each with the others of the same event told next in its
    /// sentence, or as the whole it is part of ("1 of 7 injured"); a gunman's own death told
    /// first gives way to a larger figure of the dead in the lead, and one more told with the
    /// gunman's own death ("… before fatally shooting himself") counts him, as does his death
    /// told apart in the headline ("3 members of family fatally shot; suspect killed"). Where a
    /// SHOOT claim comes before any WOUND claim, the injured are the people shot less the killed
    /// told in the lead; so are they where the one first told hurt is among them ("after he and
    /// three others were shot", "Four people were shot", "A two year old child and a woman are shot").
    /// Where those shot were all killed, the injured are the next ones told as someone besides
    /// ("the woman was also shot", "another teen was shot", "three others"), or one shot next
    /// after a death in the same sentence ("a father was killed and his son was shot"). Where one
    /// died and every figure of the hurt names that one again ("Felder was wounded"), none are.
    /// "Dozens" gives way to a later count that fits it ("Another 53 were wounded"), and a part of
    /// an uncounted group ("Four of the victims") to a later, larger count.
    ///
    /// `storyStart` is where a dateline opens a later paragraph ("CHICAGO —" under a photo's
    /// caption): a death told between the headline and it is a caption's or a summary's, and gives
    /// way to the first told from there.
    public init(claims: [CountClaim], text: ArticleText, headlineEnd: Int = 0, storyStart: Int? = nil) {
        let reading = TollReading(claims: claims, text: text, headlineEnd: headlineEnd, storyStart: storyStart ?? headlineEnd)
        let killed = reading.killed()
        self.init(killed: killed, injured: killed == 1 && reading.isHurtOnlyTheDead() ? nil : reading.injured())
    }
}

/// The claims of one article in reading order, and the rules that pick its toll from them.
private struct TollReading {
    let ordered: [CountClaim]
    let text: ArticleText
    let headlineEnd: Int
    /// Where the lead ends: the headline and the first paragraphs after it.
    let leadEnd: Int

    /// Where the story proper starts: the headline's end, or a later paragraph's dateline.
    let storyStart: Int

    init(claims: [CountClaim], text: ArticleText, headlineEnd: Int, storyStart: Int) {
        ordered = claims.sorted { $0.span.start < $1.span.start }
        self.text = text
        self.headlineEnd = headlineEnd
        self.storyStart = storyStart
        leadEnd = headlineEnd + Self.leadLength
    }

    /// How many characters after the headline the lead runs. A death first told further on is
    /// mostly another incident's ("Last summer, one man was killed …"), and taking it off the
    /// people shot in the lead's incident counted them short.
    static let leadLength = 600

    func first(_ event: String) -> CountClaim? { ordered.first { $0.event == event } }

    func killed() -> Int? {
        // "Chicago surpassed 500 homicides last year": a figure of another time, told after the
        // lead, is no toll of this incident, nor are the deaths told in its sentence.
        let isToll = { (claim: CountClaim) in claim.event == "KILL" && !isOfAnotherTime(claim) }
        guard var told = ordered.first(where: isToll) else { return nil }
        // "Thomas Kamp and Hannah Johnson were found murdered. (Photo: Facebook)", then "ANDERSON
        // COUNTY – … the deaths of six people": the caption's dead are some of the story's.
        if (headlineEnd..<storyStart).contains(told.span.start), let story = ordered.first(where: { $0.span.start >= storyStart && isToll($0) }) {
            told = story
        }
        if let withTheShooter = headlineDeadWithTheShooter() { return withTheShooter }
        // "Courthouse murderer killed himself": the gunman's own death leads, and the lead's next
        // figure of the dead ("killing her and another woman … before killing himself") is the toll.
        if Self.selves.contains(told.object.lowercased()),
            let next = ordered.first(where: { $0.event == "KILL" && $0.span.start > told.span.start && !Self.selves.contains($0.object.lowercased()) }),
            next.span.start < leadEnd, next.value > told.value
        { return figure(next) }
        // "Virginia Beach man killed in airport shooting", then "One of the five people shot and
        // killed": the one told first is a part of the incident's toll.
        if told.value == 1,
            let whole = ordered.first(where: {
                $0.event == "KILL" && $0.span.start > told.span.start && $0.span.start < leadEnd && $0.value > 1 && isOneOf($0)
            })
        { return figure(whole) }
        return figure(stated(told)).map(withTheGunman)
    }

    /// Whether `claim`, told after the lead, is in a sentence about another time: "165 people
    /// were murdered" in "Crime stats for 2015", "A year earlier, Altone Finney was shot and
    /// killed", "So far in 2017, at least 47 people have been killed".
    private func isOfAnotherTime(_ claim: CountClaim) -> Bool {
        guard claim.span.start >= leadEnd else { return false }
        let words = sentenceWords(around: claim)
        for (i, word) in words.enumerated() {
            let next = i + 1 < words.count ? words[i + 1] : ""
            if Self.otherTimes.contains(word + " " + next) { return true }
            if i + 2 < words.count, word == "earlier", next == "this", words[i + 2] == "month" { return true }
            // "in 2015", "since 2008", "in July 2014".
            if next.count == 4, next.hasPrefix("19") || next.hasPrefix("20"), next.allSatisfy(\.isNumber),
                ["in", "since", "of", "for"].contains(word) || Self.months.contains(word)
            { return true }
        }
        return false
    }

    /// The lowercased words of the sentence `claim` stands in, looked for no further than
    /// `sentenceReach` characters either side, so a long article without full stops costs no more.
    private func sentenceWords(around claim: CountClaim) -> [String] {
        let scalars = text.scalars
        var start = min(claim.span.start, scalars.count), end = min(claim.span.end, scalars.count)
        let earliest = max(0, start - Self.sentenceReach), latest = min(scalars.count, end + Self.sentenceReach)
        while start > earliest, !(scalars[start - 1] == "\n" || scalars[start - 1] == " " && start >= 2 && scalars[start - 2] == ".") { start -= 1 }
        while end < latest, !(scalars[end] == "\n" || scalars[end] == "." && end + 1 < scalars.count && scalars[end + 1] == " ") { end += 1 }
        return text[Span(start, end)].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    private static let sentenceReach = 400

    /// Two words that set a sentence at another time than the incident's.
    private static let otherTimes: Set<String> = [
        "last year", "last summer", "last month", "last spring", "last fall", "last winter", "this year", "so far",
        "year earlier", "years ago", "year ago", "months ago", "previous year", "previous shooting", "previous incident",
        "past year", "past decade", "last decade",
    ]

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The first figure told in numbers after `claim`, where `claim` only says "dozens" or "more
    /// than a dozen" and the later one fits it: "dozens of others wounded", then "Another 53 were
    /// wounded". The article's own count says more than the word for it; but a figure many times
    /// the word's is of something else ("Some 2 million people died in the civil war"). Where
    /// `claim` counts a part of a group it does not count ("Four of the victims"), the first later,
    /// larger figure that is no such part.
    private func stated(_ claim: CountClaim) -> CountClaim {
        if isPartOfTheUntold(claim) {
            return ordered.first {
                $0.event == claim.event && $0.span.start > claim.span.start && $0.value > claim.value && !isPartOfTheUntold($0)
            } ?? claim
        }
        guard isVague(claim) else { return claim }
        return ordered.first {
            $0.event == claim.event && $0.span.start > claim.span.start && $0.value >= claim.value && $0.value < claim.value * 4 && !isVague($0)
        } ?? claim
    }

    /// Whether `claim` counts some of a group it names but does not count: "Four of the victims
    /// gunned down", "at least four of the". Not "two of them", whose group was counted before,
    /// nor "one of the five people killed", whose group is counted there.
    private func isPartOfTheUntold(_ claim: CountClaim) -> Bool {
        let words = text[Span(claim.span.start, min(claim.span.end + Self.partWindow, text.count))].lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let of = words.prefix(4).firstIndex(of: "of"), of > words.startIndex, of + 1 < words.endIndex, words[of + 1] == "the" else { return false }
        // The whole starts within those words; only the claims there are looked at.
        var next = ordered.firstIndex(startingAtOrAfter: claim.span.start + 1)
        while next < ordered.count, ordered[next].span.start <= claim.span.end + Self.partWindow {
            if isWhole(ordered[next], of: claim) { return false }
            next += 1
        }
        return true
    }

    /// How far past a claim, in characters, "of the" and its group's count are looked for.
    private static let partWindow = 16

    private func isVague(_ claim: CountClaim) -> Bool {
        text[claim.span].lowercased().split(whereSeparator: { !$0.isLetter }).contains { Self.vagueWords.contains(String($0)) }
    }

    /// Words that give a figure without counting it.
    private static let vagueWords: Set<String> = ["dozen", "dozens", "scores"]

    /// Whether "one of" or "one of the" comes just before `claim`: "One of the five people shot".
    private func isOneOf(_ claim: CountClaim) -> Bool {
        let before = text[Span(max(0, claim.span.start - 12), claim.span.start)].lowercased()
        var words = before.split(whereSeparator: { !$0.isLetter }).suffix(3)
        if words.last == "the" { words = words.dropLast() }
        return words.suffix(2).elementsEqual(["one", "of"])
    }

    /// `dead`, or more where a larger figure in the lead counts the gunman's own death with his
    /// victims': "kill 4 people" in the headline, then "killed her and three other people before
    /// fatally shooting himself"; "kills his 6 grandchildren", then "killed six of his
    /// grandchildren, his adult daughter and himself". The Gun Violence Archive counts the
    /// gunman among the killed.
    private func withTheGunman(_ dead: Int) -> Int {
        let counted = ordered.first { claim in
            claim.event == "KILL" && claim.span.start < leadEnd && (Self.whole(claim.value) ?? 0) > dead
                && text[claim.span].lowercased().split(whereSeparator: { !$0.isLetter }).contains { Self.ownDeath.contains(String($0)) }
        }
        return counted.flatMap { Self.whole($0.value) } ?? dead
    }

    /// The headline's dead and the gunman's own death told apart in it: "3 members of family
    /// fatally shot; suspect killed", "Suspect dead after killing 3". The Gun Violence Archive
    /// counts him among the killed.
    private func headlineDeadWithTheShooter() -> Int? {
        let headline = ordered.prefix { $0.span.start < headlineEnd }.filter { $0.event == "KILL" }
        // Not `isShooter(_:besides:)`, which reads "himself" after the people shot.
        let namesTheShooter = { (claim: CountClaim) in
            Self.shooterNouns.contains(claim.object.lowercased().prefix { $0.isLetter }.description)
        }
        guard headline.contains(where: { namesTheShooter($0) && $0.value == 1 }), let dead = headline.first(where: { !namesTheShooter($0) })
        else { return nil }
        return figure(dead).map { $0 + 1 }
    }

    /// Who a headline names by the deed: "suspect killed", "Gunman dead".
    private static let shooterNouns: Set<String> = ["suspect", "gunman", "shooter", "attacker", "killer", "assailant"]

    /// Words that tell, inside a claim, that the killer died too.
    private static let ownDeath: Set<String> = ["himself", "herself", "themselves", "suicide"]

    func injured() -> Int? {
        var found = first("WOUND").map(stated)
        guard var shot = first("SHOOT") else { return found.flatMap(figure) }
        // "A 12-year-old was in critical condition after he and three others were shot": the one
        // told first is among those shot. Whether that one was told hurt, not only shot.
        var hurtAmong = false
        if let among = shotAlongWithTheOneFirstTold() {
            hurtAmong = found.map { $0.span.start < shot.span.start } ?? false
            shot = among
            found = nil
        }
        // The first figure given wins here too: "Four people were shot …" before "one is in
        // critical condition" makes the wounded those shot less the dead.
        // Not "She is recovering" before "a quadruple shooting": one person told of again.
        let toldAgain = found.map { $0.value == 1 && Self.pronouns.contains($0.object.lowercased()) && shot.value > 1 } ?? false
        if let found, found.span.start < shot.span.start, !toldAgain { return figure(found) }
        let killed = first("KILL")
        // "two other gunshot victims", "another teen was shot": others than the dead, so none
        // of them is taken off; nor are deaths told only after the lead (unless the shooting too
        // is first told after them), nor the gunman's own.
        let toldLate = { (death: CountClaim) in death.span.start >= max(leadEnd, shot.span.start) }
        let dead = killed.map { Self.isOthers(shot) || isBesides(shot) || toldLate($0) || Self.isShooter($0, besides: shot) ? 0 : $0.value } ?? 0
        if let besides = woundedBesidesTheDead(shotInTheHeadline: shot, dead: dead) { return besides }
        // Counted as other figures are: "Two teens among 5 shot" is five, "2 shot and wounded,
        // 3 others grazed" five.
        let hurt = (figure(shot).map(Double.init) ?? shot.value) - dead
        if hurt > 0 { return Self.whole(hurt) }
        // "3 dead in shooting spree that injured Sheriff", then "the Sheriff and another deputy
        // have been shot": more dead than shot, and one of those shot told hurt, so the dead are
        // not among them.
        if hurt < 0, hurtAmong { return figure(shot) }
        // "The woman was also shot", "Another teen was shot in the foot": besides the dead.
        // So are "three others" shot along with the dead, unless a figure of wounded came first.
        if let other = ordered.first(where: {
            ["SHOOT", "WOUND"].contains($0.event) && $0.span.start > shot.span.start
                && (isBesides($0) || Self.isOthers($0) && $0.span.start < (found?.span.start ?? Int.max))
        }) {
            return figure(other)
        }
        if let found { return figure(found) }
        // "A father was killed and his son was shot", "murdering four of his children, and shooting
        // their mother": another person, told next in the sentence. Told apart, the one shot is
        // mostly the one who died.
        if let killed, shot.value == 1, !Self.pronouns.contains(shot.object.lowercased()),
            isAnother(shot, after: killed) || isAnother(shot, joinedTo: ordered.last { $0.event == "KILL" && $0.span.end <= shot.span.start })
        { return 1 }
        return nil
    }

    /// Whether every figure of the shot or hurt is one person told dead before: "Teen fatally shot in
    /// head", then "Felder was wounded in the head"; "A 9-year-old boy … has died", then "found
    /// the boy wounded". Nobody was hurt besides, though a toll read alone would count one.
    func isHurtOnlyTheDead() -> Bool {
        // The words naming the dead told so far, gathered once, so a long article costs no more
        // than its claims.
        var dead: Set<Substring> = []
        var toldDead = false, hurt = false
        for claim in ordered {
            if claim.event == "KILL" {
                toldDead = true
                dead.formUnion(Self.personWords(claim.object))
            }
            guard claim.event == "SHOOT" || claim.event == "WOUND" else { continue }
            guard claim.value == 1, toldDead, !isBesides(claim), !Self.isOthers(claim) else { return false }
            // "… has died after he was shot": the one told dead.
            if Self.pronouns.contains(claim.object.lowercased()) { hurt = true; continue }
            let named = Self.personWords(claim.object)
            guard !named.isEmpty, !dead.isDisjoint(with: named) else { return false }
            hurt = true
        }
        return hurt
    }

    /// The words of a claim's object that can name one person again: "Antrez Felder" and
    /// "Felder", "9-year-old boy" and "the boy"; not "the", "year" or "old".
    private static func personWords(_ object: String) -> Set<Substring> {
        Set(object.lowercased().split(whereSeparator: { !$0.isLetter }).filter { !unnamingWords.contains($0) })
    }

    private static let unnamingWords: Set<Substring> = [
        "a", "an", "the", "his", "her", "their", "was", "were", "who", "and", "of", "in", "year", "old", "he", "she", "him", "s",
    ]

    /// In the lead, "he and three others were shot", the incident's "Four people were shot", or a
    /// list of those shot ("a child and a woman"), after one person first told hurt or shot, unless
    /// a figure of the wounded came between.
    private func shotAlongWithTheOneFirstTold() -> CountClaim? {
        guard let told = ordered.first(where: { $0.event == "SHOOT" || $0.event == "WOUND" }), told.value == 1,
            let among = ordered.first(where: {
                $0.event == "SHOOT" && $0.span.start > told.span.start && $0.span.start < leadEnd
                    && (["he and ", "she and "].contains(where: $0.object.lowercased().hasPrefix)
                        || $0.value > 1 && ($0.object.lowercased() == "people" || $0.object.contains(" and ") && !isCountedBetween(told, $0)))
            })
        else { return nil }
        return ordered.contains { $0.event == "WOUND" && $0.value > 1 && $0.span.start < among.span.start } ? nil : among
    }

    /// "15-Year-Old Dead, 6 Shot" over the lead's "shot seven people, killing a 15-year-old":
    /// the headline counted those shot besides the dead. Taken so only when a figure of the
    /// wounded ("injuring six") agrees with the lead's, less the dead.
    private func woundedBesidesTheDead(shotInTheHeadline shot: CountClaim, dead: Double) -> Int? {
        guard shot.span.start < headlineEnd, dead > 0,
            let lead = ordered.first(where: {
                $0.event == "SHOOT" && $0.span.start >= headlineEnd && $0.span.start < leadEnd && $0.value > shot.value
            })
        else { return nil }
        let wounded = lead.value - dead
        return ordered.contains { $0.event == "WOUND" && $0.bound == .exact && $0.value == wounded } ? Self.whole(wounded) : nil
    }

    /// Whether more than one person is counted shot or hurt between `first` and `later`: "shot
    /// along with three others" before "A 59-year-old man, 49-year-old woman and 53-year-old man"
    /// names those others, not everyone shot.
    private func isCountedBetween(_ first: CountClaim, _ later: CountClaim) -> Bool {
        // Only the claims between are looked at, found by the binary search, not every claim.
        let between = ordered.firstIndex(startingAtOrAfter: first.span.start + 1)..<ordered.firstIndex(startingAtOrAfter: later.span.start)
        return ordered[between].contains { ["SHOOT", "WOUND"].contains($0.event) && $0.value > 1 }
    }

    /// The figure `claim` gives. "Two men were in critical condition and two others injured":
    /// the others of the same event, told next in the same sentence, add to it.
    private func figure(_ claim: CountClaim) -> Int? {
        // "1 of 7 injured", "four of five dead": the whole the claim is a part of, whose span
        // may start inside the part's.
        if let whole = ordered.first(where: { $0.event == claim.event && $0.span.start > claim.span.start }), whole.value > claim.value,
            isWhole(whole, of: claim)
        { return Self.whole(whole.value) }
        guard let next = ordered.first(where: { $0.event == claim.event && $0.span.start >= claim.span.end }), isToldNext(next, after: claim)
        else { return Self.whole(claim.value) }
        // "Boy, 3, killed by father in double murder-suicide": the incident's toll.
        if next.value > claim.value, Self.incidentNouns.contains(next.object.lowercased()) { return Self.whole(next.value) }
        // "13-year-old in critical condition, one man killed, another injured": one more hurt.
        if Self.isOthers(next) || claim.event == "WOUND" && next.object.lowercased() == "another" { return Self.whole(claim.value + next.value) }
        // "A woman was shot in the back and a boy was shot in the arm": two people, each named.
        if claim.event == "SHOOT", next.value == 1, ![claim, next].contains(where: { Self.pronouns.contains($0.object.lowercased()) }),
            isAnother(next, joinedTo: claim)
        { return Self.whole(claim.value + next.value) }
        return Self.whole(claim.value)
    }

    /// Whether only "of" or "of the" stands between `part` and `whole`, or "among" after the
    /// part's noun ("3 juveniles among 5 dead").
    private func isWhole(_ whole: CountClaim, of part: CountClaim) -> Bool {
        var between = text[Span(part.span.start, whole.span.start)].lowercased().split(whereSeparator: \.isWhitespace).dropFirst()
        if between.last == "the" { between = between.dropLast() }
        return between.elementsEqual(["of"]) || between.count == 2 && between.last == "among"
    }

    /// Whether `claim` is of someone besides those told before: "another man", "was also shot",
    /// "six more shot" (but "more than six" is a bound), "Two suspects - another man and a woman".
    private func isBesides(_ claim: CountClaim) -> Bool {
        let words = text[claim.span].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        // "Two suspects - another man and a woman - were hit": the two besides the one killed.
        let restatedAsAnother = words.count > 2 && words[2] == "another"
        return words.first == "another" || restatedAsAnother || words.contains("also") || words.dropFirst().first == "more" && !words.contains("than")
    }

    /// Whether the one `shot` is someone other than those told `earlier` (one shot, or any
    /// number killed), told next in the sentence.
    private func isAnother(_ shot: CountClaim, after earlier: CountClaim) -> Bool {
        (earlier.value == 1 || earlier.event == "KILL") && shot.object != earlier.object && isToldNext(shot, after: earlier)
    }

    /// Whether `shot` is told in a clause joined by "and" to the one just before it, which a
    /// headline's may not be: "A juvenile was killed and a driver was shot". Not "the death of
    /// Ramirez, a neighbor and friend, who was shot": one person.
    private func isAnother(_ shot: CountClaim, joinedTo earlier: CountClaim?) -> Bool {
        guard let earlier, isAnother(shot, after: earlier) else { return false }
        let between = text[Span(earlier.span.end, shot.span.end)].lowercased().split(whereSeparator: { !$0.isLetter })
        return between.contains("and") && !between.contains("who")
    }

    /// Whether `later` follows `earlier` closely in the same sentence.
    private func isToldNext(_ later: CountClaim, after earlier: CountClaim) -> Bool {
        guard earlier.span.end <= later.span.start else { return false }
        let end = min(later.span.start, text.count)
        return end - earlier.span.end <= Self.longestGap
            && !text.scalars[min(earlier.span.end, end)..<end].contains(where: { Self.sentenceBreaks.contains($0) })
    }

    /// A figure as a whole number of people; nil for one no `Int` holds ("More than 1555…5"
    /// with a hundred digits), which tells no toll.
    private static func whole(_ figure: Double) -> Int? { Int(exactly: figure.rounded()) }

    private static func isOthers(_ claim: CountClaim) -> Bool { claim.object.lowercased().hasPrefix("other") }

    /// A person told only by a pronoun after a death: "Boy, 13, dies after he was shot" is the boy.
    private static let pronouns: Set<String> = ["he", "she", "him", "her", "himself", "herself"]

    /// Whether `killed` is a gunman's own death, told apart from the people he shot: "shot two
    /// women and a girl before killing himself" leaves the three hurt. A child who shot himself is
    /// one person: his death is his shot.
    private static func isShooter(_ killed: CountClaim, besides shot: CountClaim) -> Bool {
        selves.contains(killed.object.lowercased()) && !selves.contains(shot.object.lowercased()) && shot.value > 1
    }

    private static let selves: Set<String> = ["himself", "herself"]

    /// Incidents a figure counts the victims of: "a double murder-suicide".
    private static let incidentNouns: Set<String> = ["murder-suicide", "homicide", "murders", "homicides", "killings", "slayings", "shooting"]

    /// How far apart, in characters, a figure and its "others" may stand.
    private static let longestGap = 80
    private static let sentenceBreaks: Set<Unicode.Scalar> = [".", "!", "?", ";", "\n"]
}

import Extraction
import Foundation
import IngestTesting
@testable import Stories
import Testing

/// Runs articles through extraction and the linker in order, as the daemon does.
struct LinkerRun {
    var linker = StoryLinker()
    let extractor = ArticleExtractor()
    var seq = 0
    var links: [StoryLink] = []

    mutating func add(_ text: String, on date: String? = nil) -> StoryLink {
        seq += 1
        let published = date.flatMap(CivilDate.init(iso:))
        let record = extractor.extract(text, published: published)
        let link = linker.propose(linker.signature(text: text, record: record, published: published), seq: seq)
        linker.commit(link, seq: seq)
        links.append(link)
        return link
    }

    /// The signature `text` would have as the next article, published on `date`.
    func signature(_ text: String, on date: String) -> StorySignature {
        let published = CivilDate(iso: date)
        return linker.signature(text: text, record: extractor.extract(text, published: published), published: published)
    }
}

/// Two reports of one shooting, and a different shooting in the same city a week later.
enum ShootingFixtures {
    static let firstReport = """
        Two killed, three wounded in shooting at Elm Park cookout

        SPRINGFIELD — Two men were killed and three other people were wounded when gunfire erupted at a \
        cookout in Elm Park on Saturday night, police said.

        Marcus Dale, 24, and Terrence Ward, 31, died at the scene, according to Springfield Police Chief \
        Ellen Ortiz. The wounded were taken to Baystate Medical Center.

        "This was a family gathering that turned into a nightmare," Ortiz said. Police are looking for a \
        gray sedan seen leaving the 400 block of Maple Street.
        """
    static let secondReport = """
        Police seek gray sedan after Elm Park cookout shooting leaves 2 dead

        Springfield police on Sunday asked for help finding a gray sedan after a shooting at an Elm Park \
        cookout killed Marcus Dale and Terrence Ward and wounded three others.

        Chief Ellen Ortiz called the shooting near the 400 block of Maple Street "a family gathering that \
        turned into a nightmare." Anyone with information is asked to call detectives.
        """
    static let otherShooting = """
        Teen wounded in drive-by shooting on Oak Avenue

        SPRINGFIELD — A 16-year-old boy was wounded in a drive-by shooting on Oak Avenue on Friday \
        afternoon, police said.

        Sergeant Paul Kim said the boy, a student at Central High School, was shot in the leg while \
        walking home. He is expected to survive. No arrests have been made.
        """
}

@Suite("Story linking")
struct StoryLinkerTests {
    @Test func twoReportsOfOneShootingShareAStoryAndAnotherShootingDoesNot() {
        var run = LinkerRun()
        let first = run.add(ShootingFixtures.firstReport, on: "2016-07-02")
        let second = run.add(ShootingFixtures.secondReport, on: "2016-07-03")
        let other = run.add(ShootingFixtures.otherShooting, on: "2016-07-09")
        #expect(first.id == 1 && first.related.isEmpty)
        #expect(second.id == 1)
        #expect(second.related.first?.seq == 1)
        #expect(second.related.first?.why.contains("entities") == true)
        #expect(other.id == 3, "a different shooting in the same city starts its own story")
    }

    /// Two arrests of players of one team for one offence, a month apart: ECB+ pairs events so.
    enum ArrestFixtures {
        static let earlier = """
            Chargers receiver Vincent Jackson arrested on suspicion of DUI

            San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunken driving early \
            Tuesday, the California Highway Patrol said. Jackson was on probation for a previous arrest, and \
            Jackson is expected to play in the playoff game.
            """
        static let report = """
            Chargers lineman Jamal Williams arrested on suspicion of DUI

            San Diego Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving \
            early Sunday, the California Highway Patrol said. Williams was booked into county jail and \
            released on bail.
            """
        static let followUp = """
            Chargers' Williams faces DUI charge after Sunday arrest

            Chargers lineman Jamal Williams was arrested early Sunday on suspicion of drunken driving after \
            he was stopped for speeding. Williams gave a blood sample, the California Highway Patrol said.
            """
    }

    /// A figure beyond any Int is read, not trapped on: the daemon links every article it keeps.
    @Test func aFigureBeyondAnyIntStillGivesASignature() {
        var run = LinkerRun()
        let text = "Riots in the capital\n\nMore than " + String(repeating: "5", count: 100) + " were injured on Monday, police said."
        let link = run.add(text, on: "2022-01-10")
        #expect(link.id == 1)
        #expect(!run.signature(text, on: "2022-01-10").figures.isEmpty)
    }

    /// Two dead is in too many shooting reports to tell one from another; three is kept.
    @Test func theSignatureLeavesOutFiguresOfTwo() {
        let run = LinkerRun()
        #expect(run.signature("Shooting in Macon\n\nTwo people were killed on Monday, police said.", on: "2022-01-10").figures.isEmpty)
        #expect(!run.signature("Shooting in Macon\n\nThree people were killed on Monday, police said.", on: "2022-01-10").figures.isEmpty)
    }

    /// "PUYALLUP, Wash. —" places the story in the city the text names again, not in a string
    /// no entity matches.
    @Test func aDatelineWithItsStatePlacesTheStoryInTheCity() {
        let run = LinkerRun()
        let signature = run.signature("Boy not charged\n\nPUYALLUP, Wash. — No charges will be filed, the prosecutor said.", on: "2022-01-10")
        #expect(signature.places.contains(FeatureHash.bucket(.entity, lowercasing: "PUYALLUP")))
        #expect(!signature.places.contains(FeatureHash.bucket(.entity, lowercasing: "PUYALLUP, Wash.")))
    }

    @Test func theSignatureKeepsNamedDaysAndProtagonists() throws {
        let published = try #require(CivilDate(iso: "2009-02-02"))
        let text = ArrestFixtures.report
        let signature = StoryLinker().signature(text: text, record: ArticleExtractor().extract(text, published: published), published: published)
        // "early Sunday", against an article dated Monday 2 February 2009.
        #expect(signature.days == [UInt32(published.daysSinceEpoch - 1)])
        #expect(signature.protagonists == WordScanner.contentTerms(of: "Williams"), "the one person named twice")
    }

    @Test func namedDaysAndProtagonistsTellTwoArrestsApart() {
        var run = LinkerRun()
        let earlier = run.add(ArrestFixtures.earlier, on: "2009-01-08")
        let features = run.linker.candidateFeatures(run.signature(ArrestFixtures.report, on: "2009-02-02"))
        let pair = features.first { $0.seq == earlier.id }?.features ?? []
        #expect(pair.count == PairFeature.count, "the earlier arrest is a candidate")
        if pair.count == PairFeature.count {
            #expect(pair[PairFeature.protagonistsApart.rawValue] == 1, "neither names the other's player")
            #expect(pair[PairFeature.namedDaysApart.rawValue] == 1, "6 January against 1 February")
        }
        let report = run.add(ArrestFixtures.report, on: "2009-02-02")
        #expect(report.id == 2, "another player's arrest is another story")
        let followUp = run.add(ArrestFixtures.followUp, on: "2009-02-03")
        #expect(followUp.id == 2)
        let evidence = run.linker.candidateFeatures(run.signature(ArrestFixtures.followUp, on: "2009-02-03"))
        let same = evidence.first { $0.seq == 2 }?.features ?? []
        #expect(same.count == PairFeature.count && same[PairFeature.namedDay.rawValue] == 1 && same[PairFeature.protagonists.rawValue] == 1)
    }

    /// A SimHash of a handful of trigrams cannot tell a copy from a rewrite (and a text of under
    /// three words had one of 0, a "copy" of every other such text): texts under about 32 words
    /// are flagged as no one's copy, and join by their evidence alone.
    @Test func shortTextsAreNotFlaggedAsCopies() {
        var run = LinkerRun()
        let brief = "Man shot on Main Street.\n\nA man was shot on Main Street on Friday night, police said."
        _ = run.add(brief, on: "2016-07-08")
        let again = run.add(brief, on: "2016-07-08")
        #expect(again.syndicatedOf == nil)
        #expect(run.signature("Shots fired", on: "2016-07-08").simhash == 0)
    }

    @Test func aSyndicatedCopyIsFlaggedAndJoinsItsOriginal() {
        var run = LinkerRun()
        _ = run.add(ShootingFixtures.otherShooting, on: "2016-07-09")
        _ = run.add(ShootingFixtures.firstReport, on: "2016-07-02")
        // The same wire copy, run by another outlet with its own furniture line.
        let copy = run.add(ShootingFixtures.firstReport + "\n\nShare this story\n", on: "2016-07-03")
        #expect(copy.syndicatedOf == 2)
        #expect(copy.id == 2)
    }

    @Test func twoEarthquakesInOneRegionAreTwoStories() {
        let first = """
            Magnitude 6.1 earthquake strikes off northern California coast

            A magnitude 6.1 earthquake struck off the coast of Humboldt County on Tuesday, the US Geological \
            Survey said. Residents of Eureka reported strong shaking, but no injuries were reported.
            """
        let second = """
            Earthquake of magnitude 5.4 rattles Los Angeles; no damage reported

            A magnitude 5.4 earthquake centered near Ridgecrest shook Los Angeles on Sunday, seismologist \
            Lucy Jones said. Trains on the Metro line were stopped for inspection.
            """
        var run = LinkerRun()
        _ = run.add(first, on: "2014-03-11")
        let other = run.add(second, on: "2014-08-24")
        #expect(other.id == 2)
    }

    @Test func aRebuiltLinkerDecidesAsTheLiveOne() throws {
        var run = LinkerRun()
        for text in [ShootingFixtures.firstReport, ShootingFixtures.otherShooting] { _ = run.add(text, on: "2016-07-02") }
        // Round-trip every link through JSON, as the ledger stores them.
        var rebuilt = StoryLinker()
        for (index, link) in run.links.enumerated() {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let bytes = Array(try encoder.encode(link))
            let stored = try JSONDecoder().decode(StoryLink.self, from: Data(bytes))
            #expect(stored == link)
            // The start-up scanner reads the same id and signature as the decoder.
            let replayed = try #require(StoryReplay.read(bytes[...]))
            #expect(replayed.id == link.id && replayed.signature == link.signature)
            rebuilt.commit(stored, seq: index + 1)
        }
        let record = run.extractor.extract(ShootingFixtures.secondReport, published: CivilDate(iso: "2016-07-03"))
        let signature = run.linker.signature(text: ShootingFixtures.secondReport, record: record, published: CivilDate(iso: "2016-07-03"))
        #expect(rebuilt.signature(text: ShootingFixtures.secondReport, record: record, published: CivilDate(iso: "2016-07-03")) == signature)
        #expect(rebuilt.propose(signature, seq: 3) == run.linker.propose(signature, seq: 3))
    }

    /// `commit` reuses what `propose` prepared only while the link still carries the signature it was prepared from.
    @Test func aLinkWhoseSignatureIsReplacedCommitsTheNewOne() {
        var run = LinkerRun()
        let first = run.signature(ShootingFixtures.firstReport, on: "2016-07-02")
        let other = run.signature(ShootingFixtures.otherShooting, on: "2016-07-09")
        var link = run.linker.propose(first, seq: 1)
        link.signature = other
        run.linker.commit(link, seq: 1)
        // The window now holds the other shooting, so its own signature is a copy of line 1, and the first report is not.
        #expect(run.linker.propose(other, seq: 2).syndicatedOf == 1)
        #expect(run.linker.propose(first, seq: 2).syndicatedOf == nil)
    }

    /// A hand-edited or foreign ledger line must not stop the daemon when the linker is rebuilt.
    @Test func aStoredSignatureWithABucketOutOfRangeIsRefusedNotReplayed() throws {
        var run = LinkerRun()
        let link = run.add(ShootingFixtures.firstReport, on: "2016-07-02")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let good = String(decoding: try encoder.encode(link), as: UTF8.self)
        let entity = try #require(link.signature.entities.first)
        let bad = good.replacingOccurrences(of: "\"entities\":[\(entity)", with: "\"entities\":[4294967295")
        #expect(bad != good)
        #expect(StoryReplay.read(Array(bad.utf8)[...]) == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(StoryLink.self, from: Data(bad.utf8)) }
        // A list out of order is read sorted, as the comparisons merge lists.
        let people = link.signature.people
        try #require(people.count >= 2)
        let reversed = good.replacingOccurrences(
            of: "\"people\":[\(people.map(String.init).joined(separator: ","))]",
            with: "\"people\":[\(people.reversed().map(String.init).joined(separator: ","))]")
        #expect(StoryReplay.read(Array(reversed.utf8)[...]) == nil)
        #expect(try JSONDecoder().decode(StoryLink.self, from: Data(reversed.utf8)).signature.people == people)
    }

    /// `commit` reuses the keys `propose` chose only if nothing was committed in between.
    @Test func aLinkCommittedAfterAnotherIsIndexedAsAFreshOneWouldBe() {
        var configuration = StoryLinker.Configuration()
        configuration.retrievalWords = 2
        func article(_ terms: [UInt32], _ salt: UInt64) -> StorySignature {
            StorySignature(terms: terms.map { .init(term: $0, count: 1) }, simhash: salt &* 0x9e37_79b9_7f4a_7c15, date: nil)
        }
        let a = article([1, 2], 1), b = article([1, 2, 3, 4], 2), c = article([3, 4], 3)
        // Both proposed first: B's two rarest words are then 1 and 2 (all unseen, lowest bucket first).
        // Once A is committed, 1 and 2 are common, so B must be found by 3 and 4.
        var interleaved = StoryLinker(configuration: configuration)
        let first = interleaved.propose(a, seq: 1), second = interleaved.propose(b, seq: 2)
        interleaved.commit(first, seq: 1)
        interleaved.commit(second, seq: 2)
        var fresh = StoryLinker(configuration: configuration)
        fresh.commit(story: first.id, signature: a, seq: 1)
        fresh.commit(story: second.id, signature: b, seq: 2)
        #expect(fresh.candidateFeatures(c).map(\.seq) == [2])
        #expect(interleaved.candidateFeatures(c).map(\.seq) == [2])
    }

    @Test func theWindowBoundsTheState() {
        var configuration = StoryLinker.Configuration()
        configuration.window = 50
        var linker = StoryLinker(configuration: configuration)
        for seq in 1...200 {
            let signature = StorySignature(
                terms: [.init(term: UInt32(seq % 7), count: 2), .init(term: UInt32(1000 + seq), count: 1)], simhash: UInt64(seq) &* 0x9e37_79b9_7f4a_7c15,
                date: nil, entities: [UInt32(seq % 5)]
            )
            linker.commit(linker.propose(signature, seq: seq), seq: seq)
        }
        #expect(linker.activeArticles == 50)
    }

    @Test func lineTemplatesRepeatedAcrossArticlesAreLeftOut() {
        let template = "Sign up for our newsletter to get the latest news delivered to your inbox every morning"
        var run = LinkerRun()
        for n in 0..<6 { _ = run.add("Story number \(n) about council budget\n\n\(template)\n\nThe council met on Monday.") }
        let record = run.extractor.extract("Fresh story\n\n\(template)\n")
        let withTemplate = run.linker.signature(text: "Fresh story\n\n\(template)\n", record: record, published: nil)
        let fresh = StoryLinker().signature(text: "Fresh story\n\n\(template)\n", record: record, published: nil)
        #expect(withTemplate.terms.count < fresh.terms.count, "the template's words are not evidence once it recurs")
    }
}

@Suite("Story linking on the seed articles", .enabled(if: SharedFixtures.seedsAvailable, SharedFixtures.seedsMissing))
struct SeedStoryTests {
    @Test func seed003JoinsTheStoryOfSeed000OnItsQuoteAndEntities() throws {
        var run = LinkerRun()
        let first = run.add(String(decoding: try SharedFixtures.seed("000"), as: UTF8.self))
        let second = run.add(String(decoding: try SharedFixtures.seed("003"), as: UTF8.self))
        #expect(first.id == 1)
        #expect(second.id == 1)
        let why = second.related.first?.why ?? []
        #expect(why.contains("quote"))
        #expect(why.contains("entities"))
    }
}

@Suite("Where outlets disagree")
struct StoryCatalogTests {
    static func count(_ value: Double, _ event: String, _ object: String) -> CountClaim {
        CountClaim(value: value, bound: .exact, object: object, event: event, span: Span(0, 1), claimedBy: nil)
    }

    @Test func differentDeathTollsForOneStoryAreReported() {
        var catalog = StoryCatalog()
        catalog.add(seq: 1, story: 1, title: "Unrest", source: "Tass", seenAt: "t1", counts: [Self.count(16, "KILL", "dead")])
        catalog.add(seq: 2, story: 1, title: "Unrest 2", source: "AFP", seenAt: "t2", counts: [Self.count(26, "KILL", "people")])
        catalog.add(seq: 3, story: 1, title: "Unrest 3", source: "Sputnik", seenAt: "t3", counts: [Self.count(16, "KILL", "people killed")])
        catalog.add(seq: 4, story: 4, title: "Other", source: "AFP", seenAt: "t4", counts: [Self.count(3, "KILL", "dead")])
        #expect(catalog.stories.map(\.id) == [1, 4])
        let story = catalog.stories[0]
        #expect(story.title == "Unrest" && story.outlets == ["Tass", "AFP", "Sputnik"])
        #expect(story.firstSeen == "t1" && story.lastSeen == "t3" && story.articles == [1, 2, 3])
        #expect(story.disagreements.count == 2, "AFP's 26 against Tass's 16, and Sputnik's 16 against AFP's 26")
        #expect(story.disagreements.first?.figure == "KILL")
        #expect(story.disagreements.first?.claims.map(\.values) == [[16], [26]])
        #expect(catalog.stories[1].disagreements.isEmpty)
    }
}

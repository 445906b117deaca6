import Extraction
import IngestTesting
import Testing

/// The quote, count, source, outlet and boilerplate facts issue 4 pins on the seed articles.
@Suite("Quotes, counts and layout in the seed articles", .enabled(if: SharedFixtures.seedsAvailable, SharedFixtures.seedsMissing))
struct SeedQuoteTests {
    static func record(_ prefix: String) throws -> (ArticleText, ArticleRecord) {
        let text = ArticleText(String(decoding: try SharedFixtures.seed(prefix), as: UTF8.self))
        return (text, ArticleExtractor().extract(text))
    }

    /// The quotes whose text contains `words`, by speaker name.
    static func speakers(of words: String, in record: ArticleRecord) -> [String] {
        record.quotes.filter { $0.text.contains(words) }.compactMap { $0.speaker?.name }
    }

    @Test func putinQuotesInBothArticles() throws {
        let (_, r000) = try Self.record("000")
        let (_, r003) = try Self.record("003")
        #expect(Self.speakers(of: "Well-organized and controlled groups of fighters have been deployed", in: r000) == ["Vladimir Putin"])
        #expect(Self.speakers(of: "Maidan techniques", in: r000).contains("Vladimir Putin"))
        #expect(Self.speakers(of: "for a limited period of time", in: r000) == ["Vladimir Putin"])
        #expect(Self.speakers(of: "for a limited period of time", in: r003) == ["Vladimir Putin"])
        let relayed = r000.quotes.first { $0.text.hasPrefix("Well-organized") }
        #expect(relayed?.kind == .direct)
        #expect(relayed?.via == "Tass")
    }

    @Test func otherSpeakersInSeed000() throws {
        let (text, record) = try Self.record("000")
        #expect(Self.speakers(of: "coup", in: record).contains("Kassym-Shomart Tokayev"))
        #expect(Self.speakers(of: "the undermining of public order", in: record) == ["Kassym-Shomart Tokayev"])
        #expect(Self.speakers(of: "The lessons should be learned by everyone", in: record) == ["Alexander Lukashenko"])
        #expect(Self.speakers(of: "Therefore we have to build a safety belt around Afghanistan", in: record) == ["Emomali Rahmon"])
        #expect(Self.speakers(of: "surprised by the extent of the violence of the outbreak", in: record) == ["Dimitri Peskov"])
        let antonov = record.quotes.first { $0.text.contains("US decision to withdraw from Afghanistan") }
        #expect(antonov?.speaker?.name == "Anatoly Antonov")
        #expect(antonov?.kind != .direct)
        let confusing = record.quotes.first { $0.text.contains("still confusing") }
        #expect(confusing?.speaker?.name.contains("spokeswoman") == true)
        #expect(confusing?.speaker?.name.contains("Federal Foreign Office") == true)
        // "she said" resolves to the same spokeswoman.
        let she = record.quotes.first { $0.text.hasPrefix("But we are seeing") }
        #expect(she?.speaker?.name == confusing?.speaker?.name)
        #expect(she.map { text[$0.speaker!.span] } == "she")
    }

    @Test func japarovIndirectQuote() throws {
        let (_, record) = try Self.record("003")
        let hope = record.quotes.first { $0.text.contains("open and fair investigation") }
        #expect(hope?.speaker?.name == "Akylbek Japarov")
        #expect(hope?.kind == .indirect)
    }

    @Test func counts() throws {
        let (_, record) = try Self.record("000")
        func claim(_ value: Double, _ event: String) -> CountClaim? {
            record.counts.first { $0.value == value && $0.event == event }
        }
        #expect(claim(7939, "ARREST")?.bound == .exact)
        #expect(claim(16, "KILL")?.bound == .exact)
        #expect(claim(1600, "WOUND")?.bound == .atLeast)
        #expect(claim(1600, "WOUND")?.object.contains("security forces") == true)
        #expect(claim(2000, "DEPLOY") != nil)
        #expect(record.counts.contains { $0.value == 6000 && $0.bound == .atLeast && $0.object == "fighters" })
        #expect(record.counts.contains { $0.value == 40 && $0.bound == .atLeast && $0.object == "camps" })
        #expect(claim(11, "KILL")?.bound == .atLeast)
        #expect(claim(18, "WOUND")?.bound == .atLeast)
        // Tokayev makes the casualty claim ("According to Tokayev, …").
        let tokayev = record.entities.first { $0.name == "Kassym-Shomart Tokayev" }?.id
        #expect(claim(16, "KILL")?.claimedBy == tokayev)
    }

    @Test func citedSources() throws {
        let (_, r000) = try Self.record("000")
        let (_, r003) = try Self.record("003")
        #expect(Set(r000.citedSources + r003.citedSources) == ["Tass", "AFP", "Sputnik"])
    }

    @Test func outletsDatelinesAndTitles() throws {
        let (_, r000) = try Self.record("000")
        let (text003, r003) = try Self.record("003")
        #expect(r000.title == "\u{201C}Maidan techniques\u{201D} were used in Kazakhstan")
        #expect(r000.outlet == "time news")
        #expect(r003.outlet == "Tasnim")
        #expect(r003.dateline?.place == "TEHRAN")
        #expect(r003.dateline.map { text003[$0.span] } == "TEHRAN (Tasnim) \u{2013}")
        // The repeated headline is furniture: the title is given once.
        #expect(r003.title == "Maidan Technologies Used in Kazakhstan, Putin Says")
        #expect(r003.boilerplate.contains { text003[$0] == r003.title })
        #expect(r000.quoteRepairs > 0)
    }

    @Test func boilerplateIsNotBody() throws {
        let (text000, r000) = try Self.record("000")
        let (text003, r003) = try Self.record("003")
        let cut = r000.boilerplate.map { text000[$0] } + r003.boilerplate.map { text003[$0] }
        for furniture in ["You may also like", "Leave a Comment", "Most Visited in Other Media", "Top Other Media stories", "Top Stories", "(with AFP)"] {
            #expect(cut.contains(furniture), "\(furniture) should be boilerplate")
        }
        // The body ends with the last sentence of prose, before the furniture.
        #expect(text000[r000.body!].hasSuffix("she said."))
        #expect(text003[r003.body!].hasSuffix("between CSTO member states."))
    }
}

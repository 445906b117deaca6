import Extraction
import IngestTesting
import Testing

/// The entity facts issue 3 pins on the two seed articles.
@Suite("Entities in the seed articles", .enabled(if: SharedFixtures.seedsAvailable, SharedFixtures.seedsMissing))
struct SeedEntityTests {
    struct Article {
        let text: String
        let article: ArticleText
        let record: ArticleRecord

        init(_ prefix: String) throws {
            text = String(decoding: try SharedFixtures.seed(prefix), as: UTF8.self)
            article = ArticleText(text)
            record = ArticleExtractor().extract(article)
        }

        func entity(_ name: String) -> Entity? { record.entities.first { $0.name == name } }

        /// Code-point offsets of every occurrence of `word` as a whole word, outside boilerplate
        /// (a repeated headline, "(with AFP)"), which is not read for entities.
        func occurrences(of word: String) -> [Int] {
            let scalars = article.scalars, target = Array(word.unicodeScalars)
            return (0...(scalars.count - target.count)).filter { start in
                !record.boilerplate.contains { $0.start <= start && start < $0.end } &&
                Array(scalars[start..<start + target.count]) == target
                    && (start == 0 || !scalars[start - 1].properties.isAlphabetic)
                    && (start + target.count == scalars.count || !scalars[start + target.count].properties.isAlphabetic)
            }
        }

        /// True when every occurrence of `word` lies inside a mention of an entity of `type`.
        func everyOccurrence(of word: String, isA type: EntityType) -> Bool {
            let spans = record.entities.filter { $0.type == type }.flatMap(\.mentions)
            return occurrences(of: word).allSatisfy { at in spans.contains { $0.start <= at && at + word.unicodeScalars.count <= $0.end } }
        }
    }

    static let people000 = ["Vladimir Putin", "Kassym-Shomart Tokayev", "Dimitri Peskov", "Alexander Lukashenko", "Emomali Rahmon", "Anatoly Antonov"]
    static let people003 = ["Vladimir Putin", "Kassym-Jomart Tokayev", "Akylbek Japarov"]

    @Test func everyPersonIsOneEntityWithAllMentions() throws {
        for (prefix, people) in [("000", Self.people000), ("003", Self.people003)] {
            let seed = try Article(prefix)
            for person in people {
                let matching = seed.record.entities.filter { $0.type == .person && $0.name.hasSuffix(person.split(separator: " ").last!) }
                #expect(matching.map(\.name) == [person], "\(prefix): \(person) → \(matching.map(\.name))")
                // Every written mention of the surname belongs to that one entity.
                let surname = String(person.split(separator: " ").last!)
                let mentions = matching.first?.mentions ?? []
                for at in seed.occurrences(of: surname) {
                    #expect(mentions.contains { $0.start <= at && at < $0.end }, "\(prefix): \(surname) at \(at) is not a mention of \(person)")
                }
            }
        }
    }

    @Test func rolesAreAttached() throws {
        let seed = try Article("000")
        #expect(seed.entity("Vladimir Putin")?.roles.contains("Russian President") == true)
        #expect(seed.entity("Dimitri Peskov")?.roles.contains("Kremlin spokesman") == true)
        #expect(seed.entity("Emomali Rahmon")?.roles.contains("President of Tajikistan") == true)
        #expect(try Article("003").entity("Akylbek Japarov")?.roles == ["Prime Minister"])
    }

    @Test func organisations() throws {
        for prefix in ["000", "003"] {
            let seed = try Article(prefix)
            #expect(seed.everyOccurrence(of: "CSTO", isA: .organisation), "\(prefix): a CSTO mention is not an ORG")
        }
        let first = try Article("000")
        #expect(first.everyOccurrence(of: "Tass", isA: .organisation) && first.everyOccurrence(of: "AFP", isA: .organisation))
        #expect(try Article("003").everyOccurrence(of: "Sputnik", isA: .organisation))
        // The misspellings CTO and CTSO are the same organisation as CSTO.
        let second = try Article("003")
        let csto = try #require(second.record.entities.first { $0.type == .organisation && $0.mentions.contains { second.article[$0] == "CSTO" } })
        #expect(csto.mentions.contains { second.article[$0] == "CTSO" } && csto.mentions.contains { second.article[$0] == "CTO" })
        #expect(csto.name == "Collective Security Treaty Organization")
    }

    @Test func places() throws {
        let expected = ["Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Afghanistan", "Ukraine", "Almaty", "Nur-Sultan",
                        "Zhanaozen", "Aktau", "Kiev", "Tehran"]
        let records = try [Article("000"), Article("003")]
        let places = Set(records.flatMap { $0.record.entities.filter { $0.type == .place }.map { $0.name.lowercased() } })
        for place in expected {
            #expect(places.contains(place.lowercased()), "\(place) is not a place")
        }
        for seed in records {
            for entity in seed.record.entities where expected.contains(entity.name) {
                #expect(entity.type == .place, "\(entity.name) is \(entity.type)")
            }
        }
    }

    @Test func headlinesAndCommonWordsAreNotNames() throws {
        for prefix in ["000", "003"] {
            let seed = try Article(prefix)
            let people = seed.record.entities.filter { $0.type == .person }.map(\.name)
            #expect(!people.contains("Maidan") && !people.contains("Maidan Technologies"), "\(prefix): \(people)")
            #expect(!people.contains { $0.contains("Says") })
            let organisations = seed.record.entities.filter { $0.type == .organisation }.map(\.name)
            #expect(!organisations.contains("Groups") && !organisations.contains("Intelligence"), "\(prefix): \(organisations)")
        }
    }

    @Test func spansGiveTheMentionsBack() throws {
        let seed = try Article("000")
        for entity in seed.record.entities {
            for mention in entity.mentions {
                let written = seed.article[mention]
                #expect(!written.isEmpty && written.first!.isUppercase, "\(entity.name): '\(written)'")
            }
        }
    }
}

/// A small gold set written by hand: short news sentences and the entities they hold.
@Suite("Entities: hand-written gold")
struct HandGoldEntityTests {
    static let cases: [(String, [String: EntityType])] = [
        ("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.",
         ["Angela Merkel": .person, "Emmanuel Macron": .person, "Berlin": .place]),
        ("Shares of Toyota Motor Corp rose 3 percent in Tokyo, Reuters reported.",
         ["Toyota Motor Corp": .organisation, "Tokyo": .place, "Reuters": .organisation]),
        ("The United Nations Security Council will meet in New York next week, a spokesman for Secretary-General Antonio Guterres said.",
         ["United Nations Security Council": .organisation, "New York": .place, "Antonio Guterres": .person]),
        ("Brazil beat Argentina 2-1 in Buenos Aires to reach the World Cup final.",
         ["Brazil": .place, "Argentina": .place, "Buenos Aires": .place, "World Cup": .miscellaneous]),
    ]

    @Test(arguments: 0..<cases.count)
    func sentence(index: Int) {
        let (text, expected) = Self.cases[index]
        let record = ArticleExtractor().extract("Headline\n\n" + text)
        let found = Dictionary(record.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { a, _ in a })
        for (name, type) in expected {
            #expect(found[name] == type, "\(name): expected \(type), found \(found[name].map { "\($0)" } ?? "nothing") in \(found)")
        }
    }

    /// A courtesy title makes a person and is not part of the name: "Ms. Nwanguma" is a mention
    /// of Kashiya Nwanguma, not an entity of its own (the tagger had called it an organisation).
    @Test func aNameAfterACourtesyTitleIsThePerson() {
        let record = ArticleExtractor().extract("""
            Headline

            Kashiya Nwanguma learned that the rally would be held in Louisville, where she is a student. \
            In Louisville on March 1, Ms. Nwanguma was shocked by the reaction from the crowd.
            """)
        let people = record.entities.filter { $0.type == .person }
        #expect(people.map(\.name) == ["Kashiya Nwanguma"])
        #expect(people.first?.mentions.count == 2)
        // A name the tagger missed after a title is a person too, and one word of it is enough.
        let titled = ArticleExtractor().extract("Headline\n\nMs. Shanklin-Hawkins works at Carrier.\n\n''It's pretty cool working there,'' she said.")
        #expect(titled.entities.filter { $0.type == .person }.map(\.name) == ["Shanklin-Hawkins"])
        #expect(titled.quotes.map { $0.speaker?.name } == ["Shanklin-Hawkins"])
    }
}

/// Everything the core found in one article. This is the `record` of a ledger line.
///
/// Optional members encode as JSON `null` rather than being left out, so consumers
/// see the same keys on every line.
public struct ArticleRecord: Sendable, Equatable {
    /// The headline, given once even where the article repeats it.
    public var title: String?
    public var titleSpan: Span?
    /// The publisher, e.g. "Tasnim" from "TEHRAN (Tasnim) –".
    public var outlet: String?
    public var dateline: Dateline?
    /// The article body: from its first to its last line of prose.
    public var body: Span?
    /// Web furniture cut from the body ("You may also like").
    public var boilerplate: [Span]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var counts: [CountClaim]
    /// The killed and injured the article leads with, read from `counts`.
    public var toll: CasualtyToll
    public var dates: [DateMention]
    /// News agencies and media the article cites as sources ("according to Tass").
    public var citedSources: [String]
    /// How many mispaired quote marks were repaired before quotes were read.
    public var quoteRepairs: Int

    public init(
        title: String? = nil, titleSpan: Span? = nil, outlet: String? = nil, dateline: Dateline? = nil,
        body: Span? = nil, boilerplate: [Span] = [], entities: [Entity] = [], quotes: [Quote] = [],
        counts: [CountClaim] = [], toll: CasualtyToll = CasualtyToll(), dates: [DateMention] = [], citedSources: [String] = [],
        quoteRepairs: Int = 0
    ) {
        self.title = title
        self.titleSpan = titleSpan
        self.outlet = outlet
        self.dateline = dateline
        self.body = body
        self.boilerplate = boilerplate
        self.entities = entities
        self.quotes = quotes
        self.counts = counts
        self.toll = toll
        self.dates = dates
        self.citedSources = citedSources
        self.quoteRepairs = quoteRepairs
    }
}

extension ArticleRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case title, titleSpan = "title_span", outlet, dateline, body, boilerplate, entities, quotes
        case counts, toll, dates, citedSources = "cited_sources", quoteRepairs = "quote_repairs"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decodeIfPresent(String.self, forKey: .title),
            titleSpan: try c.decodeIfPresent(Span.self, forKey: .titleSpan),
            outlet: try c.decodeIfPresent(String.self, forKey: .outlet),
            dateline: try c.decodeIfPresent(Dateline.self, forKey: .dateline),
            body: try c.decodeIfPresent(Span.self, forKey: .body),
            boilerplate: try c.decodeIfPresent([Span].self, forKey: .boilerplate) ?? [],
            entities: try c.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
            quotes: try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
            counts: try c.decodeIfPresent([CountClaim].self, forKey: .counts) ?? [],
            toll: try c.decodeIfPresent(CasualtyToll.self, forKey: .toll) ?? CasualtyToll(),
            dates: try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? [],
            citedSources: try c.decodeIfPresent([String].self, forKey: .citedSources) ?? [],
            quoteRepairs: try c.decodeIfPresent(Int.self, forKey: .quoteRepairs) ?? 0
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(titleSpan, forKey: .titleSpan)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(dateline, forKey: .dateline)
        try c.encode(body, forKey: .body)
        try c.encode(boilerplate, forKey: .boilerplate)
        try c.encode(entities, forKey: .entities)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(counts, forKey: .counts)
        try c.encode(toll, forKey: .toll)
        try c.encode(dates, forKey: .dates)
        try c.encode(citedSources, forKey: .citedSources)
        try c.encode(quoteRepairs, forKey: .quoteRepairs)
    }
}

/// Where and when the article says it was filed: "TEHRAN (Tasnim) –", or a line under the
/// headline that gives only the date ("Tuesday, August 7, 2012").
public struct Dateline: Sendable, Equatable, Codable {
    /// Nil for a date line alone.
    public var place: String?
    /// ISO date (`2022-01-10`) when the dateline or a date line under the headline carries one.
    public var date: String?
    /// The place dateline's span, else the date line's (which is also boilerplate).
    public var span: Span

    public init(place: String?, date: String?, span: Span) {
        self.place = place
        self.date = date
        self.span = span
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place, forKey: .place)
        try c.encode(date, forKey: .date)
        try c.encode(span, forKey: .span)
    }
}

/// The kind of real-world thing an entity is, as in CoNLL-2003.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person = "PER"
    case organisation = "ORG"
    case place = "LOC"
    case miscellaneous = "MISC"
}

/// One person, organisation or place, with every mention of it in the article.
public struct Entity: Sendable, Equatable, Codable {
    /// Article-local id ("e1"), referenced by quotes and counts.
    public var id: String
    public var type: EntityType
    /// The canonical, fullest name the article uses ("Vladimir Putin" for "Putin").
    public var name: String
    public var mentions: [Span]
    /// Role phrases attached to the entity ("Kremlin spokesman").
    public var roles: [String]

    public init(id: String, type: EntityType, name: String, mentions: [Span], roles: [String] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.roles = roles
    }
}

/// Who is credited with a quote.
public struct Speaker: Sendable, Equatable, Codable {
    /// The resolved canonical name.
    public var name: String
    /// The entity id, when the speaker is a known entity.
    public var entity: String?
    /// The mention the attribution was made from ("he" included).
    public var span: Span

    public init(name: String, entity: String?, span: Span) {
        self.name = name
        self.entity = entity
        self.span = span
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(entity, forKey: .entity)
        try c.encode(span, forKey: .span)
    }
}

/// How a quote reproduces the speaker's words.
public enum QuoteKind: String, Sendable, Codable {
    case direct, mixed, indirect
}

/// Something a person or body is reported to have said.
public struct Quote: Sendable, Equatable, Codable {
    public var text: String
    public var span: Span
    public var kind: QuoteKind
    /// The speech verb or phrase ("said", "according to").
    public var cue: String?
    public var speaker: Speaker?
    /// The agency that relayed the words ("Tass").
    public var via: String?

    public init(text: String, span: Span, kind: QuoteKind, cue: String?, speaker: Speaker?, via: String?) {
        self.text = text
        self.span = span
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.via = via
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encode(kind, forKey: .kind)
        try c.encode(cue, forKey: .cue)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(via, forKey: .via)
    }
}

/// How a figure is bounded by its wording ("more than 1,600" is `atLeast`).
public enum CountBound: String, Sendable, Codable {
    case exact
    case atLeast = "at_least"
    case atMost = "at_most"
    case about
}

/// A numeric claim: "more than 1,600 injured among the security forces".
public struct CountClaim: Sendable, Equatable, Codable {
    public var value: Double
    public var bound: CountBound
    public var object: String
    /// ARREST, KILL, WOUND, SHOOT (everyone shot, the dead included), DEPLOY, PROTEST, DETAIN, EVACUATE or COUNT.
    public var event: String
    public var span: Span
    /// The entity id of whoever made the claim.
    public var claimedBy: String?

    enum CodingKeys: String, CodingKey {
        case value, bound, object, event, span, claimedBy = "claimed_by"
    }

    public init(value: Double, bound: CountBound, object: String, event: String, span: Span, claimedBy: String?) {
        self.value = value
        self.bound = bound
        self.object = object
        self.event = event
        self.span = span
        self.claimedBy = claimedBy
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(bound, forKey: .bound)
        try c.encode(object, forKey: .object)
        try c.encode(event, forKey: .event)
        try c.encode(span, forKey: .span)
        try c.encode(claimedBy, forKey: .claimedBy)
    }
}

/// A date as written, normalised to ISO where it can be resolved.
public struct DateMention: Sendable, Equatable, Codable {
    public var text: String
    public var span: Span
    /// `2022-01-10`, or null when it cannot be resolved.
    public var iso: String?

    public init(text: String, span: Span, iso: String?) {
        self.text = text
        self.span = span
        self.iso = iso
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encode(iso, forKey: .iso)
    }
}

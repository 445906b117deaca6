/// The frame around an article's prose: headline, byline, dateline and web furniture.
///
/// Furniture is found by shape, not by a list of today's phrases: at the edges of the article,
/// short lines with no sentence punctuation ("You may also like", "Top Stories") are not prose;
/// inside it, only short lines that also use furniture vocabulary ("Share this", "Advertisement")
/// are cut, so subheadings stay. A repeated headline is furniture; the title is given once.
struct ArticleLayout {
    var title: Span?
    var outlet: String?
    var dateline: Dateline?
    var body: Span?
    var boilerplate: [Span] = []

    init(_ text: ArticleText) {
        let lines = text.lineSpans().map(text.trimmed).filter { !$0.isEmpty }
        guard let first = lines.first else { return }
        title = first
        let titleKey = Self.key(text[first])
        let titleLength = first.length
        var prose: [Span] = []
        var leading = true
        // A line under the headline giving only the date ("Tuesday, August 7, 2012").
        var dateLine: (span: Span, date: CivilDate)?
        for line in lines.dropFirst() {
            guard leading || line.length <= 2 * titleLength + 8 else {
                prose.append(line)
                continue
            }
            let content = text[line]
            if line.length <= 2 * titleLength + 8, Self.key(content) == titleKey {
                boilerplate.append(line)
                continue
            }
            let shape = LineShape(content)
            if leading {
                if dateLine == nil, let date = DateReader.lineDate(content) {
                    dateLine = (line, date)
                    boilerplate.append(line)
                    continue
                }
                if let outlet = Self.bylineOutlet(content, shape) {
                    if let outlet { self.outlet = outlet }
                    boilerplate.append(line)
                    continue
                }
                if shape.isFurniture || shape.isVideoListing {
                    boilerplate.append(line)
                    continue
                }
                leading = false
            }
            prose.append(line)
        }
        // Trailing furniture: short unpunctuated lines and link lines after the last paragraph.
        while let last = prose.last, prose.count > 1, case let shape = LineShape(text[last]), shape.isFurniture || shape.isLinkLine || shape.isVideoListing {
            boilerplate.append(last)
            prose.removeLast()
        }
        // Embedded furniture: short lines that also speak the vocabulary of page chrome.
        prose.removeAll { line in
            // Long lines are prose; only short ones need a closer look.
            guard line.length <= 160 else { return false }
            let shape = LineShape(text[line])
            guard shape.isShort && !shape.isPunctuatedProse && shape.hasFurnitureWords || shape.isLinkLine || shape.isVideoListing else { return false }
            boilerplate.append(line)
            return true
        }
        if var last = prose.last, let credit = Self.trailingCredit(text, last) {
            boilerplate.append(credit)
            last = text.trimmed(Span(last.start, credit.start))
            prose[prose.count - 1] = last
        }
        boilerplate.sort()
        if let firstProse = prose.first, let lastProse = prose.last {
            body = Span(firstProse.start, lastProse.end)
            // A caption or a summary may come before the paragraph the dateline opens: "CHICAGO —"
            // under "Four men were wounded … View Full Caption". Past the first paragraph, only a
            // dash or an outlet makes one, never a label's colon ("UPDATE:").
            let found = DatelineParser.parse(text, line: firstProse)
                ?? prose.dropFirst().prefix(Self.datelineParagraphs).lazy.compactMap { DatelineParser.parse(text, line: $0, later: true) }.first
            if let found {
                dateline = found.dateline
                // "(Reuters)" in a dateline names the outlet more surely than a byline does.
                if let datelineOutlet = found.outlet { outlet = datelineOutlet }
            }
        }
        // A dateline gives the place and often the date; a date line alone gives the date.
        if let dateLine {
            if dateline == nil {
                dateline = Dateline(place: nil, date: dateLine.date.iso, span: dateLine.span)
            } else if dateline?.date == nil {
                dateline?.date = dateLine.date.iso
            }
        }
    }

    /// Where a dateline opening a later paragraph, under a caption or a summary, starts the story
    /// proper; nil where the dateline, or none, opens the body.
    var storyStart: Int? {
        dateline.flatMap { $0.place != nil && $0.span.start > (body?.start ?? .max) ? $0.span.start : nil }
    }

    /// How many paragraphs a dateline is looked for in.
    private static let datelineParagraphs = 3

    /// Lines compared for "the same headline again": case, spacing and punctuation aside.
    private static func key(_ line: String) -> String {
        String(line.folded.unicodeScalars.filter { $0.isLetter || $0.isDigit })
    }

    /// "by time news" names an outlet; "By John Smith" an author (returns `.some(nil)`).
    private static func bylineOutlet(_ line: String, _ shape: LineShape) -> String?? {
        let lower = line.folded
        guard lower.hasPrefix("by "), shape.isShort, !shape.isPunctuatedProse else { return nil }
        let name = String(line.dropFirst(3)).trimmingSpaces
        let words = name.folded.split(separator: " ")
        let mediaWords: Set<Substring> = [
            "news", "times", "post", "press", "agency", "media", "tribune", "herald", "journal", "daily", "tv", "radio",
            "gazette", "telegraph", "observer", "network", "reuters", "afp", "ap", "wire", "online", "today",
        ]
        let allLower = !name.unicodeScalars.contains { $0.isUpper }
        if allLower || words.contains(where: mediaWords.contains) { return .some(name) }
        return .some(nil)
    }

    /// "(with AFP)", "(Reporting by …)" closing the last paragraph.
    private static func trailingCredit(_ text: ArticleText, _ line: Span) -> Span? {
        guard line.length > 2, text.scalars[line.end - 1] == ")" else { return nil }
        var open = line.end - 2
        while open > line.start, text.scalars[open] != "(", line.end - open < 120 { open -= 1 }
        guard text.scalars[open] == "(", open > line.start else { return nil }
        let inner = text[Span(open + 1, line.end - 1)].folded
        let credits = ["with ", "reporting by", "additional reporting", "editing by", "writing by", "compiled by", "source:"]
        guard credits.contains(where: inner.hasPrefix) else { return nil }
        return Span(open, line.end)
    }
}

/// What a single line looks like, for telling prose from page furniture.
struct LineShape {
    let words: Int
    let isPunctuatedProse: Bool
    let hasFurnitureWords: Bool
    let isLinkLine: Bool
    /// A video playlist entry: its running time, then a caption ("2:13 Tim Kaine accepts VP
    /// nomination Pause"), not a clock time ("10:17 PM the commander…").
    let isVideoListing: Bool

    init(_ line: String) {
        var count = 0
        var inWord = false
        for c in line.unicodeScalars {
            let space = c == " " || c == "\t"
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        words = count
        let last = line.unicodeScalars.last ?? " "
        isPunctuatedProse = Self.terminal.contains(last) || words > 14
        isVideoListing = !Self.terminal.contains(last) && Self.startsWithRunningTime(line)
        // Only short lines can be furniture: long prose skips the phrase search.
        guard words <= 20 else {
            hasFurnitureWords = false
            isLinkLine = false
            return
        }
        let lower = line.folded
        let lowerWords = lower.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" })
        hasFurnitureWords = lowerWords.contains { LineShape.furnitureWords.contains(String($0)) }
            || LineShape.furniturePhrases.contains { lower.hasPrefix($0) }
        let bytes = Array(lower.utf8)
        func has(_ needle: String) -> Bool {
            let n = Array(needle.utf8)
            guard bytes.count >= n.count else { return false }
            return (0...(bytes.count - n.count)).contains { i in bytes[i..<(i + n.count)].elementsEqual(n) }
        }
        let at = bytes.contains(UInt8(ascii: "@"))
        isLinkLine = has("://") || has("www.") || (at && (bytes.contains(UInt8(ascii: "|")) || has("twitter") || words <= 3))
    }

    /// "m:ss " or "mm:ss " and then a capitalised word that is not "AM" or "PM".
    private static func startsWithRunningTime(_ line: String) -> Bool {
        let b = Array(line.utf8.prefix(12))
        func digit(_ i: Int) -> Bool { i < b.count && (48...57).contains(b[i]) }
        guard digit(0) else { return false }
        let colon = digit(1) ? 2 : 1
        guard colon < b.count, b[colon] == UInt8(ascii: ":"), digit(colon + 1), digit(colon + 2),
            colon + 4 < b.count, b[colon + 3] == UInt8(ascii: " "), (65...90).contains(b[colon + 4])
        else { return false }
        let next = line.utf8.dropFirst(colon + 4).prefix(while: { $0 != UInt8(ascii: " ") })
        return !["AM", "PM", "A.M.", "P.M."].contains(String(decoding: next, as: UTF8.self))
    }

    private static let terminal: Set<Unicode.Scalar> = [".", "!", "?", "…", "\"", "\u{201D}", "\u{2019}", "'", ":", ";", ")"]

    var isShort: Bool { words <= 10 }
    /// Short and unpunctuated: a link, a button, a section header.
    var isFurniture: Bool { isShort && !isPunctuatedProse }

    /// Words only page chrome uses on a short line.
    private static let furnitureWords: Set<String> = [
        "comment", "comments", "share", "shares", "cookie", "cookies", "subscribe", "newsletter", "advertisement",
        "related", "stories", "visited", "recommended", "trending", "sponsored", "login", "copyright", "©", "tags:",
        "photo:", "image:", "watch:", "listen:", "advertising", "shares:", "print",
    ]
    /// Phrases page chrome opens a line with.
    private static let furniturePhrases = [
        "you may also like", "read more", "most read", "most popular", "follow us", "sign up", "click here",
        "all rights reserved", "email this", "getty images", "log in", "previous article", "next article", "more from",
        "top stories", "also read", "see also", "more on this",
    ]
}

/// Reads a dateline at the start of a paragraph: "TEHRAN (Tasnim) –",
/// "WASHINGTON, Dec. 8 (UPI) —", "Washington (CNN) -", "KABUL:", "PUYALLUP, Wash. —".
enum DatelineParser {
    struct Found {
        var dateline: Dateline
        var outlet: String?
    }

    /// `later` is for a paragraph after the first, where a line opened by a label ("UPDATE:",
    /// "WATCH -") is likelier than a dateline: a dash or an outlet, and a short place, are required.
    static func parse(_ text: ArticleText, line: Span, later: Bool = false) -> Found? {
        let s = text.scalars
        let limit = min(line.end, line.start + 120)
        var i = line.start
        // The place: words before "(" or a dash; upper case unless an outlet in brackets follows.
        var placeEnd = i
        var words = 0
        var upper = true
        while i < limit {
            let c = s[i]
            if c == "(" || c == "\u{2013}" || c == "\u{2014}" || c == ":" || (c == "-" && i + 1 < limit && s[i + 1] == " " && i > line.start && s[i - 1] == " ") { break }
            if c == " " && i > line.start && s[i - 1] != " " { words += 1 }
            if c.isLower { upper = false }
            if c == "." || c == "," || c == "'" || c == "-" || c == " " || c.isLetter || c.isDigit {
                i += 1
                placeEnd = i
            } else {
                return nil
            }
        }
        guard i < limit, words <= 6 else { return nil }
        let head = text[text.trimmed(Span(line.start, placeEnd))]
        let headScalars = Array(head.unicodeScalars)
        guard let firstScalar = headScalars.first, firstScalar.isUpper else { return nil }
        // "WASHINGTON, Dec. 8": the place is before the first comma that starts a date.
        var place = head
        var dateText: String?
        // "PUYALLUP, Wash.", "WALTERBORO, S.C.": a capitalised city, then its state as written.
        var stateGiven = false
        if let comma = head.firstIndex(of: ",") {
            let rest = head[head.index(after: comma)...].trimmingSpaces
            if rest.first?.isNumber == true || DateReader.monthNumber(String(rest.split(separator: " ").first ?? "")) != nil {
                place = String(head[..<comma])
                dateText = rest
            } else {
                let city = head[..<comma]
                let stateWords = rest.split(separator: " ")
                stateGiven = !city.unicodeScalars.contains { $0.isLower } && (1...2).contains(stateWords.count)
                    && rest.count <= 14 && stateWords.allSatisfy { $0.first?.isUppercase == true }
            }
        }
        let placeUpper = stateGiven || !place.unicodeScalars.contains { $0.isLower }
        var outlet: String?
        var j = i
        if s[j] == "(" {
            var close = j + 1
            while close < limit, s[close] != ")" { close += 1 }
            guard close < limit, close - j >= 3 else { return nil }
            outlet = text[Span(j + 1, close)]
            j = close + 1
            while j < limit, s[j] == " " { j += 1 }
        }
        guard placeUpper || (outlet != nil && words <= 3 && upper == false) else { return nil }
        guard place.unicodeScalars.filter({ $0.isLetter }).count >= 2 else { return nil }
        // The separator: a dash or a colon, then a space.
        guard j < limit else { return nil }
        let separator = s[j]
        guard separator == "\u{2013}" || separator == "\u{2014}" || separator == "-" || separator == ":" else {
            return nil
        }
        var end = j + 1
        while end < limit, s[end] == "-" { end += 1 }
        guard end < line.end, s[end] == " " else { return nil }
        // An all-caps place with a colon could be a label ("UPDATE:"); demand a dash or an outlet then.
        if separator == ":" && outlet == nil && (words > 1 || later) { return nil }
        if later && (words > 3 || !placeUpper || Self.labels.contains(place.folded.split(separator: " ").first.map(String.init) ?? "")) { return nil }
        let iso = dateText.flatMap { DateReader.isoDate(written: $0, year: nil) }
        return Found(dateline: Dateline(place: place.trimmingSpaces, date: iso, span: Span(line.start, end)), outlet: outlet)
    }

    /// Words that open a paragraph as a label, in capitals before a dash, and are no place.
    private static let labels: Set<String> = ["update", "updated", "watch", "video", "photos", "breaking", "related", "editor's", "note", "warning", "graphic"]
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

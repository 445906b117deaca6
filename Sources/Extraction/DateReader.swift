/// A calendar day, with the arithmetic dates need (proleptic Gregorian, no time zone).
public struct CivilDate: Sendable, Equatable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 0 for Monday … 6 for Sunday.
    public var weekday: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// `2022-01-10`.
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// The ISO week, `2022-W02`.
    public var isoWeek: String {
        // The week belongs to the year of its Thursday.
        let thursday = adding(days: 3 - weekday)
        let firstThursday = CivilDate(year: thursday.year, month: 1, day: 1)!
        let offset = (3 - firstThursday.weekday + 7) % 7
        let week = (thursday.daysSinceEpoch - firstThursday.adding(days: offset).daysSinceEpoch) / 7 + 1
        return "\(pad(thursday.year, 4))-W\(pad(week, 2))"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses `2022-01-10` (the form `iso` writes).
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// Finds dates in an article and writes them as ISO: explicit dates directly, weekdays and
/// relative dates ("on Monday", "last week") against the article's own date.
enum DateReader {
    static func monthNumber(_ word: String) -> Int? {
        var w = word.folded
        if w.hasSuffix(".") { w.removeLast() }
        return months[w]
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    private static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]

    /// "Dec. 8", "8 December 2021", "January 10, 2022" as ISO; nil without a year to give it.
    static func isoDate(written: String, year: Int?) -> String? {
        let words = written.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var month: Int?, day: Int?, foundYear = year
        for word in words {
            if let m = monthNumber(word) {
                month = m
            } else if let n = Int(word.filter(\.isNumber)), word.first?.isNumber == true {
                if n >= 1000 { foundYear = n } else if n >= 1 && n <= 31 { day = n }
            }
        }
        guard let month, let day, let foundYear, let date = CivilDate(year: foundYear, month: month, day: day) else { return nil }
        return date.iso
    }

    /// The date of a line that gives only a date, with perhaps its weekday, a time and a
    /// label: "Tuesday, August 7, 2012", "26 September 2013, 10:00 (GMT+05:00)",
    /// "on Feb. 04, 2009", "Posted 2/3/2009 11:11 PM", "2013-09-26". Pages print one under
    /// the headline. Nil without a year, or with more than two other words. The first date
    /// of the line counts ("First posted … Updated …"). Slashed dates are read month first
    /// unless the first number cannot be a month.
    static func lineDate(_ line: String) -> CivilDate? {
        guard line.unicodeScalars.count <= 70 else { return nil }
        var month: Int?, day: Int?, year: Int?, others = 0
        for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" }) {
            let lower = word.folded
            let digits = lower.prefix(while: \.isNumber)
            let rest = lower.dropFirst(digits.count)
            if let m = monthNumber(lower) {
                if month == nil { month = m }
            } else if let dated = numericDate(lower) {
                if year == nil { (year, month, day) = dated }
            } else if digits.count == 4, let n = Int(digits), (1900...2099).contains(n), rest.isEmpty || rest.hasPrefix("-") {
                if year == nil { year = n }
            } else if (1...2).contains(digits.count), let n = Int(digits), (1...31).contains(n), ["", ".", "st", "nd", "rd", "th"].contains(rest) {
                if day == nil { day = n }
            } else if !(lower.contains(":") || lower.hasPrefix("(") || weekdays[lower] != nil || lineDateWords.contains(lower)) {
                others += 1
            }
        }
        guard others <= 2, let year, let month, let day else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// "2013-09-26", "05/02/2013", "14/09/2013", "12/23/12" as year, month and day.
    private static func numericDate(_ word: String) -> (Int, Int, Int)? {
        let dashed = word.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
            return (y, m, d)
        }
        let slashed = word.split(separator: "/", omittingEmptySubsequences: false)
        guard slashed.count == 3, let a = Int(slashed[0]), let b = Int(slashed[1]), var y = Int(slashed[2]) else { return nil }
        switch slashed[2].count {
        case 2: y += y < 50 ? 2000 : 1900
        case 4: break
        default: return nil
        }
        return a > 12 ? (y, b, a) : (y, a, b)
    }

    /// Labels and time words a date line may carry besides the date.
    private static let lineDateWords: Set<String> = [
        "on", "at", "published", "updated", "posted", "first", "last", "modified", "created", "release", "date",
        "am", "pm", "a.m.", "p.m.", "-", "\u{2013}", "\u{2014}", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest",
    ]

    /// What a lower-case word can start in a date, looked up once per token.
    enum Cue {
        case month(Int), weekday(Int), dayOffset(Int), relative(Int)
    }

    static let cues: [String: Cue] = {
        var cues: [String: Cue] = [:]
        for (word, month) in months {
            cues[word] = .month(month)
            cues[word + "."] = .month(month)
        }
        for (word, day) in weekdays { cues[word] = .weekday(day) }
        cues["yesterday"] = .dayOffset(-1)
        cues["today"] = .dayOffset(0)
        cues["tomorrow"] = .dayOffset(1)
        for (word, offset) in [("last", -1), ("past", -1), ("next", 1), ("this", 0)] { cues[word] = .relative(offset) }
        return cues
    }()

    private static let periods: Set<String> = ["week", "month", "year"]

    /// Every date mention in `tokens`, resolved against `published` where relative.
    static func dates(in tokens: [Token], lowered: [String], cues tokenCues: [TokenCue], text: ArticleText, published: CivilDate?) -> (mentions: [DateMention], articleDate: CivilDate?) {
        var found: [(span: Span, date: Resolved)] = []
        var i = 0
        func lower(_ k: Int) -> String { k >= 0 && k < tokens.count ? lowered[k] : "" }
        func number(_ k: Int) -> Int? {
            guard k < tokens.count, k >= 0 else { return nil }
            var t = tokens[k].text
            for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) { t.removeLast(2) }
            return t.allSatisfy(\.isNumber) && !t.isEmpty && t.count <= 4 ? Int(t) : nil
        }
        while i < tokens.count {
            let word = lower(i)
            guard tokenCues[i].contains(.date), let cue = cues[word] else {
                // "2022-01-10" written as one token.
                if tokens[i].text.utf8.count == 10, tokens[i].text.utf8.first.map({ (48...57).contains($0) }) == true,
                    let date = CivilDate(iso: tokens[i].text)
                {
                    found.append((tokens[i].span, .explicit(year: date.year, month: date.month, day: date.day)))
                }
                i += 1
                continue
            }
            switch cue {
            case .month(let month):
                guard tokens[i].text.first?.isUppercase == true, word != "may" || number(i + 1) != nil || number(i - 1) != nil else { break }
                // "January 10, 2022" / "10 January 2022" / "January 2022" / "Jan. 10".
                var start = i, end = i, day: Int?, year: Int?
                if let d = number(i + 1), d <= 31 {
                    day = d
                    end = i + 1
                    if lower(i + 2) == ",", let y = number(i + 3), y >= 1000 { year = y; end = i + 3 }
                    else if let y = number(i + 2), y >= 1000 { year = y; end = i + 2 }
                } else if let d = number(i - 1), d <= 31, d >= 1 {
                    day = d
                    start = i - 1
                    if let y = number(i + 1), y >= 1000 { year = y; end = i + 1 }
                } else if let y = number(i + 1), y >= 1000 {
                    year = y
                    end = i + 1
                }
                if day != nil || year != nil {
                    found.append((Span(tokens[start].span.start, tokens[end].span.end), .explicit(year: year, month: month, day: day)))
                    i = end + 1
                    continue
                }
            case .weekday(let weekday):
                let previous = lower(i - 1)
                let direction = previous == "next" || previous == "coming" ? 1 : (previous == "last" || previous == "past" ? -1 : 0)
                let start = direction != 0 ? i - 1 : i
                found.append((Span(tokens[start].span.start, tokens[i].span.end), .weekday(weekday, direction: direction)))
            case .dayOffset(let offset):
                found.append((tokens[i].span, .dayOffset(offset)))
            case .relative(let offset):
                if periods.contains(lower(i + 1)) {
                    found.append((Span(tokens[i].span.start, tokens[i + 1].span.end), .period(lower(i + 1), offset)))
                    i += 2
                    continue
                }
            }
            i += 1
        }
        // The article's date: the caller's (dateline or file time) or else the first full date written.
        var articleDate = published
        if articleDate == nil {
            for (_, date) in found {
                if case .explicit(let y?, let m, let d?) = date { articleDate = CivilDate(year: y, month: m, day: d); break }
            }
        }
        let mentions = found.map { span, date in
            DateMention(text: text[span], span: span, iso: date.iso(against: articleDate))
        }
        return (mentions, articleDate)
    }

    private enum Resolved {
        case explicit(year: Int?, month: Int, day: Int?)
        case weekday(Int, direction: Int)
        case dayOffset(Int)
        case period(String, Int)

        func iso(against reference: CivilDate?) -> String? {
            switch self {
            case .explicit(let year, let month, let day):
                guard let year = year ?? reference.map({ ref in
                    // "Dec. 8" in a January article is last December.
                    month > ref.month + 1 ? ref.year - 1 : ref.year
                }) else { return nil }
                guard let day else { return "\(pad(year, 4))-\(pad(month, 2))" }
                return CivilDate(year: year, month: month, day: day)?.iso
            case .weekday(let weekday, let direction):
                guard let reference else { return nil }
                // News reports the past: the latest such day on or before the article's date.
                var delta = (reference.weekday - weekday + 7) % 7
                if direction > 0 { delta = -((weekday - reference.weekday + 7) % 7 == 0 ? 7 : (weekday - reference.weekday + 7) % 7) }
                if direction < 0, delta == 0 { delta = 7 }
                return reference.adding(days: -delta).iso
            case .dayOffset(let offset):
                return reference?.adding(days: offset).iso
            case .period(let unit, let offset):
                guard let reference else { return nil }
                switch unit {
                case "week": return reference.adding(days: 7 * offset).isoWeek
                case "month":
                    let index = reference.year * 12 + reference.month - 1 + offset
                    return "\(pad(index / 12, 4))-\(pad(index % 12 + 1, 2))"
                default: return pad(reference.year + offset, 4)
                }
            }
        }
    }
}

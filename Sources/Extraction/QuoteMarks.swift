/// A stretch of quoted words: from its opening mark to its closing mark.
struct QuotedStretch: Equatable {
    /// Marks included.
    var outer: Span
    /// The words between the marks.
    var inner: Span
}

/// Pairs quote marks the way a reader would, whatever glyphs the file uses.
///
/// Real files mix straight and curly marks, pad them with stray spaces (`said“ Maidan
/// techniques ”had`) and use the NYT's doubled apostrophes (`''`). Within a paragraph, marks
/// alternate open and close; a Viterbi pass over that alternation picks the reading that
/// contradicts the fewest glyphs and spacings, drops a stray mark when that is cheaper, and lets
/// a quote run on into the next paragraph when that one opens with a mark (the news convention
/// for long quotes). Every mark read against its glyph or spacing counts as a repair.
/// Linear in the text.
struct QuoteMarks {
    private(set) var stretches: [QuotedStretch] = []
    private(set) var repairs = 0
    /// The text with every paired mark written as a curly opening or closing mark and every
    /// unpaired one blanked, so the tokenizer sees clean quotes. Code point offsets are unchanged.
    private(set) var normalised: [Unicode.Scalar]

    private struct Mark {
        var start: Int
        var end: Int
        var glyphOpen: Bool?  // what the glyph itself says, nil for straight marks
        var spacingOpen: Bool?  // what the spaces around it say, nil when they don't tell
    }

    init(_ scalars: [Unicode.Scalar], paragraphs: [Span]) {
        normalised = scalars
        var pendingOpen: Mark?
        var pendingFrom = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let marks = Self.marks(scalars, paragraph)
            let opensNext = index + 1 < paragraphs.count && Self.startsWithMark(scalars, paragraphs[index + 1])
            let roles = Self.bestRoles(marks, runsOn: opensNext)
            var open: Mark? = nil
            // A quote left open by the previous paragraph runs on when this one opens with a
            // mark; otherwise it ends with that paragraph.
            var runningOpen: Mark? = nil
            if let running = pendingOpen {
                if let first = marks.first, first.start == paragraph.start, roles.first == .open {
                    runningOpen = running
                } else {
                    let end = paragraphs[pendingFrom].end
                    stretches.append(QuotedStretch(outer: Span(running.start, end), inner: Span(running.end, end)))
                }
                pendingOpen = nil
            }
            var k = 0
            for mark in marks {
                let role = roles[k]
                k += 1
                switch role {
                case .open:
                    open = k == 1 && runningOpen != nil ? runningOpen : mark
                    write(mark, opening: true)
                    if mark.glyphOpen == false || mark.spacingOpen == false { repairs += 1 }
                case .close:
                    write(mark, opening: false)
                    if mark.glyphOpen == true || mark.spacingOpen == true { repairs += 1 }
                    if let o = open {
                        stretches.append(QuotedStretch(outer: Span(o.start, mark.end), inner: Span(o.end, mark.start)))
                    }
                    open = nil
                case .stray:
                    repairs += 1
                    for i in mark.start..<mark.end { normalised[i] = " " }
                }
            }
            if let o = open {
                pendingOpen = o
                pendingFrom = index
            }
        }
        if let open = pendingOpen, let last = paragraphs.last {
            let end = last.end
            stretches.append(QuotedStretch(outer: Span(open.start, end), inner: Span(open.end, end)))
        }
        stretches.sort { $0.outer < $1.outer }
        stretches.append(contentsOf: Self.singleQuoted(scalars, paragraphs, outside: stretches))
        stretches.sort { $0.outer < $1.outer }
    }

    private mutating func write(_ mark: Mark, opening: Bool) {
        for i in mark.start..<mark.end { normalised[i] = " " }
        normalised[opening ? mark.end - 1 : mark.start] = opening ? "\u{201C}" : "\u{201D}"
    }

    private enum Role { case open, close, stray }

    /// Two states (outside, inside a quote); each mark opens, closes or is dropped as stray.
    private static func bestRoles(_ marks: [Mark], runsOn: Bool) -> [Role] {
        guard !marks.isEmpty else { return [] }
        let infinity = 1_000_000
        // cost[state], back pointers per mark.
        var cost = [0, infinity]
        var back: [[(Int, Role)]] = []
        back.reserveCapacity(marks.count)
        for mark in marks {
            let openCost = (mark.glyphOpen == false ? 2 : 0) + (mark.spacingOpen == false ? 1 : 0)
            let closeCost = (mark.glyphOpen == true ? 2 : 0) + (mark.spacingOpen == true ? 1 : 0)
            let strayCost = 4
            var next = [infinity, infinity]
            var pointers: [(Int, Role)] = [(0, .stray), (1, .stray)]
            // Stay outside: stray mark, or close from inside.
            if cost[0] + strayCost < next[0] { next[0] = cost[0] + strayCost; pointers[0] = (0, .stray) }
            if cost[1] + closeCost < next[0] { next[0] = cost[1] + closeCost; pointers[0] = (1, .close) }
            // Inside: open from outside, or a stray mark inside.
            if cost[0] + openCost < next[1] { next[1] = cost[0] + openCost; pointers[1] = (0, .open) }
            if cost[1] + strayCost < next[1] { next[1] = cost[1] + strayCost; pointers[1] = (1, .stray) }
            cost = next
            back.append(pointers)
        }
        // Ending inside is fine when the quote runs on into the next paragraph.
        let endInside = cost[1] + (runsOn ? 0 : 3)
        var state = endInside < cost[0] ? 1 : 0
        var roles = [Role](repeating: .stray, count: marks.count)
        for k in stride(from: marks.count - 1, through: 0, by: -1) {
            let (previous, role) = back[k][state]
            roles[k] = role
            state = previous
        }
        return roles
    }

    private static func isDoubleMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{201E}" || c == "\u{201F}" || c == "\u{00AB}" || c == "\u{00BB}"
    }

    private static func startsWithMark(_ s: [Unicode.Scalar], _ line: Span) -> Bool {
        guard line.start < line.end else { return false }
        return isDoubleMark(s[line.start]) || (line.start + 1 < line.end && ((s[line.start] == "'" && s[line.start + 1] == "'") || (s[line.start] == "`" && s[line.start + 1] == "`")))
    }

    private static func marks(_ s: [Unicode.Scalar], _ line: Span) -> [Mark] {
        var marks: [Mark] = []
        var i = line.start
        while i < line.end {
            let c = s[i]
            var end = i
            var glyph: Bool?
            if isDoubleMark(c) {
                end = i + 1
                glyph = c == "\u{201C}" || c == "\u{201E}" || c == "\u{00AB}" ? true : (c == "\"" ? nil : false)
            } else if (c == "'" || c == "\u{2019}") && i + 2 < line.end && s[i + 1] == c && s[i + 2] == c && i > line.start && !isSpace(s[i - 1]) {
                // "us,''' Mr. English said": a single quote closing inside the double one; the
                // double mark is the last two.
                i += 1
                continue
            } else if c == "'" && i + 2 < line.end && s[i + 1] == "." && s[i + 2] == "'" && i > line.start && !isSpace(s[i - 1])
                && (i + 3 == line.end || s[i + 3] == "'" || s[i + 3] == ")" || isSpace(s[i + 3]))
            {
                // "northern Syria.'.')": the NYT's closing '' with a stray full stop inside it.
                end = i + 3
                glyph = false
            } else if (c == "'" || c == "\u{2019}") && i + 1 < line.end && s[i + 1] == c {
                end = i + 2  // '' closes in the NYT's style
                glyph = false
            } else if c == "`" && i + 1 < line.end && s[i + 1] == "`" {
                end = i + 2
                glyph = true
            }
            if end > i {
                let before: Unicode.Scalar = i > line.start ? s[i - 1] : " "
                let after: Unicode.Scalar = end < line.end ? s[end] : " "
                let spaceBefore = isBoundary(before), spaceAfter = isSpace(after) || isClosingPunctuation(after)
                var spacing: Bool?
                if spaceBefore && !isSpace(after) { spacing = true } else if !isSpace(before) && (spaceAfter || end == line.end) { spacing = false }
                marks.append(Mark(start: i, end: end, glyphOpen: glyph, spacingOpen: spacing))
                i = end
                continue
            }
            i += 1
        }
        return marks
    }

    /// 'Maidan technologies' in single marks: an opening mark after a space and a closing one
    /// before a space or punctuation, in one paragraph, at most twelve words apart, outside
    /// double quotes. Apostrophes inside words never qualify.
    private static func singleQuoted(_ s: [Unicode.Scalar], _ paragraphs: [Span], outside: [QuotedStretch]) -> [QuotedStretch] {
        var found: [QuotedStretch] = []
        var stretchIndex = 0
        for line in paragraphs {
            var i = line.start
            while i < line.end {
                while stretchIndex < outside.count, outside[stretchIndex].outer.end <= i { stretchIndex += 1 }
                if stretchIndex < outside.count, outside[stretchIndex].outer.start <= i {
                    i = outside[stretchIndex].outer.end
                    continue
                }
                let c = s[i]
                if (c == "'" || c == "\u{2018}"), i + 1 < line.end, s[i + 1].isLetter, i == line.start || isBoundary(s[i - 1]),
                    !(i + 1 < line.end && s[i + 1] == "'")
                {
                    var j = i + 1
                    var words = 0
                    while j < line.end, words <= 12 {
                        let d = s[j]
                        if d == " " { words += 1 }
                        if (d == "'" || d == "\u{2019}"), s[j - 1] != " ", j + 1 == line.end || isSpace(s[j + 1]) || isClosingPunctuation(s[j + 1]),
                            !(s[j - 1] == "s" && (j + 1 == line.end || s[j + 1] == " ") && words == 0)
                        {
                            found.append(QuotedStretch(outer: Span(i, j + 1), inner: Span(i + 1, j)))
                            i = j
                            break
                        }
                        if isDoubleMark(d) { break }
                        j += 1
                    }
                }
                i += 1
            }
        }
        return found
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{00A0}" || c == "\n" || c == "\r" }
    private static func isBoundary(_ c: Unicode.Scalar) -> Bool {
        isSpace(c) || c == "(" || c == "[" || c == "\u{2014}" || c == "\u{2013}" || c == "-" || c == "/"
    }
    private static func isClosingPunctuation(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "," || c == ";" || c == ":" || c == "!" || c == "?" || c == ")" || c == "]" || c == "\u{2014}" || c == "\u{2013}"
    }
}

import Extraction
import Testing

@Suite("Tokens and sentences")
struct TokenizerTests {
    func words(_ text: String) -> [String] {
        Tokenizer().tokens(ArticleText(text)).map(\.text)
    }

    func sentences(_ text: String) -> [String] {
        let article = ArticleText(text)
        return Tokenizer().sentences(article).map { article[$0.span] }
    }

    @Test func abbreviationsInitialsAndAcronymsKeepTheirPeriods() {
        #expect(words("Gen. J. R. Smith met U.S. officials on Jan. 5.") ==
            ["Gen.", "J.", "R.", "Smith", "met", "U.S.", "officials", "on", "Jan.", "5", "."])
    }

    @Test func numbersHyphenatedNamesAndPossessives() {
        #expect(words("Kazakhstan’s Kassym-Jomart Tokayev: more than 1,600 injured, 3.5%") ==
            ["Kazakhstan", "’s", "Kassym-Jomart", "Tokayev", ":", "more", "than", "1,600", "injured", ",", "3.5%"])
    }

    @Test func quotesBracketsAndDashesAreTheirOwnTokens() {
        #expect(words("“Maidan techniques” (CSTO) – said “coup”.") ==
            ["“", "Maidan", "techniques", "”", "(", "CSTO", ")", "–", "said", "“", "coup", "”", "."])
    }

    /// Scraped text loses the space beside a quote mark; the mark is still its own token, and a
    /// full stop before or after it still ends the sentence.
    @Test func quoteMarksWithoutSpacesAroundThem() {
        #expect(words("Ryan said,“Look, they’ve got no place.”") ==
            ["Ryan", "said", ",", "“", "Look", ",", "they’ve", "got", "no", "place", ".", "”"])
        #expect(words("used “Maidan techniques”had") == ["used", "“", "Maidan", "techniques", "”", "had"])
        #expect(sentences("She looked out the window.“Two of my friends were hurt,” she said.”The police came.") ==
            ["She looked out the window.", "“Two of my friends were hurt,” she said.”", "The police came."])
    }

    @Test func datelineAndHeadlineLinesAreSentences() {
        let text = "Maidan Technologies Used in Kazakhstan\n\nTEHRAN (Tasnim) – Putin spoke. He said more.\nNext line"
        #expect(sentences(text) == [
            "Maidan Technologies Used in Kazakhstan", "TEHRAN (Tasnim) – Putin spoke.", "He said more.", "Next line",
        ])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(sentences("Mr. Peskov met Gen. Smith in the U.S. capital. Then he left.") ==
            ["Mr. Peskov met Gen. Smith in the U.S. capital.", "Then he left."])
    }

    @Test func quoteClosingASentenceStaysWithIt() {
        #expect(sentences("He said: “We will win.” Then he left.") == ["He said: “We will win.”", "Then he left."])
    }

    @Test func hardWrappedProseIsOneSentence() {
        #expect(sentences("The protests spread to\nother cities on Monday.") == ["The protests spread to\nother cities on Monday."])
    }

    @Test func spansGiveTheTokensBack() {
        let text = "𝕏 “Putin” said, in Nur-Sultan (formerly Astana)."
        let article = ArticleText(text)
        for token in Tokenizer().tokens(article) {
            #expect(article[token.span] == token.text)
        }
    }

    @Test func conllStyleTextKeepsItsTokens() {
        // Evaluation text is tokens joined by single spaces: tokenising must not merge across them.
        let gold = ["LONDON", "1996-08-30", "West", "Indian", "all-rounder", "Phil", "Simmons", "took", "four", "for", "38", "."]
        #expect(words(gold.joined(separator: " ")) == gold)
    }
}

import Extraction
import Foundation
import Testing

@Suite("Minimal core: headline and body with spans")
struct ArticleExtractorTests {
    @Test func headlineIsTheFirstNonBlankLineAndBodyTheRest() {
        let text = "\n  Quake hits coast  \r\n\r\nFirst paragraph.\n\nSecond paragraph.\n\n"
        let record = ArticleExtractor().extract(text)
        let article = ArticleText(text)
        #expect(record.title == "Quake hits coast")
        #expect(record.titleSpan.map { article[$0] } == "Quake hits coast")
        #expect(record.body.map { article[$0] } == "First paragraph.\n\nSecond paragraph.")
    }

    @Test func spansCountCodePointsNotUTF16Units() {
        // "𝕏" is one code point and two UTF-16 units; spans must count it once.
        let text = "𝕏 marks “the” spot\nBody é."
        let record = ArticleExtractor().extract(text)
        #expect(record.titleSpan == Span(0, 18))
        #expect(record.body == Span(19, 26))
        #expect(ArticleText(text)[record.body!] == "Body é.")
    }

    @Test func emptyTextGivesAnEmptyRecord() {
        #expect(ArticleExtractor().extract(" \n ") == ArticleRecord())
    }

    @Test func recordEncodesEveryKeyWithNulls() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(ArticleRecord()), as: UTF8.self)
        #expect(json == #"{"body":null,"boilerplate":[],"cited_sources":[],"counts":[],"dateline":null,"dates":[],"entities":[],"outlet":null,"quote_repairs":0,"quotes":[],"title":null,"title_span":null,"toll":{"injured":null,"killed":null}}"#)
        let record = ArticleRecord(title: "T", titleSpan: Span(0, 1), body: Span(2, 5))
        #expect(try JSONDecoder().decode(ArticleRecord.self, from: encoder.encode(record)) == record)
    }
}

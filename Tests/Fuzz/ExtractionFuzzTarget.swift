// libFuzzer's entry point for the extraction core. `fuzz.sh` compiles this file together with
// Sources/Extraction into one module with -sanitize=fuzzer,address, so it names the core's
// types without an import; SwiftPM never builds it.

private let extractor = ArticleExtractor()

/// Extracts any bytes, as the daemon would after decoding, and traps when a record breaks
/// the ledger's promises: every span lies inside the text and starts before it ends.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtraction(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let record = extractor.extract(text, published: CivilDate(daysSinceEpoch: 20_000))
    let length = text.unicodeScalars.count
    var spans: [Span] = record.boilerplate
    spans += [record.titleSpan, record.body, record.dateline?.span].compactMap { $0 }
    spans += record.entities.flatMap(\.mentions)
    spans += record.quotes.flatMap { [$0.span] + ($0.speaker.map { [$0.span] } ?? []) }
    spans += record.counts.map(\.span) + record.dates.map(\.span)
    for span in spans where span.start < 0 || span.end > length {
        fatalError("span \(span.start)..<\(span.end) lies outside the text of \(length) characters")
    }
    let entityIDs = Set(record.entities.map(\.id))
    for quote in record.quotes {
        if let id = quote.speaker?.entity, !entityIDs.contains(id) { fatalError("speaker entity \(id) is not among the entities") }
    }
    return 0
}

/// A sentence with its gold mentions, as token ranges: training material for ``EntityTrainer``.
public struct LabelledSentence: Sendable {
    public var tokens: [String]
    /// Gold mentions: `tokens[start..<end]` is one entity of `type`.
    public var mentions: [(start: Int, end: Int, type: EntityType)]

    public init(tokens: [String], mentions: [(start: Int, end: Int, type: EntityType)]) {
        self.tokens = tokens
        self.mentions = mentions
    }

    /// The BILOU tag of every token.
    var goldTags: [Int] {
        var tags = [Int](repeating: EntityTag.outside, count: tokens.count)
        for mention in mentions {
            if mention.end - mention.start == 1 {
                tags[mention.start] = EntityTag.tag(mention.type, EntityTag.unit)
                continue
            }
            tags[mention.start] = EntityTag.tag(mention.type, EntityTag.begin)
            for i in (mention.start + 1)..<(mention.end - 1) { tags[i] = EntityTag.tag(mention.type, EntityTag.inside) }
            tags[mention.end - 1] = EntityTag.tag(mention.type, EntityTag.last)
        }
        return tags
    }
}

/// Trains the entity model: an averaged perceptron over hashed features, decoding greedily
/// with its own predictions as history, exactly as tagging does. Deterministic for a seed.
public struct EntityTrainer: Sendable {
    public var bucketBits: Int
    public var epochs: Int
    public var seed: UInt64

    public init(bucketBits: Int = 20, epochs: Int = 8, seed: UInt64 = 20_260_110) {
        self.bucketBits = bucketBits
        self.epochs = epochs
        self.seed = seed
    }

    /// Trains on `documents` (each a list of sentences), calling `afterEpoch` with the
    /// averaged model so far, so the caller can report dev figures as training goes.
    public func train(documents: [[LabelledSentence]], afterEpoch: (_ epoch: Int, _ model: EntityModel) -> Void) -> EntityModel {
        let width = EntityTag.count
        let shift = UInt64(64 - bucketBits)
        var weights = [Float](repeating: 0, count: (1 << bucketBits) * width)
        var updates = [Double](repeating: 0, count: weights.count)
        var step: Double = 1
        // Profiles and casing context depend only on the text: compute them once.
        let prepared = documents.map { document -> (profiles: [[TokenProfile]], gold: [[Int]], context: DocumentContext) in
            var profiles = document.map { sentence in sentence.tokens.enumerated().map { TokenProfile($1, first: $0 == 0) } }
            let context = DocumentContext(sentences: &profiles)
            return (profiles, document.map(\.goldTags), context)
        }
        var features = [UInt64](repeating: 0, count: FeatureTemplates.count)
        var scores = [Float](repeating: 0, count: width)
        var random = seed
        var model = EntityModel(bucketBits: bucketBits, dense: weights)
        for epoch in 1...epochs {
            var order = Array(prepared.indices)
            // Fisher-Yates with a fixed LCG: the same seed gives the same model.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((random >> 33) % UInt64(i + 1)))
            }
            for d in order {
                var document = prepared[d].context
                for (sentence, gold) in zip(prepared[d].profiles, prepared[d].gold) {
                    let headline = EntityTagger.isHeadline(sentence)
                    var tags: [Int] = []
                    for i in sentence.indices {
                        let previous = i > 0 ? tags[i - 1] : 0
                        let beforePrevious = i > 1 ? tags[i - 2] : 0
                        FeatureTemplates.extract(sentence, i, previous: previous, beforePrevious: beforePrevious, headline: headline, document: document, into: &features)
                        for t in 0..<width { scores[t] = 0 }
                        weights.withUnsafeBufferPointer { w in
                            for feature in features {
                                let base = Int(feature >> shift) * width
                                for t in 0..<width { scores[t] += w[base + t] }
                            }
                        }
                        let predicted = EntityTag.bestAllowed(scores, after: previous, atEnd: i == sentence.count - 1)
                        let truth = gold[i]
                        if predicted != truth {
                            for feature in features {
                                let base = Int(feature >> shift) * width
                                weights[base + truth] += 1
                                updates[base + truth] += step
                                weights[base + predicted] -= 1
                                updates[base + predicted] -= step
                            }
                        }
                        step += 1
                        tags.append(predicted)
                        document.record(predicted, for: sentence[i])
                    }
                }
            }
            var averaged = [Float](repeating: 0, count: weights.count)
            for i in weights.indices where weights[i] != 0 || updates[i] != 0 {
                averaged[i] = weights[i] - Float(updates[i] / step)
            }
            model = EntityModel(bucketBits: bucketBits, dense: averaged)
            afterEpoch(epoch, model)
        }
        return model
    }
}

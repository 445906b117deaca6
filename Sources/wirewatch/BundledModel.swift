import Extraction

extension ArticleExtractor {
    /// The extractor the benches, evaluations and `extract` run: with the bundled entity model.
    /// Without it every record has no entities and the rest of the core runs faster, so a figure
    /// measured that way would be of another program. A binary copied away from its build folder
    /// loses the model, so the error says where it was looked for.
    static func withBundledModel() throws -> ArticleExtractor {
        ArticleExtractor(entityModel: try EntityModel.bundledOrExplained())
    }
}

extension EntityModel {
    /// The bundled model, or an error that says where it was looked for and what to do.
    static func bundledOrExplained() throws -> EntityModel {
        guard let model = bundled else {
            throw MissingEntityModel(description: """
                the entity model was not found (looked in \(searchedFolders.joined(separator: ", "))). \
                Run the binary from its build folder (.build/release/wirewatch), install it with Deploy/install.sh, \
                or set WIREWATCH_RESOURCES to the folder holding entities.model
                """)
        }
        return model
    }
}

/// The entity model is not where the binary looks for it. Not a usage error, so no usage is printed.
struct MissingEntityModel: Error, CustomStringConvertible {
    let description: String
}

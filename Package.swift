// swift-tools-version:6.1
import PackageDescription

// Strict settings for every target of ours: Swift 6 mode is the package default.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

// The extraction core and the linker count bits on their hottest paths (the tagger's row index,
// SimHash): on x86-64 they are built for Nehalem (2008) and later, which have POPCNT and
// SSE4.2; the default baseline counts bits in a dozen instructions. About 5% of extraction.
#if arch(x86_64)
let hotPaths: [SwiftSetting] = strict + [.unsafeFlags(["-target-cpu", "nehalem"])]
#else
let hotPaths: [SwiftSetting] = strict
#endif

let package = Package(
    name: "wirewatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "wirewatch", targets: ["wirewatch"]),
        .executable(name: "wirewatch-harness", targets: ["wirewatch-harness"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Ledger", targets: ["Ledger"]),
        .library(name: "Stories", targets: ["Stories"]),
        .library(name: "Ingest", targets: ["Ingest"]),
        .library(name: "IngestTesting", targets: ["IngestTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The extraction core: Foundation only, no I/O, deterministic.
        .target(
            name: "Extraction",
            // Rebuilt by `wirewatch train-ner` and `wirewatch build-lexicon` (see README).
            resources: [.copy("Resources/entities.model"), .copy("Resources/common-words.txt")],
            swiftSettings: hotPaths
        ),
        // The story linker: incremental, bounded state, rebuilt from the ledger.
        .target(name: "Stories", dependencies: ["Extraction"], swiftSettings: hotPaths),
        // The JSONL ledger: durable append, recovery, index, reading.
        .target(name: "Ledger", swiftSettings: strict),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .target(
            name: "Ingest",
            dependencies: [
                "Extraction", "Ledger", "Stories", "CSystemd",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // Test kit for Ingest and its users: fake clock, temp folders, NOTIFY_SOCKET listener.
        .target(
            name: "IngestTesting",
            dependencies: ["Ingest", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "wirewatch",
            dependencies: [
                "Ingest", "Ledger", "Extraction", "Stories",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // Crash, burst and latency harnesses that drive the built daemon (`make stress`).
        .executableTarget(
            name: "wirewatch-harness",
            dependencies: ["Ledger", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "IngestTesting"], swiftSettings: strict),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger"], swiftSettings: strict),
        .testTarget(name: "StoriesTests", dependencies: ["Stories", "Extraction", "IngestTesting"], swiftSettings: strict),
        .testTarget(
            name: "IngestTests",
            dependencies: [
                "Ingest", "IngestTesting", "Ledger", "Extraction", "Stories",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["wirewatch", "wirewatch-harness", "IngestTesting", "Ledger"],
            swiftSettings: strict
        ),
    ]
)

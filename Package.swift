// swift-tools-version: 6.2
import PackageDescription

/// Strict settings shared by every target (as Hummingbird uses them).
// The project's own targets build without a warning: any warning is an error here (the
// dependencies' warnings are theirs, and stay warnings).
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "nod",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nod", targets: ["nod"]),
        .executable(name: "nod-bench", targets: ["nod-bench"]),
        .executable(name: "nod-fuzz", targets: ["nod-fuzz"]),
        .library(name: "NodPluginKit", targets: ["NodPluginKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // System libraries: a module map over a shim header; nothing else.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CLibArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite3",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CLibDeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),

        // Vocabulary: locations, dates, problems. No I/O, no C.
        .target(name: "NodCore", swiftSettings: strictSettings),

        // The only importer of CLibYAML.
        .target(name: "NodYAML", dependencies: ["NodCore", "CLibYAML"], swiftSettings: strictSettings),

        // The only importer of CLibArchive and CLibDeflate.
        .target(
            name: "NodArchive",
            dependencies: ["NodCore", "CLibArchive", "CLibDeflate", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),

        // The parsed evidence model.
        .target(name: "NodEvidence", dependencies: ["NodCore", "NodYAML"], swiftSettings: strictSettings),

        // What the web office keeps: submitted bundles, content-addressed, written atomically.
        .target(
            name: "NodStore",
            dependencies: [
                "NodCore", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SQLKit", package: "sql-kit"), .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"), .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strictSettings
        ),

        // The only importer of CSQLite3 (the system SQLite, for its backup API): apart from
        // NodStore, whose SQLite is sqlite-nio's own and whose C declarations would clash.
        .target(name: "NodLedgerBackup", dependencies: ["CSQLite3"], swiftSettings: strictSettings),

        // The only importer of CLibQREncode: QR codes for certificates.
        .target(name: "NodQRCode", dependencies: ["CLibQREncode"], swiftSettings: strictSettings),

        // The only importer of CPangoCairo: the certificate as a PDF (cairo's PDF surface, pango's text).
        .target(name: "NodPDF", dependencies: ["CPangoCairo", "NodQRCode"], swiftSettings: strictSettings),

        // The only importer of CXLSXWriter: the portfolio's spreadsheets (XLSX) for regulators.
        .target(name: "NodSpreadsheet", dependencies: ["CXLSXWriter"], swiftSettings: strictSettings),

        // The web office: pages and API over the ledger, the bundle store and the audit queue.
        .target(
            name: "NodServer",
            dependencies: [
                "NodCore", "NodArchive", "NodEvidence", "NodReport", "NodAudit", "NodStore", "NodSigning", "NodQRCode", "NodPDF", "NodRules", "NodSpreadsheet",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSettings
        ),

        // Rule packs and profiles: typed, versioned, embedded in the binary.
        .target(
            name: "NodRules",
            dependencies: ["NodCore", "NodYAML", "NodEvidence", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),

        // The Checker protocol, the registry, evaluation and decisions.
        .target(name: "NodEngine", dependencies: ["NodCore", "NodYAML", "NodEvidence", "NodRules"], swiftSettings: strictSettings),

        // The built-in checkers, one per file, each with passing and failing examples.
        .target(name: "NodCheckers", dependencies: ["NodCore", "NodYAML", "NodEvidence", "NodEngine"], swiftSettings: strictSettings),

        // The report model and its renderers.
        .target(name: "NodReport", dependencies: ["NodCore", "NodEvidence", "NodRules", "NodEngine"], swiftSettings: strictSettings),

        // Ed25519 keys, report signatures and their verification.
        .target(name: "NodSigning", dependencies: ["NodCore", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strictSettings),

        // The host side of the plug-in protocol: processes, messages, fault isolation.
        .target(name: "NodPlugins", dependencies: ["NodCore", "NodYAML", "NodEvidence", "NodEngine", "NodPluginProtocol"], swiftSettings: strictSettings),

        // The application layer: from a bundle and a choice of rules to a report; the batch runner.
        // What the command line and the server both call.
        .target(
            name: "NodAudit",
            dependencies: [
                "NodCore", "NodYAML", "NodArchive", "NodEvidence", "NodRules", "NodEngine", "NodCheckers", "NodReport", "NodPlugins",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // The plug-in protocol's messages, Codable both ways: shared by nod (NodPlugins) and the kit.
        .target(name: "NodPluginProtocol", swiftSettings: strictSettings),

        // The Swift kit for plug-in authors: a plug-in is a page of code.
        .target(name: "NodPluginKit", dependencies: ["NodPluginProtocol"], swiftSettings: strictSettings),

        // A plug-in shipped with nod, written in Swift with the kit.
        .executableTarget(
            name: "nod-plugin-minutes-readability",
            dependencies: ["NodPluginKit"],
            path: "Plugins/minutes-readability",
            exclude: ["plugin.yaml", "run.sh"],
            swiftSettings: strictSettings
        ),

        // Benchmarks that print figures: swift run -c release nod-bench …
        .executableTarget(
            name: "nod-bench",
            dependencies: [
                "NodCore", "NodPlugins", "NodPluginProtocol", "NodArchiveTesting", "NodStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),

        // libFuzzer harnesses (Scripts/fuzz.sh builds nod-fuzz alone with the fuzzer sanitizer);
        // without it, nod-fuzz replays inputs. NodFuzzing is shared with the hostile-input tests.
        .target(
            name: "NodFuzzing",
            dependencies: ["NodCore", "NodArchive", "NodEvidence", "NodYAML", "NodRules", "NodEngine", "NodCheckers", "NodReport", "NodPlugins", "NodPluginProtocol", "NodAudit"],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "nod-fuzz", dependencies: ["NodFuzzing"], swiftSettings: strictSettings),

        // The executable: argument parsing and wiring.
        .executableTarget(
            name: "nod",
            dependencies: [
                "NodCore", "NodArchive", "NodEvidence", "NodYAML", "NodRules", "NodEngine", "NodCheckers", "NodReport", "NodSigning", "NodPlugins",
                "NodAudit", "NodStore", "NodServer", "NodLedgerBackup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),

        // Archives written with libarchive for tests and benchmarks (never linked into nod).
        .target(
            name: "NodArchiveTesting",
            dependencies: ["NodArchive", "CLibArchive", .product(name: "Crypto", package: "swift-crypto")],
            path: "Tests/NodArchiveTesting",
            swiftSettings: strictSettings
        ),

        // Helpers shared by the test targets (archive building, fixture markers).
        .target(
            name: "NodTestSupport",
            dependencies: [],
            path: "Tests/NodTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NodCoreTests", dependencies: ["NodCore"], swiftSettings: strictSettings),
        .testTarget(name: "NodYAMLTests", dependencies: ["NodYAML", "NodCore", "NodTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "NodArchiveTests", dependencies: ["NodArchive", "NodArchiveTesting", "NodCore", "NodTestSupport", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strictSettings),
        .testTarget(
            name: "NodEvidenceTests",
            dependencies: ["NodEvidence", "NodArchive", "NodArchiveTesting", "NodCore", "NodYAML", "NodTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "NodEngineTests",
            dependencies: ["NodEngine", "NodRules", "NodEvidence", "NodYAML", "NodCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NodSigningTests", dependencies: ["NodSigning"], swiftSettings: strictSettings),
        .testTarget(
            name: "NodStoreTests",
            dependencies: ["NodStore", "NodTestSupport", .product(name: "Crypto", package: "swift-crypto"), .product(name: "SQLKit", package: "sql-kit")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "NodServerTests",
            dependencies: [
                "NodServer", "NodStore", "NodCore", "NodArchive", "NodArchiveTesting", "NodTestSupport", "nod", "NodReport", "NodQRCode", "NodPDF", "NodSpreadsheet",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NodPluginsTests", dependencies: ["NodPlugins", "NodPluginProtocol", "NodCore", "NodArchive", "NodEvidence", "nod", "nod-plugin-minutes-readability", "NodTestSupport"], exclude: ["Fixtures"], swiftSettings: strictSettings),
        .testTarget(
            name: "NodFuzzingTests",
            dependencies: ["NodFuzzing", "NodAudit", "NodArchive", "NodEvidence", "NodReport", "NodRules", "NodCore", "NodTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NodRulesTests", dependencies: ["NodRules", "NodCore", "NodTestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "NodCheckersTests",
            dependencies: ["NodCheckers", "NodEngine", "NodEvidence", "NodYAML", "NodCore", "NodTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "NodReportTests", dependencies: ["NodReport", "NodAudit", "NodArchive", "NodCore", "NodEvidence", "NodRules", "NodTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "NodAuditTests", dependencies: ["NodAudit", "NodReport", "NodRules", "NodCore", "NodTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "nodTests", dependencies: ["nod", "NodAudit", "NodRules", "NodArchive", "NodArchiveTesting", "NodCheckers", "NodTestSupport", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strictSettings),
    ]
)

// swift-tools-version:6.1
import PackageDescription

/// swift-shapegen: a Swift code generator for AWS-style service APIs.
///
/// The generator is a pipeline of small modules (load → check → translate → render → write);
/// generated code depends only on `ShapegenRuntime`.
let package = Package(
    name: "swift-shapegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shapegen", targets: ["shapegen"]),
        .library(name: "ShapegenRuntime", targets: ["ShapegenRuntime"]),
        .library(name: "ShapegenSigV4", targets: ["ShapegenSigV4"]),
        .plugin(name: "ShapegenPlugin", targets: ["ShapegenPlugin"]),
        .plugin(name: "ShapegenCommand", targets: ["ShapegenCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Documentation only: `swift package generate-documentation`; nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Pipeline stages.
        .target(name: "ShapegenModel"),
        .target(
            name: "ShapegenLoader",
            dependencies: ["ShapegenModel", "ShapegenUtilities", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ShapegenSwiftCode"),
        .target(name: "ShapegenNames", dependencies: ["ShapegenModel"]),
        .target(
            name: "ShapegenChecker",
            dependencies: ["ShapegenModel", "ShapegenNames", "ShapegenPatterns", "ShapegenUtilities"]
        ),
        .target(
            name: "ShapegenTranslator",
            dependencies: ["ShapegenModel", "ShapegenNames", "ShapegenSwiftCode", "ShapegenUtilities"]
        ),
        .target(name: "ShapegenRenderer", dependencies: ["ShapegenSwiftCode"]),
        .target(name: "ShapegenWriter", dependencies: ["ShapegenUtilities"]),
        // Shared by several stages and not the model: file reading, a map on all cores, background freeing.
        .target(name: "ShapegenUtilities"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(
            name: "ShapegenImporter",
            dependencies: ["ShapegenModel", "ShapegenNames", "CZlib", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "ShapegenDiff", dependencies: ["ShapegenModel"]),
        // The stages run in memory, for the CLI, the conformance runner and the tests: a target, not a
        // product, so its API is the package's own business.
        .target(
            name: "ShapegenKit",
            dependencies: [
                "ShapegenModel", "ShapegenLoader", "ShapegenChecker", "ShapegenTranslator", "ShapegenRenderer",
                "ShapegenWriter", "ShapegenImporter", "ShapegenDiff", "ShapegenUtilities",
            ]
        ),
        .executableTarget(
            name: "shapegen",
            dependencies: ["ShapegenKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // SwiftPM plugins: generate on every build, and rewrite committed output on request.
        .plugin(name: "ShapegenPlugin", capability: .buildTool(), dependencies: ["shapegen"]),
        .plugin(
            name: "ShapegenCommand",
            capability: .command(
                intent: .custom(
                    verb: "generate-shapes", description: "Regenerate committed Swift from the package's shape models"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated Swift next to the models")]),
            dependencies: ["shapegen"]),

        // Fuzzing: a seeded model mutator, and the harness that runs `shapegen generate` on what it makes.
        .target(name: "ShapegenFuzz", dependencies: [.product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "shapegen-fuzz",
            dependencies: [
                "ShapegenFuzz", "ShapegenTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // What generated code depends on; it re-exports the patterns, which the checker uses too.
        .target(name: "ShapegenPatterns"),
        .target(
            name: "ShapegenRuntime",
            dependencies: ["ShapegenPatterns", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        // AWS Signature Version 4 and credentials, for clients that talk to AWS (swift-crypto).
        .target(
            name: "ShapegenSigV4",
            dependencies: ["ShapegenRuntime", .product(name: "Crypto", package: "swift-crypto")]
        ),

        // Committed output of `swift run shapegen`, compiled so that it stays compiling.
        .target(name: "Batch", dependencies: ["ShapegenRuntime"], path: "Generated/Batch"),

        // botocore's protocol tests through generated clients: the runner package, and the command that runs it.
        .target(
            name: "ShapegenConformance",
            dependencies: [
                "ShapegenImporter", "ShapegenKit", "ShapegenModel", "ShapegenNames", "ShapegenRuntime",
                "ShapegenSwiftCode", "ShapegenTestSupport",
            ]
        ),
        .executableTarget(
            name: "shapegen-conformance",
            dependencies: ["ShapegenConformance", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Tests, one target per stage plus the generated code and the CLI.
        // Shared by the tests: child processes run without blocking the cooperative pool, JSON compared as values, set-up errors.
        .target(name: "ShapegenTestSupport", path: "Tests/ShapegenTestSupport"),
        // Shared by the tests that send requests through a client: a recording transport, canned responses.
        .target(
            name: "ShapegenHTTPTestSupport",
            dependencies: ["ShapegenRuntime", .product(name: "HTTPTypes", package: "swift-http-types")],
            path: "Tests/ShapegenHTTPTestSupport"
        ),
        .testTarget(
            name: "ShapegenLoaderTests",
            dependencies: ["ShapegenLoader", "ShapegenFuzz", "ShapegenImporter", "ShapegenKit", "ShapegenUtilities"]
        ),
        .testTarget(name: "ShapegenCheckerTests", dependencies: ["ShapegenChecker", "ShapegenLoader"]),
        .testTarget(name: "ShapegenNamesTests", dependencies: ["ShapegenNames"]),
        .testTarget(name: "ShapegenTranslatorTests", dependencies: ["ShapegenKit", "ShapegenTestSupport"]),
        .testTarget(name: "ShapegenRendererTests", dependencies: ["ShapegenRenderer"]),
        .testTarget(name: "ShapegenWriterTests", dependencies: ["ShapegenWriter"]),
        .testTarget(
            name: "ShapegenImporterTests", dependencies: ["ShapegenImporter", "ShapegenKit", "ShapegenTestSupport"]),
        .testTarget(
            name: "ShapegenDiffTests", dependencies: ["ShapegenDiff", "ShapegenKit", "ShapegenTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ShapegenRuntimeTests",
            dependencies: [
                "ShapegenRuntime", "ShapegenPatterns", "ShapegenTestSupport", "ShapegenHTTPTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "BatchTests",
            dependencies: [
                "Batch", "ShapegenFuzz", "ShapegenRuntime", "ShapegenTestSupport", "ShapegenHTTPTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "ShapegenSigV4Tests",
            dependencies: [
                "ShapegenSigV4", "ShapegenTestSupport", "ShapegenHTTPTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // Against a real AWS-compatible server (moto), started by scripts/test.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "Batch", "ShapegenConformance", "ShapegenKit", "ShapegenLoader", "ShapegenRuntime", "ShapegenSigV4",
                "ShapegenTestSupport", "ShapegenHTTPTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(
            name: "ShapegenCLITests",
            dependencies: ["ShapegenFuzz", "ShapegenKit", "shapegen", "ShapegenTestSupport"],
            resources: [.copy("MalformedModels")]
        ),
        // Builds Tests/Fixtures/PluginConsumer, a package that uses the plugins, for real.
        .testTarget(name: "PluginTests", dependencies: ["ShapegenTestSupport"]),
        // botocore's protocol test suite, which scripts/test fetches.
        .testTarget(
            name: "ProtocolConformanceTests",
            dependencies: ["ShapegenConformance", "ShapegenImporter", "ShapegenTestSupport"]),
        .testTarget(
            name: "ShapegenFuzzTests",
            dependencies: ["ShapegenFuzz", "shapegen", "shapegen-fuzz", "ShapegenTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

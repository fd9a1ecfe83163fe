// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Real AWS services generated from botocore, one target each, compiled against this repository's
/// `ShapegenRuntime`: the fixture of `CorpusSampleCompileTests`, which writes the services into
/// `Generated/<service>/` (not committed) and builds this package.
///
/// The targets are the folders in `Generated/`; build with `--manifest-cache none
/// --disable-build-manifest-caching` so that a changed sample is seen.
let generated = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Generated")
let services = ((try? FileManager.default.contentsOfDirectory(atPath: generated.path)) ?? [])
    .filter { !$0.hasPrefix(".") }
    .sorted()

/// `sagemaker-runtime` → `CorpusSagemakerRuntime`: a valid module name that no target of the root
/// package has.
func moduleName(_ service: String) -> String {
    "Corpus"
        + service.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

let package = Package(
    name: "CorpusSample",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-shapegen", path: "../../.."),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: services.map { service in
        .target(
            name: moduleName(service),
            dependencies: [.product(name: "ShapegenRuntime", package: "swift-shapegen")],
            path: "Generated/\(service)")
    }
        + (services.contains("hostile-names")
            ? [
                // Encodes and decodes every hostile structure and enum; run by `CorpusSampleCompileTests`.
                .executableTarget(
                    name: "HostileNamesRoundTrip",
                    dependencies: ["CorpusHostileNames", .product(name: "ShapegenRuntime", package: "swift-shapegen")],
                    path: "RoundTrip")
            ] : [])
        + (Set(["batch", "bedrock-runtime", "ecs", "s3", "sts"]).isSubset(of: services)
            ? [
                // Uses Swift's and Foundation's names beside five imported services; run by `CorpusSampleCompileTests`.
                .executableTarget(
                    name: "Coexistence",
                    dependencies: [
                        "CorpusBatch", "CorpusBedrockRuntime", "CorpusEcs", "CorpusS3", "CorpusSts",
                        .product(name: "ShapegenRuntime", package: "swift-shapegen"),
                        .product(name: "HTTPTypes", package: "swift-http-types"),
                    ],
                    path: "Coexistence")
            ] : []),
    swiftLanguageModes: [.v6]
)

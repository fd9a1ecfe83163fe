// swift-tools-version:6.0
import PackageDescription

/// A package that uses swift-shapegen as its users do: the build-tool plugin generates the Batch
/// model into `BatchJobs` on every build, `CommittedBatch` holds output that the
/// `generate-shapes` command plugin wrote, and `Things` is a module of one service: its model and
/// `Exports.swift`, README's recipe. Built for real by Tests/PluginTests.
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-shapegen", path: "../../..")
    ],
    targets: [
        .target(
            name: "BatchJobs",
            dependencies: [.product(name: "ShapegenRuntime", package: "swift-shapegen")],
            plugins: [.plugin(name: "ShapegenPlugin", package: "swift-shapegen")]
        ),
        .target(
            name: "CommittedBatch",
            dependencies: [.product(name: "ShapegenRuntime", package: "swift-shapegen")],
            exclude: ["batch.shapes.yaml", "shapegen-config.yaml"]
        ),
        .target(
            name: "Things",
            dependencies: [.product(name: "ShapegenRuntime", package: "swift-shapegen")],
            plugins: [.plugin(name: "ShapegenPlugin", package: "swift-shapegen")]
        ),
        .testTarget(name: "BatchJobsTests", dependencies: ["BatchJobs"]),
        .testTarget(name: "ThingsTests", dependencies: ["Things"]),
    ],
    swiftLanguageModes: [.v6]
)

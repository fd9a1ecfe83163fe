// swift-tools-version:6.1
import PackageDescription

// The runtime benchmark of `Benchmarks/run`: generated Batch types against hand-written Codable.
// A package of its own so that nothing here enters swift-shapegen's dependency graph.
let package = Package(
    name: "ShapegenBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "swift-shapegen", path: "..")],
    targets: [
        // Generated/Batch, compiled here as a module of this package (a symbolic link).
        .target(name: "GeneratedBatch", dependencies: [.product(name: "ShapegenRuntime", package: "swift-shapegen")]),
        .executableTarget(
            name: "RuntimeBenchmark",
            dependencies: ["GeneratedBatch", .product(name: "ShapegenRuntime", package: "swift-shapegen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

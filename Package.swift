// swift-tools-version: 6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "argmap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "argmap", targets: ["argmap"]),
        .library(name: "ArgumentModel", targets: ["ArgumentModel"]),
        .library(name: "ArgdownSyntax", targets: ["ArgdownSyntax"]),
        .library(name: "ArgumentFormats", targets: ["ArgumentFormats"]),
        .library(name: "ArgumentAnalysis", targets: ["ArgumentAnalysis"]),
        .library(name: "ArgumentRendering", targets: ["ArgumentRendering"]),
        .library(name: "ArgmapServices", targets: ["ArgmapServices"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // `swift package generate-documentation` (DocC catalogs in Sources/<Module>/<Module>.docc); see docs/documentation.md.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "ArgumentModel",
            dependencies: ["CPrefetch", .product(name: "Collections", package: "swift-collections")],
            swiftSettings: strictSettings),
        .systemLibrary(name: "CPrefetch"),
        .target(
            name: "ArgdownSyntax",
            dependencies: ["ArgumentModel", "Yams", .product(name: "Collections", package: "swift-collections")],
            swiftSettings: strictSettings),
        .target(
            name: "ArgumentFormats",
            dependencies: ["ArgumentModel", "ArgdownSyntax", .product(name: "Collections", package: "swift-collections")],
            swiftSettings: strictSettings),
        .systemLibrary(
            name: "CCaDiCaL",
            providers: [.apt(["libcadical-dev"]), .brew(["cadical"])]),
        .target(
            name: "ArgumentAnalysis",
            dependencies: ["ArgumentModel", "CCaDiCaL", .product(name: "Collections", package: "swift-collections")],
            swiftSettings: strictSettings,
            linkerSettings: [.linkedLibrary("m")]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]),
        .systemLibrary(
            name: "CQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"]), .brew(["qpdf"])]),
        .target(
            name: "ArgumentRendering",
            dependencies: ["ArgumentModel", "ArgumentAnalysis", "CGraphviz", "CQPDF"],
            swiftSettings: strictSettings),
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"]), .brew(["mimalloc"])]),
        .target(
            name: "ArgmapServices",
            dependencies: [
                "ArgumentModel", "ArgdownSyntax", "ArgumentFormats", "ArgumentAnalysis", "ArgumentRendering",
                .product(name: "Collections", package: "swift-collections"), .product(name: "Ink", package: "Ink"),
                .product(name: "MCP", package: "swift-sdk"),
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "argmap",
            dependencies: [
                "ArgumentModel", "ArgdownSyntax", "ArgumentFormats", "ArgumentAnalysis", "ArgumentRendering", "ArgmapServices",
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "argmap-benchmarks",
            dependencies: [
                "ArgumentModel", "ArgdownSyntax", "ArgumentFormats", "ArgumentAnalysis", "ArgumentRendering", "CMimalloc",
            ],
            path: "Benchmarks/ArgmapBenchmarks",
            swiftSettings: strictSettings),
        .testTarget(name: "ArgumentModelTests", dependencies: ["ArgumentModel"], swiftSettings: strictSettings),
        .testTarget(
            name: "ArgdownSyntaxTests", dependencies: ["ArgdownSyntax", "ArgumentModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ArgumentFormatsTests", dependencies: ["ArgumentFormats", "ArgdownSyntax", "ArgumentModel"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "ArgumentAnalysisTests", dependencies: ["ArgumentAnalysis", "ArgdownSyntax", "ArgumentModel"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ArgumentRenderingTests", dependencies: ["ArgumentRendering", "ArgumentAnalysis", "ArgdownSyntax", "ArgumentModel"],
            resources: [.copy("Golden")], swiftSettings: strictSettings),
        .testTarget(name: "ArgmapCLITests", dependencies: ["argmap"], swiftSettings: strictSettings),
        .testTarget(
            name: "ArgmapServicesTests",
            dependencies: [
                "ArgmapServices", "ArgdownSyntax", "ArgumentAnalysis", "ArgumentFormats", "ArgumentModel", "ArgumentRendering",
                .product(name: "MCP", package: "swift-sdk"),
            ],
            swiftSettings: strictSettings),
    ]
)

// Fuzz targets (libFuzzer), only when building with ARGMAP_FUZZ=1: see scripts/fuzz.sh.
if Context.environment["ARGMAP_FUZZ"] == "1" {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("fuzz-argdown", ["ArgdownSyntax"]),
        ("fuzz-query", ["ArgumentAnalysis", "ArgdownSyntax"]),
        ("fuzz-aif", ["ArgumentFormats"]),
        ("fuzz-brat", ["ArgumentFormats"]),
        ("fuzz-microtext", ["ArgumentFormats"]),
        ("fuzz-kialo", ["ArgumentFormats"]),
        ("fuzz-argdown-json", ["ArgumentFormats"]),
        ("fuzz-argmap-json", ["ArgumentFormats"]),
        ("fuzz-iccma", ["ArgumentFormats"]),
        ("fuzz-output-paths", ["ArgumentFormats"]),
    ]
    package.targets.append(
        .target(name: "FuzzSupport", dependencies: ["ArgumentModel"], path: "Fuzz/Targets/FuzzSupport"))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(
            .executableTarget(
                name: name, dependencies: dependencies + ["ArgumentModel", "FuzzSupport"], path: "Fuzz/Targets/\(name)",
                exclude: ["seeds", "fuzz.dict"], swiftSettings: strictSettings))
    }
}

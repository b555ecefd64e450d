// swift-tools-version: 6.0
// Using argmap's libraries from your own Swift program: read an Argdown map and walk its graph.
import PackageDescription

let package = Package(
    name: "library-usage",
    platforms: [.macOS(.v13)],
    // `name:` keeps the package identity "argmap" whatever the checkout folder is called.
    dependencies: [.package(name: "argmap", path: "../..")],
    targets: [
        .executableTarget(
            name: "library-usage",
            dependencies: [
                .product(name: "ArgdownSyntax", package: "argmap"),
                .product(name: "ArgumentAnalysis", package: "argmap"),
                .product(name: "ArgumentModel", package: "argmap"),
            ])
    ]
)

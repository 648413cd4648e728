// swift-tools-version:6.0
// dossier: incident records and quotations in, paginated print-ready PDF dossiers out.
import PackageDescription
import Foundation

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: [
            "DossierCalendar", "DossierLocale", "DossierModel", "DossierDocument", "DossierDisplay", "DossierLayout",
            "DossierCharts", "DossierRender", "CairoPango", "DossierBuild",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig1-dev"])]
        ),
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "DossierCalendar"),
        .target(name: "DossierDisplay"),
        .target(name: "DossierLocale", dependencies: ["DossierCalendar", .product(name: "Yams", package: "Yams")]),
        .target(name: "CairoPango", dependencies: ["CCairo", "CHyphen", "CPoppler", "DossierDisplay"]),
        .target(name: "DossierModel", dependencies: [
            "DossierCalendar", "CInflate",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "DossierCharts", dependencies: ["DossierCalendar", "DossierDisplay", "DossierLocale"]),
        .target(name: "DossierDocument", dependencies: [
            "DossierModel", "DossierDisplay", "DossierCharts", "DossierLocale", "CCMark",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "DossierLayout", dependencies: ["DossierDocument", "DossierDisplay"]),
        .target(name: "DossierRender", dependencies: ["CairoPango", "DossierDisplay", "CInflate"]),
        .target(name: "DossierBuild", dependencies: [
            "DossierModel", "DossierDocument", "DossierLayout", "DossierCharts", "DossierRender", "CairoPango", "DossierDisplay",
            "DossierLocale",
        ]),
        .executableTarget(name: "dossier", dependencies: [
            "DossierBuild", "DossierModel", "DossierDocument", "DossierCharts", "DossierRender", "DossierLocale",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Entry points for fuzzing every reader and the layout engine; tests replay their corpus.
        .target(name: "DossierFuzzing", dependencies: ["DossierModel", "DossierDocument", "DossierLayout", "DossierDisplay"]),
        .testTarget(name: "DossierFuzzingTests", dependencies: ["DossierFuzzing"]),
        .testTarget(name: "DossierCalendarTests", dependencies: ["DossierCalendar"]),
        .testTarget(name: "DossierDisplayTests", dependencies: ["DossierDisplay"]),
        .testTarget(name: "DossierLocaleTests", dependencies: ["DossierLocale", "DossierCalendar"]),
        .testTarget(name: "CairoPangoTests", dependencies: ["CairoPango", "DossierDisplay"]),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "DossierChartsTests", dependencies: ["DossierCharts", "DossierDisplay", "DossierLayout", "CairoPango", "DossierRender"],
                    exclude: ["References"]),
        .testTarget(name: "DossierDocumentTests", dependencies: ["DossierDocument", "DossierModel"]),
        .testTarget(name: "DossierLayoutTests", dependencies: ["DossierLayout", "DossierDocument", "DossierDisplay", "CairoPango", "DossierRender"],
                    exclude: ["References"]),
        .testTarget(name: "DossierRenderTests", dependencies: ["DossierRender", "CairoPango", "DossierDisplay", "DossierLayout"]),
        .testTarget(name: "DossierBuildTests", dependencies: ["DossierBuild", "DossierModel", "DossierDocument", "DossierRender", "DossierDisplay"]),
        .testTarget(name: "DossierCLITests", dependencies: ["dossier", "DossierBuild"]),
    ]
)

// The libFuzzer executable exists only when scripts/fuzz.sh asks for it: built without
// -sanitize=fuzzer it would have no main function.
if ProcessInfo.processInfo.environment["DOSSIER_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "dossier-fuzz", dependencies: ["DossierFuzzing"], path: "Fuzz/Entry",
                                             swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}

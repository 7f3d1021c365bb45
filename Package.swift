// swift-tools-version:6.1
import PackageDescription

// The modules, from the bottom up (docs/architecture.md has the picture):
// - `CoachingCore`: the pure stages (ingest → candidates → schedule → render), one folder each;
// - `CoachingRegister`: storage only: the SQLite register and the staged files;
// - `CoachingWorkflow`: the SOP's steps as use cases (request in, outcome out, one commit path);
// - `coaching`: the thin command line: flags to requests, outcomes to text, errors to exit codes.
// `CLibXML2` + `LibXML` are the only place that touches libxml2, `CDeflate` libdeflate, `CZlib` zlib.
let package = Package(
    name: "klip-coaching",
    products: [
        .executable(name: "coaching", targets: ["coaching"]),
        .library(name: "CoachingCore", targets: ["CoachingCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // The document register (numbers, lifecycle, audit log) is an SQLite database.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // SHA-256 for the audit log and the archive manifest; Ed25519 for signing it.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // Signed PDFs (PAdES): the CMS SignedData, the signer's certificate and its chain.
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        // libdeflate for the archive package: Deflate, CRC-32 and Adler-32, twice as fast as zlib (see ZipWriter).
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
        // zlib, only to inflate a package's entries a chunk at a time (`verify`): libdeflate has no
        // streaming inflate, and a whole entry in memory is what kept verify near 700 MB.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CompiledMustache"),
        // The signature check of a signed PDF (PAdES): a strict reader of only the PDF parts a
        // signature needs, the CMS SignedData checked with swift-certificates. Pure: bytes in,
        // verdict out. Kept out of CoachingCore so that only `lampirkan` pulls in X509.
        .target(
            name: "PDFSignature",
            dependencies: [
                .product(name: "X509", package: "swift-certificates"), .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "CoachingCore",
            dependencies: ["LibXML", "CDeflate", "CZlib", "CompiledMustache", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Storage: the register of documents (numbers, lifecycle, audit log) in SQLite through GRDB,
        // and the files staged beside it until it commits.
        .target(
            name: "CoachingRegister",
            dependencies: [
                "CoachingCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
                // SQLite's C API, for binding the rows of a large batch without boxing every value.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The SOP's steps as use cases over the core's stages and the register.
        .target(
            name: "CoachingWorkflow",
            dependencies: ["CoachingCore", "CoachingRegister", "CompiledMustache", "PDFSignature", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "coaching",
            dependencies: [
                "CoachingCore", "CoachingWorkflow", "CompiledMustache",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release template-bench`: the template benchmark of Scripts/bench.
        .executableTarget(name: "template-bench", dependencies: ["CompiledMustache"], path: "Benchmarks/TemplateBenchmark"),
        // `swift run -c release minutes-bench BATCH NOTES`: Berita Acara per document, beside Jinja2.
        // `swift run -c release signature-bench FOLDER`: every signed PDF of a folder checked, beside pyHanko/openssl.
        .executableTarget(name: "signature-bench", dependencies: ["PDFSignature"], path: "Benchmarks/SignatureBenchmark"),
        .executableTarget(name: "minutes-bench", dependencies: ["CoachingCore", "CompiledMustache"], path: "Benchmarks/MinutesBenchmark"),
        // Fuzzing (Scripts/harden): the readers a fuzzer feeds, and the libFuzzer entry point.
        .target(name: "FuzzTargets", dependencies: ["CoachingCore", "PDFSignature"], path: "Fuzz/Targets"),
        .executableTarget(name: "coaching-fuzz", dependencies: ["FuzzTargets"], path: "Fuzz/Runner"),
        // Tests: one target per module, folders mirroring Sources/, plus the command line end to end.
        .target(name: "TestSupport", dependencies: ["CoachingCore"], path: "Tests/TestSupport"),
        .testTarget(
            name: "PDFSignatureTests",
            dependencies: ["PDFSignature", "TestSupport", .product(name: "X509", package: "swift-certificates"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .testTarget(name: "CompiledMustacheTests", dependencies: ["CompiledMustache", "TestSupport"]),
        .testTarget(
            name: "CoachingCoreTests",
            dependencies: [
                "CoachingCore", "LibXML", "CompiledMustache", "FuzzTargets", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CoachingRegisterTests",
            dependencies: ["CoachingRegister", "CoachingCore", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "CoachingWorkflowTests", dependencies: ["CoachingWorkflow", "CoachingRegister", "CoachingCore", "TestSupport"]),
        // The `coaching` program run as the office runs it (it is built before the tests run).
        .testTarget(name: "CoachingCLITests", dependencies: ["CoachingCore", "CoachingRegister", "CoachingWorkflow", "LibXML", "CompiledMustache", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

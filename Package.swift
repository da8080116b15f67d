// swift-tools-version:6.0
// doclint: a JSON Schema validator and doc-sample linter for Microsoft Graph-style API reference docs.
// No package dependencies: only the Swift toolchain (Foundation, XCTest, Swift Testing).
import PackageDescription

let package = Package(
    name: "doclint",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "doclint", targets: ["doclint"]),
        .library(name: "JSONCore", targets: ["JSONCore"]),
        .library(name: "JSONSchema", targets: ["JSONSchema"]),
    ],
    targets: [
        // UTF-8 byte ranges, line index, line:column.
        .target(name: "SourceText"),
        // JSONValue (ordered objects, exact numbers), byte parser with positions, writer.
        .target(name: "JSONCore", dependencies: ["SourceText"]),
        // ECMA-262 regular expressions (the dialect JSON Schema's `pattern` uses), matched on Unicode scalars.
        .target(name: "ECMARegex"),
        // String format checkers: date-time, email, hostname, ipv4/6, uri, uri-template, json-pointer, ...
        .target(name: "JSONFormats", dependencies: ["ECMARegex"]),
        // JSON Schema dialects 2020-12 ... draft-04: compile, validate, output units, registry.
        .target(name: "JSONSchema", dependencies: ["JSONCore", "ECMARegex", "JSONFormats"]),
        // The Markdown page model: front matter, headings, pipe tables, fences, comments, localization markup.
        .target(name: "DocMarkdown", dependencies: ["SourceText"]),
        // What a Graph reference page means: annotations, property tables, type vocabulary, schemas.
        .target(name: "GraphDocs", dependencies: ["DocMarkdown", "JSONCore", "SourceText"]),
        // Diagnostics, rules and their registry, suppressions, reporters.
        .target(name: "DocLint", dependencies: ["GraphDocs", "DocMarkdown", "JSONCore", "JSONSchema", "SourceText"]),
        // The command-line interface: arguments, file discovery, exit status.
        .executableTarget(name: "doclint", dependencies: ["DocLint", "GraphDocs", "JSONSchema", "JSONCore"]),

        .testTarget(name: "JSONCoreTests", dependencies: ["JSONCore", "SourceText"]),
        .testTarget(name: "ECMARegexTests", dependencies: ["ECMARegex", "JSONCore"]),
        .testTarget(name: "JSONFormatsTests", dependencies: ["JSONFormats", "JSONCore"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema", "JSONCore"]),
        .testTarget(name: "DocMarkdownTests", dependencies: ["DocMarkdown", "SourceText"], exclude: ["Fixtures"]),
        .testTarget(name: "GraphDocsTests", dependencies: ["GraphDocs", "DocMarkdown", "JSONCore"]),
        .testTarget(name: "DocLintTests", dependencies: ["DocLint"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["doclint"], exclude: ["Snapshots"]),
    ]
)

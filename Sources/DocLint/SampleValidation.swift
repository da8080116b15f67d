import Foundation
import GraphDocs
import JSONCore
import JSONSchema
import SourceText

/// One problem found by validating a sample against its type's schema.
public struct SampleFinding: Sendable {
    /// What kind of problem it is (each kind has its own rule).
    public enum Kind: Sendable {
        /// A property the type does not declare.
        case unknownProperty
        /// A value of the wrong JSON type.
        case wrongType
        /// A value outside the type's enumeration.
        case notInEnumeration
        /// A value that breaks another constraint (format, range, length, pattern).
        case invalidValue
        /// The sample names a type doclint found no definition of.
        case unknownType
        /// An `expectError` response whose body is not a Graph error (`{"error": {"code", "message"}}`).
        case errorShape
        /// The schema generated for the sample's type does not compile (a `baseType` cycle, an impossible
        /// constraint in the table): the sample is not validated.
        case schemaError
    }

    /// The kind.
    public var kind: Kind
    /// The message.
    public var message: String
    /// The offending value (or key) in the page.
    public var range: SourceRange
    /// Related places.
    public var notes: [Note]
    /// Where in the sample the problem is (empty for the whole sample).
    public var location: JSONPointer = .root
    /// For an unknown property, the type that does not declare it.
    public var owner: String? = nil
}

/// Validates a page's `example`, `response` and typed `request` samples against the schemas generated
/// from the property tables of the types they name.
public struct SampleValidation: Sendable {
    /// The findings, in page order.
    public var findings: [SampleFinding] = []
    /// How many samples were validated against a schema.
    public var validatedCount = 0
    /// How many typed samples could not be (type not found, schema not compiled).
    public var unvalidatedCount = 0

    /// Validates every sample of `page`, finding types through `catalog`.
    public init(page: GraphPage, catalog: SchemaCatalog) {
        for block in page.codeBlocks {
            guard let annotation = page.annotation(of: block),
                [.example, .response, .request].contains(annotation.blockType)
            else { continue }
            if annotation.expectsError {
                if let body = SampleValidation.body(of: block, in: page) {
                    findings += SampleValidation.checkError(body)
                    validatedCount += 1
                }
                continue
            }
            guard let type = annotation.resourceType, let body = SampleValidation.body(of: block, in: page) else {
                continue
            }
            // The docs tooling's pseudo-types for action bodies name no Graph type.
            if type.hasPrefix("requestBodyResourceFor.") { continue }
            // Real samples nest a dozen levels at most; a deeper one is not validated (the validator
            // recurses per level), and the finding says so.
            if SampleValidation.depth(of: body, limit: SampleValidation.maxDepth) > SampleValidation.maxDepth {
                unvalidatedCount += 1
                findings.append(
                    SampleFinding(
                        kind: .schemaError,
                        message:
                            "the sample is nested deeper than \(SampleValidation.maxDepth) levels; it is not validated",
                        range: block.fence.infoRange, notes: []))
                continue
            }
            let instances = SampleValidation.instances(body, annotation: annotation)
            if annotation.isCollection || annotation.resourceTypeIsCollection, body.arrayValue == nil,
                body[annotation.collectionProperty]?.arrayValue == nil
            {
                findings.append(
                    SampleFinding(
                        kind: .wrongType,
                        message:
                            "the annotation says the response is a collection, but the body has no '\(annotation.collectionProperty)' array",
                        range: body.range, notes: []))
                continue
            }
            if let primitive = SampleValidation.primitive(type) {
                // OData returns a primitive result wrapped as `{"value": …}`.
                let values = instances.flatMap { instance -> [JSONValue] in
                    guard let wrapped = instance.objectValue?["value"] else { return [instance] }
                    return [wrapped]
                }
                findings += SampleValidation.checkPrimitive(primitive, values)
                validatedCount += 1
                continue
            }
            let declared = TypeDefinition.qualified(type)
            // Each instance is validated as the type it says it is: a list of a base type may hold derived types.
            var groups: [String: [JSONValue]] = [:]
            var order: [String] = []
            for instance in instances {
                var qualified = declared
                if let own = instance["@odata.type"]?.stringValue.map(TypeDefinition.qualified), own != declared,
                    catalog.definition(named: own, from: page.path) != nil
                {
                    qualified = own
                }
                if groups[qualified] == nil { order.append(qualified) }
                groups[qualified, default: []].append(instance)
            }
            if instances.isEmpty { order = [declared] }
            for qualified in order {
                let instances = groups[qualified] ?? []
                switch catalog.check(instances, as: qualified, from: page.path) {
                case .notFound:
                    unvalidatedCount += 1
                    findings.append(
                        SampleFinding(
                            kind: .unknownType,
                            message:
                                "type '\(qualified)' of the sample is not defined in this doc set; the sample is not validated",
                            range: annotation.json.objectValue?.member(
                                annotation.json["@odata.type"] != nil ? "@odata.type" : "@type")?.value.range
                                ?? block.fence.range,
                            notes: []))
                case .failed(let reason):
                    unvalidatedCount += 1
                    findings.append(
                        SampleFinding(
                            kind: .schemaError,
                            message:
                                "the schema generated for type '\(qualified)' does not compile: \(reason); the sample is not validated",
                            range: block.fence.infoRange, notes: []))
                case .checked(let results, let closure):
                    validatedCount += 1
                    let nullable = Set(annotation.nullableProperties)
                    var sampleFindings: [SampleFinding] = []
                    for (instance, result) in zip(instances, results) {
                        sampleFindings += SampleValidation.check(
                            instance, result, type: qualified, closure: closure, page: page
                        )
                        .filter { !SampleValidation.isDeclaredNull($0, nullable: nullable, in: instance) }
                    }
                    findings += SampleValidation.collapsingMissingBases(
                        sampleFindings, closure: closure, catalog: catalog, from: page.path)
                }
            }
        }
    }

    /// The JSON the block carries: the whole block for `json` fences, the body after the headers of an HTTP message.
    static func body(of block: CodeBlock, in page: GraphPage) -> JSONValue? {
        if case .success(let doc)? = block.json { return doc.value }
        guard block.fence.language == "http", block.fence.isClosed else { return nil }
        guard let message = HTTPMessage(bytes: page.document.bytes, range: block.fence.contentRange),
            let bodyRange = message.bodyRange,
            !bodyRange.isEmpty
        else { return nil }
        return try? JSONParser.parse(page.document.bytes, range: bodyRange.asRange).value
    }

    /// Whether a finding is about a `null` the annotation's `nullableProperties` declares.
    static func isDeclaredNull(_ finding: SampleFinding, nullable: Set<String>, in instance: JSONValue) -> Bool {
        guard !nullable.isEmpty, finding.kind == .wrongType, let name = finding.location.tokens.last,
            nullable.contains(name)
        else { return false }
        return finding.location.resolve(in: instance)?.isNull == true
    }

    /// The quoted values after "is not one of" in a validator message.
    static func allowedValues(in message: String) -> [String] {
        guard let range = message.range(of: "is not one of ") else { return [] }
        // The validator shortens long lists (`'a', 'b', … (12 values)`): keep only whole quoted values.
        return message[range.upperBound...].components(separatedBy: ", ").compactMap { part in
            guard part.hasPrefix("'"), part.hasSuffix("'"), part.count >= 2 else { return nil }
            return String(part.dropFirst().dropLast())
        }
    }

    /// The primitive a sample's `@odata.type` names (`Edm.String`, `String`, `stream`), if it is one.
    static func primitive(_ type: String) -> PrimitiveType? {
        // Only `Edm.X` or an unqualified name: `microsoft.graph.stream` would be a Graph type, not `Edm.Stream`.
        guard !type.contains(".") || type.lowercased().hasPrefix("edm.") else { return nil }
        return TypeVocabulary.englishPrimitive(type)
    }

    /// Findings for samples of a primitive type (`"@odata.type": "Collection(Edm.String)"`).
    static func checkPrimitive(_ type: PrimitiveType, _ instances: [JSONValue]) -> [SampleFinding] {
        let fields = SchemaGenerator.primitiveSchema(type)
        guard !fields.isEmpty,
            let schema = try? JSONSchema(compiling: .object(fields), options: JSONSchema.Options(assertFormats: true))
        else { return [] }
        var findings: [SampleFinding] = []
        for instance in instances {
            for error in schema.validate(instance, output: .basic).errors
            where error.keywordLocation.tokens.last != "anyOf" {
                let kind: SampleFinding.Kind = error.keywordLocation.tokens.last == "type" ? .wrongType : .invalidValue
                findings.append(
                    SampleFinding(
                        kind: kind, message: "'\(type.canonicalName)' sample: \(error.message)", range: error.range,
                        notes: []))
            }
        }
        return findings
    }

    /// The shape every Graph error body has.
    static let errorSchema: JSONSchema = {
        let text =
            #"{"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {"code": {"type": "string"}, "message": {"type": "string"}, "innerError": {"type": "object"}, "details": {"type": "array"}}}}}"#
        do {
            return try JSONSchema(compiling: try JSONParser.value(text))
        } catch {
            preconditionFailure("the built-in error schema does not compile: \(error)")
        }
    }()

    /// Findings for an `expectError` body that is not a Graph error.
    static func checkError(_ body: JSONValue) -> [SampleFinding] {
        errorSchema.validate(body, output: .basic).errors.map { error in
            // Shown as written in the sample (`a/b`), not pointer-escaped (`a~1b`).
            let location =
                error.instanceLocation.tokens.isEmpty ? "" : "/" + error.instanceLocation.tokens.joined(separator: "/")
            let prefix = location.isEmpty ? "error response" : "error response property '\(location.dropFirst())'"
            return SampleFinding(
                kind: .errorShape, message: "\(prefix): \(error.message)", range: error.range, notes: [])
        }
    }

    /// The deepest nesting sample validation accepts.
    static let maxDepth = 64

    /// The nesting depth of `value`, counted up to `limit + 1` with an explicit stack (no recursion).
    static func depth(of value: JSONValue, limit: Int) -> Int {
        var deepest = 0
        var stack: [(JSONValue, Int)] = [(value, 0)]
        while let (v, d) = stack.popLast() {
            deepest = Swift.max(deepest, d)
            if deepest > limit { return deepest }
            switch v.kind {
            case .array(let elements): for e in elements { stack.append((e, d + 1)) }
            case .object(let object): for m in object.members { stack.append((m.value, d + 1)) }
            default: break
            }
        }
        return deepest
    }

    /// The values to validate: the items of a collection response, or the body itself.
    static func instances(_ body: JSONValue, annotation: Annotation) -> [JSONValue] {
        if annotation.isCollection || annotation.resourceTypeIsCollection {
            return body[annotation.collectionProperty]?.arrayValue ?? (body.arrayValue ?? [])
        }
        return [body]
    }

    /// The findings of validating `instance` (a sample of `type`).
    static func check(
        _ instance: JSONValue, _ result: SchemaCatalog.TypedValidation, type: String,
        closure: [String: TypeDefinition], page: GraphPage
    ) -> [SampleFinding] {
        let errors = result.errors
        guard !errors.isEmpty else { return [] }
        // A property that fails its own schema is also "unevaluated" (JSON Schema drops failed
        // annotations); report unevaluated properties only where nothing more specific failed.
        // Locations with an error at or below them (a specific one) and strictly below them (any), so each
        // unevaluated property is checked in constant time whatever the number of errors.
        var specificAtOrBelow: Set<ArraySlice<String>> = []
        var anyBelow: Set<ArraySlice<String>> = []
        for error in errors {
            let tokens = error.instanceLocation.tokens[...]
            let isSpecific = !error.keywordLocation.tokens.contains("unevaluatedProperties")
            for n in stride(from: tokens.count, through: 0, by: -1) {
                let prefix = tokens.prefix(n)
                let newSpecific = isSpecific && specificAtOrBelow.insert(prefix).inserted
                let newAny = n < tokens.count && anyBelow.insert(prefix).inserted
                // Shorter prefixes were added along with this one by an earlier error.
                if !newSpecific && !newAny && n < tokens.count { break }
            }
        }
        var keyRanges = KeyRanges(instance)
        var findings: [SampleFinding] = []
        var seen: Set<String> = []
        for error in errors {
            let keyword = error.keywordLocation.tokens.last ?? ""
            // Shown as written in the sample (`a/b`), not pointer-escaped (`a~1b`).
            let location =
                error.instanceLocation.tokens.isEmpty ? "" : "/" + error.instanceLocation.tokens.joined(separator: "/")
            let kind: SampleFinding.Kind
            switch keyword {
            case "unevaluatedProperties", "additionalProperties":
                // Reported where something more specific failed at or below this property.
                let below = error.instanceLocation.tokens[...]
                if specificAtOrBelow.contains(below) || anyBelow.contains(below) { continue }
                kind = .unknownProperty
            case "type": kind = .wrongType
            case "enum", "const": kind = .notInEnumeration
            case "anyOf", "oneOf", "allOf", "$ref", "if", "then", "else", "not":
                continue  // the branches' own errors say what is wrong
            default: kind = .invalidValue
            }
            guard seen.insert(location + "|" + error.message).inserted else { continue }
            let property = error.instanceLocation.tokens.last(where: { JSONPointer.arrayIndex($0) == nil }) ?? ""
            // Nullability is the schema's business, not the reader's: "not of type 'null' or 'integer'" says 'integer'.
            var ownerType: String?
            var message = SampleValidation.withoutNull(error.message)
            if kind == .unknownProperty && error.instanceLocation.tokens == ["value"], let wrapped = instance["value"] {
                // The commonest cause: a collection response without `isCollection`, or an entity wrapped in `value`.
                message =
                    wrapped.arrayValue != nil
                    ? "the body is a collection ('value' array) but the annotation does not say \"isCollection\": true"
                    : "the body wraps a single '\(type)' in 'value'; a single entity is the body itself"
            } else if kind == .unknownProperty {
                let owner =
                    SampleValidation.schemaType(error.absoluteKeywordLocation)
                    ?? owner(of: error.instanceLocation, in: instance, root: type)
                message = "property '\(property)' is not declared by type '\(owner)'"
                ownerType = owner
            } else if kind == .notInEnumeration, let value = error.instanceLocation.resolve(in: instance)?.stringValue,
                let match = SampleValidation.allowedValues(in: error.message).first(where: {
                    $0.lowercased() == value.lowercased()
                })
            {
                message = "property '\(location.dropFirst())': value '\(value)' differs only in case from '\(match)'"
            } else if !location.isEmpty {
                message = "property '\(location.dropFirst())': \(message)"
            }
            // An unknown property is reported at its key, everything else at the offending value.
            let range =
                kind == .unknownProperty ? keyRanges.range(error.instanceLocation) ?? error.range : error.range
            let declaringType = SampleValidation.schemaType(error.absoluteKeywordLocation)
            // The property named by the location (array indices after it dropped) and the type declaring it there.
            var path = error.instanceLocation.tokens
            while let last = path.last, JSONPointer.arrayIndex(last) != nil { path.removeLast() }
            findings.append(
                SampleFinding(
                    kind: kind, message: message, range: range,
                    notes: notes(
                        for: property, kind: kind, owner: declaringType, declarer: result.declarers[path],
                        closure: closure, page: page)
                        + translatedMembersNote(for: property, kind: kind, owner: declaringType, closure: closure),
                    location: error.instanceLocation, owner: ownerType))
        }
        return findings
    }

    /// `message` without the `null` of a type list: "is not of type 'null' or 'integer'" says 'integer'.
    static func withoutNull(_ message: String) -> String {
        let utf8 = message.utf8
        // An ASCII message is a character per byte (a CR LF pair holds no byte of the phrases), so
        // removing bytes removes what `replacing` removes, without its per-Character matching.
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return message.replacing("'null' or ", with: "").replacing(" or 'null'", with: "")
        }
        let first = removingAll(Array("'null' or ".utf8), from: Array(utf8))
        let second = removingAll(Array(" or 'null'".utf8), from: first)
        return second.count == utf8.count ? message : String(decoding: second, as: UTF8.self)
    }

    /// `bytes` with every occurrence of `phrase` removed, left to right.
    static func removingAll(_ phrase: [UInt8], from bytes: [UInt8]) -> [UInt8] {
        guard !phrase.isEmpty, var found = CaseFolding.firstRange(of: phrase, in: bytes) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var kept = 0
        while true {
            out += bytes[kept..<found.lowerBound]
            kept = found.upperBound
            guard let next = CaseFolding.firstRange(of: phrase, in: bytes, range: kept..<bytes.count) else { break }
            found = next
        }
        out += bytes[kept...]
        return out
    }

    /// The type whose generated schema holds a keyword (`…/microsoft.graph.x.schema.json#/unevaluatedProperties` → `microsoft.graph.x`).
    static func schemaType(_ absoluteKeywordLocation: String) -> String? {
        // By byte: `#`, `/` and the suffix are ASCII.
        let utf8 = absoluteKeywordLocation.utf8
        let uri = utf8.firstIndex(of: UInt8(ascii: "#")).map { utf8[..<$0] } ?? utf8[...]
        let file = uri.lastIndex(of: UInt8(ascii: "/")).map { uri[uri.index(after: $0)...] } ?? uri
        let suffix = ".schema.json".utf8
        guard file.count > suffix.count, file.suffix(suffix.count).elementsEqual(suffix) else { return nil }
        return String(decoding: file.dropLast(suffix.count), as: UTF8.self)
    }

    /// The ranges of the keys of an instance's members, indexed per object on first use (a sample
    /// with thousands of unknown keys is not scanned once per key).
    struct KeyRanges {
        let instance: JSONValue
        var objects: [[String]: [[UInt8]: SourceRange]] = [:]

        init(_ instance: JSONValue) {
            self.instance = instance
        }

        /// The range of the key of the member at `location`, if it is an object member (the last member
        /// of that name, as `JSONObject.member` finds it).
        mutating func range(_ location: JSONPointer) -> SourceRange? {
            guard let key = location.tokens.last else { return nil }
            let parentTokens = Array(location.tokens.dropLast())
            if let index = objects[parentTokens] { return index[Array(key.utf8)] }
            guard let parent = JSONPointer(tokens: parentTokens).resolve(in: instance)?.objectValue else {
                return nil
            }
            var index: [[UInt8]: SourceRange] = [:]
            for member in parent.members { index[Array(member.key.utf8)] = member.keyRange }
            objects[parentTokens] = index
            return index[Array(key.utf8)]
        }
    }

    /// The type that owns the object holding the property at `location`: the nearest `@odata.type`, else the sample's type.
    static func owner(of location: JSONPointer, in instance: JSONValue, root: String) -> String {
        var owner = root
        var current = instance
        for token in location.tokens.dropLast() {
            if let t = current["@odata.type"]?.stringValue { owner = TypeDefinition.qualified(t) }
            guard
                let next = current.objectValue?[token]
                    ?? JSONPointer.arrayIndex(token).flatMap({ current.arrayValue?[safe: $0] })
            else { break }
            current = next
        }
        if let t = current["@odata.type"]?.stringValue { owner = TypeDefinition.qualified(t) }
        return owner
    }

    /// "'status' is declared here" pointing at the table row, when the row is on this page.
    static func notes(
        for property: String, kind: SampleFinding.Kind, owner: String?, declarer: TypeDefinition? = nil,
        closure: [String: TypeDefinition], page: GraphPage
    ) -> [Note] {
        guard kind != .unknownProperty, !property.isEmpty else { return [] }
        // The type whose schema holds the failing keyword declares the property, else the type whose
        // property holds the failing value; fall back to any that does.
        let candidates =
            (owner.flatMap { closure[$0] }.map { [$0] } ?? []) + (declarer.map { [$0] } ?? [])
            + closure.values.sorted(by: { $0.name < $1.name })
        for type in candidates {
            guard let declared = type.property(named: property), let row = declared.row else { continue }
            if type.path == page.path {
                return [Note("'\(property)' is declared here", range: row.nameRange)]
            }
            return [
                Note(
                    "'\(property)' is declared in \(type.path)\(declared.line.map { ":\($0)" } ?? "")"
                )
            ]
        }
        return []
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

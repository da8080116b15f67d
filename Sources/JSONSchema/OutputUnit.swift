import JSONCore

extension ValidationResult {
    /// The result as a 2020-12 output unit: `flag` (`{"valid": …}`), `basic` (a flat `errors`
    /// list) or `detailed` (errors nested by the subschemas they were found in).
    public func outputUnit(_ format: OutputFormat) -> JSONValue {
        switch format {
        case .flag:
            return .object([("valid", .bool(isValid))])
        case .basic:
            var members: [(String, JSONValue)] = [("valid", .bool(isValid))]
            if !isValid { members.append(("errors", .array(errors.map(OutputUnits.leaf)))) }
            return .object(members)
        case .detailed:
            if isValid { return .object([("valid", .bool(true))]) }
            return OutputUnits.detailed(errors)
        }
    }
}

/// Builders of output units.
enum OutputUnits {
    static func leaf(_ error: ValidationError) -> JSONValue {
        .object([
            ("valid", .bool(false)),
            ("keywordLocation", .string(error.keywordLocation.description)),
            ("absoluteKeywordLocation", .string(error.absoluteKeywordLocation)),
            ("instanceLocation", .string(error.instanceLocation.description)),
            ("error", .string(error.message)),
        ])
    }

    /// A tree node: a subschema evaluation that has failing keywords below it.
    private final class Unit {
        let keywordLocation: JSONPointer
        let instanceLocation: JSONPointer
        var children: [Unit] = []
        var childIndex: [String: Int] = [:]
        var leaves: [(order: Int, error: ValidationError)] = []
        var order: Int

        init(keywordLocation: JSONPointer, instanceLocation: JSONPointer, order: Int) {
            self.keywordLocation = keywordLocation
            self.instanceLocation = instanceLocation
            self.order = order
        }

        func child(_ keyword: JSONPointer, _ instance: JSONPointer, order: Int) -> Unit {
            let key = keyword.description + "\u{0}" + instance.description
            if let i = childIndex[key] { return children[i] }
            let unit = Unit(keywordLocation: keyword, instanceLocation: instance, order: order)
            childIndex[key] = children.count
            children.append(unit)
            return unit
        }

        func json(isRoot: Bool) -> JSONValue {
            // Children in the order their first error was found; a container with a single
            // entry is replaced by that entry (the "condensed" part of the detailed format).
            var entries: [(Int, JSONValue)] = leaves.map { ($0.order, OutputUnits.leaf($0.error)) }
            entries += children.map { ($0.order, $0.json(isRoot: false)) }
            entries.sort { $0.0 < $1.0 }
            if !isRoot && entries.count == 1 { return entries[0].1 }
            return .object([
                ("valid", .bool(false)),
                ("keywordLocation", .string(keywordLocation.description)),
                ("instanceLocation", .string(instanceLocation.description)),
                ("errors", .array(entries.map(\.1))),
            ])
        }
    }

    static func detailed(_ errors: [ValidationError]) -> JSONValue {
        let root = Unit(keywordLocation: .root, instanceLocation: .root, order: 0)
        for (order, error) in errors.enumerated() {
            var unit = root
            var k = 0
            while k + 1 < error.frames.count {
                let keywordLength = min(error.frames[k], error.keywordLocation.tokens.count)
                let instanceLength = min(error.frames[k + 1], error.instanceLocation.tokens.count)
                unit = unit.child(
                    JSONPointer(tokens: Array(error.keywordLocation.tokens.prefix(keywordLength))),
                    JSONPointer(tokens: Array(error.instanceLocation.tokens.prefix(instanceLength))), order: order)
                k += 2
            }
            unit.leaves.append((order, error))
        }
        return root.json(isRoot: true)
    }
}

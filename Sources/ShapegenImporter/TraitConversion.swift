import ShapegenModel

/// Turns upstream JSON that the model has no field for into carried-through traits.
enum TraitConversion {
    /// Every key of `object` not in `excluded`, as traits.
    static func traits(of object: JSONObject, excluding excluded: Set<String>) -> Traits {
        var traits: Traits = [:]
        for (key, json) in object.entries where !excluded.contains(key) {
            if let value = value(json) { traits[key] = value }
        }
        return traits
    }

    /// A JSON value as a trait value; `nil` for JSON null.
    static func value(_ json: JSONValue) -> TraitValue? {
        switch json {
        case .null: nil
        case .boolean(let flag): .boolean(flag)
        case .number(let text): .number(text)
        case .string(let text): .string(text)
        case .array(let values): .list(values.compactMap(value))
        case .object(let entries): .map(traits(of: JSONObject(entries), excluding: []))
        }
    }
}

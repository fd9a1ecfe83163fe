import Foundation
import ShapegenModel

/// Turns upstream JSON that the model has no field for into carried-through traits.
enum TraitConversion {
    /// Every key of `object` not in `excluded`, as traits.
    static func traits(of object: JSONObject, excluding excluded: Set<String>) -> Traits {
        var traits: Traits = [:]
        for key in object.sortedKeys where !excluded.contains(key) {
            if let value = value(object[key]) { traits[key] = value }
        }
        return traits
    }

    /// A JSON value as a trait value; `nil` for JSON null.
    static func value(_ json: Any?) -> TraitValue? {
        switch json {
        case let string as String: return .string(string)
        case let number as NSNumber:
            return JSONObject.isBoolean(number) ? .boolean(number.boolValue) : JSONObject.numberText(number).map(TraitValue.number)
        case let array as [Any]: return .list(array.compactMap(value))
        case let object as [String: Any]:
            return .map(object.reduce(into: [:]) { result, entry in result[entry.key] = value(entry.value) })
        default: return nil
        }
    }
}

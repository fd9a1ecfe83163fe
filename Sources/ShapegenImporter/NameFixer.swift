import ShapegenModel
import ShapegenNames

/// Gives imported shapes, members and enum values explicit Swift names where the derived ones
/// would collide or are reserved, so that every upstream model generates.
///
/// The first name in model order keeps the derived name; later ones get a numbered suffix. The
/// names are written into the YAML (`swiftName`), so they stay stable and visible in review.
enum NameFixer {
    static func fix(_ shapes: inout [Shape]) {
        var typeNames: Set<String> = []
        for index in shapes.indices {
            let shape = shapes[index]
            switch shape.kind {
            case .structure, .union, .enum:
                let name = unique(SwiftNames.type(of: shape), taken: typeNames, isType: true)
                if name != SwiftNames.type(of: shape) { shapes[index].swiftName = name }
                typeNames.insert(name)
            default: break
            }
            switch shape.kind {
            case .structure(var body):
                fixMembers(&body)
                shapes[index].kind = .structure(body)
            case .union(var body):
                fixMembers(&body, reserving: [SwiftNames.unknownUnionCase])
                shapes[index].kind = .union(body)
            case .enum(var values):
                var taken: Set<String> = [SwiftNames.unknownEnumCase]
                for valueIndex in values.indices {
                    let derived = SwiftNames.enumCase(of: values[valueIndex])
                    let name = unique(derived, taken: taken, isType: false)
                    if name != derived { values[valueIndex].swiftName = name }
                    taken.insert(name)
                }
                shapes[index].kind = .enum(values)
            default: break
            }
        }
    }

    private static func fixMembers(_ body: inout Structure, reserving reserved: Set<String> = []) {
        var taken = SwiftNames.reservedMemberNames.union(reserved)
        for index in body.members.indices {
            let derived = SwiftNames.property(of: body.members[index])
            let name = unique(derived, taken: taken, isType: false)
            if name != derived { body.members[index].swiftName = name }
            taken.insert(name)
        }
    }

    /// `base`, made a plain identifier if needed, then `base2`, `base3`… until it is free.
    private static func unique(_ base: String, taken: Set<String>, isType: Bool) -> String {
        var root = base
        if !SwiftNaming.isIdentifier(root) {
            root = String(
                root.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
                    .map(Character.init))
            if root.isEmpty || root.first?.isNumber == true { root = (isType ? "Shape" : "value") + root }
        }
        if !taken.contains(root) { return root }
        var counter = 2
        while taken.contains("\(root)\(counter)") { counter += 1 }
        return "\(root)\(counter)"
    }
}

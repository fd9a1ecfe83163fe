import ShapegenModel

/// Compares the values of two versions of an enum.
enum EnumComparison {
    /// How messages about one enum value begin.
    static let valuePrefix = "enum value"

    /// Values added (compatible: decoding was already forward compatible) and removed (breaking),
    /// and changes to the values both versions have, reported on `shape` and the value.
    static func events(old: [EnumValue], new: [EnumValue], shape: String, at location: SourceLocation?) -> [DiffEvent] {
        let target = EventTarget.shape(shape, at: location)
        let before = Dictionary(old.map { ($0.value, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.value))
        var events: [DiffEvent] = []
        for value in new {
            guard let previous = before[value.value] else {
                events.append(
                    EventTarget.shape(shape, at: value.location ?? location)
                        .event(.enumValueAdded, .compatible, "enum value added", new: value.value))
                continue
            }
            let valueTarget = EventTarget.shape(shape, member: value.value, at: value.location ?? location)
            events += valueTarget.swiftName(previous.swiftName, value.swiftName)
            events += valueTarget.documentation(
                previous.documentation, value.documentation, what: valuePrefix + " documentation changed")
        }
        for value in old where !after.contains(value.value) {
            events.append(target.event(.enumValueRemoved, .breaking, "enum value removed", old: value.value))
        }
        return events
    }
}

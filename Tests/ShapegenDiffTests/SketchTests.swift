import ShapegenDiff
import Testing

/// The changelog's member sketches: only what changed, nested through structures, lists and maps.
@Suite("sketches")
struct SketchTests {
    private static let thing =
        "{'thingId': 'string', 'name': 'string', 'color': 'RED'|'GREEN', 'tags': {'string': 'string'}, "
        + "'createdAt': datetime(2015, 1, 1), 'size': 123}"

    private func operation(_ name: String, _ edits: [Edit], old: [Edit] = []) throws -> OperationChange {
        let diff = try ThingsPair.diff(old: old, new: edits)
        return try #require(diff.operations.first { $0.name == name })
    }

    @Test func aNewOperationShowsItsWholeRequestAndResponse() throws {
        let change = try operation("SearchThings", [SyntheticCases.searchThings])
        #expect(
            change.request
                == SideSketch(
                    added:
                        "{'nextToken': 'string', 'maxResults': 123, 'color': 'RED'|'GREEN', 'nameFilter': 'string', 'owner': 'string'}"
                ))
        #expect(change.response == SideSketch(added: "{'things': [\(Self.thing)], 'nextToken': 'string'}"))
        #expect(change.aspects == [])
    }

    @Test func aRemovedOperationHasNoSketch() throws {
        let change = try operation("DeleteThing", [SyntheticCases.deleteThing])
        #expect(change.request == nil)
        #expect(change.response == nil)
    }

    @Test func anAddedMemberIsShownThroughTheListThatHoldsIt() throws {
        #expect(
            try operation("ListThings", [SyntheticCases.weight]).response
                == SideSketch(added: "{'things': {'weight': 123}}"))
        #expect(
            try operation("GetThing", [SyntheticCases.weight]).response
                == SideSketch(added: "{'thing': {'weight': 123}}"))
    }

    @Test func anAddedListMemberIsWrittenWholeInBrackets() throws {
        let edits = [
            Edit(
                "      owner: {target: String, required: true}\n",
                "      owner: {target: String, required: true}\n      filters: {target: FilterList}\n"),
            Edit(
                "  Long:\n",
                "  FilterList:\n    type: list\n    member: Filter\n  Filter:\n    type: structure\n    members:\n      name: {target: String}\n      values: {target: NameList}\n  NameList:\n    type: list\n    member: String\n  Long:\n"
            ),
        ]
        let change = try operation("ListThings", edits)
        #expect(change.request == SideSketch(added: "{'filters': [{'name': 'string', 'values': ['string']}]}"))
        #expect(change.response == nil)
        #expect(change.aspects == ["request"])
    }

    @Test func aRemovedMemberShowsTheTypeItHad() throws {
        let change = try operation("ListThings", [Edit("      size: {target: Integer}\n", "")])
        #expect(change.response == SideSketch(removed: "{'things': {'size': 123}}"))
    }

    @Test func aChangedMemberShowsItsNewType() throws {
        let change = try operation(
            "ListThings", [Edit("    type: enum\n    values: [RED, GREEN]\n", "    type: string\n")])
        #expect(change.request == SideSketch(changed: "{'color': 'string'}"))
        #expect(change.response == SideSketch(changed: "{'things': {'color': 'string'}}"))
    }

    @Test func enumValuesAddedAndRemovedAreShownAsSetsOfValues() throws {
        let added = try operation("ListThings", [Edit("values: [RED, GREEN]", "values: [RED, GREEN, BLUE, BLACK]")])
        #expect(added.request == SideSketch(added: "{'color': {'BLUE', 'BLACK'}}"))
        #expect(added.response == SideSketch(added: "{'things': {'color': {'BLUE', 'BLACK'}}}"))

        let both = try operation("GetThing", [Edit("values: [RED, GREEN]", "values: [RED, BLUE]")])
        #expect(
            both.response
                == SideSketch(added: "{'thing': {'color': {'BLUE'}}}", removed: "{'thing': {'color': {'GREEN'}}}"))
        #expect(both.severity == .breaking)
    }

    @Test func enumValuesOfListElementsToo() throws {
        let edits = [
            Edit(
                "      owner: {target: String, required: true}\n",
                "      owner: {target: String, required: true}\n      colors: {target: ColorList}\n"),
            Edit("  Long:\n", "  ColorList:\n    type: list\n    member: Color\n  Long:\n"),
        ]
        let change = try operation(
            "ListThings", edits + [Edit("values: [RED, GREEN]", "values: [RED, GREEN, BLUE]")], old: edits)
        #expect(change.request == SideSketch(added: "{'color': {'BLUE'}, 'colors': {'BLUE'}}"))
    }

    @Test func aMapValueChangeIsShownWithTheMap() throws {
        let change = try operation(
            "GetThing", [Edit("    key: String\n    value: String\n", "    key: String\n    value: Integer\n")])
        #expect(change.response == SideSketch(changed: "{'thing': {'tags': {'string': 123}}}"))
    }

    @Test func addedRemovedAndChangedMembersAreSeparated() throws {
        let edits = [
            SyntheticCases.weight, Edit("      name: {target: String}\n", ""),
            Edit("      createdAt: {target: Timestamp}\n", "      createdAt: {target: Timestamp, required: true}\n"),
        ]
        let change = try operation("GetThing", edits)
        #expect(
            change.response
                == SideSketch(
                    added: "{'thing': {'weight': 123}}", removed: "{'thing': {'name': 'string'}}",
                    changed: "{'thing': {'createdAt': datetime(2015, 1, 1)}}"))
        #expect(change.severity == .breaking)
    }

    @Test func anotherInputStructureIsComparedMemberByMember() throws {
        let change = try operation(
            "GetThing", [Edit("    input: GetThingRequest\n", "    input: DeleteThingRequest\n")])
        #expect(change.request == SideSketch(removed: "{'view': 'string'}"))
    }

    @Test func aNewOutputIsAllAdded() throws {
        let edit = Edit(
            "    input: DeleteThingRequest\n    documentation",
            "    input: DeleteThingRequest\n    output: GetThingResponse\n    documentation")
        #expect(try operation("DeleteThing", [edit]).response == SideSketch(added: "{'thing': \(Self.thing)}"))
    }

    @Test func recursiveStructuresEndTheSketchAndTheWalk() throws {
        let parent = Edit(
            "      size: {target: Integer}\n", "      size: {target: Integer}\n      parent: {target: Thing}\n")
        let added = try operation("GetThing", [parent])
        let recursiveThing = String(Self.thing.dropLast()) + ", 'parent': {'... recursive ...'}}"
        #expect(added.response == SideSketch(added: "{'thing': {'parent': \(recursiveThing)}}"))

        let weight = Edit(
            "      parent: {target: Thing}\n", "      parent: {target: Thing}\n      weight: {target: Integer}\n")
        let nested = try operation("GetThing", [parent, weight], old: [parent])
        #expect(nested.response == SideSketch(added: "{'thing': {'weight': 123}}"))
    }

    @Test func rulesOfTheInputStructureAreListedWithTheOperation() throws {
        let change = try operation("ListThings", [SyntheticCases.exactlyOne])
        #expect(change.request == nil)
        #expect(change.aspects == ["request"])
        #expect(
            change.events.map(\.line) == [
                "breaking ConstraintNarrowed ListThingsRequest: rule added: exactly one of color, nameFilter"
            ])
    }
}

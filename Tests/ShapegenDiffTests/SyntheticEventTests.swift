import ShapegenDiff
import Testing

/// Every event kind and severity, each from one change to a small YAML model.
@Suite("synthetic changes")
struct SyntheticEventTests {
    @Test(arguments: SyntheticCases.all)
    func findsExactlyTheChange(_ change: SyntheticCase) throws {
        let diff = try ThingsPair.diff(old: change.old, new: change.new)
        #expect(diff.changes.map(\.line) == change.changes)
        #expect(diff.operations.map(\.line) == change.operations)
    }

    @Test func casesCoverEveryEventKindAndSeverity() throws {
        var kinds: Set<DiffEventKind> = []
        var severities: Set<DiffSeverity> = []
        for change in SyntheticCases.all {
            let diff = try ThingsPair.diff(old: change.old, new: change.new)
            kinds.formUnion(diff.events.map(\.kind))
            severities.formUnion(diff.events.map(\.severity))
        }
        #expect(Set(DiffEventKind.allCases).subtracting(kinds) == [])
        #expect(severities == Set(DiffSeverity.allCases))
    }

    @Test func descriptiveMetadataIsDocumentation() throws {
        let change = try #require(SyntheticCases.all.first { $0.name == "uid changed" })
        let diff = try ThingsPair.diff(old: change.old, new: change.new)
        #expect(
            diff.documentation.map(\.line) == [
                "documentation TraitChanged service: trait 'uid' changed: \"things-2024-01-01\" -> \"things-2024-06-01\""
            ])
    }

    @Test func anUnchangedModelHasNoEvents() throws {
        let diff = try ThingsPair.diff(new: [])
        #expect(diff.events.isEmpty)
        #expect(diff.operations.isEmpty)
        #expect(diff.severity == nil)
        #expect(DiffReport(services: [diff]).rendered(as: .text) == "Things - no changes\n")
    }

    @Test func documentationChangesAreTheirOwnSectionAndUpdateNoOperation() throws {
        let change = try #require(SyntheticCases.all.first { $0.name == "documentation only" })
        let diff = try ThingsPair.diff(new: change.new)
        #expect(
            diff.documentation.map(\.line) == [
                "documentation DocumentationChanged service: documentation changed",
                "documentation DocumentationChanged GetThing: documentation changed",
                "documentation DocumentationChanged Thing: documentation changed",
                "documentation DocumentationChanged Thing.thingId: documentation changed",
            ])
        #expect(diff.operations.isEmpty)
        #expect(diff.severity == .documentation)
        #expect(diff.summary == "no api method changes")
    }

    @Test func rewrappedDocumentationIsNoChange() throws {
        let diff = try ThingsPair.diff(new: [
            Edit("documentation: Returns one thing.", "documentation: \"Returns   one\\n  thing. \"")
        ])
        #expect(diff.events.isEmpty)
    }

    @Test func documentationNextToARealChangeStaysInTheDocumentationSection() throws {
        let diff = try ThingsPair.diff(new: [
            SyntheticCases.weight, Edit("documentation: A thing.", "documentation: One thing."),
        ])
        #expect(diff.changes.map(\.line) == ["compatible MemberAdded Thing.weight: member added: Integer"])
        #expect(diff.documentation.map(\.line) == ["documentation DocumentationChanged Thing: documentation changed"])
        #expect(
            diff.operations.map(\.line) == [
                "GetThing updated compatible (response)", "ListThings updated compatible (response)",
            ])
    }

    @Test func theMostSeriousChangeDecides() throws {
        let diff = try ThingsPair.diff(new: [
            SyntheticCases.weight, Edit("      size: {target: Integer}\n", "      size: {target: Long}\n"),
        ])
        #expect(diff.severity == .breaking)
        let report = DiffReport(services: [diff])
        #expect(report.hasChanges(atLeast: .breaking))
        #expect(report.hasChanges(atLeast: .dangerous))
        let compatible = DiffReport(services: [try ThingsPair.diff(new: [SyntheticCases.weight])])
        #expect(!compatible.hasChanges(atLeast: .dangerous))
        #expect(compatible.hasChanges(atLeast: .compatible))
    }

    @Test func severitiesAreOrdered() {
        #expect(DiffSeverity.allCases.sorted() == [.documentation, .compatible, .dangerous, .breaking])
    }
}

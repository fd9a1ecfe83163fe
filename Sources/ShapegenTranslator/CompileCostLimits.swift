/// The limits that keep generated code cheap to compile, in one place.
///
/// Each one caps how far a piece of generated code may grow before the translator gives it
/// another shape: a structure codes another way, or a function hands the rest of its work on to
/// private helpers, so that no function body grows with the model. The figures come from
/// compile-time measurements of botocore's models; changing one changes generated code, which
/// `shapegen corpus` shows service by service.
///
/// `scripts/write-shape-coding-arities` reads ``codingTableMembers`` from this file: keep its
/// declaration on one line, `static let codingTableMembers = <number>`.
enum CompileCostLimits {
    /// The most members a structure codes through its `ShapeCoding` table
    /// (``CodingStrategy/table(writtenOut:)``).
    ///
    /// A table's type-checking grows faster than linearly with its length (a 228-member table took
    /// seconds), so larger structures write their conformances out instead. The runtime has one
    /// `ShapeCoding` initializer for each number of members up to this one
    /// (`ShapeCoding+Arities.swift`), which `scripts/write-shape-coding-arities` writes from this
    /// number: run it after changing the number.
    static let codingTableMembers = 30

    /// The most members a structure the table cannot take has for its `Codable` to be synthesized
    /// (``CodingStrategy/synthesized(writtenOut:)``); larger ones get written-out conformances
    /// (``CodingStrategy/writtenOut``).
    ///
    /// Synthesized code makes the type checker pick among the overloads of `==`, `decodeIfPresent`
    /// and `encodeIfPresent` for every member: in SageMaker, QuickSight, SWF and Lambda such
    /// functions took 100-490 ms each. The written-out ones call the runtime's unoverloaded
    /// functions and are several times faster to compile.
    static let synthesizedConformanceMembers = 25

    /// Structures with more members than this get a written-out `==` even when the rest of their
    /// conformances is synthesized or table-driven.
    ///
    /// A synthesized `==` resolves `==` for every member among the operator's overloads, one per
    /// generated type, so a member costs more the larger the module: Batch's `JobDetail` (30
    /// members, 260 types) took 51–62 ms, and five structures of 25–30 members in glue and
    /// securityhub (about 1,100 types each) 101–113 ms. The written-out one calls `membersEqual`,
    /// with no overloads to choose from. Applied to structures of 13–24 members as well, in
    /// SageMaker, it made the module's debug build 6–8% slower, so smaller structures keep theirs.
    static let synthesizedEqualityMembers = 24

    /// The most members one written-out `==`, `init(from:)` or `encode(to:)` handles; the rest go
    /// to private helpers (`equalMembers2`…).
    ///
    /// Without it a body grows with its structure: QuickSight's `Capabilities` has 228 members.
    static let membersPerFunction = 50

    /// The most member checks one validator function makes; the rest go to private helpers
    /// (`validateMembers2(in:)`…).
    ///
    /// The 228 checks of QuickSight's `Capabilities` took over 100 ms to type-check in one function.
    static let checksPerFunction = 50

    /// The most string patterns one `switch` of an enum's `init(rawValue:)` holds; the rest go to
    /// private static functions of as many (`rawValueMatching2`…).
    ///
    /// The type checker solves each string pattern on its own, in about half a millisecond, so a
    /// `switch` of this many takes about 50 ms; some AWS enums list over a thousand values.
    static let casesPerSwitch = 100

    /// The most files a service's shapes are spread over (``GeneratedFile/shapeParts``).
    ///
    /// Builds compile files on several cores, and a compiler job given one file of a large service
    /// (SageMaker has 60,000 lines of shapes) needs gigabytes.
    static let shapeFiles = 8

    /// The most estimated compile cost (`ShapeFileParts.weight(of:)`) a shapes file is given
    /// before the model moves to the next size class, with twice as many files: about 30 small
    /// structures.
    static let shapeFileWeight = 600
}

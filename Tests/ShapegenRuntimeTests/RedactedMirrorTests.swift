import Foundation
import ShapegenRuntime
import Testing

/// Generated structures with sensitive members (`Item.lockCode` and the list `Item.spareCodes` in
/// `Things/`) print `<redacted>` for them everywhere Swift describes a value.
@Suite("Redacted mirrors")
struct RedactedMirrorTests {
    static let item = Things.Item(name: "apple", size: 3, lockCode: "1234-SECRET", spareCodes: ["5678-SECRET"])

    @Test("String(describing:), interpolation and debugDescription show the other members and hide the secrets")
    func descriptions() {
        for text in [String(describing: Self.item), "\(Self.item)", String(reflecting: Self.item)] {
            #expect(!text.contains("SECRET"), "\(text)")
            #expect(text.contains("apple") && text.contains("3"), "\(text)")
            #expect(text.contains("lockCode: <redacted>") && text.contains("spareCodes: <redacted>"), "\(text)")
        }
    }

    @Test("dump lists every member and no secret")
    func dumped() {
        var text = ""
        dump(Self.item, to: &text)
        #expect(!text.contains("SECRET"), "\(text)")
        #expect(["name", "size", "lockCode", "spareCodes"].allSatisfy(text.contains), "\(text)")
    }

    @Test("a structure holding one hides its secrets too")
    func nested() {
        let request = Things.PutItemRequest(shelf: "top", path: "fruit", item: Self.item)
        #expect(!String(describing: request).contains("SECRET"))
        #expect(String(describing: request).contains("apple"))
    }

    @Test("an absent sensitive value shows as nil: whether one was set is no secret")
    func absent() {
        let text = String(describing: Things.Item(name: "pear"))
        #expect(text.contains("lockCode: nil") && text.contains("spareCodes: nil"), "\(text)")
    }

    @Test("Redacted.mirrorValue redacts any present value and keeps nil")
    func mirrorValue() {
        #expect(String(describing: Redacted.mirrorValue(of: "secret")) == "<redacted>")
        #expect(String(describing: Redacted.mirrorValue(of: 42)) == "<redacted>")
        #expect(String(describing: Redacted.mirrorValue(of: String?.none)) == "nil")
    }
}

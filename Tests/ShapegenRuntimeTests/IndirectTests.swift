import Foundation
import ShapegenRuntime
import ShapegenTestSupport
import Testing

/// A recursive structure as the generator writes one: the member closing the cycle is `@Indirect`.
private struct Node: Codable, Hashable, Sendable {
    var name: String
    @Indirect var next: Node?

    init(name: String, next: Node? = nil) {
        self.name = name
        self._next = Indirect(wrappedValue: next)
    }
}

/// A structure holding a required indirect member.
private struct Holder: Codable, Hashable, Sendable {
    @Indirect var node: Node
}

/// `Indirect`: invisible in JSON and in printing, value semantics, equality and hashing by the wrapped value.
@Suite("Indirect")
struct IndirectTests {
    private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONCoding.decoder.decode(type, from: Data(json.utf8))
    }

    @Test("a recursive value decodes at every depth")
    func decodes() throws {
        let node = try decode(Node.self, #"{"name":"a","next":{"name":"b","next":{"name":"c"}}}"#)
        #expect(node.name == "a")
        #expect(node.next?.name == "b")
        #expect(node.next?.next?.name == "c")
        #expect(node.next?.next?.next == nil)
        #expect(node == Node(name: "a", next: Node(name: "b", next: Node(name: "c"))))
    }

    @Test("an absent or null optional member decodes as nil")
    func absentOrNull() throws {
        #expect(try decode(Node.self, #"{"name":"a"}"#) == Node(name: "a"))
        #expect(try decode(Node.self, #"{"name":"a","next":null}"#) == Node(name: "a"))
    }

    @Test("a nil member is left out when encoding, and the wrapper adds no nesting")
    func encodes() throws {
        let data = try JSONCoding.encoder.encode(Node(name: "a", next: Node(name: "b")))
        #expect(try JSONValue(parsing: data) == JSONValue(parsing: #"{"name":"a","next":{"name":"b"}}"#))
    }

    @Test("a required indirect member must be present")
    func requiredMember() throws {
        #expect(try decode(Holder.self, #"{"node":{"name":"x"}}"#).node == Node(name: "x"))
        let error = try #require(throws: DecodingError.self) { try decode(Holder.self, "{}") }
        #expect(JSONCoding.describe(error) == "node: required member is missing")
    }

    @Test("equality and hashing follow the wrapped values, however deep")
    func equalityAndHashing() {
        let first = Node(name: "a", next: Node(name: "b", next: Node(name: "c")))
        let same = Node(name: "a", next: Node(name: "b", next: Node(name: "c")))
        let deeperDifference = Node(name: "a", next: Node(name: "b", next: Node(name: "z")))
        #expect(first == same)
        #expect(first.hashValue == same.hashValue)
        #expect(first != deeperDifference)
        #expect(Set([first, same, deeperDifference]).count == 2)
        #expect(Indirect(wrappedValue: 1) == Indirect(wrappedValue: 1))
        #expect(Indirect(wrappedValue: 1) != Indirect(wrappedValue: 2))
    }

    @Test("copies are independent values: changing one leaves the other alone")
    func valueSemantics() {
        let original = Node(name: "a", next: Node(name: "b"))
        var copy = original
        copy.next?.name = "changed"
        #expect(original.next?.name == "b")
        #expect(copy.next?.name == "changed")
        #expect(original != copy)
    }

    @Test("a long chain round-trips")
    func longChain() throws {
        var node = Node(name: "0")
        for index in 1..<200 {
            node = Node(name: "\(index)", next: node)
        }
        let decoded = try JSONCoding.decoder.decode(Node.self, from: JSONCoding.encoder.encode(node))
        #expect(decoded == node)
        var depth = 0
        var cursor: Node? = decoded
        while let current = cursor {
            depth += 1
            cursor = current.next
        }
        #expect(depth == 200)
    }

    @Test("printing and dump show the wrapped value, not the box")
    func printed() {
        let node = Node(name: "outer", next: Node(name: "inner"))
        let text = String(describing: node)
        #expect(
            text.hasPrefix(#"Node(name: "outer", _next: Optional("#)
                && text.hasSuffix(#"Node(name: "inner", _next: nil)))"#), "\(text)")
        var dumped = ""
        dump(node, to: &dumped)
        #expect(dumped.contains("inner") && !dumped.contains("Storage"), "\(dumped)")
    }
}

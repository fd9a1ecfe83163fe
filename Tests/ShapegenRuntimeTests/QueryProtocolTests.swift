import Foundation
import Testing

@testable import ShapegenRuntime

/// The query and ec2 protocols: form parameters written from a structure's wire description, and
/// XML read back into its `Codable` form.
@Suite("query and ec2 protocols")
struct QueryProtocolTests {
    /// A generated-style structure of a query service.
    struct Item: Codable, Hashable, WireStructure {
        var name: String?
        var tags: [String]?
        var flat: [String]?
        var attributes: [String: String]?
        var child: Child?
        var when: Date?
        var size: Int?
        var ratio: Double?
        var on: Bool?
        var data: Data?

        struct Child: Codable, Hashable, WireStructure {
            var value: String?
            static let wireMembers = [WireMember("value", .string, wireName: "Value")]
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case tags = "Tags"
            case flat = "Flat"
            case attributes = "Attributes"
            case child = "Child"
            case when = "When"
            case size = "Size"
            case ratio = "Ratio"
            case on = "On"
            case data = "Data"
        }

        static let wireMembers = [
            WireMember("Name", .string, queryName: "QueryName"),
            WireMember("Tags", .list(.string)),
            WireMember("Flat", .list(.string, memberName: "Item", flattened: true), wireName: "flat"),
            WireMember("Attributes", .map(key: .string, value: .string, keyName: "K", valueName: "V")),
            WireMember("Child", .structure(Child.self)),
            WireMember("When", .timestamp()),
            WireMember("Size", .integer),
            WireMember("Ratio", .floatingPoint),
            WireMember("On", .boolean),
            WireMember("Data", .blob),
        ]
    }

    static let item = Item(
        name: "a b", tags: ["x", "y"], flat: ["f"], attributes: ["k2": "v2", "k1": "v1"], child: .init(value: "c"),
        when: Date(timeIntervalSince1970: 1_422_172_800), size: 3, ratio: .nan, on: true, data: Data("hi".utf8))

    private func parameters(_ item: Item, _ flavor: QuerySerializer.Flavor) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: JSONCoding.encoder.encode(item)) as? [String: Any] ?? [:]
        return QuerySerializer.body(
            action: "Op", version: "2020-01-01", input: object, members: Item.wireMembers, flavor: flavor
        )
        .components(separatedBy: "&")
    }

    @Test("query: wrapped and flattened lists, entry maps sorted by key, nested members, ISO 8601, base64")
    func query() throws {
        #expect(
            try parameters(Self.item, .query) == [
                "Action=Op", "Version=2020-01-01", "Name=a+b", "Tags.member.1=x", "Tags.member.2=y", "Item.1=f",
                "Attributes.entry.1.K=k1", "Attributes.entry.1.V=v1", "Attributes.entry.2.K=k2",
                "Attributes.entry.2.V=v2",
                "Child.Value=c", "When=2015-01-25T08%3A00%3A00Z", "Size=3", "Ratio=NaN", "On=true", "Data=aGk%3D",
            ])
        #expect(try parameters(Item(tags: []), .query) == ["Action=Op", "Version=2020-01-01", "Tags="])
    }

    @Test("ec2: queryName, else the capitalized locationName; lists always flattened by position; no empty lists")
    func ec2() throws {
        let item = Item(name: "n", tags: ["x"], flat: ["f"], child: .init(value: "c"))
        #expect(
            try parameters(item, .ec2) == [
                "Action=Op", "Version=2020-01-01", "QueryName=n", "Tags.1=x", "Flat.1=f", "Child.Value=c",
            ])
        #expect(try parameters(Item(tags: []), .ec2) == ["Action=Op", "Version=2020-01-01"])
    }

    private func read(_ xml: String) throws -> Item {
        let json = try XMLDecoding.json(try XMLNode.parse(Data(xml.utf8)), members: Item.wireMembers)
        return try JSONCoding.decoder.decode(Item.self, from: Data(json.utf8))
    }

    @Test("XML reads back into the same value")
    func xml() throws {
        let xml = """
            <Result>
              <Name>a b</Name>
              <Tags><member>x</member><member>y</member></Tags>
              <Item>f</Item>
              <Attributes><entry><K>k1</K><V>v1</V></entry><entry><K>k2</K><V>v2</V></entry></Attributes>
              <Child><Value>c</Value></Child>
              <When>2015-01-25T08:00:00Z</When>
              <Size>3</Size><Ratio>NaN</Ratio><On>true</On><Data>aGk=</Data>
            </Result>
            """
        var item = try read(xml)
        #expect(item.ratio?.isNaN == true)
        // NaN is unequal to itself, so the rest is compared without it.
        var expected = Self.item
        (item.ratio, expected.ratio) = (nil, nil)
        #expect(item == expected)
        #expect(try read("<R><Name>&lt;&amp;&gt;</Name><Tags/></R>") == Item(name: "<&>", tags: []))
    }

    /// Hostile XML: a clear error, never a crash, a hang or a file read.
    @Test("entity expansion, external entities, truncation and wrong values are refused with a reason")
    func hostileXML() throws {
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><R><Name>&lol3;</Name></R>
            """
        let external =
            #"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><R><Name>&x;</Name></R>"#
        for document in [laughs, external, "<R><Name>cut", "", "not xml"] {
            #expect(throws: XMLNode.Malformed.self) { _ = try XMLNode.parse(Data(document.utf8)) }
        }
        for declaration in ["<!doctype r><R/>", "<R/><!DocType", "<!DOCTYPE"] {
            #expect(XMLNode.hasDocumentType(Data(declaration.utf8)), "\(declaration)")
        }
        for harmless in ["<R>DOCTYPE</R>", "<!-- DOCTYPE --><R/>", "<!DOCTYP", "<![CDATA[x]]>"] {
            #expect(!XMLNode.hasDocumentType(Data(harmless.utf8)), "\(harmless)")
        }
        #expect(throws: XMLDecoding.Mismatch.self) { _ = try read("<R><Size>3.5</Size></R>") }
        #expect(throws: XMLDecoding.Mismatch.self) { _ = try read("<R><On>yes</On></R>") }
        var random = SystemRandomNumberGenerator()
        let valid = Array(
            "<R><Name>n</Name><Tags><member>x</member></Tags><Child><Value>c</Value></Child><Size>3</Size></R>".utf8)
        for _ in 0..<1_000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            _ = try? read(String(decoding: bytes, as: UTF8.self))
        }
    }
}

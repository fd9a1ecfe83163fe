import Testing

/// Timestamps with a format of their own in a JSON body (botocore's json and rest-json
/// `*TimestampFormat` cases): the coding names the format, whichever way the structure codes.
@Suite("Body timestamps with a format")
struct BodyTimestampSnippetTests {
    static let shapes = """
          Stamps:
            type: structure
            members:
              plain: {target: Epoch}
              iso: {target: Iso}
              http: {target: Epoch, traits: {timestampFormat: rfc822}}
              must: {target: Iso, required: true}
          Epoch: {type: timestamp}
          Iso: {type: timestamp, format: iso8601}
        """

    @Test func aTableNamesTheFormatOfEachFormattedTimestamp() throws {
        let shapes = try #require(try generate(model(shapes: Self.shapes))["Shapes.swift"])
        #expect(shapes.contains(#".optional("plain", \.plain)"#))
        #expect(shapes.contains(#".optionalTimestamp("iso", \.iso, .iso8601)"#))
        #expect(shapes.contains(#".optionalTimestamp("http", \.http, .rfc822)"#))
        #expect(shapes.contains(#".requiredTimestamp("must", \.must, .iso8601)"#))
    }

    /// A structure with a deprecated optional member would synthesize `Codable`, which cannot
    /// write a format, so it writes its conformances out.
    @Test func aStructureThatCannotUseATableWritesTheFormatOut() throws {
        let yaml = model(
            shapes: Self.shapes.replacingOccurrences(of: "{target: Epoch}", with: "{target: Epoch, deprecated: true}"))
        let shapes = try #require(try generate(yaml)["Shapes.swift"])
        #expect(shapes.contains(#"try container.encodeOptionalTimestamp(self.iso, "iso", format: .iso8601)"#))
        #expect(shapes.contains(#"try container.encodeRequiredTimestamp(self.must, "must", format: .iso8601)"#))
        #expect(shapes.contains(#"try container.encodeOptionalMember(self._plain, "plain")"#))
    }
}

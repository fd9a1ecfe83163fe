import ShapegenLoader
import ShapegenModel
import Testing

@Suite("Loading shapegen-config.yaml")
struct ConfigurationLoaderTests {
    private func load(_ yaml: String) throws(DiagnosticsError) -> GeneratorConfiguration {
        try ConfigurationLoader().load(yaml: yaml, path: "shapegen-config.yaml")
    }

    private func errors(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsEverySetting() throws {
        let configuration = try load(
            """
            access: internal
            operations: [ListJobs, DescribeJobs]
            serviceName: Jobs
            """)
        #expect(configuration.access == .internal)
        #expect(configuration.operations?.map(\.name) == ["ListJobs", "DescribeJobs"])
        #expect(
            configuration.operations?.first?.location
                == SourceLocation(file: "shapegen-config.yaml", line: 2, column: 14))
        #expect(configuration.serviceName?.name == "Jobs")
    }

    @Test func anEmptyFileConfiguresNothing() throws {
        #expect(try load("") == GeneratorConfiguration())
        #expect(try load("# nothing yet\n") == GeneratorConfiguration())
    }

    @Test func aSingleOperationMayBeWrittenWithoutBrackets() throws {
        #expect(try load("operations: ListJobs").operations?.map(\.name) == ["ListJobs"])
    }

    @Test func unknownKeysAreLocatedErrorsWithASuggestion() {
        #expect(
            errors("acess: internal\noperation: [A]\n") == [
                "shapegen-config.yaml:1:1: error: unknown key 'acess' in the shapegen configuration (did you mean 'access'?)",
                "shapegen-config.yaml:2:1: error: unknown key 'operation' in the shapegen configuration (did you mean 'operations'?)",
            ])
    }

    @Test func badValuesAreLocatedErrors() {
        #expect(
            errors("access: private") == [
                "shapegen-config.yaml:1:9: error: 'access' must be one of 'public', 'package', 'internal', found 'private'"
            ])
        #expect(
            errors("access: pubic") == [
                "shapegen-config.yaml:1:9: error: 'access' must be one of 'public', 'package', 'internal', found 'pubic' (did you mean 'public'?)"
            ])
        #expect(
            errors("operations: []") == [
                "shapegen-config.yaml:1:13: error: 'operations' must name at least one operation"
            ])
        #expect(
            errors("serviceName: {a: b}") == [
                "shapegen-config.yaml:1:14: error: 'serviceName' must be a string, found a mapping"
            ])
        #expect(
            errors("- access") == [
                "shapegen-config.yaml:1:1: error: the shapegen configuration must be a mapping, found a list"
            ])
    }

    @Test func invalidYAMLIsALocatedError() {
        #expect(errors("access: [internal").first?.hasPrefix("shapegen-config.yaml:1:9: error: invalid YAML") == true)
    }

    @Test func commandLineSettingsOverrideTheFile() {
        let file = GeneratorConfiguration(access: .internal, operations: [.init("A")], serviceName: .init("S"))
        let merged = file.overridden(by: GeneratorConfiguration(access: .package))
        #expect(merged == GeneratorConfiguration(access: .package, operations: [.init("A")], serviceName: .init("S")))
    }
}

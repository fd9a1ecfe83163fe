import Foundation
import Testing

/// `shapegen diff --since REV` in a temporary git repository.
@Suite("shapegen diff --since")
struct SinceRevisionTests {
    /// A repository whose commit has `Models/things.yaml`, `Models/gone.yaml` and an overlay (which
    /// is not a model and must be skipped).
    private func repository(in folder: URL) async throws {
        try await Command.git(["init", "--quiet"], in: folder)
        try folder.write(ThingsPair.yaml([]), to: "Models/things.yaml")
        try folder.write(ThingsPair.yaml([Edit("name: Things", "name: Gone")]), to: "Models/gone.yaml")
        try folder.write("shapegen-overlay: 1\n", to: "Models/things.overlay.yaml")
        try await Command.git(["add", "."], in: folder)
        try await Command.git(["commit", "--quiet", "-m", "models"], in: folder)
    }

    @Test func comparesTheWorkingTreeWithTheRevision() async throws {
        try await withTemporaryFolder { folder in
            try await repository(in: folder)
            try folder.write(ThingsPair.yaml([Edit("      size: {target: Integer}\n", "")]), to: "Models/things.yaml")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("Models/gone.yaml"))
            try folder.write(ThingsPair.yaml([Edit("name: Things", "name: Fresh")]), to: "Models/fresh.yaml")
            try folder.write("shapegen-overlay: 2\n", to: "Models/things.overlay.yaml")

            let result = try await Command.shapegen(["diff", "--since", "HEAD"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardError == "shapegen diff: breaking changes found (--fail-on breaking)\n")
            #expect(
                result.standardOutput == """
                    Things - 2 updated api methods - breaking

                    GetThing (updated) - breaking
                    Changes (response)
                    Response (removed)
                    {'thing': {'size': 123}}

                    ListThings (updated) - breaking
                    Changes (response)
                    Response (removed)
                    {'things': {'size': 123}}

                    Shape changes (1)
                      breaking    Thing.size: member removed: Integer

                    Models/fresh.yaml - new model: Fresh (3 api methods) - compatible

                    Models/gone.yaml - removed model: Gone (3 api methods) - breaking

                    """)

            let json = try await Command.shapegen(
                ["diff", "--since", "HEAD", "--format", "json", "--fail-on", "none"], in: folder)
            #expect(json.status == 0)
            let root = try #require(
                try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
            #expect(
                (root["addedModels"] as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["Models/fresh.yaml"]
            )
            #expect((root["removedModels"] as? [[String: Any]])?.compactMap { $0["service"] as? String } == ["Gone"])
            let services = try #require(root["services"] as? [[String: Any]])
            #expect(services.compactMap { $0["old"] as? String } == ["HEAD:Models/things.yaml"])
            #expect(services.compactMap { $0["new"] as? String } == ["Models/things.yaml"])
        }
    }

    @Test func anUnchangedTreeHasNoChanges() async throws {
        try await withTemporaryFolder { folder in
            try await repository(in: folder)
            let result = try await Command.shapegen(["diff", "--since", "HEAD", "--fail-on", "dangerous"], in: folder)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            #expect(result.standardOutput == "Gone - no changes\n\nThings - no changes\n")
        }
    }

    @Test func anotherModelsFolder() async throws {
        try await withTemporaryFolder { folder in
            try await Command.git(["init", "--quiet"], in: folder)
            try folder.write(ThingsPair.yaml([]), to: "api/things.yaml")
            try await Command.git(["add", "."], in: folder)
            try await Command.git(["commit", "--quiet", "-m", "models"], in: folder)
            try folder.write(ThingsPair.yaml([SyntheticCases.weight]), to: "api/things.yaml")
            let result = try await Command.shapegen(["diff", "--since", "HEAD", "--models-dir", "api"], in: folder)
            #expect(result.status == 0)
            #expect(result.standardOutput.hasPrefix("Things - 2 updated api methods - compatible\n"))
        }
    }

    @Test func errorsInTheOldModelNameTheRevision() async throws {
        try await withTemporaryFolder { folder in
            try await Command.git(["init", "--quiet"], in: folder)
            try folder.write(
                ThingsPair.yaml([Edit("      size: {target: Integer}\n", "      size: {target: Integr}\n")]),
                to: "Models/things.yaml")
            try await Command.git(["add", "."], in: folder)
            try await Command.git(["commit", "--quiet", "-m", "broken"], in: folder)
            try folder.write(ThingsPair.yaml([]), to: "Models/things.yaml")
            let result = try await Command.shapegen(["diff", "--since", "HEAD"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardOutput == "")
            #expect(
                result.standardError
                    == "HEAD:Models/things.yaml:67:22: error: member 'size' of 'Thing' refers to unknown shape 'Integr' (did you mean 'Integer'?)\n"
            )
        }
    }

    @Test func anUnknownRevisionIsAnError() async throws {
        try await withTemporaryFolder { folder in
            try await repository(in: folder)
            let result = try await Command.shapegen(["diff", "--since", "no-such-branch"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardOutput == "")
            #expect(result.standardError == "error: unknown git revision 'no-such-branch'\n")
        }
    }

    @Test func outsideARepositoryGitSaysWhy() async throws {
        try await withTemporaryFolder { folder in
            let result = try await Command.shapegen(["diff", "--since", "HEAD"], in: folder)
            #expect(result.status == 1)
            #expect(result.standardError.hasPrefix("error: git: fatal: not a git repository"))
        }
    }
}

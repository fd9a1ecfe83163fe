// One module per service: the target's only Swift file, so that SwiftPM builds the target and runs
// the plugin on `things.shapes.yaml`; callers then write `import Things` and nothing else.
@_exported import ShapegenRuntime

// The committed output of `generate-shapes` lives in Generated/ next to this file, in the
// `CommittedBatch` namespace the configuration names; this file keeps the target buildable
// before anything is generated.
@_exported import ShapegenRuntime

/// The committed output of `generate-shapes` lives in Generated/ next to this file.
public enum CommittedBatch {}

import ShapegenRuntime

/// A shorthand for an expected violation.
func violation(_ path: String, _ message: String) -> ValidationViolation {
    ValidationViolation(path: path, message: message)
}

/// The violations `check` records in a fresh context.
func violations(_ check: (inout ValidationContext) -> Void) -> [ValidationViolation] {
    var context = ValidationContext()
    check(&context)
    return context.violations
}

/// The violations `validate()` throws for `value`, or `[]` when it is valid.
func violations(of value: some Validatable) -> [ValidationViolation] {
    do {
        try value.validate()
        return []
    } catch {
        return error.violations
    }
}

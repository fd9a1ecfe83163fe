// Generated validators use `RegexPattern` through `import ShapegenRuntime` alone; the patterns live
// in their own module so that the generator can check them without linking the runtime's networking.
@_exported import ShapegenPatterns

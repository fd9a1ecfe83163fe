import ShapegenModel

/// The old and new versions of a model, with their shapes by name, as every comparison needs them.
struct ModelPair: Sendable {
    let old: ServiceModel
    let new: ServiceModel
    let oldShapes: [String: Shape]
    let newShapes: [String: Shape]
    /// Where shapes travel in the new model (for shapes that were removed: in the old one).
    private let newUsage: ShapeUsage
    private let oldUsage: ShapeUsage

    init(old: ServiceModel, new: ServiceModel) {
        self.old = old
        self.new = new
        self.oldShapes = old.shapesByName
        self.newShapes = new.shapesByName
        self.newUsage = ShapeUsage(new)
        self.oldUsage = ShapeUsage(old)
    }

    /// Where `shape` travels, by the new model if it has the shape, else by the old one.
    func direction(of shape: String) -> Direction {
        newShapes[shape] != nil ? newUsage.direction(of: shape) : oldUsage.direction(of: shape)
    }
}

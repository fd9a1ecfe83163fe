// Written by scripts/write-shape-coding-arities: edit that script, not this file.

extension ShapeCoding {
    /// A table of no members: the structure has none.
    @inlinable
    public init(_ initializer: @escaping @Sendable () -> Root) {
        decode = { _ in initializer() }
        encode = { _, _ in }
    }

    /// A table of 1 member, which `initializer` takes in the same order.
    @inlinable
    public init<V1>(
        _ initializer: @escaping @Sendable (V1) -> Root,
        _ m1: ShapeMember<Root, V1>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
        }
    }

    /// A table of 2 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2>(
        _ initializer: @escaping @Sendable (V1, V2) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
        }
    }

    /// A table of 3 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3>(
        _ initializer: @escaping @Sendable (V1, V2, V3) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
        }
    }

    /// A table of 4 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
        }
    }

    /// A table of 5 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
        }
    }

    /// A table of 6 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
        }
    }

    /// A table of 7 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
        }
    }

    /// A table of 8 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
        }
    }

    /// A table of 9 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
        }
    }

    /// A table of 10 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
        }
    }

    /// A table of 11 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
        }
    }

    /// A table of 12 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
        }
    }

    /// A table of 13 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
        }
    }

    /// A table of 14 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
        }
    }

    /// A table of 15 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15>(
        _ initializer: @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
        }
    }

    /// A table of 16 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16>(
        _ initializer:
            @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
        }
    }

    /// A table of 17 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17>(
        _ initializer:
            @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
        }
    }

    /// A table of 18 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18>(
        _ initializer:
            @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18) ->
            Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
        }
    }

    /// A table of 19 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19>(
        _ initializer:
            @escaping @Sendable (V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19)
            -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
        }
    }

    /// A table of 20 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20>(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
        }
    }

    /// A table of 21 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21>(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
        }
    }

    /// A table of 22 members, which `initializer` takes in the same order.
    @inlinable
    public init<V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22>(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
        }
    }

    /// A table of 23 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
        }
    }

    /// A table of 24 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
        }
    }

    /// A table of 25 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24,
        V25
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24, V25
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>,
        _ m25: ShapeMember<Root, V25>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container),
                m25.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
            try m25.encode(root, &container)
        }
    }

    /// A table of 26 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24,
        V25, V26
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24, V25, V26
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>,
        _ m25: ShapeMember<Root, V25>,
        _ m26: ShapeMember<Root, V26>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container),
                m25.decode(container),
                m26.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
            try m25.encode(root, &container)
            try m26.encode(root, &container)
        }
    }

    /// A table of 27 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24,
        V25, V26, V27
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24, V25, V26, V27
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>,
        _ m25: ShapeMember<Root, V25>,
        _ m26: ShapeMember<Root, V26>,
        _ m27: ShapeMember<Root, V27>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container),
                m25.decode(container),
                m26.decode(container),
                m27.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
            try m25.encode(root, &container)
            try m26.encode(root, &container)
            try m27.encode(root, &container)
        }
    }

    /// A table of 28 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24,
        V25, V26, V27, V28
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24, V25, V26, V27, V28
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>,
        _ m25: ShapeMember<Root, V25>,
        _ m26: ShapeMember<Root, V26>,
        _ m27: ShapeMember<Root, V27>,
        _ m28: ShapeMember<Root, V28>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container),
                m25.decode(container),
                m26.decode(container),
                m27.decode(container),
                m28.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
            try m25.encode(root, &container)
            try m26.encode(root, &container)
            try m27.encode(root, &container)
            try m28.encode(root, &container)
        }
    }

    /// A table of 29 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24,
        V25, V26, V27, V28, V29
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24, V25, V26, V27, V28, V29
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>,
        _ m25: ShapeMember<Root, V25>,
        _ m26: ShapeMember<Root, V26>,
        _ m27: ShapeMember<Root, V27>,
        _ m28: ShapeMember<Root, V28>,
        _ m29: ShapeMember<Root, V29>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container),
                m25.decode(container),
                m26.decode(container),
                m27.decode(container),
                m28.decode(container),
                m29.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
            try m25.encode(root, &container)
            try m26.encode(root, &container)
            try m27.encode(root, &container)
            try m28.encode(root, &container)
            try m29.encode(root, &container)
        }
    }

    /// A table of 30 members, which `initializer` takes in the same order.
    @inlinable
    public init<
        V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22, V23, V24,
        V25, V26, V27, V28, V29, V30
    >(
        _ initializer:
            @escaping @Sendable (
                V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19, V20, V21, V22,
                V23, V24, V25, V26, V27, V28, V29, V30
            ) -> Root,
        _ m1: ShapeMember<Root, V1>,
        _ m2: ShapeMember<Root, V2>,
        _ m3: ShapeMember<Root, V3>,
        _ m4: ShapeMember<Root, V4>,
        _ m5: ShapeMember<Root, V5>,
        _ m6: ShapeMember<Root, V6>,
        _ m7: ShapeMember<Root, V7>,
        _ m8: ShapeMember<Root, V8>,
        _ m9: ShapeMember<Root, V9>,
        _ m10: ShapeMember<Root, V10>,
        _ m11: ShapeMember<Root, V11>,
        _ m12: ShapeMember<Root, V12>,
        _ m13: ShapeMember<Root, V13>,
        _ m14: ShapeMember<Root, V14>,
        _ m15: ShapeMember<Root, V15>,
        _ m16: ShapeMember<Root, V16>,
        _ m17: ShapeMember<Root, V17>,
        _ m18: ShapeMember<Root, V18>,
        _ m19: ShapeMember<Root, V19>,
        _ m20: ShapeMember<Root, V20>,
        _ m21: ShapeMember<Root, V21>,
        _ m22: ShapeMember<Root, V22>,
        _ m23: ShapeMember<Root, V23>,
        _ m24: ShapeMember<Root, V24>,
        _ m25: ShapeMember<Root, V25>,
        _ m26: ShapeMember<Root, V26>,
        _ m27: ShapeMember<Root, V27>,
        _ m28: ShapeMember<Root, V28>,
        _ m29: ShapeMember<Root, V29>,
        _ m30: ShapeMember<Root, V30>
    ) {
        decode = { container in
            try initializer(
                m1.decode(container),
                m2.decode(container),
                m3.decode(container),
                m4.decode(container),
                m5.decode(container),
                m6.decode(container),
                m7.decode(container),
                m8.decode(container),
                m9.decode(container),
                m10.decode(container),
                m11.decode(container),
                m12.decode(container),
                m13.decode(container),
                m14.decode(container),
                m15.decode(container),
                m16.decode(container),
                m17.decode(container),
                m18.decode(container),
                m19.decode(container),
                m20.decode(container),
                m21.decode(container),
                m22.decode(container),
                m23.decode(container),
                m24.decode(container),
                m25.decode(container),
                m26.decode(container),
                m27.decode(container),
                m28.decode(container),
                m29.decode(container),
                m30.decode(container))
        }
        encode = { root, container in
            try m1.encode(root, &container)
            try m2.encode(root, &container)
            try m3.encode(root, &container)
            try m4.encode(root, &container)
            try m5.encode(root, &container)
            try m6.encode(root, &container)
            try m7.encode(root, &container)
            try m8.encode(root, &container)
            try m9.encode(root, &container)
            try m10.encode(root, &container)
            try m11.encode(root, &container)
            try m12.encode(root, &container)
            try m13.encode(root, &container)
            try m14.encode(root, &container)
            try m15.encode(root, &container)
            try m16.encode(root, &container)
            try m17.encode(root, &container)
            try m18.encode(root, &container)
            try m19.encode(root, &container)
            try m20.encode(root, &container)
            try m21.encode(root, &container)
            try m22.encode(root, &container)
            try m23.encode(root, &container)
            try m24.encode(root, &container)
            try m25.encode(root, &container)
            try m26.encode(root, &container)
            try m27.encode(root, &container)
            try m28.encode(root, &container)
            try m29.encode(root, &container)
            try m30.encode(root, &container)
        }
    }
}

/// The pages of a paginated operation, fetched one at a time as they are iterated.
///
/// Iteration stops when a page has no next token, an empty one, or one already seen (a service
/// that repeats a token would otherwise loop forever).
public struct PageSequence<Input: Sendable, Output: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Output

    let input: Input
    let fetch: @Sendable (Input) async throws -> Output
    let inputToken: @Sendable (Input) -> String?
    let nextToken: @Sendable (Output) -> String?
    let withToken: @Sendable (Input, String) -> Input

    /// Creates a page sequence; generated paginators call this.
    ///
    /// - Parameters:
    ///   - input: The first request; its token, if any, counts as seen.
    ///   - fetch: Calls the operation.
    ///   - inputToken: Reads the token of a request.
    ///   - nextToken: Reads the next token of a page.
    ///   - withToken: A request for the page after `token`.
    public init(
        input: Input, fetch: @escaping @Sendable (Input) async throws -> Output,
        inputToken: @escaping @Sendable (Input) -> String?, nextToken: @escaping @Sendable (Output) -> String?,
        withToken: @escaping @Sendable (Input, String) -> Input
    ) {
        self.input = input
        self.fetch = fetch
        self.inputToken = inputToken
        self.nextToken = nextToken
        self.withToken = withToken
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self, nextInput: input, seenTokens: Set(inputToken(input).map { [$0] } ?? []))
    }

    /// Fetches the next page when asked.
    public struct Iterator: AsyncIteratorProtocol {
        let sequence: PageSequence
        var nextInput: Input?
        var seenTokens: Set<String>

        public mutating func next() async throws -> Output? {
            guard let input = nextInput else { return nil }
            nextInput = nil
            let page = try await sequence.fetch(input)
            if let token = sequence.nextToken(page), !token.isEmpty, seenTokens.insert(token).inserted {
                nextInput = sequence.withToken(input, token)
            }
            return page
        }
    }
}

/// The items of every page of a paginated operation, in order.
public struct ItemSequence<Input: Sendable, Output: Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: PageSequence<Input, Output>
    let items: @Sendable (Output) -> [Item]

    /// Creates an item sequence over `pages`.
    public init(pages: PageSequence<Input, Output>, items: @escaping @Sendable (Output) -> [Item]) {
        self.pages = pages
        self.items = items
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), items: items)
    }

    /// Walks the items of one page, then fetches the next.
    public struct Iterator: AsyncIteratorProtocol {
        var pages: PageSequence<Input, Output>.Iterator
        let items: @Sendable (Output) -> [Item]
        var buffer: [Item] = []
        var position = 0

        public mutating func next() async throws -> Item? {
            while position == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = items(page)
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}

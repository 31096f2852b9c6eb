import NodCore

/// Builds the node tree from libyaml's events, doing what libyaml leaves undone:
/// alias expansion within a budget, anchor checks, merge keys, duplicate keys, depth.
struct YAMLComposer {
    /// A collection still open. A struct mutated in place on the stack: with the items inside
    /// an enum's payload, every append copied the collection so far (quadratic in its size).
    private struct Frame {
        enum Kind { case sequence, mapping }
        var kind: Kind
        var start: FileLocation
        var anchor: String?
        var tag: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?

        init(kind: Kind, start: FileLocation, anchor: String?, tag: String?) {
            self.kind = kind
            self.start = start
            self.anchor = anchor
            self.tag = tag
            // Most collections in evidence are short: room for a few without regrowing.
            if kind == .sequence { items.reserveCapacity(4) } else { pairs.reserveCapacity(4) }
        }
    }

    private let reader: LibYAMLEventReader
    private let file: String
    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var openAnchors: Set<String> = []
    private var nodeCount = 0

    init(reader: LibYAMLEventReader, file: String, limits: YAMLLimits) {
        self.reader = reader
        self.file = file
        self.limits = limits
    }

    /// The single document of the stream, or `nil` for an empty stream.
    mutating func composeSingleDocument() throws(YAMLError) -> YAMLNode? {
        var root: YAMLNode?
        var documents = 0
        while true {
            let event = try reader.next()
            let location = FileLocation(file: file, line: event.line, column: event.column)
            switch event.kind {
            case .streamStart, .documentEnd:
                continue
            case .streamEnd:
                return root
            case .documentStart:
                documents += 1
                if documents > 1 {
                    throw YAMLError(.multipleDocuments, at: location, "a second YAML document ('---') is not allowed here")
                }
                anchors = [:]
            case .alias(let anchor):
                if openAnchors.contains(anchor) {
                    throw YAMLError(.recursiveAlias, at: location, "alias '*\(anchor)' refers to the node that contains it")
                }
                guard let target = anchors[anchor] else {
                    throw YAMLError(.undefinedAlias, at: location, "alias '*\(anchor)' has no anchor '&\(anchor)' before it")
                }
                try charge(target.weight, at: location, alias: anchor)
                var copy = target
                copy.location = location
                if let node = try add(copy, anchor: nil) { root = node }
            case .scalar(let value, let anchor, let tag, let style):
                try checkTag(tag, at: location)
                try charge(1, at: location, alias: nil)
                try register(anchor, at: location)
                if let node = try add(YAMLNode(.scalar(value, style), at: location, tag: normalised(tag)), anchor: anchor) {
                    root = node
                }
            case .sequenceStart(let anchor, let tag):
                try checkTag(tag, at: location)
                try open(Frame(kind: .sequence, start: location, anchor: anchor, tag: tag), anchor: anchor, at: location)
            case .mappingStart(let anchor, let tag):
                try checkTag(tag, at: location)
                try open(Frame(kind: .mapping, start: location, anchor: anchor, tag: tag), anchor: anchor, at: location)
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast() else { continue }
                let (node, anchor) = try close(frame)
                if let anchor { openAnchors.remove(anchor) }
                if let finished = try add(node, anchor: anchor) { root = finished }
            }
        }
    }

    private mutating func open(_ frame: Frame, anchor: String?, at location: FileLocation) throws(YAMLError) {
        try charge(1, at: location, alias: nil)
        try register(anchor, at: location)
        if let anchor { openAnchors.insert(anchor) }
        stack.append(frame)
        if stack.count > limits.maxDepth {
            throw YAMLError(.tooDeep, at: location, "YAML nesting deeper than the limit of \(limits.maxDepth) levels")
        }
    }

    private mutating func register(_ anchor: String?, at location: FileLocation) throws(YAMLError) {
        guard let anchor else { return }
        if anchors[anchor] != nil || openAnchors.contains(anchor) {
            throw YAMLError(.redefinedAnchor, at: location, "anchor '&\(anchor)' is defined twice")
        }
    }

    private mutating func charge(_ nodes: Int, at location: FileLocation, alias: String?) throws(YAMLError) {
        nodeCount += nodes
        guard nodeCount > limits.maxNodes else { return }
        let what = alias.map { "alias '*\($0)' expands" } ?? "the document grows"
        throw YAMLError(.tooManyNodes, at: location,
                        "\(what) past the limit of \(limits.maxNodes) YAML nodes (after alias expansion)")
    }

    private func checkTag(_ tag: String?, at location: FileLocation) throws(YAMLError) {
        guard let tag, tag != "!", !tag.hasPrefix("tag:yaml.org,2002:") else { return }
        throw YAMLError(.unsupportedTag, at: location, "tag '\(tag)' is not supported; only YAML's standard tags are")
    }

    private func normalised(_ tag: String?) -> String? {
        tag == "!" ? "tag:yaml.org,2002:str" : tag
    }

    /// Adds a finished node to the open collection; returns it when it is the document root.
    private mutating func add(_ node: consuming YAMLNode, anchor: String?) throws(YAMLError) -> YAMLNode? {
        if let anchor { anchors[anchor] = copy node }
        guard !stack.isEmpty else { return node }
        let top = stack.count - 1
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            if let key = stack[top].pendingKey.take() {
                stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
            } else {
                guard case .scalar = node.content else {
                    throw YAMLError(.complexKey, at: node.location, "a mapping key must be a plain value, not \(node.kindDescription)")
                }
                stack[top].pendingKey = node
            }
        }
        return nil
    }

    /// Turns a closed frame into a node: applies merge keys and refuses duplicate keys.
    private func close(_ frame: consuming Frame) throws(YAMLError) -> (YAMLNode, String?) {
        let start = frame.start, anchor = frame.anchor, tag = frame.tag
        switch frame.kind {
        case .sequence:
            return (YAMLNode(.sequence(frame.items), at: start, tag: normalised(tag)), anchor)
        case .mapping:
            // In document order: a repeated explicit key is refused, a merge key's sources
            // checked and collected. Most mappings have no merge key and keep their pairs as
            // they are; otherwise the merged pairs follow the explicit ones, which win.
            var keys = KeySet(expected: frame.pairs.count)
            var merged: [YAMLNode.Pair]?
            for index in frame.pairs.indices {
                let key = frame.pairs[index].key
                if isMergeKey(key) {
                    merged = (merged ?? []) + (try mergeSources(frame.pairs[index].value))
                    continue
                }
                if let firstLine = keys.insert(key.scalar ?? "", line: key.location.line) {
                    throw YAMLError(.duplicateKey, at: key.location, "duplicate key '\(key.scalar ?? "")' (first at line \(firstLine))")
                }
            }
            guard let merged else { return (YAMLNode(.mapping(frame.pairs), at: start, tag: normalised(tag)), anchor) }
            var pairs = frame.pairs.filter { !isMergeKey($0.key) }
            for pair in merged where keys.insert(pair.key.scalar ?? "", line: pair.key.location.line) == nil {
                pairs.append(pair)
            }
            return (YAMLNode(.mapping(pairs), at: start, tag: normalised(tag)), anchor)
        }
    }

    private func isMergeKey(_ key: YAMLNode) -> Bool {
        guard case .scalar("<<", .plain) = key.content else { return false }
        return key.tag == nil || key.tag == "tag:yaml.org,2002:merge"
    }

    /// The pairs a `<<` brings in: one mapping, or a list of mappings (earlier ones win).
    private func mergeSources(_ value: YAMLNode) throws(YAMLError) -> [YAMLNode.Pair] {
        switch value.content {
        case .mapping(let pairs):
            return pairs
        case .sequence(let items):
            var result: [YAMLNode.Pair] = []
            var seen: Set<String> = []
            for item in items {
                guard case .mapping(let pairs) = item.content else {
                    throw YAMLError(.badMerge, at: item.location, "a merge key '<<' takes mappings, not \(item.kindDescription)")
                }
                for pair in pairs where seen.insert(pair.key.scalar ?? "").inserted {
                    result.append(pair)
                }
            }
            return result
        case .scalar:
            throw YAMLError(.badMerge, at: value.location, "a merge key '<<' takes a mapping or a list of mappings, not \(value.kindDescription)")
        }
    }
}

/// The keys of one mapping seen so far, for refusing duplicates. Most mappings have a handful
/// of keys, and comparing a few short strings beats hashing each (a dictionary per mapping
/// was 1 % of a batch); a large mapping switches to a dictionary, so a hostile file with
/// many keys stays linear.
private struct KeySet {
    private static let listLimit = 16
    private var list: [(key: String, line: Int)] = []
    private var table: [String: Int]?

    init(expected: Int) {
        if expected > Self.listLimit { table = Dictionary(minimumCapacity: expected) } else { list.reserveCapacity(expected) }
    }

    /// Adds `key`, seen at `line`; when it was already there, returns the line it was first seen at instead.
    mutating func insert(_ key: String, line: Int) -> Int? {
        if table != nil {
            if let first = table?[key] { return first }
            table?[key] = line
            return nil
        }
        if let first = list.first(where: { $0.key == key }) { return first.line }
        list.append((key, line))
        if list.count > Self.listLimit {
            table = Dictionary(list.map { ($0.key, $0.line) }, uniquingKeysWith: { first, _ in first })
            list = []
        }
        return nil
    }
}

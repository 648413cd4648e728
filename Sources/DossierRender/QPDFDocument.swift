// QPDFDocument: a PDF opened with libqpdf, its objects read and changed through Swift values; the only file that touches qpdf.
import CQPDF
import Foundation

/// A PDF held by libqpdf: read from a file, changed object by object, written out with object
/// streams and a deterministic `/ID`. Every call that fails in qpdf becomes a `QPDFDocument.Failure`
/// with qpdf's own words. Not Sendable: the qpdf handle belongs to one thread.
final class QPDFDocument {
    /// qpdf's reason for a failed read, change or write.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A PDF object inside this document (a handle valid until the document is freed).
    struct Object: Hashable {
        fileprivate let handle: qpdf_oh
    }

    private var data: qpdf_data?

    /// Reads the PDF at `path`.
    init(path: String) throws {
        data = qpdf_init()
        qpdf_silence_errors(data)
        qpdf_set_suppress_warnings(data, QPDF_TRUE)
        _ = qpdf_read(data, path, nil)
        try check()
    }

    deinit { qpdf_cleanup(&data) }

    /// Throws qpdf's pending error, if any.
    func check() throws {
        guard qpdf_has_error(data) == QPDF_TRUE, let error = qpdf_get_error(data) else { return }
        let detail = qpdf_get_error_message_detail(data, error).map { String(cString: $0) } ?? ""
        let text = qpdf_get_error_full_text(data, error).map { String(cString: $0) } ?? detail
        throw Failure(description: detail.isEmpty ? text : detail)
    }

    /// The document catalog.
    var root: Object { Object(handle: qpdf_get_root(data)) }
    /// The trailer dictionary.
    var trailer: Object { Object(handle: qpdf_get_trailer(data)) }
    /// The number of pages.
    func pageCount() throws -> Int {
        let count = Int(qpdf_get_num_pages(data))
        try check()
        return max(0, count)
    }
    /// The page at zero-based `index`.
    func page(_ index: Int) -> Object { Object(handle: qpdf_get_page_n(data, index)) }
    /// The indirect object numbered `number`.
    func object(_ number: Int) -> Object { Object(handle: qpdf_get_object_by_id(data, Int32(number), 0)) }
    /// The zero-based index of `page`, or nil when it is not a page of the document.
    func pageIndex(_ page: Object) -> Int? {
        let index = Int(qpdf_find_page_by_oh(data, page.handle))
        if qpdf_has_error(data) == QPDF_TRUE { _ = qpdf_get_error(data); return nil }
        return index >= 0 ? index : nil
    }

    // Reading values.

    func value(_ object: Object, _ key: String) -> Object? {
        guard qpdf_oh_is_dictionary(data, object.handle) == QPDF_TRUE || qpdf_oh_is_stream(data, object.handle) == QPDF_TRUE,
              qpdf_oh_has_key(data, object.handle, "/" + key) == QPDF_TRUE else { return nil }
        let found = qpdf_oh_get_key(data, object.handle, "/" + key)
        return qpdf_oh_is_null(data, found) == QPDF_TRUE ? nil : Object(handle: found)
    }
    /// A name's text without its slash.
    func name(_ object: Object?) -> String? {
        guard let object, qpdf_oh_is_name(data, object.handle) == QPDF_TRUE else { return nil }
        let name = String(cString: qpdf_oh_get_name(data, object.handle))
        return name.hasPrefix("/") ? String(name.dropFirst()) : name
    }
    func integer(_ object: Object?) -> Int? {
        guard let object, qpdf_oh_is_integer(data, object.handle) == QPDF_TRUE else { return nil }
        return Int(qpdf_oh_get_int_value(data, object.handle))
    }
    func text(_ object: Object?) -> String? {
        guard let object, qpdf_oh_is_string(data, object.handle) == QPDF_TRUE else { return nil }
        var length = 0
        guard let bytes = qpdf_oh_get_binary_utf8_value(data, object.handle, &length) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: length), as: UTF8.self)
    }
    func isArray(_ object: Object) -> Bool { qpdf_oh_is_array(data, object.handle) == QPDF_TRUE }
    func isDictionary(_ object: Object) -> Bool { qpdf_oh_is_dictionary(data, object.handle) == QPDF_TRUE }
    /// An array's items, or the object itself when it is not an array.
    func items(_ object: Object) -> [Object] {
        guard isArray(object) else { return [object] }
        let count = Int(qpdf_oh_get_array_n_items(data, object.handle))
        return (0..<count).map { Object(handle: qpdf_oh_get_array_item(data, object.handle, Int32($0))) }
    }
    /// A dictionary's values, in key order.
    func dictionaryValues(_ object: Object) -> [Object] {
        guard isDictionary(object) else { return [] }
        qpdf_oh_begin_dict_key_iter(data, object.handle)
        var keys: [String] = []
        while qpdf_oh_dict_more_keys(data) == QPDF_TRUE { keys.append(String(cString: qpdf_oh_dict_next_key(data))) }
        return keys.sorted().map { Object(handle: qpdf_oh_get_key(data, object.handle, $0)) }
    }
    /// The object number of an indirect object, 0 for a direct one.
    func number(_ object: Object) -> Int { Int(qpdf_oh_get_object_id(data, object.handle)) }

    // Changing values.

    /// Parses `text` (PDF syntax, e.g. "<< /Type /OutputIntent >>") into a new direct object.
    func parse(_ text: String) throws -> Object {
        let made = Object(handle: qpdf_oh_parse(data, text))
        try check()
        return made
    }
    func set(_ object: Object, _ key: String, _ value: Object) { qpdf_oh_replace_key(data, object.handle, "/" + key, value.handle) }
    func set(_ object: Object, _ key: String, parsing text: String) throws { set(object, key, try parse(text)) }
    func set(_ object: Object, _ key: String, text: String) {
        qpdf_oh_replace_key(data, object.handle, "/" + key, qpdf_oh_new_unicode_string(data, text))
    }
    func remove(_ object: Object, _ key: String) { qpdf_oh_remove_key(data, object.handle, "/" + key) }
    func removeItem(_ array: Object, at index: Int) { qpdf_oh_erase_item(data, array.handle, Int32(index)) }
    func setItem(_ array: Object, at index: Int, _ value: Object) { qpdf_oh_set_array_item(data, array.handle, Int32(index), value.handle) }
    func append(_ array: Object, _ value: Object) { qpdf_oh_append_item(data, array.handle, value.handle) }
    var null: Object { Object(handle: qpdf_oh_new_null(data)) }
    /// Makes `object` indirect and returns the reference to it.
    func indirect(_ object: Object) -> Object { Object(handle: qpdf_make_indirect_object(data, object.handle)) }

    /// Creates an indirect stream holding `bytes` (stored unfiltered, so the writer may compress
    /// it) with the entries of `dictionary` (PDF syntax).
    func newStream(_ bytes: [UInt8], dictionary: String) throws -> Object {
        let stream = Object(handle: qpdf_oh_new_stream(data))
        try replaceData(of: stream, with: bytes)
        let entries = try parse(dictionary)
        let streamDictionary = Object(handle: qpdf_oh_get_dict(data, stream.handle))
        qpdf_oh_begin_dict_key_iter(data, entries.handle)
        var keys: [String] = []
        while qpdf_oh_dict_more_keys(data) == QPDF_TRUE { keys.append(String(cString: qpdf_oh_dict_next_key(data))) }
        for key in keys { qpdf_oh_replace_key(data, streamDictionary.handle, key, qpdf_oh_get_key(data, entries.handle, key)) }
        try check()
        return stream
    }

    /// The decoded bytes of a stream.
    func streamData(_ stream: Object) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered = QPDF_FALSE
        _ = qpdf_oh_get_stream_data(data, stream.handle, qpdf_dl_generalized, &filtered, &buffer, &length)
        defer { free(buffer) }
        try check()
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// Replaces a stream's data with unfiltered `bytes`.
    func replaceData(of stream: Object, with bytes: [UInt8]) throws {
        bytes.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(data, stream.handle, $0.baseAddress, $0.count, qpdf_oh_new_null(data), qpdf_oh_new_null(data))
        }
        try check()
    }

    /// Frees every object handle taken so far; objects read before must not be used after. A
    /// long walk calls it between steps and holds object numbers instead: qpdf keeps every
    /// handle until it is freed, and a large tree would pile up millions.
    func releaseHandles() { qpdf_oh_release_all(data) }

    /// Writes the document to `path` with compressed streams, object streams and an `/ID`
    /// computed from the content, so the same document gives the same bytes.
    func write(to path: String) throws {
        _ = qpdf_init_write(data, path)
        try check()
        qpdf_set_object_stream_mode(data, qpdf_o_generate)
        qpdf_set_stream_data_mode(data, qpdf_s_compress)
        qpdf_set_deterministic_ID(data, QPDF_TRUE)
        qpdf_set_suppress_original_object_IDs(data, QPDF_TRUE)
        _ = qpdf_write(data)
        try check()
    }
}

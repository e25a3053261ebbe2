/**
 * Reading: from paths and streams to {@link dev.readout.model.RawDocument}s, and from their bytes to
 * {@link dev.readout.model.Page}s.
 *
 * <p>{@link dev.readout.read.Sources} opens files, folders and stdin as one {@link
 * dev.readout.read.DocumentReader}; {@link dev.readout.read.Decoder} turns one document into
 * Unicode text or HTML. Everything else here is package-private machinery.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>The format is found from the first bytes, not the file name: gzip (unwrapped, then sniffed
 *       again), WARC ({@code WARC/}), JSON ({@code {"} or {@code [{}), otherwise one text or HTML
 *       page per file. Binary data (image magic, NUL bytes, control bytes) is rejected.
 *   <li>Provenance: {@code path} for a page file or single JSON object, {@code path#<WARC-Record-ID>}
 *       for a WARC record, {@code path:LINE} (1-based) for a JSON Lines record or one of several
 *       JSON objects in a row, {@code path[i]} (0-based) for an item of a top-level JSON array,
 *       {@code stdin} for standard input.
 *   <li>WARC: response and resource records only; HTTP responses other than 2xx, and payload types
 *       that are not pages (images, CSS, scripts, DNS), are skipped without a rejection. The HTTP
 *       Content-Type (charset included) becomes the document's content type, WARC-Target-URI its
 *       url, WARC-Date its capture time. Transfer and content encodings are undone.
 *   <li>JSON (news-please, CC-NEWS): {@code text}/{@code maintext} (preferred) or {@code
 *       html}/{@code raw_html}/{@code content} is the content (a list of paragraphs is joined), re-encoded as UTF-8 with a declared
 *       type; {@code url} the url; {@code date_download} the capture time; every other scalar a
 *       field under its own name (lists joined with {@code "; "}, objects one level deep as {@code
 *       parent.child}).
 *   <li>Every failure is one {@link dev.readout.model.Rejected} (stage {@code read}) naming the
 *       input and a reason; what was read before the damage is still yielded. Nothing throws
 *       while iterating.
 *   <li>Not a page: a file found while walking a folder that holds a single JSON object (pretty
 *       or on one line) with none of the page fields above is {@linkplain
 *       dev.readout.model.Rejected#skipped() skipped} (stage {@code skip}, reason {@code "not a
 *       page: ..."}), not rejected: it is labels or metadata beside the pages. The same file named
 *       on the command line, read from stdin or a stream, is rejected as before; so are JSON Lines
 *       and arrays of records without pages, and broken files (binary, truncated gzip) anywhere.
 *   <li>Memory: one document at a time, never more than {@link
 *       dev.readout.read.ReadOptions#maxDocumentBytes()} (default 10 MB) of it; larger ones are
 *       rejected with their size, counted without being kept.
 * </ul>
 *
 * <h2>Hints, Tips and Traps</h2>
 *
 * <ul>
 *   <li>Charset order: byte-order mark, declared content type, {@code <meta>}, well-formed UTF-8,
 *       ICU's {@code CharsetDetector}. Labels are read the browser way (GB2312/GBK as GB18030,
 *       ISO-8859-1 as windows-1252). Well-formed non-ASCII UTF-8 overrules any other declaration:
 *       it does not happen by accident, mislabelled headers do. So does UTF-8 with a few damaged
 *       bytes (at least 99% of its multi-byte sequences well-formed): one stray byte must not turn
 *       a whole page into {@code Chinaâ€™s}. Each bad byte becomes U+FFFD and the page carries a
 *       warning; decoding never fails silently. Never hand raw bytes of unknown
 *       charset to jsoup: it assumes UTF-8 and garbles the rest.
 *   <li>The detector needs text: a dozen CJK characters can be misread; a paragraph is enough.
 *   <li>Compare labels, tags and magic with {@link java.util.Locale#ROOT} or ASCII rules: under a
 *       Turkish default locale {@code "WINDOWS-1252".toLowerCase()} is {@code "wındows-1252"}.
 *   <li>UTF-16 without a byte-order mark is rejected as binary (it is full of NUL bytes).
 *   <li>JSON Lines versus JSON is decided by the first two non-blank lines: a whole object on the
 *       first, or a second that opens an object, means JSON Lines (each bad line rejected alone);
 *       otherwise the file is parsed as one document, where a syntax error ends the file.
 *   <li>A truncated gzip stream surfaces wherever the reader above it happens to be; {@code
 *       GzipInput} records the damage so that the rejection says "truncated gzip
 *       stream" rather than the parser's confusion.
 *   <li>Whether an input was found in a folder travels with it ({@code Found.Openable#inFolder},
 *       then {@code ReadContext}); only the whole-file JSON readers look at it. A page field that
 *       is present but empty is a broken page, not metadata: it stays a rejection.
 *   <li>A {@link dev.readout.read.DocumentReader} iterates once and must be closed; it reads stdin
 *       only when iteration reaches {@code -}.
 * </ul>
 */
package dev.readout.read;

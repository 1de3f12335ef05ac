package org.zhengju.index.internal;

/**
 * Names and values of the Lucene fields of the Zhengju index, shared by the writer and the
 * searcher.
 */
public final class IndexFields {
  /** Kind of Lucene document: {@link #TYPE_PASSAGE} or {@link #TYPE_DOCUMENT}. */
  public static final String TYPE = "type";

  /** {@link #TYPE} of a passage document. */
  public static final String TYPE_PASSAGE = "passage";

  /** {@link #TYPE} of a document record. */
  public static final String TYPE_DOCUMENT = "document";

  /** Source name of the document (keyword, stored). */
  public static final String SOURCE = "source";

  /** SHA-256 of the document (keyword, stored). */
  public static final String SHA256 = "sha256";

  /** 1-based page of a passage (stored, absent for formats without pages). */
  public static final String PAGE = "page";

  /** Source start offset of a passage (stored). */
  public static final String START = "start";

  /** Source end offset of a passage (stored). */
  public static final String END = "end";

  /** Normalized passage text in original script (stored only, for snippets). */
  public static final String TEXT = "text";

  /** Passage text folded to simplified script (analyzed, searched by default). */
  public static final String MATCH = "match";

  /** Per-character source offsets of a passage (stored binary, see {@link SourceOffsets}). */
  public static final String OFFSETS = "offsets";

  /** Lexicon category names of the terms inside a passage (keyword). */
  public static final String CATEGORY = "category";

  /** Xinjiang place names inside a passage, as written and folded (keyword). */
  public static final String PLACE = "place";

  /** Resolved company names mentioned inside a passage (keyword). */
  public static final String COMPANY = "company";

  /** Years a passage mentions or its document was created in (keyword). */
  public static final String YEAR = "year";

  /** JSON of a document record (stored). */
  public static final String RECORD_JSON = "record";

  /** Ingestion sequence number of a document record (doc values, for ordering). */
  public static final String SEQUENCE = "seq";

  private IndexFields() {}
}

package org.zhengju.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.zhengju.store.DocumentRecord;

/** Writes document records as Lucene documents and reads them back in ingestion order. */
public final class StoredRecords {
  private static final Query ALL_RECORDS =
      new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_DOCUMENT));
  private final DocumentRecordJson json = new DocumentRecordJson();

  /** The Lucene document holding {@code record}, the {@code sequence}-th ingested. */
  public Document toDocument(DocumentRecord record, long sequence) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_DOCUMENT, Field.Store.NO));
    doc.add(new StringField(IndexFields.SOURCE, record.source(), Field.Store.YES));
    doc.add(new StringField(IndexFields.SHA256, record.sha256(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.RECORD_JSON, json.write(record)));
    doc.add(new NumericDocValuesField(IndexFields.SEQUENCE, sequence));
    return doc;
  }

  /** Whether a record with this SHA-256 is visible to {@code searcher}. */
  public boolean contains(IndexSearcher searcher, String sha256) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(ALL_RECORDS, BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.SHA256, sha256)), BooleanClause.Occur.FILTER)
            .build();
    return searcher.count(query) > 0;
  }

  /** Number of records visible to {@code searcher}. */
  public int count(IndexSearcher searcher) throws IOException {
    return searcher.count(ALL_RECORDS);
  }

  /** Every record visible to {@code searcher}, in ingestion order. */
  public List<DocumentRecord> all(IndexSearcher searcher) throws IOException {
    int n = count(searcher);
    if (n == 0) return List.of();
    TopDocs top =
        searcher.search(
            ALL_RECORDS, n, new Sort(new SortField(IndexFields.SEQUENCE, SortField.Type.LONG)));
    List<DocumentRecord> records = new ArrayList<>(top.scoreDocs.length);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs)
      records.add(json.read(stored.document(hit.doc).get(IndexFields.RECORD_JSON)));
    return records;
  }
}

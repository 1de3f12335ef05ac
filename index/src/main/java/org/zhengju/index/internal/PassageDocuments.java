package org.zhengju.index.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;

/** Turns the passages of one analysed document into Lucene documents, one per passage. */
public final class PassageDocuments {
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

  private PassageDocuments() {}

  /** One Lucene document per passage of {@code analyzed}, in passage order. */
  public static List<Document> of(AnalyzedDocument analyzed) {
    NormalizedText normalized = analyzed.normalized();
    String source = analyzed.document().source();
    String sha256 = analyzed.document().sha256();
    // The creation year applies to every passage: a notice from 2019 is about 2019 even where it
    // says 今年.
    var createdYear =
        analyzed
            .document()
            .metadata()
            .created()
            .map(t -> String.valueOf(t.atZone(ZoneOffset.UTC).getYear()));
    List<Document> docs = new ArrayList<>(analyzed.passages().size());
    for (Passage passage : analyzed.passages()) {
      int from = passage.normalizedStart();
      int to = passage.normalizedEnd();
      String text = normalized.text().substring(from, to);
      String match = normalized.matchText().substring(from, to);
      Document doc = new Document();
      doc.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PASSAGE, Field.Store.NO));
      doc.add(new StringField(IndexFields.SOURCE, source, Field.Store.YES));
      doc.add(new StringField(IndexFields.SHA256, sha256, Field.Store.YES));
      passage.page().ifPresent(p -> doc.add(new StoredField(IndexFields.PAGE, p)));
      doc.add(new StoredField(IndexFields.START, passage.start()));
      doc.add(new StoredField(IndexFields.END, passage.end()));
      doc.add(new StoredField(IndexFields.TEXT, text));
      doc.add(new TextField(IndexFields.MATCH, match, Field.Store.YES));
      doc.add(
          new StoredField(IndexFields.OFFSETS, SourceOffsets.of(normalized, from, to).encode()));
      Set<String> categories = new LinkedHashSet<>();
      Set<String> places = new LinkedHashSet<>();
      for (TermMatch term : analyzed.terms()) {
        if (!passage.containsNormalized(term.normalizedStart(), term.normalizedEnd())) continue;
        categories.add(term.category().name());
        if (term.category() == Category.XINJIANG_PLACE) {
          places.add(normalized.text().substring(term.normalizedStart(), term.normalizedEnd()));
          places.add(
              normalized.matchText().substring(term.normalizedStart(), term.normalizedEnd()));
        }
      }
      Set<String> companies = new LinkedHashSet<>();
      for (Mention mention : analyzed.mentions()) {
        if (mention.kind() == EntityKind.COMPANY
            && passage.containsNormalized(mention.normalizedStart(), mention.normalizedEnd()))
          companies.add(mention.resolvedName());
      }
      Set<String> years = new LinkedHashSet<>();
      Matcher m = YEAR.matcher(match);
      while (m.find()) years.add(m.group(1));
      createdYear.ifPresent(years::add);
      categories.forEach(c -> doc.add(new StringField(IndexFields.CATEGORY, c, Field.Store.YES)));
      places.forEach(p -> doc.add(new StringField(IndexFields.PLACE, p, Field.Store.YES)));
      companies.forEach(c -> doc.add(new StringField(IndexFields.COMPANY, c, Field.Store.YES)));
      years.forEach(y -> doc.add(new StringField(IndexFields.YEAR, y, Field.Store.YES)));
      docs.add(doc);
    }
    return docs;
  }
}

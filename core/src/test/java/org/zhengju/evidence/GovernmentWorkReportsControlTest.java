package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.entity.Mention;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.Specificity;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/**
 * Negative control on real text (DOMAIN.md §1.7): the State Council work reports use 劳动力转移 / 富余劳动力
 * / 稳岗 nationwide with no Xinjiang-programme company link, so the linker must report no A or B
 * evidence in them. Reads {@code ../shared/data/real/government_work_reports.jsonl} and the
 * reference lexicon beside the checkout; skipped (with that reason) when they are absent, as in a
 * user's clone.
 */
class GovernmentWorkReportsControlTest {
  private static final Path SHARED =
      Path.of(System.getProperty("zhengju.shared", "/work/shared/data"));

  @Test
  void nationwideWorkReportsYieldNoAOrBEvidence() throws IOException {
    Path reports = SHARED.resolve("real/government_work_reports.jsonl");
    Path lexicon = SHARED.resolve("lexicon-reference.tsv");
    assumeTrue(
        Files.isRegularFile(reports) && Files.isRegularFile(lexicon),
        "shared reference data not found under " + SHARED + " (set -Dzhengju.shared=DIR)");
    List<LexiconEntry> entries = referenceEntries(lexicon);
    ObjectMapper json = new ObjectMapper();
    int documents = 0;
    for (String line : Files.readAllLines(reports, StandardCharsets.UTF_8)) {
      String content = json.readTree(line).path("content").asText();
      if (content.isEmpty()) continue;
      List<EvidenceItem> items = link(content, entries);
      assertThat(items).noneMatch(i -> i.grade() == Grade.A || i.grade() == Grade.B);
      documents++;
    }
    assertThat(documents).isGreaterThan(50);
  }

  private static List<EvidenceItem> link(String s, List<LexiconEntry> entries) {
    NormalizedText text = new NormalizedText(s, s, OffsetMap.identity(s.length()));
    List<Passage> passages = new ArrayList<>();
    for (int start = 0; start < s.length(); ) {
      int end = s.indexOf('\n', start);
      if (end < 0) end = s.length();
      if (end > start)
        passages.add(
            new Passage(
                passages.size(),
                start,
                end,
                start,
                end,
                Optional.empty(),
                s.substring(start, end)));
      start = end + 1;
    }
    List<TermMatch> terms = new ArrayList<>();
    for (LexiconEntry e : entries) {
      for (int at = s.indexOf(e.term()); at >= 0; at = s.indexOf(e.term(), at + 1))
        terms.add(new TermMatch(e, at, at + e.term().length(), at, at + e.term().length()));
    }
    List<Mention> mentions = new RuleCompanyRecognizer().recognize(text, passages);
    ExtractedDocument doc =
        new ExtractedDocument(
            "gwr", Fixture.SHA, "text/plain", s, List.of(), DocumentMetadata.EMPTY);
    return new EvidenceLinker().link(doc, text, passages, terms, List.of(), mentions);
  }

  /**
   * The reference lexicon's entries; its finer categories (CAMP_VSETC …) count as training-centre
   * terms here.
   */
  private static List<LexiconEntry> referenceEntries(Path tsv) throws IOException {
    List<LexiconEntry> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length < 6 || f[0].isBlank()) continue;
      Category category;
      try {
        category = Category.valueOf(f[4]);
      } catch (IllegalArgumentException finer) {
        category = Category.VOCATIONAL_TRAINING_CENTRE;
      }
      out.add(
          new LexiconEntry(
              f[0],
              Optional.empty(),
              List.of(),
              category,
              Optional.empty(),
              Specificity.parse(f[5]),
              Optional.empty()));
    }
    return out;
  }
}

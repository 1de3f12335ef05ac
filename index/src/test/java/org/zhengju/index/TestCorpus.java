package org.zhengju.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.entity.CompanyName;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.evidence.Grade;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.Specificity;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;

/**
 * Three hand-built analysed documents: A (paged PDF, simplified, companies and evidence), B
 * (traditional script with a collapsed double space, so normalized and source offsets differ), C
 * (plain text for proximity, escaping and long passages).
 */
final class TestCorpus {
  static final String SHA_A = "a".repeat(64);
  static final String SHA_B = "b".repeat(64);
  static final String SHA_C = "c".repeat(64);

  static final String A0 = "关于做好2019年农村富余劳动力有组织转移工作的通知。";
  static final String A1 = "青岚纺织科技有限公司（以下简称青岚纺织）计划接收和田地区墨玉县劳动力转移就业二百名，每人发放稳岗补贴2000元。";
  static final String B0 = "青岚纺织品贸易有限公司在喀什地区收购棉花。";
  static final String B1_SOURCE = "組織  勞動力轉移，發放補貼。";
  static final String B1 = "組織 勞動力轉移，發放補貼。";
  static final String C0 = "新疆籍员工每人发放补贴300元。";
  static final String C1 = "新疆风光优美，景色宜人，游客众多，交通便利，物产丰富，特色产品很多，政府也有很多扶持补贴。";
  static final String C2 = "月薪<3000元 & 包食宿";
  static final String FILLER = "天地玄黄宇宙洪荒日月盈昃辰宿列张".repeat(10);
  static final String C3 = FILLER + "棉纺" + FILLER;
  static final String C4 = "转移就业之后，再谈劳动力转移。";

  static final CompanyName QINGLAN_TECH =
      new CompanyName(
          "青岚纺织科技有限公司", List.of("青岚纺织", "Qinglan Textile Technology Co., Ltd."), Optional.empty());
  static final CompanyName QINGLAN_TRADE =
      new CompanyName("青岚纺织品贸易有限公司", List.of(), Optional.empty());

  static final Map<Character, Character> TRADITIONAL =
      Map.of('組', '组', '織', '织', '勞', '劳', '動', '动', '轉', '转', '發', '发', '補', '补', '貼', '贴');

  /** Folds the few traditional characters the corpus uses, as the real normalizer would. */
  static final UnaryOperator<String> FOLDER =
      s ->
          s.chars()
              .mapToObj(c -> String.valueOf(TRADITIONAL.getOrDefault((char) c, (char) c)))
              .reduce("", String::concat);

  /** A stand-in for the lexicon's gloss lookup. */
  static final Function<String, List<String>> GLOSSES =
      g ->
          Map.of(
                  "labour transfer", List.of("劳动力转移", "勞動力轉移"),
                  "surplus labour", List.of("富余劳动力"),
                  "subsidy", List.of("补贴"))
              .getOrDefault(g, List.of());

  static final EvidenceItem EVIDENCE_A =
      new EvidenceItem(
          "青岚纺织科技有限公司",
          "notices/a.pdf",
          SHA_A,
          Optional.of(2),
          28,
          84,
          A1,
          Set.of(Category.LABOUR_TRANSFER, Category.SUBSIDY),
          Grade.A,
          "named as receiving transferred labour");

  private TestCorpus() {}

  static AnalyzedDocument documentA() {
    String text = A0 + "\n" + A1;
    NormalizedText normalized = new NormalizedText(text, text, OffsetMap.identity(text.length()));
    List<Passage> passages =
        List.of(
            new Passage(0, 0, 27, 0, 27, Optional.of(1), A0),
            new Passage(1, 28, 84, 28, 84, Optional.of(2), A1));
    List<TermMatch> terms =
        List.of(
            term(text, "富余劳动力", Category.SURPLUS_LABOUR),
            term(text, "和田地区", Category.XINJIANG_PLACE),
            term(text, "墨玉县", Category.XINJIANG_PLACE),
            term(text, "劳动力转移", Category.LABOUR_TRANSFER),
            term(text, "稳岗补贴", Category.SUBSIDY));
    List<Mention> mentions =
        List.of(
            company(text, "青岚纺织科技有限公司", Optional.empty()),
            company(text, "青岚纺织）", Optional.of("青岚纺织科技有限公司")));
    ExtractedDocument doc =
        new ExtractedDocument(
            "notices/a.pdf",
            SHA_A,
            "application/pdf",
            text,
            List.of(new PageSpan(1, 0, 28), new PageSpan(2, 28, 84)),
            DocumentMetadata.EMPTY);
    return new AnalyzedDocument(
        doc,
        normalized,
        passages,
        terms,
        List.of(),
        mentions,
        List.of(QINGLAN_TECH),
        List.of(EVIDENCE_A));
  }

  static AnalyzedDocument documentB() {
    String source = B0 + "\n" + B1_SOURCE;
    String text = B0 + "\n" + B1;
    OffsetMap.Builder map = new OffsetMap.Builder(text.length());
    for (int i = 0; i < 24; i++) map.add(i, i + 1); // B0, the line break, 組織
    map.add(24, 26); // the collapsed double space
    for (int i = 26; i < source.length(); i++) map.add(i, i + 1);
    NormalizedText normalized =
        new NormalizedText(text, FOLDER.apply(text), map.build(source.length()));
    List<Passage> passages =
        List.of(
            new Passage(0, 0, 21, 0, 21, Optional.empty(), B0),
            new Passage(1, 22, 37, 22, 36, Optional.empty(), B1));
    List<TermMatch> terms = List.of(term(text, "喀什地区", Category.XINJIANG_PLACE));
    List<Mention> mentions = List.of(company(text, "青岚纺织品贸易有限公司", Optional.empty()));
    DocumentMetadata metadata =
        new DocumentMetadata(
            Optional.of("B"),
            Optional.empty(),
            Optional.of(Instant.parse("2021-03-01T00:00:00Z")),
            Optional.empty(),
            Optional.of("zh-Hant"),
            Map.of());
    ExtractedDocument doc =
        new ExtractedDocument(
            "reports/b.docx",
            SHA_B,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            source,
            List.of(),
            metadata);
    return new AnalyzedDocument(
        doc, normalized, passages, terms, List.of(), mentions, List.of(QINGLAN_TRADE), List.of());
  }

  static AnalyzedDocument documentC() {
    List<String> paragraphs = List.of(C0, C1, C2, C3, C4);
    String text = String.join("\n", paragraphs);
    NormalizedText normalized = new NormalizedText(text, text, OffsetMap.identity(text.length()));
    List<Passage> passages = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      passages.add(
          new Passage(
              passages.size(), at, at + p.length(), at, at + p.length(), Optional.empty(), p));
      at += p.length() + 1;
    }
    ExtractedDocument doc =
        new ExtractedDocument(
            "plain/c.txt", SHA_C, "text/plain", text, List.of(), DocumentMetadata.EMPTY);
    return new AnalyzedDocument(
        doc, normalized, passages, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static TermMatch term(String text, String word, Category category) {
    int at = text.indexOf(word);
    LexiconEntry entry =
        new LexiconEntry(
            word,
            Optional.empty(),
            List.of(),
            category,
            Optional.empty(),
            Specificity.MEDIUM,
            Optional.empty());
    return new TermMatch(entry, at, at + word.length(), at, at + word.length());
  }

  private static Mention company(String text, String surface, Optional<String> canonical) {
    String name = surface.replace("）", "");
    int at = text.indexOf(surface);
    return new Mention(
        EntityKind.COMPANY,
        name,
        at,
        at + name.length(),
        at,
        at + name.length(),
        canonical,
        "rules");
  }
}

package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengju.entity.CompanyName;
import org.zhengju.lexicon.Category;
import org.zhengju.store.DocumentRecord;

class CompanyAggregatorTest {
  private static final String QINGLAN = "青岚纺织科技有限公司";
  private static final String ENGLISH = "Qinglan Textile Technology Co., Ltd.";
  private final CompanyAggregator aggregator = new CompanyAggregator();

  private static EvidenceItem item(
      String company, String source, int start, Grade grade, Category... categories) {
    return new EvidenceItem(
        company,
        source,
        Fixture.SHA,
        Optional.empty(),
        start,
        start + 10,
        "quote",
        Set.of(categories),
        grade,
        "test");
  }

  private static DocumentRecord doc(
      String source, List<CompanyName> companies, EvidenceItem... evidence) {
    return new DocumentRecord(
        source,
        Fixture.SHA,
        "text/plain",
        Optional.empty(),
        "indexed",
        Optional.empty(),
        companies,
        List.of(evidence));
  }

  private static CompanyName company(String name, String... aliases) {
    return new CompanyName(name, List.of(aliases), Optional.empty());
  }

  @Test
  void mergesTraditionalFormsSharedAliasesAndEnglishNamesButNotLookAlikes() {
    List<DocumentRecord> docs =
        List.of(
            doc(
                "b_report.pdf",
                List.of(company(QINGLAN, "本公司", "青岚纺织", ENGLISH)),
                item(QINGLAN, "b_report.pdf", 40, Grade.B, Category.SUBSIDY)),
            doc(
                "a_news.html",
                List.of(company("青嵐紡織科技有限公司")),
                item("青嵐紡織科技有限公司", "a_news.html", 5, Grade.E, Category.LABOUR_TRANSFER)),
            doc(
                "c_en.pdf",
                List.of(company(ENGLISH)),
                item(ENGLISH, "c_en.pdf", 7, Grade.A, Category.XINJIANG_PLACE)),
            doc(
                "d_notice.docx",
                List.of(company("青岚纺织品贸易有限公司", "本公司")),
                item("青岚纺织品贸易有限公司", "d_notice.docx", 3, Grade.C)));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles).extracting(CompanyProfile::name).containsExactly(QINGLAN, "青岚纺织品贸易有限公司");
    CompanyProfile p = profiles.get(0);
    assertThat(p.grade()).isEqualTo(Grade.A);
    assertThat(p.aliases()).containsExactly("青岚纺织", ENGLISH, "青嵐紡織科技有限公司");
    assertThat(p.categories())
        .containsExactlyInAnyOrder(
            Category.SUBSIDY, Category.LABOUR_TRANSFER, Category.XINJIANG_PLACE);
    assertThat(p.evidence())
        .extracting(EvidenceItem::source)
        .containsExactly("c_en.pdf", "b_report.pdf", "a_news.html");
    assertThat(profiles.get(1).grade()).isEqualTo(Grade.C);
  }

  @Test
  void mergesOnASharedCreditCode() {
    String code = "91653200MA78QL001G";
    List<DocumentRecord> docs =
        List.of(
            doc(
                "a",
                List.of(new CompanyName("白杨食品有限公司", List.of(), Optional.of(code))),
                item("白杨食品有限公司", "a", 0, Grade.C)),
            doc(
                "b",
                List.of(new CompanyName("新疆白杨食品有限公司", List.of(), Optional.of(code))),
                item("新疆白杨食品有限公司", "b", 0, Grade.A)));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles).hasSize(1);
    assertThat(profiles.get(0).name()).isEqualTo("白杨食品有限公司");
    assertThat(profiles.get(0).aliases()).containsExactly("新疆白杨食品有限公司");
  }

  @Test
  void sortsEvidenceByGradeThenSourceThenOffset() {
    List<DocumentRecord> docs =
        List.of(
            doc(
                "z",
                List.of(company(QINGLAN)),
                item(QINGLAN, "z", 90, Grade.E),
                item(QINGLAN, "z", 50, Grade.A),
                item(QINGLAN, "z", 10, Grade.A)),
            doc("y", List.of(company(QINGLAN)), item(QINGLAN, "y", 70, Grade.A)));
    CompanyProfile p = aggregator.aggregate(docs).get(0);
    assertThat(p.evidence())
        .extracting(EvidenceItem::source, EvidenceItem::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("y", 70),
                org.assertj.core.groups.Tuple.tuple("z", 10),
            org.assertj.core.groups.Tuple.tuple("z", 50),
                org.assertj.core.groups.Tuple.tuple("z", 90));
  }

  @Test
  void leavesOutCompaniesWithoutEvidence() {
    assertThat(aggregator.aggregate(List.of(doc("a", List.of(company(QINGLAN)))))).isEmpty();
  }

  @Test
  void findsByNameOrAliasFoldingTraditionalScriptButNotBySubstring() {
    List<CompanyProfile> profiles =
        aggregator.aggregate(
            List.of(
                doc("a", List.of(company(QINGLAN, "青岚纺织")), item(QINGLAN, "a", 0, Grade.A)),
                doc("b", List.of(company("青岚纺织品贸易有限公司")), item("青岚纺织品贸易有限公司", "b", 0, Grade.E))));
    assertThat(aggregator.find(profiles, "青嵐紡織")).map(CompanyProfile::name).contains(QINGLAN);
    assertThat(aggregator.find(profiles, "青岚纺织 科技有限公司"))
        .map(CompanyProfile::name)
        .contains(QINGLAN);
    assertThat(aggregator.find(profiles, "青岚纺织品贸易有限公司"))
        .map(CompanyProfile::name)
        .contains("青岚纺织品贸易有限公司");
    assertThat(aggregator.find(profiles, "青岚")).isEmpty();
  }

  @Test
  void aggregatesTheLinkersOutputForTwoDocuments() {
    Fixture notice =
        Fixture.of("墨玉县组织农村富余劳动力赴青嵐紡織科技有限公司务工。".replace("青嵐紡織", "青岚纺织"))
            .place("墨玉县")
            .term("农村富余劳动力", Category.SURPLUS_LABOUR, org.zhengju.lexicon.Specificity.HIGH);
    String text = "青嵐紡織科技有限公司（Qinglan Textile Technology Co., Ltd.）位於墨玉縣。";
    String match = "青岚纺织科技有限公司（Qinglan Textile Technology Co., Ltd.）位于墨玉县。";
    Fixture profile = Fixture.traditional(text, match).place("墨玉县");
    List<DocumentRecord> docs = List.of(record(notice), record(profile));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles).hasSize(1);
    assertThat(profiles.get(0).name()).isEqualTo(QINGLAN);
    assertThat(profiles.get(0).grade()).isEqualTo(Grade.A);
    assertThat(profiles.get(0).aliases()).containsExactly("青嵐紡織科技有限公司", ENGLISH);
    assertThat(profiles.get(0).evidence())
        .extracting(EvidenceItem::grade)
        .containsExactly(Grade.A, Grade.C);
  }

  private static final String JINFAN = "金帆服饰股份有限公司";

  private static EvidenceItem supplyRow(String counterparty, int start) {
    return new EvidenceItem(
        JINFAN,
        "jinfan.pdf",
        Fixture.SHA,
        Optional.of(1),
        start,
        start + 20,
        "1 " + counterparty + " 14,862.50 13.88%",
        Set.of(),
        Grade.D,
        "top-five supplier: " + counterparty,
        Optional.of(counterparty));
  }

  private static DocumentRecord jinfanReport(List<CompanyName> listed, EvidenceItem... rows) {
    List<CompanyName> companies = new java.util.ArrayList<>(List.of(company(JINFAN)));
    companies.addAll(listed);
    return doc("jinfan.pdf", companies, rows);
  }

  @Test
  void keepsASupplyChainItemWhoseCounterpartyIsGradedAToC() {
    List<DocumentRecord> docs =
        List.of(
            jinfanReport(
                List.of(company(QINGLAN), company("绍兴华澄印染有限公司")),
                supplyRow(QINGLAN, 100),
                supplyRow("绍兴华澄印染有限公司", 130)),
            doc(
                "notice.docx",
                List.of(company(QINGLAN)),
                item(QINGLAN, "notice.docx", 5, Grade.A)));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles)
        .extracting(CompanyProfile::name, CompanyProfile::grade)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QINGLAN, Grade.A),
            org.assertj.core.groups.Tuple.tuple(JINFAN, Grade.D));
    CompanyProfile jinfan = profiles.get(1);
    assertThat(jinfan.evidence()).extracting(EvidenceItem::start).containsExactly(100);
    assertThat(jinfan.categories()).isEmpty();
    assertThat(profiles.get(0).evidence()).extracting(EvidenceItem::grade).containsExactly(Grade.A);
  }

  @Test
  void dropsSupplyChainItemsWhoseCounterpartyIsOnlyEOrUnknown() {
    List<DocumentRecord> docs =
        List.of(
            jinfanReport(
                List.of(company(QINGLAN), company("绍兴华澄印染有限公司")),
                supplyRow(QINGLAN, 100),
                supplyRow("绍兴华澄印染有限公司", 130)),
            doc("news.html", List.of(company(QINGLAN)), item(QINGLAN, "news.html", 5, Grade.E)));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles).extracting(CompanyProfile::name).containsExactly(QINGLAN);
    assertThat(profiles.get(0).grade()).isEqualTo(Grade.E);
  }

  @Test
  void keepsAnEGradedListerAtEWhenItsSupplyChainItemIsDropped() {
    List<DocumentRecord> docs =
        List.of(
            jinfanReport(
                List.of(company(QINGLAN)),
                supplyRow(QINGLAN, 100),
                item(JINFAN, "jinfan.pdf", 10, Grade.E, Category.SUBSIDY)));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles).extracting(CompanyProfile::name).containsExactly(JINFAN);
    assertThat(profiles.get(0).grade()).isEqualTo(Grade.E);
    assertThat(profiles.get(0).evidence()).extracting(EvidenceItem::grade).containsExactly(Grade.E);
  }

  @Test
  void resolvesTraditionalAliasAndCreditCodeCounterparties() {
    String code = "91653200MA78QL001G";
    DocumentRecord notice =
        doc(
            "notice.docx",
            List.of(new CompanyName(QINGLAN, List.of("青岚纺织"), Optional.of(code))),
            item(QINGLAN, "notice.docx", 5, Grade.A));
    for (var listed :
        List.of(
            company("青嵐紡織科技有限公司"),
            company("青岚纺织"),
            new CompanyName("青岚纺织科技股份公司", List.of(), Optional.of(code)))) {
      List<CompanyProfile> profiles =
          aggregator.aggregate(
              List.of(jinfanReport(List.of(listed), supplyRow(listed.name(), 100)), notice));
      assertThat(aggregator.find(profiles, JINFAN))
          .as("counterparty %s", listed)
          .map(CompanyProfile::grade)
          .contains(Grade.D);
    }
    // A counterparty the listing document does not know as a company still resolves by its name.
    List<CompanyProfile> profiles =
        aggregator.aggregate(List.of(jinfanReport(List.of(), supplyRow("青嵐紡織", 100)), notice));
    assertThat(aggregator.find(profiles, JINFAN)).map(CompanyProfile::grade).contains(Grade.D);
  }

  @Test
  void neverChainsSupplyChainItemsNorGradesAboveD() {
    EvidenceItem listsJinfan =
        new EvidenceItem(
            "远帆贸易有限公司",
            "yuanfan.pdf",
            Fixture.SHA,
            Optional.empty(),
            0,
            20,
            "1 " + JINFAN,
            Set.of(),
            Grade.D,
            "top-five customer: " + JINFAN,
            Optional.of(JINFAN));
    List<DocumentRecord> docs =
        List.of(
            jinfanReport(
                List.of(company(QINGLAN)),
                supplyRow(QINGLAN, 100),
                item(JINFAN, "jinfan.pdf", 10, Grade.E)),
            doc("notice.docx", List.of(company(QINGLAN)), item(QINGLAN, "notice.docx", 5, Grade.B)),
            doc("yuanfan.pdf", List.of(company("远帆贸易有限公司"), company(JINFAN)), listsJinfan));
    List<CompanyProfile> profiles = aggregator.aggregate(docs);
    assertThat(profiles)
        .extracting(CompanyProfile::name, CompanyProfile::grade)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(QINGLAN, Grade.B),
            org.assertj.core.groups.Tuple.tuple(JINFAN, Grade.D));
  }

  @Test
  void dropsASupplyChainItemNamingTheListerItself() {
    List<DocumentRecord> docs =
        List.of(
            doc(
                "jinfan.pdf",
                List.of(company(JINFAN, "金帆服饰")),
                supplyRow("金帆服饰", 100),
                item(JINFAN, "jinfan.pdf", 0, Grade.C)));
    CompanyProfile p = aggregator.aggregate(docs).get(0);
    assertThat(p.grade()).isEqualTo(Grade.C);
    assertThat(p.evidence()).extracting(EvidenceItem::grade).containsExactly(Grade.C);
  }

  private static DocumentRecord record(Fixture f) {
    var companies =
        new org.zhengju.entity.CompanyNameResolver().resolve(f.text(), f.mentions()).companies();
    return new DocumentRecord(
        "doc" + f.text().text().length(),
        Fixture.SHA,
        "text/plain",
        Optional.empty(),
        "indexed",
        Optional.empty(),
        companies,
        f.link());
  }
}

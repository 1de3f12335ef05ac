package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grade D candidates from top-five supplier and customer tables: one item for the filing's subject
 * per row, quoting the row, naming the listed company as counterparty; nothing for the listed
 * company, nothing from prose.
 */
class SupplyChainLinkTest {
  private static final String JINFAN = "金帆服饰股份有限公司";
  private static final String QINGLAN = "青岚纺织科技有限公司";
  private static final String TITLE = JINFAN + "2020年年度报告";

  private static List<EvidenceItem> supplyChain(List<EvidenceItem> items) {
    return items.stream().filter(i -> i.grade() == Grade.D).toList();
  }

  @Test
  void eachSupplierRowOfASpaceSeparatedTableIsACandidateForTheSubject() {
    String row1 = "1 青岚纺织科技有限公司 14,862.50 13.88%";
    String row2 = "2 绍兴华澄印染有限公司 7,105.66 6.64%";
    String s =
        JINFAN
            + "2020年年度报告\n主要供应商情况\n前五名供应商采购额21,968.16万元，占年度采购总额20.52%。\n"
            + "单位：万元 币种：人民币\n序号 供应商名称 采购额 占年度采购总额比例\n"
            + row1
            + "\n"
            + row2
            + "\n合计 21,968.16 20.52%";
    List<EvidenceItem> items = Fixture.of(s).title(TITLE).link();
    List<EvidenceItem> d = supplyChain(items);
    assertThat(d)
        .extracting(EvidenceItem::company, EvidenceItem::counterparty, EvidenceItem::quote)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(JINFAN, Optional.of(QINGLAN), row1),
            org.assertj.core.groups.Tuple.tuple(JINFAN, Optional.of("绍兴华澄印染有限公司"), row2));
    assertThat(d.get(0).start()).isEqualTo(s.indexOf(row1));
    assertThat(d.get(0).end()).isEqualTo(s.indexOf(row1) + row1.length());
    assertThat(d.get(1).start()).isEqualTo(s.indexOf(row2));
    assertThat(d.get(0).rationale()).isEqualTo("top-five supplier: " + QINGLAN);
    assertThat(d.get(0).categories()).isEmpty();
    assertThat(items).noneMatch(i -> i.company().equals(QINGLAN));
  }

  @Test
  void readsRowsOnTheExtractedLinesWhenNormalizationJoinedThem() {
    String row = "2 新疆天棉棉业有限公司 9,731.20 9.09%";
    String s = TITLE + "\n序号 供应商名称 采购额 占比\n1 绍兴华澄印染有限公司 7,105.66 6.64%\n" + row + "\n合计";
    Fixture f = Fixture.joinedLines(s);
    assertThat(f.text().text()).doesNotContain("\n");
    List<EvidenceItem> d = supplyChain(f.place("新疆").title(TITLE).link());
    assertThat(d).hasSize(2);
    EvidenceItem second = d.get(1);
    assertThat(second.counterparty()).contains("新疆天棉棉业有限公司");
    assertThat(second.quote()).isEqualTo(row);
    assertThat(second.start()).isEqualTo(s.indexOf(row));
    assertThat(second.end()).isEqualTo(s.indexOf(row) + row.length());
    // The Xinjiang name in the row is the counterparty's, not a category of the lister's item.
    assertThat(second.categories()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "前五名客户情况|序号\t客户名称\t销售额|customer",
        "公司前5名供应商|序号\t名称\t采购额|supplier",
        "前五名客户|单位：万元 / 序号 名称 销售额|customer",
        "主要客户|序号 客户 销售额|customer",
        "Top five suppliers|No.\tName\tPurchases (RMB'000)|supplier",
        "Major customers|No.\tCustomer\tRevenue|customer",
        "Five largest suppliers|No.\tSupplier name\tShare|supplier"
      })
  void readsTheRoleFromChineseAndEnglishHeaders(String title, String header, String role) {
    String row = "1\t青岚纺织科技有限公司\t14,862.50\t13.88%";
    // " / " separates header lines (a CSV source value is one line).
    String s = JINFAN + "2020年年度报告\n" + title + "\n" + header.replace(" / ", "\n") + "\n" + row;
    List<EvidenceItem> d = supplyChain(Fixture.of(s).title(TITLE).link());
    assertThat(d).hasSize(1);
    assertThat(d.get(0).rationale()).isEqualTo("top-five " + role + ": " + QINGLAN);
    assertThat(d.get(0).start()).isEqualTo(s.indexOf(row));
    assertThat(d.get(0).quote()).isEqualTo(row);
  }

  @Test
  void readsAnEnglishTableWithEnglishNames() {
    String subject = "Jinfan Apparel Co., Ltd.";
    String row = "1\tQinglan Textile Technology Co., Ltd.\t148,625\t13.9%";
    String s =
        subject
            + " Annual Report 2020\nTop five customers\nNo.\tCustomer\tSales (RMB'000)\tShare\n"
            + row
            + "\n2\tHuacheng Dyeing Co., Ltd.\t71,056\t6.6%";
    List<EvidenceItem> d = supplyChain(Fixture.of(s).title(subject + " Annual Report 2020").link());
    assertThat(d)
        .extracting(EvidenceItem::company, EvidenceItem::counterparty)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                subject, Optional.of("Qinglan Textile Technology Co., Ltd.")),
            org.assertj.core.groups.Tuple.tuple(subject, Optional.of("Huacheng Dyeing Co., Ltd.")));
    assertThat(d.get(0).start()).isEqualTo(s.indexOf(row));
    assertThat(d.get(0).end()).isEqualTo(s.indexOf(row) + row.length());
  }

  @Test
  void ignoresSuppliersNamedInProse() {
    String s =
        TITLE
            + "\n主要供应商情况\n公司主要供应商为青岚纺织科技有限公司，采购额14,862.50万元。\n"
            + "Major suppliers\nIn 2020 we bought yarn from Qinglan Textile Technology Co., Ltd. and"
            + " other mills.";
    assertThat(supplyChain(Fixture.of(s).title(TITLE).link())).isEmpty();
  }

  @Test
  void ignoresRowsOfAnotherTableBelowASupplierTable() {
    String s =
        TITLE + "\n序号 供应商名称 采购额\n1 绍兴华澄印染有限公司 7,105.66\n" + "公司名称 主要业务 注册资本\n青岚纺织科技有限公司 纺织 5,000";
    List<EvidenceItem> d = supplyChain(Fixture.of(s).title(TITLE).link());
    assertThat(d).extracting(EvidenceItem::counterparty).containsExactly(Optional.of("绍兴华澄印染有限公司"));
  }

  @Test
  void needsAFilingSubject() {
    String s = "纺织行业新闻\n序号 供应商名称 采购额\n1 青岚纺织科技有限公司 14,862.50\n2 绍兴华澄印染有限公司 7,105.66";
    assertThat(supplyChain(Fixture.of(s).title("纺织行业新闻").link())).isEmpty();
  }

  @Test
  void neverListsTheSubjectAsItsOwnSupplier() {
    String s = TITLE + "\n序号 供应商名称 采购额\n1 " + JINFAN + " 14,862.50";
    assertThat(supplyChain(Fixture.of(s).title(TITLE).link())).isEmpty();
  }
}

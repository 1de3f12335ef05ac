package org.zhengju.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhengju.evidence.Fixture;

class CompanyNameResolverTest {
  private final CompanyNameResolver resolver = new CompanyNameResolver();

  private static Mention external(Fixture f, String text, EntityKind kind) {
    int at = f.at(text);
    return new Mention(
        kind, text, at, at + text.length(), at, at + text.length(), Optional.empty(), "corenlp");
  }

  @Test
  void mergesTraditionalAndSimplifiedFormsOfOneLegalName() {
    String text = "青嵐紡織科技有限公司成立於2010年。青岚纺织科技有限公司今年扩产。";
    String match = "青岚纺织科技有限公司成立于2010年。青岚纺织科技有限公司今年扩产。";
    Fixture f = Fixture.traditional(text, match);
    DocumentCompanies dc = resolver.resolve(f.text(), f.mentions());
    assertThat(dc.companies())
        .containsExactly(new CompanyName("青岚纺织科技有限公司", List.of("青嵐紡織科技有限公司"), Optional.empty()));
    assertThat(dc.mentions().get(0).canonical()).contains("青岚纺织科技有限公司");
    assertThat(dc.mentions().get(1).canonical()).isEmpty();
  }

  @Test
  void keepsLookAlikeCompaniesApart() {
    Fixture f = Fixture.of("青岚纺织科技有限公司向青岚纺织品贸易有限公司采购棉纱。");
    DocumentCompanies dc = resolver.resolve(f.text(), f.mentions());
    assertThat(dc.companies())
        .extracting(CompanyName::name)
        .containsExactly("青岚纺织科技有限公司", "青岚纺织品贸易有限公司");
  }

  @Test
  void collectsShortAndEnglishNamesAsAliases() {
    Fixture f =
        Fixture.of(
            "青岚纺织科技有限公司（英文名称：Qinglan Textile Technology Co., Ltd.，以下简称“青岚纺织”）成立于2010年。青岚纺织位于墨玉县。");
    DocumentCompanies dc = resolver.resolve(f.text(), f.mentions());
    assertThat(dc.companies()).hasSize(1);
    assertThat(dc.companies().get(0).name()).isEqualTo("青岚纺织科技有限公司");
    assertThat(dc.companies().get(0).aliases())
        .containsExactlyInAnyOrder("Qinglan Textile Technology Co., Ltd.", "青岚纺织");
  }

  @Test
  void resolvesAnOrgMentionThatIsTheTradeNameOfExactlyOneLegalName() {
    Fixture f = Fixture.of("白杨食品有限公司今年扩产。据介绍，白杨食品计划招工。");
    List<Mention> mentions = new ArrayList<>(f.mentions());
    Mention org =
        new Mention(EntityKind.ORGANIZATION, "白杨食品", 17, 21, 17, 21, Optional.empty(), "corenlp");
    assertThat(f.at("白杨食品计划")).isEqualTo(17);
    mentions.add(org);
    DocumentCompanies dc = resolver.resolve(f.text(), mentions);
    assertThat(dc.companies()).hasSize(1);
    Mention resolved =
        dc.mentions().stream().filter(m -> m.normalizedStart() == 17).findFirst().orElseThrow();
    assertThat(resolved.kind()).isEqualTo(EntityKind.COMPANY);
    assertThat(resolved.canonical()).contains("白杨食品有限公司");
  }

  @Test
  void resolvesAnOrgMentionEqualToADefinedShortNameEvenWhenAmbiguousAsATradeName() {
    // 青岚 is a trade-name prefix of both legal names, but the document defines it for the first one.
    Fixture f = Fixture.of("青岚纺织科技有限公司（以下简称“青岚”）与青岚纺织品贸易有限公司签约。记者采访了青岚。");
    List<Mention> mentions = new ArrayList<>(f.mentions());
    int later = f.text().text().lastIndexOf("青岚");
    mentions.removeIf(m -> m.normalizedStart() == later);
    mentions.add(
        new Mention(
            EntityKind.ORGANIZATION,
            "青岚",
            later,
            later + 2,
            later,
            later + 2,
            Optional.empty(),
            "corenlp"));
    DocumentCompanies dc = resolver.resolve(f.text(), mentions);
    Mention resolved =
        dc.mentions().stream().filter(m -> m.normalizedStart() == later).findFirst().orElseThrow();
    assertThat(resolved.kind()).isEqualTo(EntityKind.COMPANY);
    assertThat(resolved.canonical()).contains("青岚纺织科技有限公司");
    assertThat(dc.companies())
        .extracting(CompanyName::name)
        .containsExactly("青岚纺织科技有限公司", "青岚纺织品贸易有限公司");
  }

  @Test
  void leavesAnAmbiguousOrgMentionUnresolvedAndNotACompany() {
    Fixture f = Fixture.of("青岚纺织科技有限公司和青岚纺织品贸易有限公司都在墨玉县。记者采访了青岚纺织。");
    List<Mention> mentions = new ArrayList<>(f.mentions());
    mentions.add(orgAt(f, "青岚纺织。"));
    DocumentCompanies dc = resolver.resolve(f.text(), mentions);
    assertThat(dc.companies()).hasSize(2);
    Mention last = dc.mentions().get(dc.mentions().size() - 1);
    assertThat(last.kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(last.canonical()).isEmpty();
  }

  private static Mention orgAt(Fixture f, String context) {
    int at = f.at(context);
    return new Mention(
        EntityKind.ORGANIZATION, "青岚纺织", at, at + 4, at, at + 4, Optional.empty(), "corenlp");
  }

  @Test
  void keepsAnUnmatchedCompanyMentionAsItsOwnCompany() {
    Fixture f = Fixture.of("青岚纺织科技有限公司与天山棉业合作。");
    List<Mention> mentions = new ArrayList<>(f.mentions());
    mentions.add(external(f, "天山棉业", EntityKind.COMPANY));
    DocumentCompanies dc = resolver.resolve(f.text(), mentions);
    assertThat(dc.companies()).extracting(CompanyName::name).containsExactly("青岚纺织科技有限公司", "天山棉业");
  }

  @Test
  void attachesAValidCreditCodePrintedAfterTheName() {
    Fixture f =
        Fixture.of(
            "白杨食品有限公司（统一社会信用代码：91653200MA78QL001G）成立于2015年。"
                + "青岚纺织科技有限公司（统一社会信用代码：91653200MA78QL001H）成立于2010年。");
    DocumentCompanies dc = resolver.resolve(f.text(), f.mentions());
    assertThat(dc.company("白杨食品有限公司").orElseThrow().creditCode()).contains("91653200MA78QL001G");
    assertThat(dc.company("青岚纺织科技有限公司").orElseThrow().creditCode()).isEmpty();
  }

  @Test
  void doesNotAttachAGovernmentOrgansCodeToANearbyCompany() {
    // 11990000010631973 + check digit 1 (867 mod 31 = 30, 31 - 30 = 1): valid, but registered by a
    // government organ.
    Fixture f = Fixture.of("兵团（统一社会信用代码：119900000106319731）所属白杨食品有限公司成立于2015年。");
    DocumentCompanies dc = resolver.resolve(f.text(), f.mentions());
    assertThat(dc.company("白杨食品有限公司").orElseThrow().creditCode()).isEmpty();
  }
}

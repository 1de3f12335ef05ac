package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.entity.CompanyNameResolver;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.Specificity;

/**
 * Randomized documents assembled from realistic sentences; checks what must hold for every evidence
 * item.
 */
class EvidenceInvariantsTest {
  private static final String[] COMPANIES = {
    "青岚纺织科技有限公司", "青岚纺织品贸易有限公司", "白杨食品有限公司", "新疆天池棉业有限公司", "青禾服饰有限公司"
  };
  private static final String[] SENTENCES = {
    "墨玉县组织第三批农村富余劳动力赴%s务工。",
    "%s声明，公司从未接收新疆籍务工人员。",
    "甘南州组织富余劳动力赴%s务工。",
    "%s参加了招商推介会。",
    "今年以来，%s接收和田地区劳动力转移就业人员300名。",
    "该公司获得稳岗补贴。",
    "%s位于墨玉县工业园区。",
    "%s在英吉沙县开办了卫星工厂。",
    "各乡镇要高度重视，落实工作责任。",
    "甘南州组织富余劳动力赴%s务工。",
    "甘南州组织富余劳动力赴%s务工。",
    "%s、%s和%s的负责人出席会议。",
  };
  private static final Pattern DENIAL = Pattern.compile("从未|不存在|否认|没有|未曾|并非|不涉及");

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void everyItemQuotesItsExactSourceSpanAndNoDenialIsGradedAOrB(long seed) {
    Random random = new Random(seed);
    StringBuilder doc = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      for (int s = 0; s < 1 + random.nextInt(4); s++) {
        String template = SENTENCES[random.nextInt(SENTENCES.length)];
        Object[] names = new Object[3];
        for (int i = 0; i < 3; i++) names[i] = COMPANIES[random.nextInt(COMPANIES.length)];
        doc.append(String.format(template, names));
      }
      doc.append("\n\n");
    }
    Fixture f =
        Fixture.indented("\u3000 ", doc.toString())
            .termIfPresent("墨玉县", Category.XINJIANG_PLACE, Specificity.HIGH)
            .termIfPresent("和田地区", Category.XINJIANG_PLACE, Specificity.HIGH)
            .termIfPresent("英吉沙县", Category.XINJIANG_PLACE, Specificity.HIGH)
            .termIfPresent("富余劳动力", Category.SURPLUS_LABOUR, Specificity.HIGH)
            .termIfPresent("新疆籍务工人员", Category.ETHNIC_MINORITY_WORKERS, Specificity.HIGH)
            .termIfPresent("劳动力转移", Category.LABOUR_TRANSFER, Specificity.MEDIUM)
            .termIfPresent("稳岗补贴", Category.SUBSIDY, Specificity.LOW)
            .termIfPresent("卫星工厂", Category.POVERTY_ALLEVIATION, Specificity.HIGH);
    List<Mention> mentions = f.mentions();
    List<String> names =
        new CompanyNameResolver()
            .resolve(f.text(), mentions).companies().stream().map(c -> c.name()).toList();
    List<EvidenceItem> items = f.link();
    String source = f.document().text();
    boolean anchored = Pattern.compile("墨玉县|和田地区|英吉沙县|新疆籍").matcher(doc).find();
    for (EvidenceItem item : items) {
      assertThat(source.substring(item.start(), item.end())).isEqualTo(item.quote());
      assertThat(item.quote().length()).isLessThanOrEqualTo(300);
      assertThat(names).contains(item.company());
      if (item.grade() == Grade.A || item.grade() == Grade.B)
        assertThat(DENIAL.matcher(item.quote()).find())
            .as("denial graded %s: %s", item.grade(), item.quote())
            .isFalse();
      if (!anchored) assertThat(item.grade()).as(item.quote()).isIn(Grade.C, Grade.E);
    }
    assertThat(items).isSortedAccordingTo((a, b) -> a.grade().compareTo(b.grade()));
    assertThat(mentions)
        .allSatisfy(
            m -> {
              assertThat(f.text().text().substring(m.normalizedStart(), m.normalizedEnd()))
                  .isEqualTo(m.text());
              assertThat(source.substring(m.start(), m.end())).isEqualTo(m.text());
            });
    assertThat(mentions.stream().filter(m -> m.kind() == EntityKind.COMPANY).map(Mention::text))
        .allMatch(t -> List.of(COMPANIES).contains(t));
  }
}

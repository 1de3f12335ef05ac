package org.zhengju.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;

class QuantityTaggerTest {
  private final QuantityTagger tagger = new QuantityTagger();

  private static NormalizedText identity(String s) {
    return new NormalizedText(s, s, OffsetMap.identity(s.length()));
  }

  // expected values worked out by hand from the text, not by the code
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "转移就业247.6万人次|PERSONS|2476000|万人次|-|-|4|12",
        "有组织转移就业47238人|PERSONS|47238|人|-|-|7|13",
        "吸纳1.2万人|PERSONS|12000|万人|-|-|2|7",
        "招收一百二十名|PERSONS|120|名|-|-|2|7",
        "两万人|PERSONS|20000|万人|-|-|0|3",
        "计划接收我县农村富余劳动力二百名|PERSONS|200|名|-|-|13|16",
        "5000余人|PERSONS|5000|人|余|-|0|6",
        "近千人|PERSONS|1000|千人|近|-|0|3",
        "共120户|PERSONS|120|户|共|-|0|5",
        "累计转移12万余人|PERSONS|120000|万人|余|-|4|9",
        "约3000人左右|PERSONS|3000|人|左右|-|0|8",
        "超过1000人|PERSONS|1000|人|超过|-|0|7",
        "100人以上|PERSONS|100|人|以上|-|0|6",
        "逾5万人次|PERSONS|50000|万人次|逾|-|0|5",
        "１２０人|PERSONS|120|人|-|-|0|4",
        "二〇一九年招收300人|PERSONS|300|人|-|-|7|11",
        "1.5万户|PERSONS|15000|万户|-|-|0|5",
        "一千零五名|PERSONS|1005|名|-|-|0|5",
        "补助1,234,567.00元|MONEY|1234567|元|-|-|2|15",
        "给予10万元工作经费补助|MONEY|100000|万元|-|-|2|6",
        "投资3亿元|MONEY|300000000|亿元|-|-|2|5",
        "5千元|MONEY|5000|千元|-|-|0|3",
        "1000多万元|MONEY|10000000|万元|多|-|0|7",
        "三千多万元|MONEY|30000000|万元|多|-|0|5",
        "壹仟贰佰元|MONEY|1200|元|-|-|0|5",
        "2.6万亿元|MONEY|2600000000000|万亿元|-|-|0|6",
        "补贴2000元/人|PER_PERSON_RATE|2000|元/人|-|-|2|9",
        "300元/人·月|PER_PERSON_RATE|300|元/人·月|-|月|0|8",
        "每人每月300元|PER_PERSON_RATE|300|元|-|月|0|8",
        "按每人1500元的标准|PER_PERSON_RATE|1500|元|-|-|1|8",
        "每人每年补贴5000元|PER_PERSON_RATE|5000|元|-|年|0|11",
        "1500元/人/月|PER_PERSON_RATE|1500|元/人/月|-|月|0|9",
        "转移就业,1200人|PERSONS|1200|人|-|-|5|10",
        "2019年,1,200人|PERSONS|1200|人|-|-|6|12",
        "逾万人|PERSONS|10000|万人|逾|-|0|3"
      })
  void tagsOneQuantity(
      String text,
      QuantityKind kind,
      String value,
      String unit,
      String qualifier,
      String period,
      int start,
      int end) {
    List<Quantity> found = tagger.tag(identity(text));
    assertThat(found).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q.kind()).isEqualTo(kind);
    assertThat(q.value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(q.unit()).isEqualTo(unit);
    assertThat(q.qualifier().orElse(null)).isEqualTo(qualifier);
    assertThat(q.period().orElse(null)).isEqualTo(period);
    assertThat(List.of(q.normalizedStart(), q.normalizedEnd(), q.start(), q.end()))
        .containsExactly(start, end, start, end);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019年",
        "2019年3月15日",
        "二〇一九年三月",
        "完成目标任务的100.85%",
        "占比30%的人",
        "前五名客户合计销售额",
        "前十名股东",
        "千人计划",
        "统一名称",
        "一人就业、全家脱贫",
        "100人民币",
        "100美元",
        "运价100元/吨",
        "第一名",
        "十四五期间",
        "粉碎“四人帮”"
      })
  void tagsNothingInYearsDatesPercentagesAndLookAlikes(String text) {
    assertThat(tagger.tag(identity(text))).isEmpty();
  }

  @Test
  void tagsSeveralQuantitiesInOrder() {
    //          0         1         2
    //          0123456789012345678901234567
    String s = "2019年转移3200人,每人每月补贴500元,共计160万元";
    List<Quantity> found = tagger.tag(identity(s));
    assertThat(found)
        .extracting(
            q -> q.kind() + ":" + q.value().toPlainString() + "@" + q.start() + "-" + q.end())
        .containsExactly("PERSONS:3200@7-12", "PER_PERSON_RATE:500@13-23", "MONEY:1600000@24-31");
  }

  @Test
  void mapsOffsetsBackToTheSource() {
    String source = "吸纳  1.2万人";
    String normalized = "吸纳 1.2万人";
    OffsetMap.Builder b = new OffsetMap.Builder(normalized.length());
    b.add(0, 1).add(1, 2).add(2, 4);
    for (int i = 4; i < source.length(); i++) b.add(i, i + 1);
    List<Quantity> found =
        tagger.tag(new NormalizedText(normalized, normalized, b.build(source.length())));
    assertThat(found).hasSize(1);
    Quantity q = found.get(0);
    assertThat(List.of(q.normalizedStart(), q.normalizedEnd(), q.start(), q.end()))
        .containsExactly(3, 8, 4, 9);
    assertThat(source.substring(q.start(), q.end())).isEqualTo("1.2万人");
  }
}

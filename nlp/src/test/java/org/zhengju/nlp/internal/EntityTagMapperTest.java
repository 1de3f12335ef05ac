package org.zhengju.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;

class EntityTagMapperTest {
  private final EntityTagMapper mapper = new EntityTagMapper("corenlp");

  private static NormalizedText identity(String text) {
    return new NormalizedText(text, text, OffsetMap.identity(text.length()));
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource({
    // tag, text, entity length, expected kind, expected mention text
    "ORGANIZATION, 喀什中兴手套有限公司, 10, COMPANY, 喀什中兴手套有限公司",
    "ORGANIZATION, 华锦制衣务工, 2, COMPANY, 华锦制衣",
    "ORGANIZATION, 青岚纺织有限公司在, 2, COMPANY, 青岚纺织有限公司",
    "ORGANIZATION, 墨玉县人社局, 6, GOVERNMENT_BODY, 墨玉县人社局",
    "ORGANIZATION, 新疆和田地区墨玉县人民政府, 13, GOVERNMENT_BODY, 新疆和田地区墨玉县人民政府",
    "ORGANIZATION, 伊犁哈萨克自治州, 8, PLACE, 伊犁哈萨克自治州",
    "ORGANIZATION, 中国红十字会, 6, ORGANIZATION, 中国红十字会",
    "ORGANIZATION, 中央财政科技支出, 4, ORGANIZATION, 中央财政",
    "ORGANIZATION, 二十国集团, 5, ORGANIZATION, 二十国集团",
    "ORGANIZATION, 中央财政科技, 6, ORGANIZATION, 中央财政科技",
    "ORGANIZATION, 国家电网有限公司, 8, COMPANY, 国家电网有限公司",
    "GPE, 疏附县, 3, PLACE, 疏附县",
    "LOCATION, 阿克苏, 3, PLACE, 阿克苏",
    "STATE_OR_PROVINCE, 江苏省, 3, PLACE, 江苏省",
    "CITY, 南通市, 3, PLACE, 南通市",
    "PERSON, 王建国, 3, PERSON, 王建国",
    "PERSON, 人社局, 3, GOVERNMENT_BODY, 人社局",
    "MISC, Huafu Fashion Co. 在, 16, COMPANY, Huafu Fashion Co.",
  })
  void mapsTagsToKindsAndExtendsOverCompanyWords(
      String tag, String text, int length, EntityKind kind, String mentionText) {
    Optional<Mention> mention =
        mapper.toMention(
            new RawEntity(tag, 0, length), new TextChunk(0, text.length()), identity(text));
    assertThat(mention)
        .contains(
            new Mention(
                kind,
                mentionText,
                0,
                mentionText.length(),
                0,
                mentionText.length(),
                Optional.empty(),
                "corenlp"));
  }

  @ParameterizedTest
  @CsvSource({"MISC, 120", "MISC, 第三", "DATE, 3月5日", "TITLE, 局长", "NUMBER, 120", "O, 务工"})
  void dropsTagsTheLibraryDoesNotUse(String tag, String text) {
    assertThat(
            mapper.toMention(
                new RawEntity(tag, 0, text.length()),
                new TextChunk(0, text.length()),
                identity(text)))
        .isEmpty();
  }

  @Test
  void neverExtendsPastTheEndOfTheChunk() {
    String text = "华锦制衣务工";
    assertThat(
            mapper.toMention(
                new RawEntity("ORGANIZATION", 0, 2), new TextChunk(0, 2), identity(text)))
        .contains(
            new Mention(EntityKind.ORGANIZATION, "华锦", 0, 2, 0, 2, Optional.empty(), "corenlp"));
  }

  @Test
  void addsTheChunkStartAndMapsToSourceOffsetsThroughANonIdentityMap() {
    // source "【页眉】赴华锦制衣务工": the 4-character running header was dropped by normalization
    String normalized = "赴华锦制衣务工";
    OffsetMap.Builder map = new OffsetMap.Builder(normalized.length());
    for (int i = 0; i < normalized.length(); i++) map.add(i + 4, i + 5);
    NormalizedText text =
        new NormalizedText(normalized, normalized, map.build(4 + normalized.length()));

    Optional<Mention> mention =
        mapper.toMention(
            new RawEntity("ORGANIZATION", 0, 2), new TextChunk(1, normalized.length()), text);

    assertThat(mention)
        .contains(new Mention(EntityKind.COMPANY, "华锦制衣", 5, 9, 1, 5, Optional.empty(), "corenlp"));
  }

  @Test
  void quotesTheOriginalScriptWhileMatchingTheSimplifiedFold() {
    NormalizedText text = new NormalizedText("赴華錦製衣務工", "赴华锦制衣务工", OffsetMap.identity(7));
    assertThat(mapper.toMention(new RawEntity("ORGANIZATION", 1, 3), new TextChunk(0, 7), text))
        .contains(new Mention(EntityKind.COMPANY, "華錦製衣", 1, 5, 1, 5, Optional.empty(), "corenlp"));
  }
}

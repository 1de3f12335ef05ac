package org.zhengju.nlp.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.Mention;
import org.zhengju.normalize.NormalizedText;

/**
 * Turns CoreNLP entities found in a chunk into {@link Mention}s in document coordinates, deciding
 * the kind.
 *
 * <p>The Chinese model (chinese.misc.distsim) emits ORGANIZATION, GPE, LOCATION, PERSON and MISC
 * (MISC also covers ordinals and numbers). It often tags only the trade name of a company and
 * leaves the trade word outside ({@code 华锦/ORGANIZATION 制衣/O}), so an organisation directly
 * followed by a company-like word is extended over it, unless it is an organ of the state ({@code
 * 中央财政|科技支出} is spending, not a company). An organisation is a company when it ends with a
 * company-like word, a government body when it ends with a government-like word, a place when it
 * ends with an administrative unit (自治州, 县), else an organisation. The model sometimes tags a
 * bureau as a person ({@code 人社局}); a "person" with such an ending is treated as the body. MISC is
 * kept only for Latin company names ("… Co.").
 */
public final class EntityTagMapper {
  /**
   * Words a trade name is followed by (华锦|制衣); on their own they do not make a company of a state
   * organ.
   */
  private static final List<String> TRADE_WORDS =
      List.of("制衣", "纺织", "服饰", "服装", "针织", "鞋业", "科技", "实业", "电子");

  private static final List<String> COMPANY_WORDS =
      List.of(
          "有限责任公司",
          "股份有限公司",
          "有限公司",
          "公司",
          "集团",
          "工厂",
          "厂",
          "合作社",
          "车间",
          "制衣",
          "纺织",
          "服饰",
          "服装",
          "针织",
          "鞋业",
          "科技",
          "实业",
          "电子",
          "Co.",
          "Co",
          "Ltd.",
          "Ltd",
          "Inc.",
          "Inc",
          "Company",
          "Corporation",
          "Group");
  private static final List<String> GOVERNMENT_WORDS =
      List.of("人民政府", "政府", "委员会", "办公室", "指挥部", "国资委", "党委", "局", "厅", "中心");
  private static final List<String> PLACE_WORDS =
      List.of("自治区", "自治州", "自治县", "地区", "省", "市", "县", "乡", "镇");
  private static final Set<String> PLACE_TAGS =
      Set.of("GPE", "LOCATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY", "LOC");

  /**
   * Organisations of the state, whose names a following trade word (中央财政|科技支出) does not continue.
   */
  private static final List<String> STATE_HINTS =
      List.of("中央", "国家", "国务院", "政府", "财政", "委员会", "党");

  /** Groups of states, not companies: 二十国集团 (G20), 七国集团. */
  private static final String STATES_GROUP = "国集团";

  private static final int MAX_EXTENSIONS = 3;

  private final String recognizer;

  /** A mapper that records {@code recognizer} as the source of every mention. */
  public EntityTagMapper(String recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * The mention for {@code entity} found in {@code chunk} of {@code text}, or empty when the tag is
   * not one the library uses.
   */
  public Optional<Mention> toMention(RawEntity entity, TextChunk chunk, NormalizedText text) {
    String match = text.matchText();
    int start = chunk.start() + entity.begin();
    int end = Math.min(chunk.start() + entity.end(), chunk.end());
    if (end <= start) return Optional.empty();
    Optional<EntityKind> kind = Optional.empty();
    switch (entity.tag()) {
      case "ORGANIZATION", "ORG" -> {
        if (STATE_HINTS.stream().noneMatch(match.substring(start, end)::contains))
          end = extendOverCompanyWords(match, end, chunk.end());
        kind = Optional.of(organisationKind(match.substring(start, end)));
      }
      case "MISC" -> {
        end = extendOverCompanyWords(match, end, chunk.end());
        if (endsWithAny(match.substring(start, end), COMPANY_WORDS))
          kind = Optional.of(EntityKind.COMPANY);
      }
      case "PERSON" -> kind = Optional.of(personKind(match.substring(start, end)));
      default -> {
        if (PLACE_TAGS.contains(entity.tag())) kind = Optional.of(EntityKind.PLACE);
      }
    }
    while (end > start && Character.isWhitespace(match.charAt(end - 1))) end--;
    if (kind.isEmpty() || end <= start) return Optional.empty();
    String name = text.text().substring(start, end);
    if (name.isBlank()) return Optional.empty();
    return Optional.of(
        new Mention(
            kind.get(),
            name,
            text.sourceStart(start),
            text.sourceEnd(end),
            start,
            end,
            Optional.empty(),
            recognizer));
  }

  private static EntityKind organisationKind(String name) {
    if (name.endsWith(STATES_GROUP)) return EntityKind.ORGANIZATION;
    boolean stateOrgan = STATE_HINTS.stream().anyMatch(name::contains);
    if (stateOrgan && endsWithAny(name, TRADE_WORDS))
      return EntityKind.ORGANIZATION; // 中央财政科技: spending
    if (endsWithAny(name, COMPANY_WORDS)) return EntityKind.COMPANY;
    if (endsWithAny(name, GOVERNMENT_WORDS)) return EntityKind.GOVERNMENT_BODY;
    if (endsWithAny(name, PLACE_WORDS))
      return EntityKind.PLACE; // the model tags 伊犁哈萨克自治州 as an organisation
    return EntityKind.ORGANIZATION;
  }

  private static EntityKind personKind(String name) {
    if (endsWithAny(name, GOVERNMENT_WORDS)) return EntityKind.GOVERNMENT_BODY;
    if (endsWithAny(name, COMPANY_WORDS) && name.length() > 2) return EntityKind.COMPANY;
    return EntityKind.PERSON;
  }

  /**
   * Extends {@code end} over company-like words that directly follow it, staying inside the chunk.
   */
  private static int extendOverCompanyWords(String match, int end, int limit) {
    for (int n = 0; n < MAX_EXTENSIONS; n++) {
      int next = end;
      for (String word : COMPANY_WORDS) {
        if (end + word.length() <= limit
            && match.startsWith(word, end)
            && wordEndsThere(match, end + word.length())) {
          next = end + word.length();
          break;
        }
      }
      if (next == end) break;
      end = next;
    }
    // "Huafu Fashion Co" is tagged without its abbreviation point
    boolean abbreviation =
        match.startsWith("Co", end - 2)
            || match.startsWith("Ltd", end - 3)
            || match.startsWith("Inc", end - 3);
    if (abbreviation && end < limit && match.charAt(end) == '.') end++;
    return end;
  }

  /**
   * A Latin suffix must not run into a longer word ("Co" in "Cotton"); Chinese words need no such
   * check.
   */
  private static boolean wordEndsThere(String match, int end) {
    if (end >= match.length() || end == 0) return true;
    char last = match.charAt(end - 1);
    return !(isLatinLetter(last) && isLatinLetter(match.charAt(end)));
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean endsWithAny(String name, List<String> words) {
    String trimmed = name.strip();
    for (String word : words) {
      if (trimmed.endsWith(word) && trimmed.length() > word.length()) return true;
    }
    return false;
  }
}

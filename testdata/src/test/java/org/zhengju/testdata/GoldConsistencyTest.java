package org.zhengju.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks that the hand-written gold files agree with the documents they describe. */
class GoldConsistencyTest {
  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile("^(?:股份有限公司|有限责任公司|有限公司|集团|公司|厂|分公司|合作社)");
  private static final Map<String, String> FOLDED = new HashMap<>();

  @BeforeAll
  static void readCorpus() throws IOException {
    for (String source : allSources()) {
      FOLDED.put(source, CorpusText.fold(CorpusText.of(source)));
    }
  }

  static List<GoldLink> links() throws IOException {
    return TestCorpus.links();
  }

  static List<GoldNonLink> nonLinks() throws IOException {
    return TestCorpus.nonLinks();
  }

  static List<GoldAlias> aliases() throws IOException {
    return TestCorpus.aliases();
  }

  static List<GoldMention> mentions() throws IOException {
    return TestCorpus.mentions();
  }

  @ParameterizedTest
  @MethodSource("links")
  void quoteFragmentAndCompanyOccurInTheNamedSource(GoldLink link) throws IOException {
    String text = textOf(link.source());
    assertThat(text)
        .as("quote fragment in %s", link.source())
        .contains(CorpusText.fold(link.quoteFragment()));
    assertThat(text).as("company in %s", link.source()).contains(CorpusText.fold(link.company()));
  }

  @ParameterizedTest
  @MethodSource("nonLinks")
  void nonLinkCompanyOccursInItsSource(GoldNonLink nonLink) throws IOException {
    assertThat(textOf(nonLink.source())).contains(CorpusText.fold(nonLink.company()));
  }

  @ParameterizedTest
  @MethodSource("aliases")
  void aliasAndLegalNameBothOccurInTheSource(GoldAlias alias) throws IOException {
    String text = textOf(alias.source());
    assertThat(text)
        .contains(CorpusText.fold(alias.alias()))
        .contains(CorpusText.fold(alias.company()));
  }

  @ParameterizedTest
  @MethodSource("mentions")
  void mentionSurfaceOccursInItsSourceAndItsCompanyInTheCorpus(GoldMention mention)
      throws IOException {
    assertThat(mention.surface())
        .as("surface is written after NFKC")
        .isEqualTo(CorpusText.fold(mention.surface()));
    assertThat(textOf(mention.source()))
        .as("surface in %s", mention.source())
        .contains(mention.surface());
    String company = CorpusText.fold(mention.company());
    assertThat(FOLDED.values())
        .as("company %s named somewhere in the corpus", company)
        .anyMatch(text -> text.contains(company));
  }

  @Test
  void mentionsHaveOneRowPerSurfaceAndDocument() throws IOException {
    assertThat(mentions().stream().map(m -> m.source() + "\t" + m.surface()).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void mentionsCoverEveryCompanyAndAliasTheOtherGoldFilesNameInAnAnnotatedSource()
      throws IOException {
    Map<String, Set<String>> companiesBySource = new HashMap<>();
    Set<String> surfaceRows = new HashSet<>();
    for (GoldMention m : mentions()) {
      companiesBySource.computeIfAbsent(m.source(), k -> new HashSet<>()).add(m.company());
      surfaceRows.add(m.source() + "\t" + CorpusText.fold(m.surface()) + "\t" + m.company());
    }
    // Sources without mention rows (added to the corpus after mentions.tsv was written) are not
    // checked here.
    for (GoldLink link : links()) {
      if (companiesBySource.containsKey(link.source())) {
        assertThat(companiesBySource.get(link.source()))
            .as("mention of %s in %s", link.company(), link.source())
            .contains(link.company());
      }
    }
    for (GoldNonLink nonLink : nonLinks()) {
      if (companiesBySource.containsKey(nonLink.source())) {
        assertThat(companiesBySource.get(nonLink.source()))
            .as("mention of %s in %s", nonLink.company(), nonLink.source())
            .contains(nonLink.company());
      }
    }
    for (GoldAlias alias : aliases()) {
      assertThat(surfaceRows)
          .as("alias %s of %s in %s", alias.alias(), alias.company(), alias.source())
          .contains(
              alias.source() + "\t" + CorpusText.fold(alias.alias()) + "\t" + alias.company());
    }
  }

  @Test
  void noCompanyIsBothLinkedAndANonLink() throws IOException {
    Set<String> linked = links().stream().map(GoldLink::company).collect(Collectors.toSet());
    assertThat(nonLinks()).extracting(GoldNonLink::company).doesNotContainAnyElementsOf(linked);
  }

  @Test
  void eachCompanyHasOneGradeCeilingPerSourceAndNoDuplicateRows() throws IOException {
    List<String> keys =
        links().stream()
            .map(l -> l.company() + "\t" + l.source() + "\t" + l.quoteFragment())
            .toList();
    assertThat(keys).doesNotHaveDuplicates();
    Map<String, Set<GoldGrade>> gradesBySource = new HashMap<>();
    for (GoldLink link : links()) {
      gradesBySource
          .computeIfAbsent(link.company() + "\t" + link.source(), k -> new HashSet<>())
          .add(link.grade());
    }
    assertThat(gradesBySource.values()).allSatisfy(grades -> assertThat(grades).hasSize(1));
  }

  @Test
  void nerOnlyCompaniesNeverCarryALegalSuffixAnywhereInTheCorpus() throws IOException {
    List<GoldLink> nerOnly = links().stream().filter(GoldLink::nerOnly).toList();
    assertThat(nerOnly).isNotEmpty();
    for (GoldLink link : nerOnly) {
      for (Map.Entry<String, String> doc : FOLDED.entrySet()) {
        String text = doc.getValue();
        for (int at = text.indexOf(link.company());
            at >= 0;
            at = text.indexOf(link.company(), at + 1)) {
          String after = text.substring(at + link.company().length());
          assertThat(LEGAL_SUFFIX.matcher(after).find())
              .as("%s followed by a legal suffix in %s", link.company(), doc.getKey())
              .isFalse();
        }
      }
    }
  }

  @Test
  void everyQuerySourceExists() throws IOException {
    Set<String> sources = Set.copyOf(allSources());
    for (GoldQuery query : TestCorpus.queries()) {
      assertThat(query.expected()).as("expected hits of %s", query.query()).isNotEmpty();
      assertThat(sources)
          .as("sources of %s", query.query())
          .containsAll(query.expected())
          .containsAll(query.excluded());
    }
  }

  @Test
  void everyCorpusFileHasALineInTheReadme() throws IOException {
    String readme =
        Files.readString(TestCorpus.root().resolveSibling("README.md"), StandardCharsets.UTF_8);
    for (String source : allSources()) {
      assertThat(readme).as("README line for %s", source).contains(source);
    }
  }

  @Test
  void linksCoverEveryGradeOfTheContract() throws IOException {
    assertThat(links())
        .extracting(GoldLink::grade)
        .contains(GoldGrade.A, GoldGrade.B, GoldGrade.C, GoldGrade.D, GoldGrade.E);
  }

  private static String textOf(String source) {
    String text = FOLDED.get(source);
    assertThat(text).as("source %s exists in the corpus", source).isNotNull();
    return text;
  }

  /**
   * Every document: plain files, for archives every file member as {@code archive!/member}, for an
   * email the email and each attachment ({@code mail.eml!/name}), for a WARC each captured response
   * ({@code capture.warc.gz!/url}).
   */
  static List<String> allSources() throws IOException {
    Path root = TestCorpus.root();
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(".zip")) {
          for (String member : ArchiveMembers.fileNames(Files.readAllBytes(file))) {
            sources.add(relative + TestCorpus.ARCHIVE_SEPARATOR + member);
          }
        } else if (relative.endsWith(".eml")) {
          sources.add(relative);
          for (MailParts.Part part : MailParts.parse(Files.readAllBytes(file)).parts()) {
            part.fileName()
                .ifPresent(name -> sources.add(relative + TestCorpus.ARCHIVE_SEPARATOR + name));
          }
        } else if (relative.endsWith(".warc.gz")) {
          for (WarcRecords.Record record : WarcRecords.ofGzip(Files.readAllBytes(file))) {
            if (record.type().equals("response")) {
              sources.add(relative + TestCorpus.ARCHIVE_SEPARATOR + record.url().orElseThrow());
            }
          }
        } else {
          sources.add(relative);
        }
      }
    }
    return sources;
  }
}

package org.zhengju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.testdata.TestCorpus;

/**
 * The CLI's machine interface as CLI-CONTRACT.md fixes it: JSON shapes on stdout and exit codes.
 */
class CliContractTest {
  @TempDir static Path index;
  static JsonNode ingest;
  static int ingestExit;

  @BeforeAll
  static void ingestCorpus() throws Exception {
    CliRun run =
        CliRun.of(
            "ingest",
            TestCorpus.root().toString(),
            "--index",
            index.toString(),
            "--json",
            "--ner",
            "off");
    ingestExit = run.exitCode();
    ingest = run.json();
  }

  @Test
  void ingestReportsContractKeysAndOneOutcomePerDocument() {
    assertThat(ingestExit).as("exit code").isIn(0, 1);
    for (String key :
        List.of("files", "documents", "skipped", "failed", "passages", "companies", "elapsedMs"))
      assertThat(ingest.has(key)).as("key " + key).isTrue();
    assertThat(ingest.get("files").asInt()).isGreaterThanOrEqualTo(15);
    assertThat(ingest.get("documents").asInt())
        .isGreaterThan(ingest.get("files").asInt() - ingest.get("failed").size());
    assertThat(ingest.get("passages").asInt()).isPositive();
    assertThat(ingest.get("companies").asInt()).isPositive();
    ingest.get("failed").forEach(f -> assertThat(f.get("reason").asText()).isNotBlank());
    assertThat(ingestExit == 1).isEqualTo(ingest.get("failed").size() > 0);
  }

  @Test
  void reingestSkipsEverythingAlreadyIndexed() throws Exception {
    CliRun again =
        CliRun.of(
            "ingest",
            TestCorpus.root().toString(),
            "--index",
            index.toString(),
            "--json",
            "--ner",
            "off");
    JsonNode j = again.json();
    assertThat(j.get("documents").asInt()).isZero();
    assertThat(j.get("skipped").asInt()).isEqualTo(ingest.get("documents").asInt());
  }

  @Test
  void searchReturnsHitsWithSourcePageSnippetAndOffsets() throws Exception {
    CliRun run = CliRun.of("search", "劳动力", "--index", index.toString(), "--limit", "5", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode j = run.json();
    assertThat(j.get("query").asText()).isEqualTo("劳动力");
    assertThat(j.get("total").asLong()).isPositive();
    assertThat(j.get("hits").size()).isBetween(1, 5);
    for (JsonNode h : j.get("hits")) {
      for (String key : List.of("source", "sha256", "page", "score", "snippet", "start", "end"))
        assertThat(h.has(key)).as("hit key " + key).isTrue();
      assertThat(h.get("snippet").asText()).contains("<em>");
      assertThat(h.get("sha256").asText()).matches("[0-9a-f]{64}");
      assertThat(h.get("end").asInt()).isGreaterThan(h.get("start").asInt());
    }
  }

  @Test
  void companiesListOnlyGradesAToCWithCitableEvidence() throws Exception {
    CliRun run = CliRun.of("companies", "--index", index.toString(), "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode companies = run.json().get("companies");
    assertThat(companies.size()).isPositive();
    for (JsonNode c : companies) {
      assertThat(c.get("grade").asText()).isIn("A", "B", "C");
      assertThat(c.get("aliases").isArray()).isTrue();
      assertThat(c.get("evidence").size()).isPositive();
      for (JsonNode e : c.get("evidence")) {
        for (String key :
            List.of("source", "sha256", "page", "start", "end", "quote", "categories", "grade"))
          assertThat(e.has(key)).as("evidence key " + key).isTrue();
        assertThat(e.get("quote").asText()).isNotBlank();
      }
    }
    CliRun all = CliRun.of("companies", "--index", index.toString(), "--json", "--all");
    assertThat(all.json().get("companies").size()).isGreaterThanOrEqualTo(companies.size());
  }

  @Test
  void companiesAllListsTheSupplyChainCompanyWithItsCounterparty() throws Exception {
    JsonNode linked =
        CliRun.of("companies", "--index", index.toString(), "--json").json().get("companies");
    for (JsonNode c : linked) assertThat(c.get("name").asText()).isNotEqualTo("金帆服饰股份有限公司");
    JsonNode all =
        CliRun.of("companies", "--index", index.toString(), "--json", "--all")
            .json()
            .get("companies");
    JsonNode jinfan = null;
    for (JsonNode c : all) if (c.get("name").asText().equals("金帆服饰股份有限公司")) jinfan = c;
    assertThat(jinfan).as("金帆服饰股份有限公司 in companies --all").isNotNull();
    assertThat(jinfan.get("grade").asText()).isEqualTo("D");
    List<String> counterparties = new ArrayList<>();
    for (JsonNode e : jinfan.get("evidence")) {
      assertThat(e.get("grade").asText()).isEqualTo("D");
      assertThat(e.get("quote").asText()).contains(e.get("counterparty").asText());
      counterparties.add(e.get("counterparty").asText());
    }
    assertThat(counterparties).containsExactlyInAnyOrder("青岚纺织科技有限公司", "新疆天棉棉业有限公司");
    for (JsonNode c : all)
      for (JsonNode e : c.get("evidence"))
        if (!e.get("grade").asText().equals("D")) assertThat(e.has("counterparty")).isFalse();
  }

  @Test
  void dossierOfAListedCompanyIsFoundByAnyAlias() throws Exception {
    JsonNode companies =
        CliRun.of("companies", "--index", index.toString(), "--json").json().get("companies");
    JsonNode withAlias = null;
    for (JsonNode c : companies) if (c.get("aliases").size() > 0) withAlias = c;
    assertThat(withAlias).as("a linked company with an alias").isNotNull();
    String alias = withAlias.get("aliases").get(0).asText();
    CliRun run = CliRun.of("dossier", alias, "--index", index.toString(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.json().get("company").get("name").asText())
        .isEqualTo(withAlias.get("name").asText());
  }

  @Test
  void verifyReFindsEveryQuoteOnAnUntouchedCorpus() throws Exception {
    CliRun run = CliRun.of("verify", "--index", index.toString(), "--json");
    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
    assertThat(run.json().get("quotes").asInt()).isPositive();
    assertThat(run.json().get("mismatches").size()).isZero();
  }

  @Test
  void verifyExitsFourWhenASourceFileChanged(@TempDir Path tmp) throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Path notice = corpus.resolve("notice.txt");
    Files.writeString(notice, "墨玉县人力资源和社会保障局通知：组织第三批农村富余劳动力120人赴青松制衣有限公司务工，实行集中食宿、封闭式管理。\n");
    Path idx = tmp.resolve("idx");
    assertThat(
            CliRun.of("ingest", corpus.toString(), "--index", idx.toString(), "--ner", "off")
                .exitCode())
        .isZero();
    Files.writeString(notice, "这份文件已被修改。\n");
    CliRun run = CliRun.of("verify", "--index", idx.toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    List<CliRun> runs = new ArrayList<>();
    runs.add(CliRun.of("search", "--index", index.toString()));
    runs.add(CliRun.of("ingest", "/nonexistent-path", "--index", index.toString()));
    runs.add(CliRun.of("companies", "--index", index.toString(), "--bogus"));
    runs.add(CliRun.of("dossier", "不存在的公司", "--index", index.toString()));
    runs.add(CliRun.of("dossier", "x", "--index", index.toString(), "--format", "pdf"));
    runs.add(CliRun.of("search", "\"unbalanced", "--index", index.toString()));
    for (CliRun run : runs) {
      assertThat(run.exitCode()).as(run.stderr()).isEqualTo(2);
      assertThat(run.errLines()).as(run.stderr()).hasSize(1);
      assertThat(run.stdout()).isEmpty();
    }
  }

  @Test
  void aMissingIndexIsAnEnvironmentErrorNotACrash(@TempDir Path tmp) {
    CliRun run = CliRun.of("search", "新疆", "--index", tmp.resolve("nothing-here").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).singleElement().asString().contains("no index at");
  }

  @Test
  void badFilesAreRecordedAndTheRunGoesOn(@TempDir Path tmp) throws Exception {
    Path corpus = tmp.resolve("mixed");
    Files.createDirectories(corpus);
    Files.write(corpus.resolve("empty.pdf"), new byte[0]);
    Files.write(corpus.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes());
    Files.writeString(corpus.resolve("good.txt"), "和田地区组织富余劳动力转移就业。\n");
    CliRun run =
        CliRun.of(
            "ingest",
            corpus.toString(),
            "--index",
            tmp.resolve("idx").toString(),
            "--json",
            "--ner",
            "off");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode j = run.json();
    assertThat(j.get("documents").asInt()).isEqualTo(1);
    assertThat(j.get("failed").size()).isEqualTo(2);
    assertThat(j.get("failed").findValuesAsText("source"))
        .containsExactlyInAnyOrder("empty.pdf", "truncated.pdf");
  }

  @Test
  void aUserLexiconAddsTermsBesideTheBuiltInOne(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("c"));
    Files.writeString(corpus.resolve("note.txt"), "和田地区为每名学员发放青苗务工券，用于赴内地务工交通。\n");
    Path lexicon = tmp.resolve("mine.tsv");
    Files.writeString(
        lexicon,
        "# my terms\nterm\ttraditional\tenglish\tcategory\tsubcategory\tspecificity\tnote\n"
            + "青苗务工券\t青苗務工券\tseedling work voucher\tSUBSIDY\t\tH\tinvented for this test\n");
    Path idx = tmp.resolve("idx");
    assertThat(
            CliRun.of(
                    "ingest",
                    corpus.toString(),
                    "--index",
                    idx.toString(),
                    "--ner",
                    "off",
                    "--lexicon",
                    lexicon.toString())
                .exitCode())
        .isZero();
    JsonNode hits =
        CliRun.of("search", "category:SUBSIDY", "--index", idx.toString(), "--json").json();
    assertThat(hits.get("total").asInt()).isEqualTo(1);
    Path idx2 = tmp.resolve("idx2");
    CliRun.of("ingest", corpus.toString(), "--index", idx2.toString(), "--ner", "off");
    assertThat(
            CliRun.of("search", "category:SUBSIDY", "--index", idx2.toString(), "--json")
                .json()
                .get("total")
                .asInt())
        .as("without the user lexicon the invented term is not a subsidy")
        .isZero();
  }

  @Test
  void aMalformedUserLexiconIsAUsageErrorNamingFileAndLine(@TempDir Path tmp) throws Exception {
    Path lexicon = tmp.resolve("bad.tsv");
    Files.writeString(lexicon, "青苗务工券\t\tvoucher\tNOT_A_CATEGORY\t\tH\t\n");
    CliRun run =
        CliRun.of(
            "ingest",
            TestCorpus.root().toString(),
            "--index",
            tmp.resolve("i").toString(),
            "--ner",
            "off",
            "--lexicon",
            lexicon.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("bad.tsv:1")
        .contains("NOT_A_CATEGORY");
  }

  @Test
  void withOcrOffAScannedNoticeIsPartialWithAReason(@TempDir Path tmp) throws Exception {
    Path scan = TestCorpus.file("notices/luopu_transfer_notice_2019_scan.pdf");
    CliRun run =
        CliRun.of(
            "ingest",
            scan.toString(),
            "--index",
            tmp.resolve("i").toString(),
            "--ner",
            "off",
            "--ocr",
            "off",
            "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode partial = run.json().get("partial");
    assertThat(partial.size()).isEqualTo(1);
    assertThat(partial.get(0).get("reason").asText()).contains("no text layer");
  }
}

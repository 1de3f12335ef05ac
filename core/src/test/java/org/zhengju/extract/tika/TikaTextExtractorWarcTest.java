package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.tika.FormatFixtures.Capture;

/** WARC web captures: each page response its own document named by URL, with capture time. */
class TikaTextExtractorWarcTest {

  private static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();

  private static final String NEWS = "http://www.xjkashi.gov.cn/news/2020/0303/1.html?id=7";
  private static final String PDF = "http://www.xjkashi.gov.cn/files/notice.pdf";
  private static final String TEXT = "http://www.xjkashi.gov.cn/robots-notes.txt";

  @TempDir Path dir;

  private static byte[] gbkPage() {
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
            + "<title>喀什新闻</title></head><body><p>疏勒县组织富余劳动力赴内地务工。</p>"
            + "<p>镕基纺织公司接收。</p></body></html>")
        .getBytes(FormatFixtures.GBK);
  }

  private List<Capture> captures() throws IOException {
    byte[] pdf = Files.readAllBytes(Fixtures.simplePdf(dir.resolve("n.pdf"), "新政发〔2020〕16号"));
    return List.of(
        new Capture(NEWS, "2020-03-03T02:00:00Z", "200 OK", "text/html; charset=gb2312", gbkPage()),
        new Capture(
            "http://www.xjkashi.gov.cn/logo.png",
            "2020-03-03T02:00:01Z",
            "200 OK",
            "image/png",
            Fixtures.png(Fixtures.imageWithText("LOGO"))),
        new Capture(
            "http://www.xjkashi.gov.cn/missing.html",
            "2020-03-03T02:00:02Z",
            "404 Not Found",
            "text/html",
            FormatFixtures.utf8("<html><body>页面不存在</body></html>")),
        new Capture(PDF, "2020-03-03T02:00:03Z", "200 OK", "application/pdf", pdf),
        new Capture(
            TEXT,
            "2020-03-03T02:00:04Z",
            "200 OK",
            "text/plain; charset=utf-8",
            FormatFixtures.utf8("说明：本站转载。")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"capture.warc.gz", "capture.warc"})
  void eachPageResponseIsADocumentNamedByItsUrlWithItsCaptureTime(String name) throws IOException {
    List<Capture> captures = captures();
    Path file =
        Fixtures.write(dir.resolve(name), FormatFixtures.warc(captures, name.endsWith(".gz")));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "web/" + name);

    String container = "web/" + name;
    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly(container + "!/" + NEWS, container + "!/" + PDF, container + "!/" + TEXT);
    assertThat(outcomes).allSatisfy(o -> assertThat(((Extracted) o).partialReason()).isEmpty());

    ExtractedDocument news = Outcomes.extracted(outcomes, container + "!/" + NEWS).document();
    assertThat(news.mediaType()).isEqualTo("text/html");
    assertThat(news.sha256()).isEqualTo(Fixtures.sha256(gbkPage()));
    // 镕 is outside GB2312: decoded only because the declared gb2312 is read as GB18030, as for HTML
    // files.
    assertThat(news.text()).isEqualTo("疏勒县组织富余劳动力赴内地务工。\n镕基纺织公司接收。\n");
    assertThat(news.metadata().title()).contains("喀什新闻");
    assertThat(news.metadata().language()).contains("zh-Hans");
    assertThat(news.metadata().extra())
        .containsEntry("url", NEWS)
        .containsEntry("captureTime", "2020-03-03T02:00:00Z")
        .containsEntry("parentSource", container);

    ExtractedDocument pdf = Outcomes.extracted(outcomes, container + "!/" + PDF).document();
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    assertThat(pdf.sha256()).isEqualTo(Fixtures.sha256(captures.get(3).body()));
    assertThat(pdf.text()).isEqualTo("新政发〔2020〕16号\n");
    assertThat(pdf.metadata().extra())
        .containsEntry("url", PDF)
        .containsEntry("captureTime", "2020-03-03T02:00:03Z")
        .containsEntry("documentNumber", "新政发〔2020〕16号");

    ExtractedDocument text = Outcomes.extracted(outcomes, container + "!/" + TEXT).document();
    assertThat(text.text()).isEqualTo("说明：本站转载。\n");
    assertThat(text.metadata().extra()).containsEntry("captureTime", "2020-03-03T02:00:04Z");
  }

  @Test
  void pageCapturedTwiceIsNamedByItsCaptureTimeTheSecondTime() throws IOException {
    byte[] page = FormatFixtures.utf8("<html><body><p>第一版。</p></body></html>");
    byte[] later = FormatFixtures.utf8("<html><body><p>第二版。</p></body></html>");
    Path file =
        Fixtures.write(
            dir.resolve("twice.warc.gz"),
            FormatFixtures.warc(
                List.of(
                    new Capture(
                        NEWS, "2020-03-03T02:00:00Z", "200 OK", "text/html; charset=utf-8", page),
                    new Capture(
                        NEWS, "2021-05-01T08:00:00Z", "200 OK", "text/html; charset=utf-8", later)),
                true));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "twice.warc.gz");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly(
            "twice.warc.gz!/" + NEWS, "twice.warc.gz!/" + NEWS + "@2021-05-01T08:00:00Z");
    assertThat(
            Outcomes.extracted(outcomes, "twice.warc.gz!/" + NEWS + "@2021-05-01T08:00:00Z")
                .document()
                .text())
        .isEqualTo("第二版。\n");
  }

  @Test
  void resourceRecordOfAFetchedDocumentIsADocumentToo() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(FormatFixtures.warc(List.of(), true));
    byte[] text = FormatFixtures.utf8("资源记录：转移就业名单。");
    bytes.write(
        FormatFixtures.warcRecord(
            true, "resource", TEXT, "2020-03-04T05:06:07Z", "text/plain; charset=utf-8", text));
    bytes.write(
        FormatFixtures.warcRecord(
            true,
            "resource",
            "http://x.cn/shot.png",
            "2020-03-04T05:06:08Z",
            "image/png",
            new byte[] {1, 2, 3}));
    Path file = Fixtures.write(dir.resolve("resources.warc.gz"), bytes.toByteArray());

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "resources.warc.gz");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("resources.warc.gz!/" + TEXT);
    ExtractedDocument document =
        Outcomes.extracted(outcomes, "resources.warc.gz!/" + TEXT).document();
    assertThat(document.sha256()).isEqualTo(Fixtures.sha256(text));
    assertThat(document.text()).isEqualTo("资源记录：转移就业名单。\n");
    assertThat(document.metadata().extra())
        .containsEntry("url", TEXT)
        .containsEntry("captureTime", "2020-03-04T05:06:07Z");
  }

  @Test
  void truncatedWarcKeepsTheCapturesBeforeTheCutAndSaysItIsBroken() throws IOException {
    byte[] warc = FormatFixtures.warc(captures(), true);
    Path file = Fixtures.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length - 200));

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "cut.warc.gz");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("cut.warc.gz!/" + NEWS, "cut.warc.gz!/" + PDF, "cut.warc.gz");
    assertThat(Outcomes.failed(outcomes, "cut.warc.gz").reason())
        .startsWith("WARC file broken after 2 page captures (")
        .endsWith("): it may be truncated; the captures before the break were read");
  }

  @Test
  void warcWithoutPageCapturesIsOneFailureSayingSo() throws IOException {
    byte[] warc =
        FormatFixtures.warc(
            List.of(
                new Capture(
                    "http://x.cn/a.png",
                    "2020-03-03T02:00:00Z",
                    "200 OK",
                    "image/png",
                    new byte[] {1, 2})),
            false);
    Path file = Fixtures.write(dir.resolve("images.warc"), warc);

    List<ExtractionOutcome> outcomes = EXTRACTOR.extract(file, "images.warc");

    assertThat(outcomes).singleElement().isInstanceOf(Failed.class);
    assertThat(((Failed) outcomes.get(0)).reason())
        .isEqualTo("no HTML, PDF or text page captures (HTTP 2xx responses) in the WARC file");
  }

  @Test
  void capturesBeyondTheCountLimitAreCountedInOneFailure() throws IOException {
    Path file = Fixtures.write(dir.resolve("many.warc.gz"), FormatFixtures.warc(captures(), true));

    List<ExtractionOutcome> outcomes =
        new TikaTextExtractor(ExtractionSettings.defaults().withMaxEmbeddedCount(1))
            .extract(file, "many.warc.gz");

    assertThat(outcomes)
        .extracting(ExtractionOutcome::source)
        .containsExactly("many.warc.gz!/" + NEWS, "many.warc.gz");
    assertThat(Outcomes.failed(outcomes, "many.warc.gz").reason()).isEqualTo(Reasons.tooMany(1, 2));
  }
}

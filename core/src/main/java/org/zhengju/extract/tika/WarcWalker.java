package org.zhengju.extract.tika;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.ExtractionOutcome.Extracted;
import org.zhengju.extract.ExtractionOutcome.Failed;

/**
 * Reads a WARC web capture (plain or gzipped per record) so that each successful HTTP response (or
 * resource record) with an HTML, PDF or plain-text payload becomes a document of its own, with
 * source {@code capture.warc!/<url>} and metadata {@code url} and {@code captureTime} (the record's
 * WARC-Date) for citation.
 *
 * <p>Done here with jwarc rather than by Tika's WARC parser to name each page by its URL and keep
 * the capture time. Payloads go through the ordinary extraction, so an HTML page's charset is found
 * as for a saved HTML file. Requests, metadata records, redirects and error pages, images, scripts
 * and styles are not documents and are passed over. A capture taken twice is named {@code
 * <url>@<captureTime>} the second time so sources stay unique.
 */
final class WarcWalker {

  private static final Set<String> WARC_TYPES = Set.of("application/warc", "application/warc+gz");

  private static final Set<String> DOCUMENT_TYPES =
      Set.of("text/html", "application/xhtml+xml", "application/pdf", "text/plain");

  private final ExtractionRun run;

  WarcWalker(ExtractionRun run) {
    this.run = run;
  }

  /**
   * Whether a file detected as {@code mediaType} with source {@code source} is a WARC file; a
   * gzipped WARC is only known by its name, since its first bytes are those of any gzip file.
   */
  static boolean isWarc(String mediaType, String source) {
    if (WARC_TYPES.contains(mediaType)) return true;
    String name = source.toLowerCase(Locale.ROOT);
    return (mediaType.equals("application/gzip") || mediaType.equals("application/x-gzip"))
        && name.endsWith(".warc.gz");
  }

  /** Adds the outcomes of the page captures in {@code warc}, found at nesting {@code depth}. */
  void walk(Path warc, String source, String sha, int depth) {
    int maxDepth = run.settings().maxEmbeddedDepth();
    Set<String> names = new HashSet<>();
    int found = 0;
    int notRead = 0;
    try (WarcReader reader = new WarcReader(warc)) {
      // Lenient: real crawlers write headers that bend the spec; a broken record still stops the
      // walk.
      reader.setLenient(true);
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        if (!(next.get() instanceof WarcCaptureRecord capture) || !isDocument(capture)) continue;
        if (depth + 1 > maxDepth) {
          run.add(new Failed(source, Optional.of(sha), Reasons.tooDeep(maxDepth)));
          return;
        }
        found++;
        if (!run.claimEmbedded()) {
          notRead++;
          continue;
        }
        readCapture(capture, source, names, depth + 1);
      }
    } catch (IOException | RuntimeException e) {
      run.add(new Failed(source, Optional.of(sha), brokenWarc(e, found)));
      return;
    } finally {
      if (notRead > 0) {
        run.add(
            new Failed(
                source,
                Optional.of(sha),
                Reasons.tooMany(run.settings().maxEmbeddedCount(), notRead)));
      }
    }
    if (found == 0) run.add(new Failed(source, Optional.of(sha), noPages()));
  }

  private void readCapture(
      WarcCaptureRecord capture, String container, Set<String> names, int depth)
      throws IOException {
    String url = capture.target();
    String captureTime = capture.date().toString();
    String source = container + "!/" + (names.add(url) ? url : url + "@" + captureTime);
    int first = run.outcomeCount();
    try (InputStream in = payload(capture)) {
      run.extractEntry(in, source, depth);
    }
    Map<String, String> link =
        EmbeddedLinks.parent(container, Map.of("url", url, "captureTime", captureTime));
    WarcTruncationReason truncated = capture.truncated();
    run.updateSince(
        first, outcome -> truncatedByCrawler(EmbeddedLinks.withFields(outcome, link), truncated));
  }

  /** The crawler may have cut a payload (WARC-Truncated); the page's text is then partial. */
  private static ExtractionOutcome truncatedByCrawler(
      ExtractionOutcome outcome, WarcTruncationReason reason) {
    if (reason == WarcTruncationReason.NOT_TRUNCATED || !(outcome instanceof Extracted extracted))
      return outcome;
    String why =
        "payload truncated by the crawler (WARC-Truncated: "
            + reason.name().toLowerCase(Locale.ROOT)
            + ")";
    String partial = extracted.partialReason().map(r -> r + "; " + why).orElse(why);
    return new Extracted(extracted.document(), Optional.of(partial));
  }

  /**
   * The page's bytes: an HTTP response's body without transfer and content encodings, or a
   * resource's block.
   */
  private static InputStream payload(WarcCaptureRecord capture) throws IOException {
    return capture instanceof WarcResponse response
        ? response.http().bodyDecoded().stream()
        : capture.body().stream();
  }

  /**
   * Whether a record holds a page: an HTTP 2xx response, or a resource record (what some tools
   * write for a fetched document without its HTTP exchange), of an HTML, PDF or text type.
   */
  private static boolean isDocument(WarcCaptureRecord capture) throws IOException {
    MediaType type;
    if (capture instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) return false;
      int status = response.http().status();
      if (status < 200 || status >= 300) return false;
      type = response.http().contentType().base();
    } else if (capture instanceof WarcResource) {
      type = capture.contentType().base();
    } else {
      return false;
    }
    return DOCUMENT_TYPES.contains(type.toString().toLowerCase(Locale.ROOT));
  }

  private static String brokenWarc(Exception e, int found) {
    return "WARC file broken after "
        + found
        + " page captures ("
        + Reasons.brief(e)
        + "): it may be truncated; the captures before the break were read";
  }

  private static String noPages() {
    return "no HTML, PDF or text page captures (HTTP 2xx responses) in the WARC file";
  }
}

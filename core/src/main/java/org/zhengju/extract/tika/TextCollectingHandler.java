package org.zhengju.extract.tika;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import org.zhengju.document.PageSpan;

/**
 * Collects the body text of Tika's XHTML events, keeping paragraphs on their own lines and
 * recording where each {@code <div class="page">} starts and ends.
 *
 * <p>Tika's own {@code BodyContentHandler} would cut the text at 100,000 characters without saying
 * so and loses page boundaries; this handler stops at an explicit limit and remembers that it did.
 * One instance serves one parse (it is not thread-safe).
 */
final class TextCollectingHandler extends DefaultHandler {

  /** Elements after which the next text starts on a new line, so paragraphs and rows stay apart. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "tr",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "caption",
          "blockquote",
          "pre",
          "address",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "figure",
          "figcaption",
          "form",
          "fieldset",
          "hr",
          "main",
          "center");

  /** Elements whose content is not body text. */
  private static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "noscript");

  private final int maxCharacters;
  private final Optional<PdfColumnReader> columns;
  private int columnFailures;
  private final StringBuilder text = new StringBuilder();
  private final List<PageSpan> pages = new ArrayList<>();
  private final List<Integer> blankPages = new ArrayList<>();
  private int skipDepth;
  private int pageStart = -1;
  private int nestedDivs;
  private int cellsInRow;
  private boolean truncated;

  TextCollectingHandler(int maxCharacters) {
    this(maxCharacters, Optional.empty());
  }

  /**
   * A handler that asks {@code columns}, as each page ends, whether the page reads column by
   * column.
   */
  TextCollectingHandler(int maxCharacters, Optional<PdfColumnReader> columns) {
    this.maxCharacters = maxCharacters;
    this.columns = columns;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws WriteLimitReachedException {
    String name = elementName(localName, qName);
    if (SKIPPED.contains(name)) {
      skipDepth++;
      return;
    }
    if (skipDepth > 0) return;
    if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
      closePage(true);
      lineBreak();
      pageStart = text.length();
    } else if ("tr".equals(name)) {
      lineBreak();
      cellsInRow = 0;
    } else if ("td".equals(name) || "th".equals(name)) {
      if (cellsInRow++ > 0) append("\t");
    } else if (BLOCKS.contains(name)) {
      if ("div".equals(name) && pageStart >= 0) nestedDivs++;
      lineBreak();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName)
      throws WriteLimitReachedException {
    String name = elementName(localName, qName);
    if (SKIPPED.contains(name)) {
      skipDepth = Math.max(0, skipDepth - 1);
      return;
    }
    if (skipDepth > 0) return;
    if ("br".equals(name)) {
      append("\n");
    } else if ("div".equals(name) && pageStart >= 0) {
      // A page div may contain nested divs (annotations, form fields); only its own end closes the
      // page.
      lineBreak();
      if (nestedDivs == 0) closePage(true);
      else nestedDivs--;
      return;
    } else if (BLOCKS.contains(name)) {
      lineBreak();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws WriteLimitReachedException {
    if (skipDepth > 0) return;
    append(new String(ch, start, length));
  }

  /** Tika pads its XHTML with newlines here; line breaks come from the elements instead. */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {}

  /** Closes a page left open by a parse that stopped early. */
  void finish() {
    // The parse is over and its document closed: the page keeps its stream order.
    closePage(false);
  }

  String text() {
    return text.toString();
  }

  List<PageSpan> pages() {
    return List.copyOf(pages);
  }

  /** 1-based numbers of the pages that have no visible character. */
  List<Integer> blankPages() {
    return List.copyOf(blankPages);
  }

  boolean truncated() {
    return truncated;
  }

  /** How many pages PDFBox could not reread for their columns; they keep their stream order. */
  int columnFailures() {
    return columnFailures;
  }

  private void closePage(boolean documentOpen) {
    if (pageStart < 0) return;
    int number = pages.size() + 1;
    if (documentOpen && !truncated && columns.isPresent()) readColumns(number);
    pages.add(new PageSpan(number, pageStart, text.length()));
    if (text.substring(pageStart).isBlank()) blankPages.add(number);
    pageStart = -1;
    nestedDivs = 0;
  }

  private void readColumns(int number) {
    try {
      Optional<String> ordered = columns.get().columnText(number, text.substring(pageStart));
      if (ordered.isPresent() && pageStart + ordered.get().length() <= maxCharacters) {
        text.setLength(pageStart);
        text.append(ordered.get());
      }
    } catch (IOException | RuntimeException e) {
      // Tika has read this page already, so its stream-order text is kept; the count is reported
      // (PDFBox signals some damage with unchecked exceptions, which must not cost the page).
      columnFailures++;
    }
  }

  private void lineBreak() throws WriteLimitReachedException {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') append("\n");
  }

  private void append(String chars) throws WriteLimitReachedException {
    if (truncated) throw new WriteLimitReachedException(maxCharacters);
    int room = maxCharacters - text.length();
    if (chars.length() <= room) {
      text.append(chars);
      return;
    }
    int cut = room;
    // Never split a surrogate pair: half a character is not text.
    if (cut > 0 && Character.isHighSurrogate(chars.charAt(cut - 1))) cut--;
    text.append(chars, 0, cut);
    truncated = true;
    throw new WriteLimitReachedException(maxCharacters);
  }

  private static String elementName(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    int colon = name.indexOf(':');
    return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(java.util.Locale.ROOT);
  }
}

package org.zhengju.extract.tika;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's default HTML mapping plus the layout elements it drops ({@code div}, {@code br}, {@code
 * section} …), so that the text handler can end a line where the page visibly does. Without them
 * two {@code <div>} paragraphs of a government news page would run together into one line.
 */
final class BlockPreservingHtmlMapper extends DefaultHtmlMapper {

  private static final Set<String> KEPT =
      Set.of(
          "div",
          "br",
          "section",
          "article",
          "header",
          "footer",
          "nav",
          "aside",
          "main",
          "figure",
          "figcaption",
          "center",
          "hr",
          "address",
          "form",
          "fieldset");

  @Override
  public String mapSafeElement(String name) {
    String mapped = super.mapSafeElement(name);
    if (mapped != null) return mapped;
    String lower = name.toLowerCase(Locale.ROOT);
    return KEPT.contains(lower) ? lower : null;
  }
}

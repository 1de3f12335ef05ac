package org.zhengju.testdata.generate;

import java.util.List;
import java.util.Objects;

/**
 * Assembles a local-news style HTML page: head (optionally without any charset declaration),
 * navigation menu, breadcrumb, article, sidebar and footer, so that extraction has real boilerplate
 * to skip.
 */
record HtmlPage(
    String lang,
    String metaCharsetTag,
    String title,
    List<String> menu,
    String breadcrumb,
    String articleHtml,
    String sidebarHtml,
    String footerHtml) {

  HtmlPage {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(metaCharsetTag, "metaCharsetTag");
    Objects.requireNonNull(title, "title");
    menu = List.copyOf(menu);
    Objects.requireNonNull(breadcrumb, "breadcrumb");
    Objects.requireNonNull(articleHtml, "articleHtml");
    Objects.requireNonNull(sidebarHtml, "sidebarHtml");
    Objects.requireNonNull(footerHtml, "footerHtml");
  }

  /** Wraps each paragraph in {@code <p>} tags. */
  static String paragraphs(String... texts) {
    StringBuilder html = new StringBuilder();
    for (String text : texts) {
      html.append("      <p>").append(text).append("</p>\n");
    }
    return html.toString();
  }

  /** The page as HTML source. */
  String render() {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n");
    if (!metaCharsetTag.isEmpty()) {
      html.append("  ").append(metaCharsetTag).append('\n');
    }
    html.append("  <title>").append(title).append("</title>\n");
    html.append("  <link rel=\"stylesheet\" href=\"/css/main.css\">\n");
    html.append("  <script src=\"/js/jquery.min.js\"></script>\n</head>\n<body>\n");
    html.append("  <div class=\"nav\">\n    <ul>\n");
    for (String item : menu) {
      html.append("      <li><a href=\"#\">").append(item).append("</a></li>\n");
    }
    html.append("    </ul>\n  </div>\n");
    html.append("  <div class=\"crumb\">").append(breadcrumb).append("</div>\n");
    html.append("  <div class=\"main\">\n    <div class=\"article\">\n");
    html.append(articleHtml);
    html.append("    </div>\n    <div class=\"sidebar\">\n")
        .append(sidebarHtml)
        .append("    </div>\n  </div>\n");
    html.append("  <div class=\"footer\">\n").append(footerHtml).append("  </div>\n");
    html.append("  <script>var _hmt = _hmt || [];</script>\n</body>\n</html>\n");
    return html.toString();
  }
}

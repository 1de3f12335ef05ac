package org.zhengju.testdata.generate;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Writes an RFC 5322 / MIME email the way Chinese mail clients do: header words and the name of
 * each attachment as RFC 2047 encoded words in the body's charset, a base64 plain-text body with
 * its charset declared, and base64 attachments with both a {@code name} and a {@code filename}
 * parameter.
 */
record MimeMail(
    String from, String to, String subject, String date, String messageId, Charset charset) {
  private static final String BOUNDARY = "----=_Part_20200309_zhengju";

  /** A file attached to the message. */
  record Attachment(String name, String contentType, byte[] bytes) {
    Attachment {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(contentType, "contentType");
      bytes = bytes.clone();
    }
  }

  MimeMail {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(charset, "charset");
  }

  /** The message bytes (pure ASCII: every non-ASCII text is encoded). */
  byte[] render(String body, List<Attachment> attachments) throws CharacterCodingException {
    String mime = charset.name().toLowerCase(java.util.Locale.ROOT);
    StringBuilder mail = new StringBuilder();
    mail.append("From: ").append(words(from)).append("\r\n");
    mail.append("To: ").append(words(to)).append("\r\n");
    mail.append("Subject: ").append(encodedWord(subject)).append("\r\n");
    mail.append("Date: ").append(date).append("\r\n");
    mail.append("Message-ID: ").append(messageId).append("\r\n");
    mail.append("MIME-Version: 1.0\r\n");
    mail.append("X-Mailer: Foxmail 7.2.17\r\n");
    mail.append("Content-Type: multipart/mixed;\r\n\tboundary=\"")
        .append(BOUNDARY)
        .append("\"\r\n\r\n");
    mail.append("This is a multi-part message in MIME format.\r\n\r\n");
    mail.append("--").append(BOUNDARY).append("\r\n");
    mail.append("Content-Type: text/plain;\r\n\tcharset=\"").append(mime).append("\"\r\n");
    mail.append("Content-Transfer-Encoding: base64\r\n\r\n");
    mail.append(base64Lines(CorpusOutput.encodeStrictly(body, charset))).append("\r\n");
    for (Attachment attachment : attachments) {
      String name = encodedWord(attachment.name());
      mail.append("--").append(BOUNDARY).append("\r\n");
      mail.append("Content-Type: ")
          .append(attachment.contentType())
          .append(";\r\n\tname=\"")
          .append(name)
          .append("\"\r\n");
      mail.append("Content-Transfer-Encoding: base64\r\n");
      mail.append("Content-Disposition: attachment;\r\n\tfilename=\"")
          .append(name)
          .append("\"\r\n\r\n");
      mail.append(base64Lines(attachment.bytes())).append("\r\n");
    }
    mail.append("--").append(BOUNDARY).append("--\r\n");
    return mail.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A display name with address: the name part encoded when it is not ASCII. */
  private String words(String address) throws CharacterCodingException {
    int angle = address.indexOf('<');
    if (angle <= 0) return address;
    String name = address.substring(0, angle).strip();
    return encodedWord(name) + " " + address.substring(angle);
  }

  private String encodedWord(String text) throws CharacterCodingException {
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(text)) return text;
    return "=?"
        + charset.name()
        + "?B?"
        + Base64.getEncoder().encodeToString(CorpusOutput.encodeStrictly(text, charset))
        + "?=";
  }

  private static String base64Lines(byte[] bytes) {
    return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(bytes);
  }
}

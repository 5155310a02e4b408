package az.muraciet.notification;

/** A message ready to send. An SMS has only {@code text}; an e-mail has a subject, a plain-text and an HTML part. */
public record RenderedMessage(String subject, String text, String html) {
}

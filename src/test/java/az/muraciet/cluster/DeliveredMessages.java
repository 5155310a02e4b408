package az.muraciet.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The outbox references of the messages the test's SMS gateway and SMTP server received, to hold against the outbox. */
final class DeliveredMessages {

    private static final Pattern CLIENT_REFERENCE = Pattern.compile("\"clientReference\"\\s*:\\s*\"([^\"]+)\"");

    private DeliveredMessages() {
    }

    static Set<String> smsReferences(WireMockServer gateway) {
        Set<String> references = new HashSet<>();
        for (LoggedRequest request : gateway.findAll(postRequestedFor(urlEqualTo("/messages")))) {
            Matcher reference = CLIENT_REFERENCE.matcher(request.getBodyAsString());
            if (!reference.find()) {
                throw new AssertionError("an SMS without its reference: " + request.getBodyAsString());
            }
            references.add(reference.group(1));
        }
        return references;
    }

    static Set<String> emailReferences(GreenMail smtp) throws MessagingException {
        Set<String> references = new HashSet<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            references.add(message.getHeader("X-Muraciet-Reference", null));
        }
        return references;
    }
}

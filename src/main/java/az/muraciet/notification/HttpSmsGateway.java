package az.muraciet.notification;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * An SMS gateway of the kind Azerbaijani operators offer: a JSON POST with the sender name, the number without
 * '+', the text and our reference; the answer carries the provider's message id.
 */
class HttpSmsGateway implements SmsGateway {

    private final RestClient http;
    private final SmsGatewayProperties properties;

    HttpSmsGateway(SmsGatewayProperties properties) {
        this.properties = properties;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().baseUrl(properties.url()).requestFactory(requests)
                .defaultHeaders(headers -> headers.setBasicAuth(properties.username(), properties.password()))
                .build();
    }

    @Override
    public String send(String reference, String sender, String phoneE164, String text) {
        Answer answer = http.post().uri("/messages").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("from", sender, "to", phoneE164.replace("+", ""), "text", text,
                        "clientReference", reference))
                .retrieve().body(Answer.class);
        if (answer == null || answer.messageId() == null || answer.messageId().isBlank()) {
            throw new IllegalStateException("The SMS gateway answered without a message id");
        }
        return answer.messageId();
    }

    record Answer(String messageId) {
    }
}

package de.schulid.keycloak.country;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.keycloak.util.JsonSerialization;

/** Asks the app for a decision over HTTP (JSON in, JSON out). Any failure is an IOException. */
final class DecisionClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Decision(boolean isAllowed, String countryName) {}

    static Decision ask(String url, String secret, Duration timeout, Map<String, Object> body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + secret)
                .POST(HttpRequest.BodyPublishers.ofString(JsonSerialization.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) throw new IOException("decision endpoint answered " + response.statusCode());
        Map<?, ?> answer = JsonSerialization.readValue(response.body(), Map.class);
        Object decision = answer.get("decision");
        if (!"allow".equals(decision) && !"deny".equals(decision)) throw new IOException("decision endpoint gave no decision");
        Object countryName = answer.get("countryName");
        return new Decision("allow".equals(decision), countryName instanceof String name ? name : "?");
    }


    private DecisionClient() {}
}

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
    // HTTP/1.1: no h2c upgrade attempts against the app's plain-HTTP internal listener.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

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
            response = send(request);
            // An app instance shutting down answers 503 on a kept-alive connection: ask once more,
            // on a fresh connection (the load balancer sends it to another instance).
            if (response.statusCode() == 503) response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
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


    // One retry when a pooled connection was closed by the other side just as it was reused; never
    // after a timeout (the app may be overloaded, and the login must not wait twice as long).
    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private DecisionClient() {}
}

package de.schulid.keycloak.country;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Asks the app whether this user may go on from the request's client address: the same question for
 * a login (the authenticator) and a token refresh (the client-policy executor). The address is
 * Keycloak's view of the client, which takes X-Forwarded-For only from a trusted proxy. Any failure
 * to get an answer is an IOException: callers fail closed.
 */
final class CountryDecisions {
    // Every role a school's or a user's country list can name (app/access/roles.ts), platform-admin included.
    private static final List<String> LISTED_ROLES = List.of("pupil", "teacher", "school-admin", "researcher", "platform-admin");

    /** stage: "login" (an authentication) or "token" (tokens handed to a public client). */
    static DecisionClient.Decision ask(KeycloakSession session, RealmModel realm, ClientModel client, UserModel user, Map<String, String> config, String stage) throws IOException {
        String url = client.getAttribute(CountryCheckAuthenticatorFactory.CLIENT_DECISION_URL_ATTRIBUTE);
        if (url == null || url.isBlank()) url = config.get(CountryCheckAuthenticatorFactory.DECISION_URL);
        if (url == null || url.isBlank()) throw new IOException("no decision URL configured");

        Map<String, Object> body = new HashMap<>();
        body.put("userId", user.getId());
        body.put("roles", listedRoles(realm, user));
        body.put("schools", schoolsOf(session, user));
        body.put("ipAddress", session.getContext().getConnection().getRemoteAddr());
        body.put("clientId", client.getClientId());
        body.put("stage", stage);
        body.put("locale", session.getContext().resolveLocale(user).toLanguageTag());

        Duration timeout = Duration.ofMillis(Long.parseLong(config.getOrDefault(CountryCheckAuthenticatorFactory.TIMEOUT_MS, "3000")));
        return DecisionClient.ask(url, config.getOrDefault(CountryCheckAuthenticatorFactory.SHARED_SECRET, ""), timeout, body);
    }

    private static List<String> listedRoles(RealmModel realm, UserModel user) {
        return LISTED_ROLES.stream().filter(name -> {
            RoleModel role = realm.getRole(name);
            return role != null && user.hasRole(role);
        }).collect(Collectors.toList());
    }

    private static List<String> schoolsOf(KeycloakSession session, UserModel user) {
        OrganizationProvider organizations = session.getProvider(OrganizationProvider.class);
        if (organizations == null) return List.of();
        return organizations.getByMember(user).map(OrganizationModel::getAlias).collect(Collectors.toList());
    }

    private CountryDecisions() {}
}

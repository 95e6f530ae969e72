package de.schulid.keycloak.country;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Runs right after the user is known (password form, SSO cookie, or a brokered login) and before 2FA. Sends
 * the app the user's id, platform roles, school (organization alias) and the client address —
 * which Keycloak takes from X-Forwarded-For only when the request came through a trusted proxy
 * (proxy-trusted-addresses) — and refuses the login when the app says "deny". When the app cannot
 * be asked, the login is refused (fail closed) unless the execution's config says otherwise.
 */
public class CountryCheckAuthenticator implements Authenticator {
    private static final Logger LOG = Logger.getLogger(CountryCheckAuthenticator.class);
    // Every role a school's or a user's country list can name (app/auth/roles.ts), platform-admin included.
    private static final List<String> LISTED_ROLES = List.of("pupil", "teacher", "school-admin", "researcher", "platform-admin");

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        Map<String, String> config = configOf(context.getAuthenticatorConfig());
        ClientModel client = context.getAuthenticationSession().getClient();
        String url = client.getAttribute(CountryCheckAuthenticatorFactory.CLIENT_DECISION_URL_ATTRIBUTE);
        if (url == null || url.isBlank()) url = config.get(CountryCheckAuthenticatorFactory.DECISION_URL);
        boolean failClosed = !"false".equals(config.get(CountryCheckAuthenticatorFactory.FAIL_CLOSED));

        Map<String, Object> body = new HashMap<>();
        body.put("userId", user.getId());
        body.put("roles", listedRoles(context.getRealm(), user));
        body.put("schools", schoolsOf(context.getSession(), user));
        body.put("ipAddress", context.getConnection().getRemoteAddr());
        body.put("clientId", client.getClientId());
        body.put("locale", context.getSession().getContext().resolveLocale(user).toLanguageTag());

        try {
            if (url == null || url.isBlank()) throw new IOException("no decision URL configured");
            Duration timeout = Duration.ofMillis(Long.parseLong(config.getOrDefault(CountryCheckAuthenticatorFactory.TIMEOUT_MS, "3000")));
            DecisionClient.Decision decision = DecisionClient.ask(url, config.getOrDefault(CountryCheckAuthenticatorFactory.SHARED_SECRET, ""), timeout, body);
            if (decision.isAllowed()) {
                context.success();
            } else {
                context.getEvent().detail("reason", "country_not_allowed");
                refuse(context, "schulidCountryBlocked", decision.countryName());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("country check unavailable (%s): %s", failClosed ? "login refused" : "login allowed", e.toString());
            if (failClosed) {
                context.getEvent().detail("reason", "country_check_unavailable");
                refuse(context, "schulidCountryCheckUnavailable");
            } else {
                context.success();
            }
        }
    }

    private static void refuse(AuthenticationFlowContext context, String messageKey, Object... parameters) {
        Response page = context.form().setError(messageKey, parameters).createErrorPage(Response.Status.FORBIDDEN);
        context.failure(AuthenticationFlowError.ACCESS_DENIED, page);
    }

    private static Map<String, String> configOf(AuthenticatorConfigModel model) {
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
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

    @Override
    public void action(AuthenticationFlowContext context) {
        context.failure(AuthenticationFlowError.ACCESS_DENIED);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}

package de.schulid.keycloak.country;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Runs right after the user is known (password form, SSO cookie, or a brokered login) and before 2FA. Sends
 * the app the user's id, platform roles, school (organization alias) and the client address —
 * which Keycloak takes from X-Forwarded-For only when the request came through a trusted proxy
 * (proxy-trusted-addresses) — and refuses the login when the app says "deny". When the app cannot
 * be asked, the login is refused (fail closed) unless the execution's config says otherwise.
 */
public class CountryCheckAuthenticator implements Authenticator {
    private static final Logger LOG = Logger.getLogger(CountryCheckAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            context.failure(AuthenticationFlowError.UNKNOWN_USER);
            return;
        }
        Map<String, String> config = configOf(context.getAuthenticatorConfig());
        ClientModel client = context.getAuthenticationSession().getClient();
        boolean failClosed = !"false".equals(config.get(CountryCheckAuthenticatorFactory.FAIL_CLOSED));
        try {
            DecisionClient.Decision decision = CountryDecisions.ask(context.getSession(), context.getRealm(), client, user, config, "login");
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

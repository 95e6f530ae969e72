package de.schulid.keycloak.country;

import java.io.IOException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.protocol.oidc.grants.device.clientpolicy.context.DeviceTokenResponseContext;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.context.TokenResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * Tokens are handed to public clients (a researcher's script, any app on the user's own device) from
 * where the user is: on a refresh (a login that needs no password), the device grant's poll and the
 * code exchange, the request gets the same country check as the login and is refused (fail closed)
 * the same way. The app records only refusals of this stage. Confidential
 * clients (our backend-for-frontend) refresh from the server, whose address says nothing about the
 * user, so they are left alone. Uses the browser
 * flow's "country check" configuration (decision URL, secret, timeout).
 */
public class CountryCheckOnRefreshExecutor implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {
    private static final Logger LOG = Logger.getLogger(CountryCheckOnRefreshExecutor.class);
    static final String CONFIG_ALIAS = "country check";

    private final KeycloakSession session;

    CountryCheckOnRefreshExecutor(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return CountryCheckOnRefreshExecutorFactory.ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        AuthenticatedClientSessionModel clientSession = clientSessionOf(context);
        if (clientSession == null || !clientSession.getClient().isPublicClient()) return;
        RealmModel realm = session.getContext().getRealm();
        AuthenticatorConfigModel configModel = realm.getAuthenticatorConfigByAlias(CONFIG_ALIAS);
        Map<String, String> config = configModel == null || configModel.getConfig() == null ? Map.of() : configModel.getConfig();
        DecisionClient.Decision decision;
        try {
            decision = CountryDecisions.ask(session, realm, clientSession.getClient(), clientSession.getUserSession().getUser(), config, "token");
        } catch (IOException | RuntimeException e) {
            LOG.warnf("country check unavailable on token refresh (refused): %s", e.toString());
            throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, "The country check cannot be reached");
        }
        if (!decision.isAllowed()) throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, "Logins from this country are not allowed for this account");
    }

    // Tokens handed out on refresh, on the device grant's poll, and on the code exchange.
    private static AuthenticatedClientSessionModel clientSessionOf(ClientPolicyContext context) {
        if (context.getEvent() == ClientPolicyEvent.TOKEN_REFRESH_RESPONSE && context instanceof TokenRefreshResponseContext refresh) return refresh.getClientSession();
        if (context.getEvent() == ClientPolicyEvent.DEVICE_TOKEN_RESPONSE && context instanceof DeviceTokenResponseContext device) return device.getClientSession();
        if (context.getEvent() == ClientPolicyEvent.TOKEN_RESPONSE && context instanceof TokenResponseContext code) return code.getClientSession();
        return null;
    }
}

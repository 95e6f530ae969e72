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
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * A refresh token is a login that needs no password: on public clients (a researcher's script, any
 * app running on the user's own device) the refresh request comes from where the user is, so it
 * gets the same country check as the login, and is refused (fail closed) the same way. Confidential
 * clients (our backend-for-frontend) refresh from the server, whose address says nothing about the
 * user; the realm's client policy applies this executor to public clients only. Uses the browser
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
        if (context.getEvent() != ClientPolicyEvent.TOKEN_REFRESH_RESPONSE) return;
        AuthenticatedClientSessionModel clientSession = ((TokenRefreshResponseContext) context).getClientSession();
        RealmModel realm = session.getContext().getRealm();
        AuthenticatorConfigModel configModel = realm.getAuthenticatorConfigByAlias(CONFIG_ALIAS);
        Map<String, String> config = configModel == null || configModel.getConfig() == null ? Map.of() : configModel.getConfig();
        DecisionClient.Decision decision;
        try {
            decision = CountryDecisions.ask(session, realm, clientSession.getClient(), clientSession.getUserSession().getUser(), config);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("country check unavailable on token refresh (refused): %s", e.toString());
            throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, "The country check cannot be reached");
        }
        if (!decision.isAllowed()) throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, "Logins from this country are not allowed for this account");
    }
}

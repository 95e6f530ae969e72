package de.schulid.keycloak.country;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Registers the refresh-time country check as a client-policy executor. */
public class CountryCheckOnRefreshExecutorFactory implements ClientPolicyExecutorProviderFactory {
    public static final String ID = "schulid-country-check-on-refresh";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new CountryCheckOnRefreshExecutor(session);
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses a token refresh when the SchulID app says the user may not log in from the client's country (fail closed).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}

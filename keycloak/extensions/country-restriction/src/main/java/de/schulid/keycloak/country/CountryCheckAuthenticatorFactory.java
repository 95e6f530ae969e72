package de.schulid.keycloak.country;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Registers the country check as an authenticator that flows can use ("SchulID country check"). */
public class CountryCheckAuthenticatorFactory implements AuthenticatorFactory {
    public static final String ID = "schulid-country-check";
    static final String DECISION_URL = "decisionUrl";
    static final String SHARED_SECRET = "sharedSecret";
    static final String FAIL_CLOSED = "failClosed";
    static final String TIMEOUT_MS = "timeoutMs";
    /** A client may name its own decision endpoint (e.g. one app instance per test); else the config's. */
    static final String CLIENT_DECISION_URL_ATTRIBUTE = "schulid.country-decision-url";

    private static final Requirement[] REQUIREMENTS = { Requirement.REQUIRED, Requirement.DISABLED };

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "SchulID country check";
    }

    @Override
    public String getHelpText() {
        return "Asks the SchulID app whether this user may log in from the client's country; refuses the login when told to, or when the app cannot be asked (fail closed).";
    }

    @Override
    public String getReferenceCategory() {
        return "country-restriction";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENTS;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return ProviderConfigurationBuilder.create()
                .property().name(DECISION_URL).label("Decision URL").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The app's internal login-decision endpoint").add()
                .property().name(SHARED_SECRET).label("Shared secret").type(ProviderConfigProperty.PASSWORD).secret(true)
                .helpText("Sent as a bearer token; the app refuses calls without it").add()
                .property().name(FAIL_CLOSED).label("Fail closed").type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("true")
                .helpText("Refuse the login when the app cannot be asked").add()
                .property().name(TIMEOUT_MS).label("Timeout (ms)").type(ProviderConfigProperty.STRING_TYPE).defaultValue("3000").add()
                .build();
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return new CountryCheckAuthenticator();
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
}

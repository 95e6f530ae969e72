<#-- Keycloak's error page (base/login/error.ftl) with a way back in every case: to the client's
     page where it has one, else to the app's start (which leads to the login). A refused login
     (e.g. from another country) must never end on a page without a next step. -->
<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${kcSanitize(msg("errorTitle"))?no_esc}
    <#elseif section = "form">
        <div id="kc-error-message">
            <p class="instruction">${kcSanitize(message.summary)?no_esc}</p>
            <#if traceId??>
                <p class="instruction" id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
            </#if>
            <#if !skipLink??>
                <#if client?? && client.baseUrl?has_content>
                    <p><a id="backToApplication" class="schulid-back" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
                <#else>
                    <p><a id="backToApplication" class="schulid-back" href="${properties.appUrl!"/"}">${msg("backToApplication")}</a></p>
                </#if>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>

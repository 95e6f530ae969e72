<#-- Below every login page: the school's name where Keycloak knows it (the user's school, once the
     username is known) and the link to the privacy notice, for that school where known. -->
<#macro content>
  <div id="schulid-footer" class="schulid-footer">
    <#if org?? && org.name?has_content>
      <p id="schulid-school" class="schulid-school">${msg("schulidSchool", org.name)}</p>
    </#if>
    <a id="schulid-privacy" href="${properties.privacyUrl!"/datenschutz"}<#if org?? && org.alias?has_content>?schule=${org.alias?url("UTF-8")}</#if>">${msg("schulidPrivacy")}</a>
  </div>
</#macro>

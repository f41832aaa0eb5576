<#-- Below the form on every login page: the way back to the portal the user came from (the client's base URL). -->
<#macro content>
  <#if client?? && client.baseUrl?has_content>
    <p id="gongkai-portal-link" class="gongkai-portal-link">
      <a href="${client.baseUrl}">${msg("gongkaiBackToPortal")}</a>
    </p>
  </#if>
</#macro>

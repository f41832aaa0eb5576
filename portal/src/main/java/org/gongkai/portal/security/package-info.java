/**
 * Identity through Keycloak (OIDC login for pages, JWT bearer tokens for the API); realm roles become
 * authorities in exactly one place, {@link org.gongkai.portal.security.KeycloakRoleMapper}.
 */
package org.gongkai.portal.security;

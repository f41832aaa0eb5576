/**
 * Administration of the running portal: the catalogue index (its state, and the rebuild from the
 * database), as a page and an API for the operator CLI. Administrators only.
 */
package org.gongkai.portal.admin;

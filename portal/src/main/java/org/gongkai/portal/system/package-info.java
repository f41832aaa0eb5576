/** Cross-cutting web concerns: problem responses for the API, locale, error pages. */
package org.gongkai.portal.system;

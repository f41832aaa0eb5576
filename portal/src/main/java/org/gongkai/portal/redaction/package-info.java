/** Redaction (区分处理, art. 37): marked content is removed from a PDF, not covered. */
package org.gongkai.portal.redaction;

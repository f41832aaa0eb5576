/** The caller's own identity. */
package org.gongkai.portal.me;

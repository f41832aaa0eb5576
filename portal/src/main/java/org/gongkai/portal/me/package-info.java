/** The caller's own identity and their own things: 我的订阅. */
package org.gongkai.portal.me;

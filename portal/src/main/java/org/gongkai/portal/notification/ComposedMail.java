package org.gongkai.portal.notification;

/** A rendered mail: subject, plain-text body and its HTML alternative. */
record ComposedMail(String subject, String text, String html) {
}

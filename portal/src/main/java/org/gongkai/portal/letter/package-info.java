/** 政民互动: the citizen's letter form and own letters, the public list of published replies, the staff case page, the API and the writer's mails. */
package org.gongkai.portal.letter;

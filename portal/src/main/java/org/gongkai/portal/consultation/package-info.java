/** 意见征集 pages and API: the public consultations and their comments, the staff's drafting, review, moderation and feedback. */
package org.gongkai.portal.consultation;

/** 意见征集 (public consultation): a draft put out for comment, its moderated comments and the published 意见采纳情况反馈. */
package org.gongkai.workflow.consultation;

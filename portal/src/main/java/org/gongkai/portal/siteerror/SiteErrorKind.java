package org.gongkai.portal.siteerror;

/** What kind of error a visitor reports (问题类型); the labels are {@code siteError.kind.<NAME>}. */
public enum SiteErrorKind {
	/** 链接错误 */
	LINK,
	/** 内容错误 */
	CONTENT,
	/** 错别字 */
	TYPO,
	/** 无法访问 */
	UNREACHABLE,
	/** 其他 */
	OTHER
}

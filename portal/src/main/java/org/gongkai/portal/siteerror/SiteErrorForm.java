package org.gongkai.portal.siteerror;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A report of an error on this site, from the page form or the API.
 *
 * @param pageUrl 错误页面网址, an http(s) address
 * @param kind 问题类型
 * @param description 问题描述
 * @param contact optional 联系方式, for an answer
 */
public record SiteErrorForm(
		@NotBlank(message = "{siteError.pageUrl.required}") @Size(max = 1000, message = "{text.size}")
		@Pattern(regexp = "https?://\\S+", message = "{siteError.pageUrl.invalid}") String pageUrl,
		@NotNull(message = "{siteError.kind.required}") SiteErrorKind kind,
		@NotBlank(message = "{siteError.description.required}") @Size(max = 2000, message = "{text.size}") String description,
		@Size(max = 200, message = "{text.size}") String contact) {

	static SiteErrorForm forPage(String pageUrl) {
		return new SiteErrorForm(pageUrl, null, null, null);
	}
}

package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SnippetsTests {

	private static final String PRE = Snippets.PRE;

	private static final String POST = Snippets.POST;

	@Test
	void escapesTheTextAndKeepsOnlyEmTags() {
		String fragment = "<script>alert('x')</script> & " + PRE + "公" + POST + PRE + "开" + POST + " \"done\"";
		assertThat(Snippets.toHtml(fragment))
			.isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <em>公开</em> &quot;done&quot;");
	}

	@Test
	void collapsesWhitespace() {
		assertThat(Snippets.toHtml("\n  第一条\n\n\t" + PRE + "公开" + POST + "  ")).isEqualTo("第一条 <em>公开</em>");
	}

	@Test
	void prefersAFragmentWithAMatch() {
		Map<String, List<String>> highlights = Map.of("summary", List.of("本报告概述"), "body",
				List.of("正文中的" + PRE + "信息" + POST));
		assertThat(Snippets.best(highlights, List.of("summary", "body"))).isEqualTo("正文中的<em>信息</em>");
	}

	@Test
	void fallsBackToTheFirstFieldThatHasText() {
		Map<String, List<String>> highlights = Map.of("body", List.of("正文开头"));
		assertThat(Snippets.best(highlights, List.of("summary", "body"))).isEqualTo("正文开头");
		assertThat(Snippets.best(Map.of(), List.of("summary", "body"))).isEmpty();
	}

	@Test
	void removesMarkersFromSourceText() {
		assertThat(Snippets.withoutMarkers("a" + PRE + "b" + POST)).isEqualTo("ab");
		assertThat(Snippets.withoutMarkers(null)).isNull();
	}

}

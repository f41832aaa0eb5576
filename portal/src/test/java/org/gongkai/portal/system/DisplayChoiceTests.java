package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 长者模式 cookies become the page's classes; the links only ever lead back into the site. */
class DisplayChoiceTests {

	@Test
	void cookiesBecomeTheClassesOfThePage() {
		assertThat(DisplayChoice.of(null, null).htmlClass()).isNull();
		assertThat(DisplayChoice.of("medium", "normal").htmlClass()).isNull();
		assertThat(DisplayChoice.of("large", null).htmlClass()).isEqualTo("text-large");
		assertThat(DisplayChoice.of("small", "high").htmlClass()).isEqualTo("text-small contrast-high");
		assertThat(DisplayChoice.of("huge\" onload=\"x", "high").htmlClass()).as("unknown sizes are the standard one")
			.isEqualTo("contrast-high");
	}

	@Test
	void theReturnAddressStaysOnThisSite() {
		assertThat(DisplayController.local("/catalogue?q=%E5%85%AC%E5%BC%80&genre=x")).isEqualTo("/catalogue?q=%E5%85%AC%E5%BC%80&genre=x");
		assertThat(DisplayController.local("/")).isEqualTo("/");
		assertThat(DisplayController.local(null)).isEqualTo("/");
		assertThat(DisplayController.local("https://evil.example/")).isEqualTo("/");
		assertThat(DisplayController.local("//evil.example/")).isEqualTo("/");
		assertThat(DisplayController.local("/\\evil.example/")).isEqualTo("/");
		assertThat(DisplayController.local("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
	}
}

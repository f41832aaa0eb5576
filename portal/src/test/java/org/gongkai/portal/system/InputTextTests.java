package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule for incoming text: what is removed, what is kept, what is refused. */
class InputTextTests {

	@Test
	void controlAndBidiOverrideCharactersAreRemovedAndTheTextPutInNfc() {
		assertThat(InputText.normalise("关于\u202E街道\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069改造"))
			.isEqualTo("关于街道改造");
		assertThat(InputText.normalise("a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg")).isEqualTo("abcdefg");
		assertThat(InputText.normalise("第一行\r\n第二行\n\t缩进")).isEqualTo("第一行\r\n第二行\n\t缩进");
		assertThat(InputText.normalise("Cafe\u0301")).isEqualTo("Café");
		assertThat(InputText.normalise("😀𠀀\u200E\u200F\uFFFD")).isEqualTo("😀𠀀\u200E\u200F\uFFFD");
		assertThat(InputText.normalise(null)).isNull();
	}

	@Test
	void loneSurrogatesAreRefused() {
		assertThatThrownBy(() -> InputText.normalise("关于\uD800的信息")).isInstanceOf(InputText.UnpairedSurrogate.class);
		assertThatThrownBy(() -> InputText.normalise("\uDC00")).isInstanceOf(InputText.UnpairedSurrogate.class);
		assertThatThrownBy(() -> InputText.normalise("末尾\uD840")).isInstanceOf(InputText.UnpairedSurrogate.class);
		assertThatThrownBy(() -> InputText.normalise("\uDC00\uD800")).isInstanceOf(InputText.UnpairedSurrogate.class);
	}
}

package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The register's words: pairs and last characters, lower-cased; a part of a name or title finds its
 * request, whatever part it is.
 */
class RegisterWordsTests {

	@Test
	void aRequestHasEveryPairOfItsNameAndTitleAndTheLastCharacterOfEach() {
		assertThat(RegisterWords.of("张三", "公积金GDP")).containsExactlyInAnyOrder("张三", "三", "公积", "积金", "金g", "gd",
				"dp", "p");
		assertThat(RegisterWords.of("李", "李")).containsExactly("李");
		assertThat(RegisterWords.of(null, "")).isEmpty();
	}

	@Test
	void pairsWithACharacterOutsideTheBasicPlaneAreLeftOut() {
		// 𠮷 (U+20BB7): the default collation makes all such characters equal
		assertThat(RegisterWords.of("𠮷田", "好😀")).containsExactlyInAnyOrder("田", "好");
		assertThat(RegisterWords.of("", "公好😀开")).containsExactlyInAnyOrder("公好", "好", "开");
		assertThat(RegisterWords.lookedUp("𠮷")).isEmpty();
		assertThat(RegisterWords.lookedUp("𠮷田")).isEmpty();
		assertThat(RegisterWords.lookedUp("𠮷田中")).containsExactly("田中");
	}

	@Test
	void aPartIsLookedUpByAtMostFourOfItsPairsSpreadOverIt() {
		assertThat(RegisterWords.lookedUp(" 张 ")).containsExactly("张");
		assertThat(RegisterWords.lookedUp("公积金")).containsExactly("公积", "积金");
		assertThat(RegisterWords.lookedUp("哈哈哈")).containsExactly("哈哈");
		assertThat(RegisterWords.lookedUp("住房公积金缴存基数")).containsExactly("住房", "公积", "金缴", "基数");
		assertThat(RegisterWords.lookedUp("GDP")).containsExactly("gd", "dp");
	}

	@Test
	void everyPartOfANameOrTitleHasAllTheWordsItIsLookedUpBy() {
		var random = new Random(18);
		var alphabet = "公开信息政府申请住房积金张三李四年度报告AbC0123 -：（）𠮷😀".codePoints().toArray();
		for (int n = 0; n < 2_000; n++) {
			var title = text(random, alphabet, 1 + random.nextInt(30));
			var name = text(random, alphabet, 1 + random.nextInt(4));
			var words = RegisterWords.of(name, title);
			var field = (random.nextBoolean() ? title : name).codePoints().toArray();
			int from = random.nextInt(field.length);
			int to = from + 1 + random.nextInt(field.length - from);
			var part = new String(field, from, to - from);
			if (part.isBlank()) {
				continue;
			}
			for (var word : RegisterWords.lookedUp(part)) {
				if (word.length() == 1) {
					assertThat(words).as("%s in %s / %s", part, name, title).anyMatch(w -> w.startsWith(word));
				}
				else {
					assertThat(words).as("%s in %s / %s", part, name, title).contains(word);
				}
			}
		}
	}

	@Test
	void aReceiptNumberOrItsBeginningIsKnownByItsShape() {
		assertThat(RegisterWords.isReceiptNumber("GK2025-000123")).isTrue();
		assertThat(RegisterWords.isReceiptNumber("gk2025-0001")).isTrue();
		assertThat(RegisterWords.isReceiptNumber("GK2")).isTrue();
		assertThat(RegisterWords.isReceiptNumber("GK")).isFalse();
		assertThat(RegisterWords.isReceiptNumber("2025")).isFalse();
		assertThat(RegisterWords.isReceiptNumber("GDP")).isFalse();
		assertThat(RegisterWords.isReceiptNumber("公积金2025")).isFalse();
	}

	private static String text(Random random, int[] alphabet, int length) {
		var text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
		}
		return text.toString();
	}
}

package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChineseAnalysisTests {

	private final ChineseAnalysis analysis = new ChineseAnalysis();

	@Test
	void segmentsAnAnnualReportTitleIntoWords() {
		assertThat(this.analysis.words("政府信息公开工作年度报告")).containsExactly("政府", "信息", "公开", "工作", "年度", "报告");
	}

	@Test
	void keepsKnownLongWordsWholeAndDropsPunctuation() {
		assertThat(this.analysis.words("关于印发《国务院办公厅2024年政务公开工作要点》的通知")).containsExactly("关于", "印发",
				"国务院办公厅", "2024", "年", "政务", "公开", "工作", "要点", "的", "通知");
		assertThat(this.analysis.words("中华人民共和国政府信息公开条例")).containsExactly("中华人民共和国", "政府", "信息", "公开",
				"条例");
	}

	@Test
	void lowerCasesAndStemsLatinAmongChinese() {
		assertThat(this.analysis.words("GDP增长5.2%的统计公报 Information")).containsExactly("gdp", "增长", "5", "2", "的",
				"统计", "公报", "inform");
	}

	@Test
	void makesOverlappingBigramsOfHanRuns() {
		assertThat(this.analysis.bigrams("信息公开")).containsExactly("信息", "息公", "公开");
	}

	@Test
	void keepsLoneHanCharactersNumbersAndLatinWordsWhole() {
		assertThat(this.analysis.bigrams("国办函〔2020〕109号")).containsExactly("国办", "办函", "2020", "109", "号");
		assertThat(this.analysis.bigrams("ＡＢＣ１２３全角 iPhone")).containsExactly("abc123", "全角", "iphone");
	}

	@Test
	void doesNotPairCharactersAcrossSpaces() {
		assertThat(this.analysis.bigrams("信 息 公 开")).containsExactly("信", "息", "公", "开");
	}

	@Test
	void writesPinyinAndInitials() {
		assertThat(this.analysis.pinyin("政府信息公开")).isEqualTo("zhengfuxinxigongkai");
		assertThat(this.analysis.initials("政府信息公开")).isEqualTo("zfxxgk");
		assertThat(this.analysis.pinyinSyllables("政府信息公开")).containsExactly("zheng", "fu", "xin", "xi", "gong", "kai");
	}

	@Test
	void readsPolyphonicCharactersByWord() {
		assertThat(this.analysis.pinyin("银行")).isEqualTo("yinhang");
		assertThat(this.analysis.pinyin("行政许可")).isEqualTo("xingzhengxuke");
		assertThat(this.analysis.pinyin("重庆")).isEqualTo("chongqing");
		assertThat(this.analysis.pinyin("重大建设项目")).isEqualTo("zhongdajianshexiangmu");
		// from our own word list: pinyin4j alone reads zhangqi
		assertThat(this.analysis.pinyin("中长期规划")).isEqualTo("zhongchangqiguihua");
		assertThat(this.analysis.initials("银行行长")).isEqualTo("yhhz");
		assertThat(this.analysis.pinyin("绿色")).isEqualTo("lvse");
	}

	@Test
	void keepsLatinAndDigitRunsWholeInPinyin() {
		assertThat(this.analysis.pinyinSyllables("2024年GDP统计")).containsExactly("2024", "nian", "gdp", "tong", "ji");
		assertThat(this.analysis.initials("2024年GDP统计")).isEqualTo("2024ngdptj");
		assertThat(this.analysis.initials("ＡＢＣ１２３全角")).isEqualTo("abc123qj");
	}

	@Test
	void startsPinyinTokensAtEveryWord() {
		assertThat(this.analysis.initialsSuffixes("2024年政府信息公开")).containsExactly("2024nzfxxgk", "nzfxxgk",
				"zfxxgk", "xxgk", "gk");
		assertThat(this.analysis.pinyinSuffixes("2024年政府信息公开")).contains("zhengfuxinxigongkai", "xinxigongkai")
			.doesNotContain("fuxinxigongkai");
	}

	@Test
	void capsPinyinTokensAtSixteenSyllables() {
		String title = "关于进一步加强和改进新形势下政府信息公开工作年度报告编制发布工作的通知";
		assertThat(this.analysis.initialsSuffixes(title).get(0)).hasSize(ChineseAnalysis.MAX_SYLLABLES_PER_TOKEN);
		assertThat(this.analysis.initials(title)).hasSizeGreaterThan(ChineseAnalysis.MAX_SYLLABLES_PER_TOKEN);
	}

	@Test
	void answersNothingForNothing() {
		assertThat(this.analysis.words(null)).isEmpty();
		assertThat(this.analysis.bigrams("  ")).isEmpty();
		assertThat(this.analysis.pinyin("。，！")).isEmpty();
		assertThat(this.analysis.initials(null)).isEmpty();
	}

	@Test
	void givesTheSameAnswersFromManyThreads() {
		String text = "2024年政府信息公开工作年度报告";
		List<String> expected = this.analysis.words(text);
		String initials = this.analysis.initials(text);
		List<Boolean> same = IntStream.range(0, 400)
			.parallel()
			.mapToObj(i -> new ChineseAnalysis())
			.map(a -> a.words(text).equals(expected) && a.initials(text).equals(initials))
			.toList();
		assertThat(same).containsOnly(true);
	}

}

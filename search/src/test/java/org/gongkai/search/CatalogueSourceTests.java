package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CatalogueSourceTests {

	private final CatalogueSource source = new CatalogueSource(new ChineseAnalysis());

	private static CatalogueDocument report() {
		return new CatalogueDocument("42", "000014349/2024-00094", "2024年政府信息公开工作年度报告", "本报告" + Snippets.PRE + "概述",
				"正文", "某市财政局、某市税务局", "D01", LocalDate.of(2024, 1, 20), null, "某财〔2024〕3号", "C9",
				"政府信息公开年报", "综合政务\\政务公开", "报告", "有效", List.of("年报"), List.of("附件1.pdf"), "附件里的统计表");
	}

	@Test
	void rendersOnlyFieldsTheStrictMappingKnows() throws Exception {
		JsonNode mapping;
		try (InputStream in = getClass().getResourceAsStream(CatalogueIndex.MAPPING_RESOURCE)) {
			mapping = new ObjectMapper().readTree(in).get("mappings");
		}
		List<String> mapped = new ArrayList<>();
		mapping.get("properties").fieldNames().forEachRemaining(mapped::add);
		Map<String, Object> rendered = this.source.render(report());
		assertThat(mapped).containsAll(rendered.keySet());
		assertThat(rendered).containsKeys("title_words", "body_bigrams", "title_pinyin", "title_initials", "suggest");
		List<String> excluded = new ArrayList<>();
		mapping.get("_source").get("excludes").forEach(n -> excluded.add(n.asText()));
		assertThat(excluded).containsExactlyInAnyOrder("title_words", "title_bigrams", "title_pinyin", "title_initials",
				"body_words", "body_bigrams", "suggest");
		assertThat(mapping.get("dynamic").asText()).isEqualTo("strict");
	}

	@Test
	void derivesTokensIssuersYearAndIsoDates() {
		Map<String, Object> rendered = this.source.render(report());
		assertThat(rendered.get("title_words")).isEqualTo("2024 年 政府 信息 公开 工作 年度 报告");
		assertThat((String) rendered.get("title_initials")).contains("zfxxgkgzndbg");
		assertThat((String) rendered.get("body_words")).contains("统计表", "年报");
		assertThat(rendered.get("issuers")).isEqualTo(List.of("某市财政局", "某市税务局"));
		assertThat(rendered.get("year")).isEqualTo("2024");
		assertThat(rendered.get("writtenDate")).isEqualTo("2024-01-20");
		assertThat(rendered).doesNotContainKey("publishedDate").doesNotContainKey("attachmentText");
		assertThat(rendered.get("summary")).isEqualTo("本报告概述");
	}

	@Test
	void suggestsFromEveryWordInPinyinAndInitials() {
		@SuppressWarnings("unchecked")
		Map<String, Object> suggest = (Map<String, Object>) this.source.render(report()).get("suggest");
		assertThat((List<Object>) suggest.get("input")).contains("2024年政府信息公开工作年度报告", "政府信息公开工作年度报告",
				"zhengfuxinxigongkaigongzuoniandubaogao", "zfxxgkgzndbg");
		assertThat((int) suggest.get("weight")).isEqualTo((int) (LocalDate.of(2024, 1, 20).toEpochDay()
				- LocalDate.of(2000, 1, 1).toEpochDay()));
	}

	@Test
	void needsAnIdAndATitle() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueDocument(" ", null, "t", null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new CatalogueDocument("1", null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null));
	}

}

package org.gongkai.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.workflow.information.Level;
import org.gongkai.workflow.scoring.FactKind;
import org.gongkai.workflow.scoring.Ranking;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ScoringEngine.ScoreLine;
import org.junit.jupiter.api.Test;

/** The 通报 drawn from a ranking: title by period, totals, top and bottom ten, quota and deductions. */
class RankingBulletinTests {

	@Test
	void quarterlyBulletinRanksTheTopAndBottomTenAndNamesShortfallsAndDeductions() throws IOException {
		var rows = new ArrayList<Ranking.Row>();
		for (int i = 1; i <= 12; i++) {
			rows.add(new Ranking.Row(i, "u" + i, "单位" + i, 1, 20 - i, 13 - i, BigDecimal.valueOf(60 - 4 * i),
					BigDecimal.valueOf(100 - i), 6, 13 - i >= 6));
		}
		var deduction = new ScoreLine("u12", new BigDecimal("-10.00"), 1L, 1L, FactKind.DEDUCTED, Level.CITY,
				"LATE_EMERGENCY", LocalDate.of(2026, 8, 3), null, "紧急信息迟报：化工园区储罐起火（初报，电话报告）", 7L);
		var bonus = new ScoreLine("u1", new BigDecimal("3.00"), 2L, 2L, FactKind.ADOPTED, Level.CITY, "DAILY",
				LocalDate.of(2026, 8, 4), 9L, "《政务信息》采用", null);
		var ranking = new Ranking(ReportPeriod.parse("2026-Q3"), rows);

		var text = text(RankingBulletin.write(ranking, List.of(deduction, bonus), Map.of("u12", "单位12"), "市人民政府办公室",
				LocalDate.of(2026, 10, 9)));

		assertThat(text).startsWith("关于2026年第三季度政务信息报送情况的通报")
			.contains("12个单位共报送政务信息162条，被采用78条，采用率48.1%；7个单位完成报送任务，5个单位未完成。")
			.contains("二、前十名单位", "三、后十名单位", "四、未完成报送任务的单位", "五、扣分情况", "六、有关要求")
			.contains("单位8（任务6条，采用5条）、单位9（任务6条，采用4条）")
			.contains("单位12：紧急信息迟报：化工园区储罐起火（初报，电话报告），扣10分。")
			.doesNotContain("《政务信息》采用")
			.endsWith("市人民政府办公室\n2026年10月9日\n");
		var top = text.substring(text.indexOf("二、前十名单位"), text.indexOf("三、后十名单位"));
		assertThat(top).contains("单位1\t", "单位10\t").doesNotContain("单位11");
		var bottom = text.substring(text.indexOf("三、后十名单位"), text.indexOf("四、未完成"));
		assertThat(bottom).contains("单位3\t", "单位12\t").doesNotContain("单位2\t");
	}

	@Test
	void monthlyBulletinListsEveryUnitAndSaysWhenNothingWasDeducted() throws IOException {
		var ranking = new Ranking(ReportPeriod.parse("2026-09"), List.of(new Ranking.Row(1, "fgw", "市发展和改革委员会", 1, 7, 6,
				new BigDecimal("19.50"), new BigDecimal("88.5"), 6, true)));
		var text = text(RankingBulletin.write(ranking, List.of(), Map.of(), "市人民政府办公室", LocalDate.of(2026, 10, 9)));
		assertThat(text).startsWith("关于2026年9月政务信息报送情况的通报")
			.contains("二、各单位得分情况", "1\t市发展和改革委员会\t7\t6\t19.5\t88.5\t6\t是", "三、未完成报送任务的单位",
					"各单位均完成报送任务。", "本期无扣分。")
			.doesNotContain("前十名");
		assertThat(RankingBulletin.periodName(ReportPeriod.parse("2026"))).isEqualTo("2026年度");
	}

	private static String text(byte[] docx) throws IOException {
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}
}

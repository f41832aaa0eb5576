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
		for (int i = 1; i <= 24; i++) {
			rows.add(new Ranking.Row(i, "u" + i, "单位" + i, 1, 30 - i, 25 - i, BigDecimal.valueOf(100 - 4 * i),
					BigDecimal.valueOf(100 - i), 6, 25 - i >= 6));
		}
		var deduction = new ScoreLine("u24", new BigDecimal("-10.00"), 1L, 1L, FactKind.DEDUCTED, Level.CITY,
				"LATE_EMERGENCY", LocalDate.of(2026, 8, 3), null, "紧急信息迟报：化工园区储罐起火（初报，电话报告）", 7L);
		var bonus = new ScoreLine("u1", new BigDecimal("3.00"), 2L, 2L, FactKind.ADOPTED, Level.CITY, "DAILY",
				LocalDate.of(2026, 8, 4), 9L, "《政务信息》采用", null);
		var ranking = new Ranking(ReportPeriod.parse("2026-Q3"), rows);
		assertThat(ranking.separatesTopAndBottom()).isTrue();

		var text = text(RankingBulletin.write(ranking, List.of(deduction, bonus), Map.of("u24", "单位24"), "市人民政府办公室",
				LocalDate.of(2026, 10, 9)));

		assertThat(text).startsWith("关于2026年第三季度政务信息报送情况的通报")
			.contains("24个单位共报送政务信息420条，被采用300条，采用率71.4%；19个单位完成报送任务，5个单位未完成。")
			.contains("二、前十名单位", "三、后十名单位", "四、未完成报送任务的单位", "五、扣分情况", "六、有关要求")
			.contains("单位20（任务6条，采用5条）、单位21（任务6条，采用4条）")
			.contains("单位24：紧急信息迟报：化工园区储罐起火（初报，电话报告），扣10分。")
			.doesNotContain("《政务信息》采用")
			.endsWith("市人民政府办公室\n2026年10月9日\n");
		var top = text.substring(text.indexOf("二、前十名单位"), text.indexOf("三、后十名单位"));
		assertThat(top).contains("单位1\t", "单位10\t").doesNotContain("单位11\t");
		var bottom = text.substring(text.indexOf("三、后十名单位"), text.indexOf("四、未完成"));
		assertThat(bottom).contains("单位15\t", "单位24\t").doesNotContain("单位14\t", "单位1\t");
	}

	/** Competition ranking 1, 2, 2, 4: a tie at the tenth place puts both units in the top ten, and never in both lists. */
	@Test
	void tiesShareARankAndTheTopAndBottomListsNeverShareAUnit() {
		var points = new int[] { 50, 40, 40, 30, 29, 28, 27, 26, 25, 20, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9 };
		var ranking = new Ranking(ReportPeriod.parse("2026-Q3"), rows(points));
		assertThat(ranking.rows()).extracting(Ranking.Row::rank).startsWith(1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 10, 12);
		assertThat(ranking.top10()).extracting(Ranking.Row::unitCode).hasSize(11).endsWith("u10", "u11");
		assertThat(ranking.bottom10()).extracting(Ranking.Row::unitCode).hasSize(10).startsWith("u13").endsWith("u22");
		assertThat(ranking.separatesTopAndBottom()).isTrue();

		// 20 units, the last 12 tied at zero: the zero units cannot be both the best ten and the worst ten
		var zeros = new int[] { 9, 8, 7, 6, 5, 4, 3, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		var tied = new Ranking(ReportPeriod.parse("2026-Q3"), rows(zeros));
		assertThat(tied.top10()).extracting(Ranking.Row::rank).endsWith(9, 9);
		assertThat(tied.bottom10()).isEmpty();
		assertThat(tied.separatesTopAndBottom()).isFalse();
		assertThat(tied.hasData()).isTrue();
		assertThat(tied.allEqual()).isFalse();
	}

	@Test
	void aQuarterWithFewerThanTwentyUnitsListsEveryUnitOnce() throws IOException {
		var ranking = new Ranking(ReportPeriod.parse("2026-Q3"), rows(new int[] { 12, 8, 8, 3 }));
		assertThat(ranking.separatesTopAndBottom()).isFalse();
		var text = text(RankingBulletin.write(ranking, List.of(), Map.of(), "市人民政府办公室", LocalDate.of(2026, 10, 9)));
		assertThat(text).contains("二、各单位得分情况", "本期参加排名的单位不足20个，不分列前十名和后十名", "1\t单位1\t", "2\t单位2\t",
				"2\t单位3\t", "4\t单位4\t", "三、未完成报送任务的单位")
			.doesNotContain("前十名单位", "后十名单位");
	}

	@Test
	void allUnitsEqualOrNoDataAreSaidSo() throws IOException {
		var equal = new Ranking(ReportPeriod.parse("2026-Q3"), rows(new int[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
				5, 5, 5, 5, 5, 5, 5, 5 }));
		assertThat(equal.allEqual()).isTrue();
		assertThat(equal.separatesTopAndBottom()).isFalse();
		assertThat(text(RankingBulletin.write(equal, List.of(), Map.of(), "办公室", LocalDate.of(2026, 10, 9))))
			.contains("本期各单位得分相同（均为5分），不排列名次先后。")
			.doesNotContain("前十名单位", "后十名单位");

		var rows = new ArrayList<Ranking.Row>();
		for (int i = 1; i <= 25; i++) {
			rows.add(new Ranking.Row(1, "u" + i, "单位" + i, 3, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, 9, false));
		}
		var empty = new Ranking(ReportPeriod.parse("2026-Q3"), rows);
		assertThat(empty.hasData()).isFalse();
		assertThat(text(RankingBulletin.write(empty, List.of(), Map.of(), "办公室", LocalDate.of(2026, 10, 9))))
			.contains("二、各单位得分情况", "本期暂无数据。")
			.doesNotContain("前十名单位", "后十名单位", "单位1\t");
		assertThat(new Ranking(ReportPeriod.parse("2026-Q3"), List.of()).hasData()).isFalse();
	}

	/** Units u1, u2, … with the given points, ranked by competition ranking as ReportScores ranks them. */
	private static List<Ranking.Row> rows(int[] points) {
		var rows = new ArrayList<Ranking.Row>();
		int rank = 0;
		for (int i = 0; i < points.length; i++) {
			if (i == 0 || points[i] != points[i - 1]) {
				rank = i + 1;
			}
			rows.add(new Ranking.Row(rank, "u" + (i + 1), "单位" + (i + 1), 1, points[i], points[i] / 2,
					BigDecimal.valueOf(points[i]).setScale(2), BigDecimal.valueOf(points[i]), 6, points[i] / 2 >= 6));
		}
		return rows;
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

package org.gongkai.portal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.portal.system.AgencyProperties;
import org.gongkai.workflow.organisation.Department;
import org.gongkai.workflow.organisation.Departments;
import org.gongkai.workflow.scoring.Ranking;
import org.gongkai.workflow.scoring.ReportPeriod;
import org.gongkai.workflow.scoring.ReportScores;
import org.gongkai.workflow.scoring.ScoringEngine.ScoreLine;
import org.springframework.stereotype.Component;

/**
 * 政务信息报送情况通报: a period's ranking as the general office's circular (DOCX), drawn from the
 * scores: the totals, the ranking (for a quarter or a year the 前十名 and 后十名, SPEC §5, where there are
 * at least 20 units and they do not all tie; otherwise, and for a month, every unit once; "本期暂无数据"
 * when nothing happened), the units short of their quota, and the deductions with their evidence.
 */
@Component
class RankingBulletin {

	private static final List<String> HEADERS = List.of("排名", "单位", "报送（条）", "采用（条）", "得分", "本年累计", "任务数",
			"是否完成");

	private static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七");

	private final ReportScores scores;

	private final Departments departments;

	private final AgencyProperties agency;

	private final Clock clock;

	RankingBulletin(ReportScores scores, Departments departments, AgencyProperties agency, Clock clock) {
		this.scores = scores;
		this.departments = departments;
		this.agency = agency;
		this.clock = clock;
	}

	/**
	 * The circular of the period, issued today by the general office (the agency if none is set up), with
	 * the deductions among the given lines (a unit's copy lists its own).
	 */
	byte[] write(ReportPeriod period, List<ScoreLine> lines) {
		var all = departments.findAll();
		var names = all.stream().collect(Collectors.toMap(Department::getCode, Department::getName));
		var issuer = all.stream()
			.filter(Department::isGeneralOffice)
			.map(Department::getName)
			.findFirst()
			.orElse(agency.name());
		return write(scores.ranking(period), lines, names, issuer,
				LocalDate.now(clock));
	}

	/** The title's name of the period: 2026年9月, 2026年第三季度 or 2026年度. */
	static String periodName(ReportPeriod period) {
		int year = period.from().getYear();
		return switch (period.months()) {
			case 1 -> year + "年" + period.from().getMonthValue() + "月";
			case 3 -> year + "年第" + numeral((period.from().getMonthValue() + 2) / 3) + "季度";
			default -> year + "年度";
		};
	}

	static byte[] write(Ranking ranking, List<ScoreLine> lines, Map<String, String> unitNames, String issuer,
			LocalDate issuedOn) {
		var name = periodName(ranking.period());
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var title = run(paragraph(document, ParagraphAlignment.CENTER), "关于" + name + "政务信息报送情况的通报");
			title.setBold(true);
			title.setFontSize(18);
			run(paragraph(document, ParagraphAlignment.LEFT), "各单位：");
			text(document, "现将" + name + "各单位政务信息报送、采用和得分情况通报如下。");

			heading(document, "一、总体情况");
			var rows = ranking.rows();
			long submitted = rows.stream().mapToLong(Ranking.Row::submitted).sum();
			long adopted = rows.stream().mapToLong(Ranking.Row::adopted).sum();
			var unmet = rows.stream().filter(row -> !row.quotaMet()).toList();
			text(document, name + "，" + rows.size() + "个单位共报送政务信息" + submitted + "条，被采用" + adopted + "条"
					+ (submitted == 0 ? "" : "，采用率" + percent(adopted, submitted)) + "；" + (rows.size() - unmet.size())
					+ "个单位完成报送任务，" + unmet.size() + "个单位未完成。");

			boolean split = ranking.period().months() != 1 && ranking.separatesTopAndBottom();
			if (!ranking.hasData()) {
				heading(document, "二、各单位得分情况");
				text(document, "本期暂无数据。");
			}
			else if (split) {
				heading(document, "二、前十名单位");
				table(document, ranking.top10());
				heading(document, "三、后十名单位");
				table(document, ranking.bottom10());
			}
			else {
				heading(document, "二、各单位得分情况");
				if (ranking.allEqual()) {
					text(document, "本期各单位得分相同（均为" + points(rows.get(0).points()) + "分），不排列名次先后。");
				}
				else if (ranking.period().months() != 1) {
					text(document, rows.size() < 20 ? "本期参加排名的单位不足20个，不分列前十名和后十名，各单位得分情况如下。"
							: "本期得分并列的单位较多，前十名与后十名无法分列，各单位得分情况如下。");
				}
				table(document, rows);
			}
			int next = split ? 3 : 2;
			heading(document, numeral(++next) + "、未完成报送任务的单位");
			text(document, unmet.isEmpty() ? "各单位均完成报送任务。"
					: unmet.stream()
						.map(row -> row.unitName() + "（任务" + row.quota() + "条，采用" + row.adopted() + "条）")
						.collect(Collectors.joining("、")) + "。");

			heading(document, numeral(++next) + "、扣分情况");
			var deductions = lines.stream().filter(line -> line.points().signum() < 0).toList();
			if (deductions.isEmpty()) {
				text(document, "本期无扣分。");
			}
			for (var line : deductions) {
				text(document, unitNames.getOrDefault(line.unit(), line.unit()) + "：" + line.evidence() + "，扣"
						+ line.points().negate().stripTrailingZeros().toPlainString() + "分。");
			}

			heading(document, numeral(++next) + "、有关要求");
			text(document, "请各单位对照通报情况，进一步提高政务信息报送的质量和时效，确保完成报送任务；紧急信息须按规定时限报送，杜绝迟报、漏报、瞒报。");

			run(paragraph(document, ParagraphAlignment.RIGHT), issuer);
			run(paragraph(document, ParagraphAlignment.RIGHT),
					issuedOn.getYear() + "年" + issuedOn.getMonthValue() + "月" + issuedOn.getDayOfMonth() + "日");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void table(XWPFDocument document, List<Ranking.Row> rows) {
		if (rows.isEmpty()) {
			text(document, "本期无单位得分。");
			return;
		}
		var table = document.createTable(rows.size() + 1, HEADERS.size());
		table.setWidth("100%");
		for (int c = 0; c < HEADERS.size(); c++) {
			run(table.getRow(0).getCell(c).getParagraphs().get(0), HEADERS.get(c)).setBold(true);
		}
		for (int r = 0; r < rows.size(); r++) {
			var row = rows.get(r);
			var cells = List.of(String.valueOf(row.rank()), row.unitName(), String.valueOf(row.submitted()),
					String.valueOf(row.adopted()), row.points().stripTrailingZeros().toPlainString(),
					row.runningTotal().stripTrailingZeros().toPlainString(), String.valueOf(row.quota()),
					row.quotaMet() ? "是" : "否");
			for (int c = 0; c < cells.size(); c++) {
				run(table.getRow(r + 1).getCell(c).getParagraphs().get(0), cells.get(c));
			}
		}
	}

	private static String points(BigDecimal points) {
		return points.signum() == 0 ? "0" : points.stripTrailingZeros().toPlainString();
	}

	private static String percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString()
				+ "%";
	}

	private static String numeral(int n) {
		return NUMERALS.get(n - 1);
	}

	private static void heading(XWPFDocument document, String text) {
		run(paragraph(document, ParagraphAlignment.LEFT), text).setBold(true);
	}

	private static void text(XWPFDocument document, String text) {
		var paragraph = paragraph(document, ParagraphAlignment.LEFT);
		paragraph.setIndentationFirstLine(480);
		run(paragraph, text);
	}

	private static org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph(XWPFDocument document,
			ParagraphAlignment alignment) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	private static XWPFRun run(org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph, String text) {
		var run = paragraph.createRun();
		run.setFontFamily("仿宋", XWPFRun.FontCharRange.eastAsia);
		run.setText(text);
		return run;
	}
}

package org.gongkai.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The server-drawn bar chart: negative values keep their label inside the drawing, left of the bar and right of the names. */
class BarChartTests {

	@Test
	void aNegativeBarsValueHasRoomLeftOfTheBarAndRightOfTheNames() {
		var chart = BarChart.of(List.of("市发展和改革委员会", "市教育局", "市应急管理局（市安全生产委员会办公室）"),
				List.of(new BigDecimal("35.50"), BigDecimal.ZERO, new BigDecimal("-92.50")));

		var negative = chart.bars().get(2);
		assertThat(negative.negative()).isTrue();
		assertThat(negative.value()).isEqualTo("-92.5");
		assertThat(negative.valueAnchor()).isEqualTo("end");
		assertThat(negative.x()).as("the bar starts left of zero").isLessThan(chart.zeroX());
		assertThat(negative.x() + negative.width()).isEqualTo(chart.zeroX());
		// the value is written right-aligned just left of the bar: its text ("-92.5", 5 characters of at most 8 units at 12px) fits between the names and the bar
		assertThat(negative.valueX()).isLessThan(negative.x());
		assertThat(negative.valueX() - 5 * 8).isGreaterThanOrEqualTo(chart.nameX());

		var positive = chart.bars().get(0);
		assertThat(positive.valueAnchor()).isEqualTo("start");
		assertThat(positive.x()).isEqualTo(chart.zeroX());
		assertThat(positive.valueX() + "35.5".length() * 8).as("the value fits right of the bar").isLessThanOrEqualTo(chart.width());

		assertThat(chart.bars().get(1).width()).isZero();
		assertThat(negative.name()).as("long names are shortened, the full name stays in the title").endsWith("…").hasSize(10);
		assertThat(negative.label()).isEqualTo("市应急管理局（市安全生产委员会办公室）");
		assertThat(chart.description()).isEqualTo("市发展和改革委员会：35.5；市教育局：0；市应急管理局（市安全生产委员会办公室）：-92.5");
		assertThat(chart.height()).isEqualTo(16 + 3 * BarChart.ROW);
	}

	@Test
	void onlyPositiveValuesStartAtTheNamesAndAllZeroDrawsNoBars() {
		var months = BarChart.of(List.of("1月", "2月"), List.of(3L, 12L));
		assertThat(months.zeroX()).isEqualTo(BarChart.NAME_WIDTH + 8);
		assertThat(months.bars().get(1).x() + months.bars().get(1).width()).isEqualTo(BarChart.WIDTH - BarChart.VALUE_ROOM);
		assertThat(months.bars().get(0).width()).isEqualTo(months.bars().get(1).width() * 3 / 12, org.assertj.core.data.Offset.offset(0.2));

		var zeros = BarChart.of(List.of("1月", "2月"), List.of(0L, 0L));
		assertThat(zeros.bars()).allSatisfy(bar -> assertThat(bar.width()).isZero());
		assertThat(BarChart.of(List.of(), List.of()).empty()).isTrue();
	}
}

package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.workflow.InvalidValue;
import org.junit.jupiter.api.Test;

/** Art. 41: what a correction answer must say for each outcome. */
class CorrectionTests {

	static final Correction SOUGHT = Correction.sought("出生日期应为1949年12月31日");

	@Test
	void aDisclosureRequestSeeksNoCorrection() {
		var none = new Correction();
		assertThat(none.getSought()).isNull();
		assertThat(none.getOutcome()).isNull();
		assertThat(none.getCompetentAgency()).isNull();
	}

	@Test
	void correctingSaysWhatWasCorrectedAndNamesNoAgency() {
		var corrected = SOUGHT.answered(CorrectionOutcome.CORRECTED, "市公安局", "已更正出生日期");
		assertThat(corrected.getOutcome()).isEqualTo(CorrectionOutcome.CORRECTED);
		assertThat(corrected.getCompetentAgency()).isNull();
		assertThat(corrected.getSought()).as("what was sought stays").isEqualTo("出生日期应为1949年12月31日");
		assertRefused(() -> SOUGHT.answered(CorrectionOutcome.CORRECTED, null, " "), "replyNote",
				"request.correction.note.corrected", "replyNote: 请写明更正的内容");
	}

	@Test
	void refusingGivesReasons() {
		assertRefused(() -> SOUGHT.answered(CorrectionOutcome.REFUSED, null, null), "replyNote",
				"request.correction.note.refused", "replyNote: 请写明不予更正的理由");
		assertThat(SOUGHT.answered(CorrectionOutcome.REFUSED, "市公安局", "与档案一致").getCompetentAgency()).isNull();
	}

	@Test
	void forwardingOrReferringNamesTheAgency() {
		for (var outcome : new CorrectionOutcome[] { CorrectionOutcome.FORWARDED, CorrectionOutcome.NOT_COMPETENT }) {
			assertThat(SOUGHT.answered(outcome, " 市公安局 ", null).getCompetentAgency()).isEqualTo("市公安局");
			assertRefused(() -> SOUGHT.answered(outcome, "  ", "note"), "competentAgency",
					"request.competentAgency.required", "competentAgency: 请写明有权更正的行政机关");
		}
	}

	@Test
	void anOutcomeIsChosen() {
		assertRefused(() -> SOUGHT.answered(null, "市公安局", "note"), "correctionOutcome",
				"request.correctionOutcome.required", "correctionOutcome: 请选择更正处理结果");
	}

	@Test
	void aCarriedOverOutcomeKeepsTheAgencyOnlyWhereItNamesOne() {
		assertThat(Correction.recorded(CorrectionOutcome.FORWARDED, " 市公安局 ").getCompetentAgency()).isEqualTo("市公安局");
		assertThat(Correction.recorded(CorrectionOutcome.REFUSED, "市公安局").getCompetentAgency()).isNull();
		assertThat(Correction.recorded(null, null).getOutcome()).isNull();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
			String key, String message) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValue.class, e -> {
			assertThat(e.field()).isEqualTo(field);
			assertThat(e.messageKey()).isEqualTo(key);
		}).hasMessage(message);
	}
}

package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gongkai.workflow.InvalidValue;
import org.junit.jupiter.api.Test;

/** Art. 35: the applicant is asked once; a later reply date only after asking. */
class ReasonsInquiryTests {

	static final LocalDate DUE = LocalDate.of(2026, 3, 20);

	@Test
	void askedOnceByADay() {
		var asked = new ReasonsInquiry().asked(DUE);
		assertThat(asked.isAsked()).isTrue();
		assertThat(asked.getDueOn()).isEqualTo(DUE);
		assertThat(asked.getLaterDueOn()).isNull();
		assertThatThrownBy(() -> asked.asked(DUE.plusDays(10)))
			.isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("decision"))
			.hasMessage("decision: 已要求申请人说明理由，不能再次要求");
	}

	@Test
	void aLaterReplyDateFollowsTheQuestion() {
		var later = new ReasonsInquiry().asked(DUE).replyLater(DUE.plusDays(60));
		assertThat(later.getLaterDueOn()).isEqualTo(DUE.plusDays(60));
		assertThat(later.getDueOn()).isEqualTo(DUE);
		assertThatThrownBy(() -> new ReasonsInquiry().replyLater(DUE.plusDays(60)))
			.isInstanceOfSatisfying(InvalidValue.class, e -> {
				assertThat(e.field()).isEqualTo("laterDueOn");
				assertThat(e.messageKey()).isEqualTo("request.laterDueOn.notAsked");
			})
			.hasMessage("laterDueOn: 未要求申请人说明理由，不能确定延迟答复期限");
	}
}

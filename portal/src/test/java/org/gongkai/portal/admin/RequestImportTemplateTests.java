package org.gongkai.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.gongkai.workflow.request.HistoricalRequestsCsv;
import org.gongkai.workflow.request.ReplyType;
import org.gongkai.workflow.request.WithholdingReason;
import org.gongkai.workflow.request.identity.IdType;
import org.junit.jupiter.api.Test;

/** The template offered on the import page is itself a file the import reads. */
class RequestImportTemplateTests {

	@Test
	void templateNamesEveryColumnAndItsExampleIsReadable() {
		var records = HistoricalRequestsCsv.parse(RequestImportController.TEMPLATE);
		assertThat(records).singleElement().satisfies(record -> {
			assertThat(record.legacyNo()).isEqualTo("YS2025-0001");
			assertThat(record.replyType()).isEqualTo(ReplyType.PARTIAL);
			assertThat(record.replyReasons()).containsExactly(WithholdingReason.PROCESS_INFORMATION);
			assertThat(record.finishedOn()).isEqualTo(LocalDate.of(2025, 3, 20));
			assertThat(record.remedyKind()).isNull();
			assertThat(record.idType()).isEqualTo(IdType.RESIDENT_ID);
		});
		var header = RequestImportController.TEMPLATE.substring(1, RequestImportController.TEMPLATE.indexOf('\r'));
		assertThat(header.split(",")).containsExactly("legacyNo", "kind", "applicantType", "applicantName", "idNumber",
				"phone", "title", "description", "departmentCode", "receivedOn", "dueOn", "finishedOn", "replyType",
				"replyReasons", "correctionOutcome", "competentAgency", "remedyKind", "remedyFiledOn", "remedyAuthority",
				"remedyOutcome", "remedyDecidedOn", "idType");
	}
}

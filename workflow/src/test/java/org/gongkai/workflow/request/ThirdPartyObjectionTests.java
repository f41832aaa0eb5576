package org.gongkai.workflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Art. 32's objection and the public interest that may outweigh it. */
class ThirdPartyObjectionTests {

	@Test
	void anObjectionKeepsItsReasonsWhileTheProposalChangesThePublicInterest() {
		var none = new ThirdPartyObjection();
		assertThat(none.isRaised()).isFalse();

		var objected = none.objected("涉及商业秘密");
		assertThat(objected.isRaised()).isTrue();
		assertThat(objected.getReasons()).isEqualTo("涉及商业秘密");

		var outweighed = objected.publicInterest("涉及公共安全");
		assertThat(outweighed.getReasons()).isEqualTo("涉及商业秘密");
		assertThat(outweighed.getPublicInterestReason()).isEqualTo("涉及公共安全");
		assertThat(outweighed.publicInterest(null).getPublicInterestReason()).as("a new proposal without it").isNull();
	}
}

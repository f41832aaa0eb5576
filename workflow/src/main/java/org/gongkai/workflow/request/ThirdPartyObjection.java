package org.gongkai.workflow.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Art. 32: the reasons a consulted third party gave for not agreeing to disclosure, and the public interest
 * for which the agency proposes to disclose nonetheless. Empty unless a third party objected.
 */
@Embeddable
public class ThirdPartyObjection {

	@Column(name = "third_party_objection")
	private String reasons;

	@Column(name = "public_interest_reason")
	private String publicInterestReason;

	/** No objection. */
	ThirdPartyObjection() {
	}

	private ThirdPartyObjection(String reasons, String publicInterestReason) {
		this.reasons = reasons;
		this.publicInterestReason = publicInterestReason;
	}

	/** The third party objected for {@code reasons}. */
	ThirdPartyObjection objected(String reasons) {
		return new ThirdPartyObjection(reasons, publicInterestReason);
	}

	/** The proposed reply gives (or, null, no longer gives) a public interest that outweighs the objection. */
	ThirdPartyObjection publicInterest(String reason) {
		return new ThirdPartyObjection(reasons, reason);
	}

	/** Whether a third party objected. */
	public boolean isRaised() {
		return reasons != null;
	}

	public String getReasons() {
		return reasons;
	}

	/** Why not disclosing could gravely harm the public interest; null unless the agency discloses despite the objection. */
	public String getPublicInterestReason() {
		return publicInterestReason;
	}
}

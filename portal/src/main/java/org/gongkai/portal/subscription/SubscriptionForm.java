package org.gongkai.portal.subscription;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The subscription form: the address the confirmation mail and the digests go to. */
record SubscriptionForm(
		@NotBlank(message = "{subscription.email.required}") @Email(message = "{subscription.email.invalid}")
		@Size(max = 200, message = "{subscription.email.invalid}") String email) {
}

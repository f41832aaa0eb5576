package org.gongkai.portal.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Realm roles (also the Camunda candidate groups) by their names in the reader's language, for the pages
 * ({@code ${@roles.names(currentUser.roles())}}): the message {@code role.<code>}; a department-qualified
 * group ({@code dept-head:fgw}) is named by its role; anything else stays as it is.
 */
@Component("roles")
public class RoleNames {

	private static final List<String> ORDER = List.of(Roles.STAFF);

	private final MessageSource messages;

	RoleNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The role's name, or the text itself when it names no role (a user name, say). */
	public String name(String code) {
		if (code == null) {
			return null;
		}
		var role = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
		return messages.getMessage("role." + role, null, code, LocaleContextHolder.getLocale());
	}

	/** The roles' names joined with "、", staff roles in their usual order first. */
	public String names(Collection<String> codes) {
		if (codes == null) {
			return "";
		}
		return codes.stream()
			.sorted(Comparator.comparing((String code) -> ORDER.contains(code) ? ORDER.indexOf(code) : ORDER.size())
				.thenComparing(Comparator.naturalOrder()))
			.map(this::name)
			.distinct()
			.collect(Collectors.joining("、"));
	}
}

package org.gongkai.workflow.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a command's process variables as the forms always sent them: texts stripped, blanks and nulls left out. */
public final class TaskVariables {

	private final Map<String, Object> variables = new HashMap<>();

	/** A text, stripped; left out when null or blank. */
	public TaskVariables text(String name, String value) {
		if (value != null && !value.isBlank()) {
			variables.put(name, value.strip());
		}
		return this;
	}

	/** A value other than text (a number, a boolean, an enum's name, a date as ISO text); left out when null. */
	public TaskVariables value(String name, Object value) {
		if (value instanceof Enum<?> constant) {
			variables.put(name, constant.name());
		}
		else if (value instanceof java.time.LocalDate date) {
			variables.put(name, date.toString());
		}
		else if (value != null) {
			variables.put(name, value);
		}
		return this;
	}

	/** Enum constants as one comma-separated text; left out when none. */
	public TaskVariables names(String name, List<? extends Enum<?>> values) {
		if (values != null && !values.isEmpty()) {
			variables.put(name, values.stream().map(Enum::name).collect(Collectors.joining(",")));
		}
		return this;
	}

	public Map<String, Object> build() {
		return variables;
	}
}

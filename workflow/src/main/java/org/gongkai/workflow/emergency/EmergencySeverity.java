package org.gongkai.workflow.emergency;

/** The grade of an emergency event: I 特别重大, II 重大, III 较大, IV 一般. */
public enum EmergencySeverity {
	EXTRAORDINARY("I"), MAJOR("II"), LARGE("III"), GENERAL("IV");

	private final String grade;

	EmergencySeverity(String grade) {
		this.grade = grade;
	}

	/** The roman numeral of the grade (Ⅰ–Ⅳ级). */
	public String grade() {
		return grade;
	}
}

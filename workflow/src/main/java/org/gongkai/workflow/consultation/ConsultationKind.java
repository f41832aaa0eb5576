package org.gongkai.workflow.consultation;

/**
 * What is put out for comment; each kind has its own default and minimum period (⚙
 * {@link ConsultationProperties}). A 重大行政决策 is open for at least 30 days (《重大行政决策程序暂行条例》 art. 14).
 */
public enum ConsultationKind {
	MAJOR_DECISION, RULE, NORMATIVE, OTHER
}

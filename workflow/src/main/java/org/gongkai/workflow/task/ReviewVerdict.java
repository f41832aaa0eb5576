package org.gongkai.workflow.task;

/**
 * What every review command carries, {@link Review} and those that extend it with more (the 保密审查 of a
 * reply names its files): the verdict and the opinion, checked by {@link Review.ReasonWhenReturned}.
 */
public interface ReviewVerdict {

	/** {@code true} approves, {@code false} returns. */
	Boolean approved();

	/** The opinion; the reason when returning. */
	String comment();
}

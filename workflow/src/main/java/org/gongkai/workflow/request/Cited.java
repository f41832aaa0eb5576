package org.gongkai.workflow.request;

/** An outcome, exemption or kind of request that rests on a legal basis, which pages print beside its label. */
public interface Cited {

	/** The basis, {@link Citation#NONE} where there is none. */
	Citation citation();
}

package org.gongkai.workflow.publication;

import org.gongkai.workflow.sequence.YearlySequences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates 索引号 at publication (SPEC §4.2): a yearly serial per organisation code, formatted by the
 * agency's template; unique under concurrent publications and never reused.
 */
@Component
public class IndexNumberAllocator {

	private final YearlySequences sequences;

	private final IndexNumberTemplate template;

	IndexNumberAllocator(YearlySequences sequences, PublicationProperties properties) {
		this.sequences = sequences;
		this.template = new IndexNumberTemplate(properties.indexNumberTemplate());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String allocate(String orgCode, int year) {
		return template.format(orgCode, year, sequences.next("index:" + orgCode, year));
	}
}

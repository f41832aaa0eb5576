/** 政民互动 (letters to an agency or a leader's mailbox): registration, the department's reply, its review, the citizen's rating and the 整改 and 回访 a poor rating opens. */
package org.gongkai.workflow.letter;

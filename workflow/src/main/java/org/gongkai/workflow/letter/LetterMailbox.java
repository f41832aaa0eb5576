package org.gongkai.workflow.letter;

/** Whose mailbox a letter is written to: the agency's own (留言) or one of its leaders' (领导信箱). */
public enum LetterMailbox {
	AGENCY, LEADER
}

/** The append-only event log every case keeps: who did what, when, with which note. */
package org.gongkai.workflow.caselog;

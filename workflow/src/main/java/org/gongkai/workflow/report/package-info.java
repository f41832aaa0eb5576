/** 政务信息 reporting: items drafted by units, reviewed, adopted into the office's publications, scored and ranked. */
package org.gongkai.workflow.report;

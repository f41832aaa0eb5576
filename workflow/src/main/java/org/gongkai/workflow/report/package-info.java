/** 政务信息 reporting: items drafted by units, reviewed, adopted into the office's publications, scored and ranked; and 紧急信息, emergency events reported by units in a timed chain (初报 → 续报 → 终报). */
package org.gongkai.workflow.report;

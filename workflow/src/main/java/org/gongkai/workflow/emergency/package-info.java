/** 紧急信息 (emergency information): emergency events reported by units in a timed chain of situation reports (初报 → 续报 → 终报), chased by the office when late. */
package org.gongkai.workflow.emergency;

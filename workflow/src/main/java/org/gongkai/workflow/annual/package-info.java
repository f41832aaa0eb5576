/** The statutory annual report (政府信息公开工作年度报告, SPEC §3): its three tables, computed from the cases, their checks, the office's draft, its submission, review (through the catalogue-publication process) and publication. */
package org.gongkai.workflow.annual;

/** Scores and rankings of 政务信息 work: versioned scoring rules, the facts that score or deduct, unit quotas, and the ranking of a month, quarter or year. */
package org.gongkai.workflow.scoring;
